package io.crisisradar.care;

import io.crisisradar.enrich.EnrichedMention;
import io.crisisradar.enrich.Enrichment;
import io.crisisradar.mention.Author;
import io.crisisradar.mention.Engagement;
import io.crisisradar.mention.Mention;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** Named instants, the default policy and the mentions of customer-care conversations, for tests. */
public final class Conversations {

    /** When the complaint of most tests is posted. */
    public static final Instant NOON = Instant.parse("2026-11-23T12:00:00Z");

    public static final Instant TWENTY_FIVE_MINUTES_LATER = NOON.plus(Duration.ofMinutes(25));
    /** The deadline of a tweet posted at noon. */
    public static final Instant ONE_HOUR_LATER = NOON.plus(Duration.ofHours(1));

    public static final Instant THREE_HOURS_LATER = NOON.plus(Duration.ofHours(3));
    /** When the late-answer window of a tweet posted at noon closes: deadline + 7 days. */
    public static final Instant WINDOW_CLOSED = ONE_HOUR_LATER.plus(Duration.ofDays(7));

    public static final String BRAND = "inpost";
    public static final String OTHER_BRAND = "allegro";

    /** The defaults of {@code care.deadlines} and {@code care.late-answer-window}. */
    public static final DeadlinePolicy POLICY = new DeadlinePolicy(
            Map.of(
                    "twitter", Duration.ofHours(1),
                    "x", Duration.ofHours(1),
                    "instagram", Duration.ofHours(12),
                    "facebook", Duration.ofHours(24),
                    "tiktok", Duration.ofHours(12),
                    "youtube", Duration.ofHours(24),
                    "reviews", Duration.ofHours(48),
                    "forum", Duration.ofHours(48),
                    "news", Duration.ofHours(48)),
            Duration.ofHours(24),
            Duration.ofDays(7));

    private Conversations() {}

    /** An angry tweet about a late parcel, at noon. */
    public static EnrichedMention complaint(String id) {
        return complaint(id, "twitter", NOON);
    }

    /** A negative delivery complaint about {@link #BRAND}. */
    public static EnrichedMention complaint(String id, String platform, Instant at) {
        return mention(
                new Mention(
                        id,
                        platform,
                        at,
                        "@InPost paczka znowu nie dotarła",
                        null,
                        "pl",
                        new Author("u1", "ania_k", 2400L, false),
                        Engagement.NONE,
                        null,
                        null,
                        null,
                        null),
                enrichment(-0.7, "NEGATIVE", new String[] {"DELIVERY"}, new String[] {BRAND}, null));
    }

    /** A complaint comparing {@link #BRAND} with {@link #OTHER_BRAND}: both owe an answer. */
    public static EnrichedMention complaintAboutBoth(String id) {
        EnrichedMention one = complaint(id);
        return mention(
                one.mention(),
                enrichment(-0.7, "NEGATIVE", new String[] {"DELIVERY"}, new String[] {OTHER_BRAND, BRAND}, null));
    }

    /** The one clock a mention about {@link #BRAND} alone concerns. */
    public static TrackedMention tracked(EnrichedMention mention) {
        java.util.List<TrackedMention> clocks = ResponseClock.tracked(mention);
        if (clocks.size() != 1) {
            throw new IllegalArgumentException("not one clock but " + clocks.size() + ": " + mention);
        }
        return clocks.get(0);
    }

    /** Praise of {@link #BRAND}: neither negative nor a complaint. */
    public static EnrichedMention praise(String id, Instant at) {
        return mention(
                new Mention(
                        id,
                        "twitter",
                        at,
                        "Dzięki @InPost!",
                        null,
                        null,
                        Author.UNKNOWN,
                        Engagement.NONE,
                        null,
                        null,
                        null,
                        null),
                enrichment(0.8, "POSITIVE", new String[0], new String[] {BRAND}, null));
    }

    /** A reply by {@code brand}'s own handle to {@code inReplyTo}. */
    public static EnrichedMention brandReply(String id, String inReplyTo, String brand, Instant at) {
        return mention(
                new Mention(
                        id,
                        "twitter",
                        at,
                        "@ania_k Przepraszamy, napisz do nas na priv",
                        null,
                        null,
                        new Author(null, "InPostPomoc", 15000L, null),
                        Engagement.NONE,
                        null,
                        inReplyTo,
                        null,
                        null),
                enrichment(0.2, "NEUTRAL", new String[0], new String[0], brand));
    }

    /** Another customer joining in under {@code inReplyTo}: no brand reply, and itself a complaint. */
    public static EnrichedMention customerReply(String id, String inReplyTo, Instant at) {
        return mention(
                new Mention(
                        id,
                        "twitter",
                        at,
                        "@InPost u mnie to samo, paczka zaginęła",
                        null,
                        null,
                        new Author("u2", "marek", 300L, false),
                        Engagement.NONE,
                        null,
                        inReplyTo,
                        null,
                        null),
                enrichment(-0.6, "NEGATIVE", new String[] {"DELIVERY"}, new String[] {BRAND}, null));
    }

    private static EnrichedMention mention(Mention mention, Enrichment enrichment) {
        return new EnrichedMention(mention, enrichment);
    }

    private static Enrichment enrichment(
            double score, String label, String[] categories, String[] brands, String respondingBrand) {
        return new Enrichment(
                "pl",
                score,
                label,
                0.9,
                categories,
                2400,
                "NANO",
                brands,
                respondingBrand != null,
                respondingBrand,
                0L,
                new long[0],
                null);
    }
}
