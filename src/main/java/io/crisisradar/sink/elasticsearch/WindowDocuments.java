package io.crisisradar.sink.elasticsearch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crisisradar.detect.window.MentionEvidence;
import io.crisisradar.detect.window.WindowSummary;
import java.time.Instant;

/**
 * Maps a window summary to its metrics document. The id is key, spec and window end, so a window
 * re-emitted after a late mention overwrites its earlier version; the document is dated (and its
 * monthly index chosen) by the window end.
 *
 * <p>Besides the metrics, a document carries the window's evidence: its top authors and its
 * highest-reach negative or complaint mentions with their (truncated) text, which is stored but not
 * indexed: it is there to be read next to a crisis, not searched.
 */
public final class WindowDocuments implements DocumentMapper<WindowSummary> {

    private final IndexNames indexNames;

    public WindowDocuments(IndexNames indexNames) {
        this.indexNames = indexNames;
    }

    @Override
    public EsDocument toDocument(WindowSummary window) {
        Instant end = Instant.ofEpochMilli(window.end());
        return new EsDocument(
                indexNames.index(IndexNames.Kind.METRICS, end), window.id(), end, Json.bytes(source(window)));
    }

    static ObjectNode source(WindowSummary w) {
        ObjectNode doc = Json.object();
        doc.put("@timestamp", Instant.ofEpochMilli(w.end()).toString());
        ObjectNode cr = doc.putObject("crisis_radar");
        ObjectNode window = cr.putObject("window");
        window.put("key", w.key());
        // Keys are "brand", "brand|category=X" or "brand|platform=Y" (KeyedObservation).
        int bar = w.key().indexOf('|');
        window.put("brand", bar < 0 ? w.key() : w.key().substring(0, bar));
        if (bar < 0) {
            window.put("dimension", "brand");
        } else {
            String rest = w.key().substring(bar + 1);
            int equals = rest.indexOf('=');
            window.put("dimension", equals < 0 ? rest : rest.substring(0, equals));
            window.put("dimension_value", equals < 0 ? "" : rest.substring(equals + 1));
        }
        window.put("spec", w.spec());
        window.put("start", Instant.ofEpochMilli(w.start()).toString());
        window.put("end", Instant.ofEpochMilli(w.end()).toString());
        window.put("panes", w.panes());
        window.put("late_update", w.lateUpdate());
        ObjectNode metrics = cr.putObject("metrics");
        metrics.put("volume", w.volume());
        metrics.put("unique_authors", w.uniqueAuthors());
        metrics.put("unique_voices", w.uniqueVoices());
        metrics.put("negatives", w.negatives());
        metrics.put("negative_share", round(w.negativeShare()));
        metrics.put("complaints", w.complaints());
        metrics.put("complaint_share", round(w.complaintShare()));
        metrics.put("mean_sentiment", round(w.meanSentiment()));
        metrics.put("reach", w.reach());
        metrics.put("negative_reach", w.negativeReach());
        putArrays(cr, "categories", w.categories(), "category_counts", w.categoryCounts());
        putArrays(cr, "platforms", w.platforms(), "platform_counts", w.platformCounts());
        putArrays(cr, "top_terms", w.topTerms(), "top_term_counts", w.topTermCounts());
        putArrays(cr, "top_authors", w.topAuthors(), "top_author_counts", w.topAuthorCounts());
        putMentionEvidence(cr.putArray("top_negative_mentions"), w.topNegativeMentions());
        return doc;
    }

    /**
     * Adds one object per mention to {@code array}, mapped by {@code top_negative_mentions} in the
     * metrics template (and wherever else evidence mentions are written).
     */
    static void putMentionEvidence(ArrayNode array, MentionEvidence[] mentions) {
        for (MentionEvidence m : mentions) {
            ObjectNode mention = array.addObject();
            mention.put("mention_id", m.id());
            mention.put("created_at", Instant.ofEpochMilli(m.createdAt()).toString());
            // "message" and "sentiment.score" as in the mentions index, so both read alike
            mention.put("message", m.text());
            mention.put("author", m.author());
            mention.put("platform", m.platform());
            mention.put("reach", m.reach());
            mention.putObject("sentiment").put("score", round(m.sentiment()));
            ArrayNode categories = mention.putArray("categories");
            for (String category : m.categories()) {
                categories.add(category);
            }
        }
    }

    /** Parallel arrays as two fields: {@code names[i]} has {@code counts[i]}. */
    static void putArrays(ObjectNode node, String namesField, String[] names, String countsField, long[] counts) {
        ArrayNode n = node.putArray(namesField);
        ArrayNode c = node.putArray(countsField);
        for (int i = 0; i < names.length; i++) {
            n.add(names[i]);
            c.add(counts[i]);
        }
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
