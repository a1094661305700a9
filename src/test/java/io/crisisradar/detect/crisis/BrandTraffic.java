package io.crisisradar.detect.crisis;

import io.crisisradar.detect.window.Observation;
import io.crisisradar.detect.window.Pane;
import io.crisisradar.detect.window.WindowSpec;
import io.crisisradar.detect.window.WindowSummary;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import java.util.function.LongToDoubleFunction;

/**
 * Synthetic minute-by-minute traffic of one brand, turned into the 15-minute windows sliding by one
 * minute that the detector sees in the job: Poisson counts around a daily rhythm, a usual share of
 * negative mentions and complaints, and injected bursts with their own tone. Deterministic by seed.
 */
public final class BrandTraffic {

    public static final String BRAND = "blysk";
    public static final WindowSpec SPEC = WindowSpec.FIFTEEN_MINUTES;
    public static final long MINUTE = Duration.ofMinutes(1).toMillis();
    /** A Monday, midnight UTC. */
    public static final long START = Instant.parse("2026-11-02T00:00:00Z").toEpochMilli();

    /** The tone of mentions in some stretch of time. */
    public record Tone(double negativeShare, double complaintShare, double sentiment, long reach, String[] terms) {
        public static final Tone USUAL = new Tone(0.15, 0.2, 0.1, 300, new String[] {"paczka", "kurier"});
        public static final Tone ANGRY =
                new Tone(0.8, 0.85, -0.6, 3_000, new String[] {"#błyskstop", "paczka", "skandal"});
        public static final Tone DELIGHTED = new Tone(0.02, 0.02, 0.7, 3_000, new String[] {"#promocja", "super"});
    }

    /** Extra mentions per minute with their tone, between two times. */
    public record Burst(long from, long to, double perMinute, Tone tone, String[] platforms) {}

    private final Random random;
    private final LongToDoubleFunction usualPerMinute;
    private final List<Burst> bursts = new ArrayList<>();
    private long next;

    public BrandTraffic(long seed, LongToDoubleFunction usualPerMinute) {
        this.random = new Random(seed);
        this.usualPerMinute = usualPerMinute;
    }

    /** About {@code perHourAtPeak} mentions an hour in the evening, a sixth of that at night. */
    public static LongToDoubleFunction daily(double perHourAtPeak) {
        return t -> {
            double hour = ((t - START) % Duration.ofDays(1).toMillis()) / 3_600_000.0;
            double shape = 0.55 - 0.45 * Math.cos(2 * Math.PI * (hour - 7) / 24);
            return perHourAtPeak / 60 * Math.max(0.15, shape);
        };
    }

    public BrandTraffic burst(long from, Duration length, double perMinute, Tone tone, String... platforms) {
        bursts.add(new Burst(
                from,
                from + length.toMillis(),
                perMinute,
                tone,
                platforms.length == 0 ? new String[] {"twitter"} : platforms));
        return this;
    }

    /** The pane of the minute starting at {@code minute}. */
    public Pane pane(long minute) {
        Pane pane = Pane.starting(minute);
        add(pane, minute, poisson(usualPerMinute.applyAsDouble(minute)), Tone.USUAL, new String[] {"twitter", "facebook"
        });
        for (Burst burst : bursts) {
            if (minute >= burst.from() && minute < burst.to()) {
                add(pane, minute, poisson(burst.perMinute()), burst.tone(), burst.platforms());
            }
        }
        return pane;
    }

    /** Every window from {@code START + 15 min} to {@code until}, one per minute, empty ones omitted. */
    public List<WindowSummary> windows(long until) {
        List<WindowSummary> windows = new ArrayList<>();
        Deque<Pane> last = new ArrayDeque<>();
        for (long minute = START; minute + MINUTE <= until; minute += MINUTE) {
            last.addLast(pane(minute));
            if (last.size() > 15) {
                last.removeFirst();
            }
            long end = minute + MINUTE;
            List<Pane> covered = last.stream().filter(p -> p.volume > 0).toList();
            if (last.size() == 15 && !covered.isEmpty()) {
                windows.add(WindowSummary.assemble(BRAND, SPEC, end, covered, false));
            }
        }
        return windows;
    }

    private void add(Pane pane, long minute, int count, Tone tone, String[] platforms) {
        for (int i = 0; i < count; i++) {
            boolean negative = random.nextDouble() < tone.negativeShare();
            boolean complaint = random.nextDouble() < tone.complaintShare();
            String id = "m" + next++;
            String platform = platforms[random.nextInt(platforms.length)];
            double sentiment = Math.max(-1, Math.min(1, tone.sentiment() + random.nextGaussian() * 0.2));
            pane.add(new Observation(
                    id,
                    minute + random.nextInt((int) MINUTE),
                    Observation.hash("author" + random.nextInt(5_000)),
                    platform + ":@user" + random.nextInt(5_000),
                    Observation.hash(id),
                    negative,
                    sentiment,
                    (long) (tone.reach() * (0.5 + random.nextDouble())),
                    complaint ? new String[] {"DELIVERY"} : new String[0],
                    platform,
                    tone.terms(),
                    negative || complaint ? "text of " + id : ""));
        }
    }

    private int poisson(double mean) {
        // Knuth's method: fine for the small means of a minute.
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            count++;
            product *= random.nextDouble();
        }
        return count;
    }
}
