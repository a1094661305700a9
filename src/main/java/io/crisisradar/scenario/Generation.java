package io.crisisradar.scenario;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * The shared state of one generation run: the writers of texts and records, the brands' own
 * accounts, and the queue that releases mentions in the order they are sent.
 *
 * <p>Mentions are made minute by minute, but some are dated later than the minute that makes
 * them (a brand's reply, a record sent late). They wait in a priority queue ordered by send time
 * and are released once the generator has passed that time, so the output is sorted without
 * holding the whole stream in memory.
 */
final class Generation {

    /** Median minutes until a brand's care team answers, by platform (DESIGN.md: X about an hour). */
    private static final Map<String, Double> REPLY_MEDIAN_MINUTES = Map.of(
            "twitter", 40.0,
            "facebook", 180.0,
            "instagram", 300.0,
            "tiktok", 300.0,
            "youtube", 600.0,
            "reviews", 1440.0,
            "forum", 720.0,
            "news", 720.0);

    /** A brand's own accounts: the main one for announcements, the care one for replies. */
    record Accounts(Persona main, Persona care) {}

    final Scenario scenario;
    final TextComposer composer;
    final MentionFactory factory;
    final AuthorPool authors;
    private final Map<String, Accounts> accounts = new LinkedHashMap<>();
    private final Map<String, Seasonality> seasons = new LinkedHashMap<>();
    private final SplittableRandom disorder;
    private final SplittableRandom replies;
    private final PriorityQueue<Pending> queue = new PriorityQueue<>();
    private final Map<String, Long> mentionsByBrand = new HashMap<>();
    private final Map<String, Long> mentionsByEvent = new HashMap<>();
    private long sequence;
    private long released;

    /** A mention waiting for its send time; ties keep the order of creation. */
    private record Pending(Instant sendAt, long sequence, GeneratedMention mention) implements Comparable<Pending> {
        @Override
        public int compareTo(Pending o) {
            int c = sendAt.compareTo(o.sendAt);
            return c != 0 ? c : Long.compare(sequence, o.sequence);
        }
    }

    Generation(Scenario scenario) {
        this.scenario = scenario;
        long seed = scenario.seed();
        this.authors = new AuthorPool(seed, 30_000, 12_000);
        this.composer = new TextComposer(Phrasebook.standard(), authors);
        this.factory = new MentionFactory(seed, 0.02);
        this.disorder = Draws.stream(seed, "disorder");
        this.replies = Draws.stream(seed, "replies");
        int n = 0;
        for (BrandProfile brand : scenario.brands()) {
            String main = brand.names().handle().substring(1);
            String care = brand.names().careHandle().substring(1);
            accounts.put(
                    brand.id(),
                    new Accounts(
                            new Persona(Long.toString(9_000_000L + n), main, 40_000L + 15_000L * n, true, "pl"),
                            new Persona(Long.toString(9_100_000L + n), care, 9_000L + 3_000L * n, true, "pl")));
            seasons.put(brand.id(), new Seasonality(scenario.zone(), brand));
            n++;
        }
    }

    Accounts accounts(String brand) {
        return accounts.get(brand);
    }

    Seasonality season(String brand) {
        return seasons.get(brand);
    }

    /** Makes a record of a draft and queues it; null when it would fall after the scenario. */
    GeneratedMention create(MentionFactory.Draft draft) {
        if (!draft.createdAt().isBefore(scenario.end())) {
            return null;
        }
        GeneratedMention mention = factory.create(draft);
        Instant sendAt = mention.createdAt();
        if (scenario.disorderSeconds() > 0 && Draws.chance(disorder, scenario.disorderFraction())) {
            sendAt = sendAt.plusSeconds(Draws.between(disorder, 1, scenario.disorderSeconds()));
            mention = mention.withEmittedAt(sendAt);
        }
        queue.add(new Pending(sendAt, sequence++, mention));
        return mention;
    }

    /**
     * Perhaps schedules the brand's answer to a mention: a reply to a complaint, thanks for praise.
     *
     * @param probability chance that the brand answers at all
     * @param slowness multiplies the usual delay (a team swamped by a crisis answers later)
     */
    void maybeReply(GeneratedMention to, BrandProfile brand, Persona author, double probability, double slowness) {
        if (to.topic().byBrand() || !Draws.chance(replies, probability)) {
            return;
        }
        Topic topic = to.topic().tone() == Tone.POSITIVE ? Topic.BRAND_THANKS : Topic.BRAND_REPLY;
        double median = REPLY_MEDIAN_MINUTES.get(to.platform()) * slowness;
        double minutes = Math.max(2, Draws.lognormal(replies, Math.log(median), 0.8));
        Instant at = to.createdAt().plus(Duration.ofSeconds(Math.round(minutes * 60)));
        TextComposer.Context ctx = new TextComposer.Context(brand, to.language(), null, author.handle());
        String text = composer.compose(topic, ctx, replies);
        create(new MentionFactory.Draft(
                at, to.platform(), brand, accounts(brand.id()).care(), topic, to.language(), text, null, 1, to.id()));
    }

    /** Sends every queued mention due before {@code before}, in send order. */
    void release(Instant before, MentionSink sink) throws Exception {
        while (!queue.isEmpty() && queue.peek().sendAt().isBefore(before)) {
            GeneratedMention m = queue.poll().mention();
            mentionsByBrand.merge(m.brand(), 1L, Long::sum);
            if (m.eventId() != null) {
                mentionsByEvent.merge(m.eventId(), 1L, Long::sum);
            }
            released++;
            sink.accept(m);
        }
    }

    /** Sends everything still queued (records sent late past the end). */
    void releaseAll(MentionSink sink) throws Exception {
        release(Instant.MAX, sink);
    }

    long released() {
        return released;
    }

    long mentionsOfBrand(String brand) {
        return mentionsByBrand.getOrDefault(brand, 0L);
    }

    long mentionsOfEvent(String event) {
        return mentionsByEvent.getOrDefault(event, 0L);
    }

    /** A platform drawn from weights over {@link Sector#PLATFORMS}. */
    static String platform(SplittableRandom random, double[] weights) {
        return Sector.PLATFORMS.get(Draws.weighted(random, weights));
    }

    /** Platform weights interpolated from {@code early} to {@code late} as {@code progress} goes 0 to 1. */
    static double[] blend(double[] early, double[] late, double progress) {
        double p = Math.max(0, Math.min(1, progress));
        double[] out = new double[early.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = early[i] * (1 - p) + late[i] * p;
        }
        return out;
    }
}
