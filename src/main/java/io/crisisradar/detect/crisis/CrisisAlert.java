package io.crisisradar.detect.crisis;

import java.io.Serializable;

/**
 * A message for people on call: an episode opened, escalated or resolved. Sent to the alerts topic
 * as JSON, keyed by {@link #episodeId()} so every alert of one episode lands in one partition, in
 * order.
 *
 * @param type {@code opened}, {@code escalated} or {@code resolved}
 * @param brand brand id
 * @param episodeId the episode document's id
 * @param severity the episode's severity after the change
 * @param score latest crisis score
 * @param peakScore highest score so far
 * @param at event time of the window that caused the alert
 * @param start event time the episode started
 * @param end event time it ended ({@code resolved} only, else -1)
 * @param triggers signals that opened it
 * @param explanation why: the opening explanation for {@code opened}, the peak's otherwise
 * @param unusualTerms terms far more frequent than usual at the peak
 */
public record CrisisAlert(
        String type,
        String brand,
        String episodeId,
        String severity,
        double score,
        double peakScore,
        long at,
        long start,
        long end,
        String[] triggers,
        String explanation,
        String[] unusualTerms)
        implements Serializable {

    /** The alert for an alerting update ({@link EpisodeUpdate.Kind#alerts()}). */
    public static CrisisAlert of(EpisodeUpdate update) {
        if (!update.kind().alerts()) {
            throw new IllegalArgumentException(update.kind() + " updates do not alert");
        }
        Episode e = update.episode();
        boolean opened = update.kind() == EpisodeUpdate.Kind.OPENED;
        return new CrisisAlert(
                update.kind().label(),
                e.brand(),
                e.id(),
                e.severity(),
                e.lastScore(),
                e.peakScore(),
                e.lastUpdate(),
                e.start(),
                e.end(),
                e.triggers(),
                opened ? e.openingExplanation() : e.peakExplanation(),
                e.evidence() == null ? new String[0] : e.evidence().unusualTerms);
    }
}
