package io.crisisradar.enrich;

import java.io.Serializable;

/**
 * What the enrichment chain adds to a mention. Arrays rather than lists so that Flink serialises
 * the record with its own array serializers instead of Kryo.
 *
 * @param language ISO 639-1 code, or "und"; the input's {@code lang} when it gave one
 * @param sentimentScore our score in [-1, 1] (an upstream score stays on the mention, beside it)
 * @param categories complaint categories (names of {@code ComplaintCategory}), sorted; empty when none
 * @param reach estimated people reached by this mention
 * @param influenceTier the author's tier (name of {@code InfluenceTier})
 * @param brands brand ids, sorted; the input's {@code brand} alone when it named one
 * @param brandResponse whether a brand's own handle wrote this in reply to another mention
 * @param respondingBrand the brand that responded, or null
 * @param fingerprint SimHash of the normalised text
 * @param bucketKeys MinHash band keys used to group near-duplicates (not stored in Elasticsearch)
 * @param nearDuplicateGroup id shared by reposts and copy-paste variants of one text; set by the
 *     grouping step, null before it
 */
public record Enrichment(
        String language,
        double sentimentScore,
        String sentimentLabel,
        double sentimentConfidence,
        String[] categories,
        long reach,
        String influenceTier,
        String[] brands,
        boolean brandResponse,
        String respondingBrand,
        long fingerprint,
        long[] bucketKeys,
        String nearDuplicateGroup)
        implements Serializable {

    /** The same enrichment, placed in a near-duplicate group. */
    public Enrichment withNearDuplicateGroup(String group) {
        return new Enrichment(
                language,
                sentimentScore,
                sentimentLabel,
                sentimentConfidence,
                categories,
                reach,
                influenceTier,
                brands,
                brandResponse,
                respondingBrand,
                fingerprint,
                bucketKeys,
                group);
    }
}
