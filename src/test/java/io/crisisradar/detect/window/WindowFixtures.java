package io.crisisradar.detect.window;

import io.crisisradar.enrich.EnrichedMention;
import io.crisisradar.enrich.Enrichment;
import io.crisisradar.mention.Author;
import io.crisisradar.mention.Engagement;
import io.crisisradar.mention.Mention;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/** Named instants and small observations shared by the window tests. */
public final class WindowFixtures {

    public static final long MINUTE = Duration.ofMinutes(1).toMillis();
    public static final long NOON = Instant.parse("2026-11-23T12:00:00Z").toEpochMilli();
    public static final long TEN_SECONDS_PAST_NOON = NOON + 10_000;
    public static final long ONE_MINUTE_LATER = NOON + MINUTE;

    private static final AtomicLong NEXT_ID = new AtomicLong();

    private WindowFixtures() {}

    /** A neutral mention by {@code author} on twitter with reach 10 and no terms. */
    public static Observation by(String author) {
        return observation(author, "m-" + author, false, 0.0, 10, "twitter");
    }

    /** A negative mention by {@code author} on {@code platform} with the given reach. */
    public static Observation negativeBy(String author, long reach, String platform) {
        return observation(author, "m-" + author, true, -0.8, reach, platform);
    }

    /**
     * A mention by {@code author} (label {@code platform:@author}) with a fresh id, posted at noon,
     * carrying the text {@code "text of <id>"} when negative.
     */
    public static Observation observation(
            String author, String voice, boolean negative, double sentiment, long reach, String platform) {
        String id = "m" + NEXT_ID.incrementAndGet();
        return new Observation(
                id,
                NOON,
                Observation.hash(author),
                platform + ":@" + author,
                Observation.hash(voice),
                negative,
                sentiment,
                reach,
                new String[0],
                platform,
                new String[0],
                negative ? "text of " + id : "");
    }

    /** A negative mention with a chosen id, author, reach and time, text {@code "text of <id>"}. */
    public static Observation negativeMention(String id, String author, long reach, long createdAt) {
        return new Observation(
                id,
                createdAt,
                Observation.hash(author),
                "twitter:@" + author,
                Observation.hash("v-" + id),
                true,
                -0.8,
                reach,
                new String[0],
                "twitter",
                new String[0],
                "text of " + id);
    }

    public static Observation withTerms(Observation o, String... terms) {
        return new Observation(
                o.mentionId(),
                o.createdAt(),
                o.authorHash(),
                o.authorLabel(),
                o.voiceHash(),
                o.negative(),
                o.sentiment(),
                o.reach(),
                o.categories(),
                o.platform(),
                terms,
                o.evidenceText());
    }

    public static Observation withAuthorLabel(Observation o, String authorLabel) {
        return new Observation(
                o.mentionId(),
                o.createdAt(),
                o.authorHash(),
                authorLabel,
                o.voiceHash(),
                o.negative(),
                o.sentiment(),
                o.reach(),
                o.categories(),
                o.platform(),
                o.terms(),
                o.evidenceText());
    }

    /** The mention with complaint categories; a complaint is evidence, so it now carries a text. */
    public static Observation withCategories(Observation o, String... categories) {
        return new Observation(
                o.mentionId(),
                o.createdAt(),
                o.authorHash(),
                o.authorLabel(),
                o.voiceHash(),
                o.negative(),
                o.sentiment(),
                o.reach(),
                categories,
                o.platform(),
                o.terms(),
                categories.length > 0 || o.negative() ? "text of " + o.mentionId() : "");
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
        return enrichedBy(new Author(authorId, null, null, null), id, text, label, group, categories, brands);
    }

    /** An enriched mention by {@code author}, on twitter at noon. */
    public static EnrichedMention enrichedBy(
            Author author, String id, String text, String label, String group, String[] categories, String... brands) {
        Mention mention = new Mention(
                id,
                "twitter",
                Instant.ofEpochMilli(NOON),
                text,
                null,
                null,
                author,
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
