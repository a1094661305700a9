package io.crisisradar.sink.elasticsearch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crisisradar.enrich.EnrichedMention;
import io.crisisradar.enrich.Enrichment;
import io.crisisradar.enrich.dedup.NearDuplicateGroups;
import io.crisisradar.mention.Author;
import io.crisisradar.mention.Engagement;
import io.crisisradar.mention.Mention;

/**
 * Maps an enriched mention to its Elasticsearch document: ECS fields where ECS has a name for the thing
 * ({@code @timestamp}, {@code message}, {@code user.*}, {@code url.original}), the rest under
 * {@code crisis_radar.*}. The id is the mention id, so a redelivered mention overwrites itself.
 * Absent values are left out rather than written as null.
 */
public final class MentionDocuments implements DocumentMapper<EnrichedMention> {

    private final IndexNames indexNames;

    public MentionDocuments(IndexNames indexNames) {
        this.indexNames = indexNames;
    }

    @Override
    public EsDocument toDocument(EnrichedMention enriched) {
        Mention mention = enriched.mention();
        return new EsDocument(
                indexNames.index(IndexNames.Kind.MENTIONS, mention.createdAt()),
                mention.id(),
                mention.createdAt(),
                Json.bytes(source(enriched)));
    }

    /** The document body; public so that tests and backfill can compare documents field by field. */
    public static ObjectNode source(EnrichedMention enriched) {
        Mention mention = enriched.mention();
        ObjectNode doc = Json.object();
        doc.put("@timestamp", mention.createdAt().toString());
        doc.put("message", mention.text());
        Author author = mention.author();
        if (author.id() != null || author.handle() != null) {
            ObjectNode user = doc.putObject("user");
            putIfPresent(user, "id", author.id());
            putIfPresent(user, "name", author.handle());
        }
        if (mention.url() != null) {
            doc.putObject("url").put("original", mention.url());
        }
        ObjectNode cr = doc.putObject("crisis_radar");
        cr.put("mention_id", mention.id());
        cr.put("platform", mention.platform());
        putIfPresent(cr, "brand", mention.brand());
        putIfPresent(cr, "lang", mention.lang());
        putIfPresent(cr, "in_reply_to", mention.inReplyTo());
        if (mention.upstreamSentiment() != null) {
            cr.put("upstream_sentiment", mention.upstreamSentiment());
        }
        if (author.followers() != null || author.verified() != null) {
            ObjectNode a = cr.putObject("author");
            putIfPresent(a, "followers", author.followers());
            if (author.verified() != null) {
                a.put("verified", author.verified());
            }
        }
        Engagement engagement = mention.engagement();
        if (!engagement.equals(Engagement.NONE)) {
            ObjectNode e = cr.putObject("engagement");
            putIfPresent(e, "likes", engagement.likes());
            putIfPresent(e, "shares", engagement.shares());
            putIfPresent(e, "comments", engagement.comments());
            putIfPresent(e, "views", engagement.views());
        }
        addEnrichment(cr, enriched.enrichment());
        if (mention.extraJson() != null) {
            cr.set("extra", Json.parseTrusted(mention.extraJson()));
        }
        return doc;
    }

    private static void addEnrichment(ObjectNode cr, Enrichment e) {
        cr.put("language", e.language());
        ObjectNode sentiment = cr.putObject("sentiment");
        sentiment.put("score", round(e.sentimentScore()));
        sentiment.put("label", e.sentimentLabel());
        sentiment.put("confidence", round(e.sentimentConfidence()));
        ArrayNode categories = cr.putArray("categories");
        for (String category : e.categories()) {
            categories.add(category);
        }
        cr.put("reach", e.reach());
        cr.put("influence_tier", e.influenceTier());
        ArrayNode brands = cr.putArray("brands");
        for (String brand : e.brands()) {
            brands.add(brand);
        }
        cr.put("is_brand_response", e.brandResponse());
        putIfPresent(cr, "responding_brand", e.respondingBrand());
        cr.put("fingerprint", NearDuplicateGroups.format(e.fingerprint()));
        putIfPresent(cr, "near_duplicate_group", e.nearDuplicateGroup());
    }

    /** Four decimals are plenty for a score and keep documents stable across float noise. */
    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    private static void putIfPresent(ObjectNode node, String field, Long value) {
        if (value != null) {
            node.put(field, value);
        }
    }
}
