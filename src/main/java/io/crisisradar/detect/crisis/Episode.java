package io.crisisradar.detect.crisis;

import java.io.Serializable;

/**
 * A snapshot of one crisis episode of one brand, as written to the episodes index (overwritten by
 * {@link #id()} while it is open) and summarised in alerts.
 *
 * @param brand brand id
 * @param open whether it is still open
 * @param severity highest severity reached ({@code warning} or {@code crisis})
 * @param start event time its run of high scores began (end of the first window at "watch")
 * @param detectedAt event time it opened
 * @param peakAt event time of the highest score
 * @param end event time of the last window at "watch" or above, once resolved; -1 while open
 * @param lastUpdate event time of the latest window stepped
 * @param peakScore highest crisis score
 * @param lastScore latest crisis score
 * @param triggers signals that drove the score when it opened, strongest first
 * @param openingExplanation why it opened
 * @param peakExplanation the situation at the peak
 * @param evidence terms, categories and platforms at the peak
 * @param responses how the brand answered the complaints posted since the start (never null)
 * @param timelineAt window ends of the score timeline
 * @param timelineScores scores of the timeline
 */
public record Episode(
        String brand,
        boolean open,
        String severity,
        long start,
        long detectedAt,
        long peakAt,
        long end,
        long lastUpdate,
        double peakScore,
        double lastScore,
        String[] triggers,
        String openingExplanation,
        String peakExplanation,
        EpisodeEvidence evidence,
        EpisodeResponses responses,
        long[] timelineAt,
        double[] timelineScores)
        implements Serializable {

    /** Deterministic id: brand and start, so every update of the episode overwrites one document. */
    public String id() {
        return id(brand, start);
    }

    static String id(String brand, long start) {
        return brand + "|" + java.time.Instant.ofEpochMilli(start);
    }

    /** Minutes from start to end (or to the latest update while open). */
    public long durationMinutes() {
        return ((open ? lastUpdate : end) - start) / 60_000;
    }
}
