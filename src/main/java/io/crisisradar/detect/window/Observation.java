package io.crisisradar.detect.window;

import com.dynatrace.hash4j.hashing.Hasher64;
import com.dynatrace.hash4j.hashing.Hashing;
import io.crisisradar.enrich.EnrichedMention;
import io.crisisradar.enrich.Enrichment;
import io.crisisradar.mention.Author;
import io.crisisradar.mention.Mention;
import java.io.Serializable;

/**
 * What a pane needs of one mention, extracted once before the shuffle so that the windows see a few
 * numbers and the terms instead of the whole enriched mention. A record of primitives, strings and
 * arrays: Flink serialises it without Kryo.
 *
 * <p>The text travels only for negative evidence ({@link #negativeEvidence()}), truncated: it is
 * what a crisis episode shows, and shipping every mention's text through the shuffle (once per
 * key) would cost more than all the other fields together.
 *
 * @param mentionId mention id
 * @param createdAt when the mention was posted, epoch milliseconds
 * @param authorHash 64-bit hash of platform and author (id, else handle); an unknown author hashes
 *     the mention id, i.e. counts as one more author rather than hiding in a shared "unknown"
 * @param authorLabel readable author, {@code platform:@handle}, else {@code platform:id}; empty when
 *     the author is unknown (then not counted among the top authors)
 * @param voiceHash hash of the near-duplicate group (reposts and copy-paste variants are one voice),
 *     or of the mention id when it has no group
 * @param negative whether the sentiment label is NEGATIVE
 * @param sentiment sentiment score in [-1, 1]
 * @param reach estimated people reached
 * @param categories complaint categories, possibly empty
 * @param platform platform name
 * @param terms distinct terms and hashtags of the text ({@link Terms})
 * @param evidenceText the text cut to {@value MentionEvidence#MAX_TEXT_CHARS} chars when the
 *     mention is negative evidence, else empty
 */
public record Observation(
        String mentionId,
        long createdAt,
        long authorHash,
        String authorLabel,
        long voiceHash,
        boolean negative,
        double sentiment,
        long reach,
        String[] categories,
        String platform,
        String[] terms,
        String evidenceText)
        implements Serializable {

    private static final Hasher64 HASHER = Hashing.komihash5_0();

    /** The observation of an enriched mention. */
    public static Observation of(EnrichedMention enriched) {
        Mention mention = enriched.mention();
        Enrichment enrichment = enriched.enrichment();
        String platform = mention.platform() == null ? "unknown" : mention.platform();
        boolean negative = "NEGATIVE".equals(enrichment.sentimentLabel());
        String[] categories = enrichment.categories() == null ? new String[0] : enrichment.categories();
        return new Observation(
                mention.id(),
                mention.createdAt().toEpochMilli(),
                authorHash(platform, mention.author(), mention.id()),
                authorLabel(platform, mention.author()),
                hash(
                        enrichment.nearDuplicateGroup() != null
                                ? "g:" + enrichment.nearDuplicateGroup()
                                : "m:" + mention.id()),
                negative,
                enrichment.sentimentScore(),
                Math.max(0, enrichment.reach()),
                categories,
                platform,
                Terms.of(mention.text()),
                isNegativeEvidence(negative, categories) ? MentionEvidence.truncate(mention.text()) : "");
    }

    /**
     * Whether the mention is evidence of negative feeling: labelled NEGATIVE, or carrying a
     * complaint category, because the sentiment model misses some complaints (a sober "parcel lost
     * again" reads neutral) that the category rules catch.
     */
    public boolean negativeEvidence() {
        return isNegativeEvidence(negative, categories);
    }

    private static boolean isNegativeEvidence(boolean negative, String[] categories) {
        return negative || categories.length > 0;
    }

    /** Hash used for distinct counts (well mixed, as the sketch needs). */
    public static long hash(String value) {
        return HASHER.hashCharsToLong(value);
    }

    /**
     * {@code platform:@handle} (one "@" whether or not the platform sent one), else {@code
     * platform:id}; empty for an unknown author, who would otherwise top the list as one person.
     */
    public static String authorLabel(String platform, Author author) {
        if (author == null) {
            return "";
        }
        String handle = author.handle();
        if (handle != null && !handle.isBlank()) {
            String bare = handle.strip();
            return platform + ":@" + (bare.startsWith("@") ? bare.substring(1) : bare);
        }
        if (author.id() != null && !author.id().isBlank()) {
            return platform + ":" + author.id().strip();
        }
        return "";
    }

    private static long authorHash(String platform, Author author, String mentionId) {
        if (author != null && author.id() != null) {
            return hash(platform + "\u0000id:" + author.id());
        }
        if (author != null && author.handle() != null) {
            return hash(platform + "\u0000h:" + author.handle());
        }
        return hash("m:" + mentionId);
    }
}
