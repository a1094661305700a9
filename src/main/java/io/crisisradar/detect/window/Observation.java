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
 * @param authorHash 64-bit hash of platform and author (id, else handle); an unknown author hashes
 *     the mention id, i.e. counts as one more author rather than hiding in a shared "unknown"
 * @param voiceHash hash of the near-duplicate group (reposts and copy-paste variants are one voice),
 *     or of the mention id when it has no group
 * @param negative whether the sentiment label is NEGATIVE
 * @param sentiment sentiment score in [-1, 1]
 * @param reach estimated people reached
 * @param categories complaint categories, possibly empty
 * @param platform platform name
 * @param terms distinct terms and hashtags of the text ({@link Terms})
 */
public record Observation(
        long authorHash,
        long voiceHash,
        boolean negative,
        double sentiment,
        long reach,
        String[] categories,
        String platform,
        String[] terms)
        implements Serializable {

    private static final Hasher64 HASHER = Hashing.komihash5_0();

    /** The observation of an enriched mention. */
    public static Observation of(EnrichedMention enriched) {
        Mention mention = enriched.mention();
        Enrichment enrichment = enriched.enrichment();
        String platform = mention.platform() == null ? "unknown" : mention.platform();
        return new Observation(
                authorHash(platform, mention.author(), mention.id()),
                hash(
                        enrichment.nearDuplicateGroup() != null
                                ? "g:" + enrichment.nearDuplicateGroup()
                                : "m:" + mention.id()),
                "NEGATIVE".equals(enrichment.sentimentLabel()),
                enrichment.sentimentScore(),
                Math.max(0, enrichment.reach()),
                enrichment.categories() == null ? new String[0] : enrichment.categories(),
                platform,
                Terms.of(mention.text()));
    }

    /** Hash used for distinct counts (well mixed, as the sketch needs). */
    public static long hash(String value) {
        return HASHER.hashCharsToLong(value);
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
