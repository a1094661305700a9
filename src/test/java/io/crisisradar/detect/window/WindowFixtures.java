package io.crisisradar.detect.window;

import io.crisisradar.enrich.EnrichedMention;
import io.crisisradar.enrich.Enrichment;
import io.crisisradar.mention.Author;
import io.crisisradar.mention.Engagement;
import io.crisisradar.mention.Mention;
import java.time.Duration;
import java.time.Instant;

/** Named instants and small observations shared by the window tests. */
public final class WindowFixtures {

    public static final long MINUTE = Duration.ofMinutes(1).toMillis();
    public static final long NOON = Instant.parse("2026-11-23T12:00:00Z").toEpochMilli();
    public static final long TEN_SECONDS_PAST_NOON = NOON + 10_000;
    public static final long ONE_MINUTE_LATER = NOON + MINUTE;

    private WindowFixtures() {}

    /** A neutral mention by {@code author} on twitter with reach 10 and no terms. */
    public static Observation by(String author) {
        return observation(author, "m-" + author, false, 0.0, 10, "twitter");
    }

    /** A negative mention by {@code author} on {@code platform} with the given reach. */
    public static Observation negativeBy(String author, long reach, String platform) {
        return observation(author, "m-" + author, true, -0.8, reach, platform);
    }

    public static Observation observation(
            String author, String voice, boolean negative, double sentiment, long reach, String platform) {
        return new Observation(
                Observation.hash(author),
                Observation.hash(voice),
                negative,
                sentiment,
                reach,
                new String[0],
                platform,
                new String[0]);
    }

    public static Observation withTerms(Observation o, String... terms) {
        return new Observation(
                o.authorHash(),
                o.voiceHash(),
                o.negative(),
                o.sentiment(),
                o.reach(),
                o.categories(),
                o.platform(),
                terms);
    }

    public static Observation withCategories(Observation o, String... categories) {
        return new Observation(
                o.authorHash(),
                o.voiceHash(),
                o.negative(),
                o.sentiment(),
                o.reach(),
                categories,
                o.platform(),
                o.terms());
    }

    /** An enriched mention as the enrichment chain would emit it. */
    public static EnrichedMention enriched(
            String id,
            String text,
            String authorId,
            String label,
            String group,
            String[] categories,
            String... brands) {
        Mention mention = new Mention(
                id,
                "twitter",
                Instant.ofEpochMilli(NOON),
                text,
                null,
                null,
                new Author(authorId, null, null, null),
                Engagement.NONE,
                null,
                null,
                null,
                null);
        Enrichment enrichment = new Enrichment(
                "pl",
                "NEGATIVE".equals(label) ? -0.7 : 0.0,
                label,
                0.9,
                categories,
                100,
                "NONE",
                brands,
                false,
                null,
                0L,
                new long[0],
                group);
        return new EnrichedMention(mention, enrichment);
    }
}
