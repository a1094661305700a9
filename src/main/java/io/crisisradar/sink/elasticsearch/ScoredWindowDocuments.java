package io.crisisradar.sink.elasticsearch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crisisradar.detect.crisis.CrisisAssessment;
import io.crisisradar.detect.crisis.CrisisScore;
import io.crisisradar.detect.crisis.ScoredWindow;
import io.crisisradar.detect.crisis.Signals;
import java.time.Instant;

/**
 * Maps a scored brand window to its metrics document: the window's metrics ({@link
 * WindowDocuments}) plus {@code crisis_radar.crisis}, the score, severity, signals and the figures
 * behind them. Same id and index as the plain window document, so a late revision overwrites it.
 */
public final class ScoredWindowDocuments implements DocumentMapper<ScoredWindow> {

    private final IndexNames indexNames;

    public ScoredWindowDocuments(IndexNames indexNames) {
        this.indexNames = indexNames;
    }

    @Override
    public EsDocument toDocument(ScoredWindow scored) {
        Instant end = Instant.ofEpochMilli(scored.window().end());
        ObjectNode doc = WindowDocuments.source(scored.window());
        ObjectNode crisis = ((ObjectNode) doc.get("crisis_radar")).putObject("crisis");
        CrisisAssessment a = scored.assessment();
        crisis.put("formula", CrisisScore.VERSION);
        crisis.put("score", round(a.score(), 10));
        crisis.put("severity", a.severity().label());
        ObjectNode signals = crisis.putObject("signals");
        double[] values = a.signals().values();
        for (int i = 0; i < values.length; i++) {
            signals.put(Signals.NAMES[i], round(values[i], 1000));
        }
        strings(crisis.putArray("drivers"), a.drivers());
        crisis.put("expected_volume", round(a.expectedVolume(), 100));
        crisis.put("surprise", round(Math.min(a.surprise(), 1000), 100));
        crisis.put("negative_volume", a.negativeVolume());
        crisis.put("expected_negative_volume", round(a.expectedNegativeVolume(), 100));
        crisis.put("negative_surprise", round(Math.min(a.negativeSurprise(), 1000), 100));
        crisis.put("long_scale_surprise", round(Math.min(a.longScaleSurprise(), 1000), 100));
        crisis.put("negative_share", round(a.negativeShare(), 10_000));
        crisis.put("usual_negative_share", round(a.usualNegativeShare(), 10_000));
        crisis.put("mean_sentiment", round(a.meanSentiment(), 10_000));
        crisis.put("usual_mean_sentiment", round(a.usualMeanSentiment(), 10_000));
        crisis.put("complaint_share", round(a.complaintShare(), 10_000));
        crisis.put("usual_complaint_share", round(a.usualComplaintShare(), 10_000));
        crisis.put("negative_reach", a.negativeReach());
        crisis.put("usual_negative_reach", Math.round(a.usualNegativeReach()));
        strings(crisis.putArray("bursting_platforms"), a.burstingPlatforms());
        crisis.put("above_watch_steps", a.aboveWatchSteps());
        crisis.put("baseline_warm", a.warm());
        crisis.put("episode_open", scored.episodeOpen());
        crisis.put("filled", scored.filled());
        crisis.put("explanation", a.explanation());
        return new EsDocument(
                indexNames.index(IndexNames.Kind.METRICS, end), scored.window().id(), end, Json.bytes(doc));
    }

    static void strings(ArrayNode array, String[] values) {
        for (String value : values) {
            array.add(value);
        }
    }

    static double round(double value, double scale) {
        return Math.round(value * scale) / scale;
    }
}
