package io.crisisradar.pipeline;

import io.crisisradar.detect.window.KeyedObservation;
import io.crisisradar.detect.window.Observation;
import io.crisisradar.detect.window.WindowSummary;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;

/**
 * A seeded stream of window inputs for tests and benchmarks: brands, authors from a pool with a few
 * prolific ones, a fifth negative, platforms, categories, Zipf-like terms, and timestamps that run
 * out of order by up to a chosen disorder.
 */
public final class SyntheticMentions {

    private static final String[] PLATFORMS = {"twitter", "facebook", "instagram", "tiktok", "forum"};
    private static final String[] CATEGORIES = {"DELIVERY", "QUALITY", "SERVICE", "PRICE", "REFUND"};
    private static final long WATERMARK_EVERY = 100;

    /** One input with its event time. */
    public record Event(KeyedObservation value, long timestamp) {}

    private SyntheticMentions() {}

    /**
     * {@code count} mentions of {@code brands} brands spread evenly over {@code minutes} minutes from
     * {@code start}, each shifted back by a random delay of up to {@code disorder}.
     */
    public static List<Event> generate(int brands, int count, long start, int minutes, Duration disorder) {
        SplittableRandom random = new SplittableRandom(42);
        String[] vocabulary = new String[400];
        for (int i = 0; i < vocabulary.length; i++) {
            vocabulary[i] = (i % 10 == 0 ? "#tag" : "term") + i;
        }
        long span = Duration.ofMinutes(minutes).toMillis();
        List<Event> events = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String brand = "brand-" + random.nextInt(brands);
            int author = random.nextInt(10) == 0 ? random.nextInt(20) : random.nextInt(5_000);
            boolean negative = random.nextInt(5) == 0;
            String[] terms = new String[3 + random.nextInt(6)];
            for (int t = 0; t < terms.length; t++) {
                // squaring a uniform draw favours low indices: a few frequent terms, a long tail
                double u = random.nextDouble();
                terms[t] = vocabulary[(int) (u * u * u * vocabulary.length)];
            }
            // drawn in the order they always were, so the seeded stream stays the same
            String voice = "voice-" + random.nextInt(8_000);
            double sentiment = negative ? -0.6 : random.nextDouble() * 0.8;
            long reach = 1 + random.nextInt(negative ? 20_000 : 2_000);
            String[] categories = random.nextInt(3) == 0
                    ? new String[] {CATEGORIES[random.nextInt(CATEGORIES.length)]}
                    : new String[0];
            String platform = PLATFORMS[random.nextInt(PLATFORMS.length)];
            long timestamp = start + span * i / count - random.nextLong(disorder.toMillis() + 1);
            String id = "mention-" + i;
            Observation observation = new Observation(
                    id,
                    timestamp,
                    Observation.hash("author-" + author),
                    platform + ":@author-" + author,
                    Observation.hash(voice),
                    negative,
                    sentiment,
                    reach,
                    categories,
                    platform,
                    terms,
                    negative || categories.length > 0 ? "text of " + id : "");
            events.add(new Event(new KeyedObservation(brand, observation), timestamp));
        }
        return events;
    }

    /**
     * Feeds {@code events} in order with a watermark every hundred events that trails the largest
     * timestamp by one minute (so some mentions arrive late), then a final watermark.
     */
    public static void feed(
            KeyedOneInputStreamOperatorTestHarness<String, KeyedObservation, WindowSummary> harness, List<Event> events)
            throws Exception {
        long maxTimestamp = Long.MIN_VALUE;
        long watermark = Long.MIN_VALUE;
        for (int i = 0; i < events.size(); i++) {
            Event event = events.get(i);
            harness.processElement(event.value(), event.timestamp());
            maxTimestamp = Math.max(maxTimestamp, event.timestamp());
            if (i % WATERMARK_EVERY == WATERMARK_EVERY - 1 && maxTimestamp - 60_000 > watermark) {
                watermark = maxTimestamp - 60_000;
                harness.processWatermark(watermark);
            }
        }
        harness.processWatermark(Long.MAX_VALUE);
    }
}
