package io.crisisradar.sink.elasticsearch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crisisradar.detect.crisis.CrisisScore;
import io.crisisradar.detect.crisis.Episode;
import io.crisisradar.detect.crisis.EpisodeEvidence;
import io.crisisradar.detect.crisis.EpisodeResponses;
import io.crisisradar.detect.crisis.EpisodeUpdate;
import java.time.Instant;

/**
 * Maps an episode change to the episode's document. The id is brand and start and the index is
 * chosen by the start, so every update of one episode (opened, escalated, refreshed, resolved)
 * overwrites one document, and analysts find the whole history of crises in the episodes indices.
 */
public final class EpisodeDocuments implements DocumentMapper<EpisodeUpdate> {

    private final IndexNames indexNames;

    public EpisodeDocuments(IndexNames indexNames) {
        this.indexNames = indexNames;
    }

    @Override
    public EsDocument toDocument(EpisodeUpdate update) {
        Episode e = update.episode();
        Instant start = Instant.ofEpochMilli(e.start());
        return new EsDocument(
                indexNames.index(IndexNames.Kind.EPISODES, start), e.id(), start, Json.bytes(source(update)));
    }

    static ObjectNode source(EpisodeUpdate update) {
        Episode e = update.episode();
        ObjectNode doc = Json.object();
        doc.put("@timestamp", Instant.ofEpochMilli(e.start()).toString());
        ObjectNode episode = doc.putObject("crisis_radar").putObject("episode");
        episode.put("id", e.id());
        episode.put("brand", e.brand());
        episode.put("status", e.open() ? "open" : "resolved");
        episode.put("last_change", update.kind().label());
        episode.put("severity", e.severity());
        episode.put("formula", CrisisScore.VERSION);
        episode.put("start", Instant.ofEpochMilli(e.start()).toString());
        episode.put("detected_at", Instant.ofEpochMilli(e.detectedAt()).toString());
        episode.put("peak_at", Instant.ofEpochMilli(e.peakAt()).toString());
        if (!e.open()) {
            episode.put("end", Instant.ofEpochMilli(e.end()).toString());
        }
        episode.put("last_update", Instant.ofEpochMilli(e.lastUpdate()).toString());
        episode.put("duration_minutes", e.durationMinutes());
        episode.put("minutes_to_detect", (e.detectedAt() - e.start()) / 60_000);
        episode.put("peak_score", ScoredWindowDocuments.round(e.peakScore(), 10));
        episode.put("last_score", ScoredWindowDocuments.round(e.lastScore(), 10));
        ScoredWindowDocuments.strings(episode.putArray("triggers"), e.triggers());
        episode.put("opening_explanation", e.openingExplanation());
        episode.put("peak_explanation", e.peakExplanation());
        EpisodeEvidence evidence = e.evidence();
        if (evidence != null) {
            ObjectNode ev = episode.putObject("evidence");
            ev.put("window_end", Instant.ofEpochMilli(evidence.windowEnd).toString());
            ArrayNode terms = ev.putArray("unusual_terms");
            for (int i = 0; i < evidence.unusualTerms.length; i++) {
                terms.addObject()
                        .put("term", evidence.unusualTerms[i])
                        .put("count", evidence.unusualTermCounts[i])
                        .put("expected", ScoredWindowDocuments.round(evidence.unusualTermExpected[i], 100));
            }
            WindowDocuments.putArrays(
                    ev, "categories", evidence.categories, "category_counts", evidence.categoryCounts);
            WindowDocuments.putArrays(ev, "platforms", evidence.platforms, "platform_counts", evidence.platformCounts);
            WindowDocuments.putArrays(ev, "top_authors", evidence.authors, "top_author_counts", evidence.authorCounts);
            WindowDocuments.putMentionEvidence(ev.putArray("top_negative_mentions"), evidence.topNegativeMentions);
        }
        EpisodeResponses responses = e.responses();
        if (responses != null) {
            ObjectNode r = episode.putObject("responses");
            r.put("complaints", responses.complaints);
            r.put("answered", responses.answered);
            r.put("answered_late", responses.answeredLate);
            r.put("breached", responses.breached);
            double median = responses.medianFirstResponseMinutes();
            if (!Double.isNaN(median)) {
                r.put("median_first_response_minutes", ScoredWindowDocuments.round(median, 10));
            }
            WindowDocuments.putMentionEvidence(r.putArray("unanswered_high_reach"), responses.unansweredHighReach);
        }
        ArrayNode timeline = episode.putArray("timeline");
        for (int i = 0; i < e.timelineAt().length; i++) {
            timeline.addObject()
                    .put("at", Instant.ofEpochMilli(e.timelineAt()[i]).toString())
                    .put("score", e.timelineScores()[i]);
        }
        return doc;
    }
}
