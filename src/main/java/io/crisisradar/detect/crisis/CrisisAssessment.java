package io.crisisradar.detect.crisis;

import java.io.Serializable;
import java.util.stream.IntStream;

/**
 * The crisis score of one brand window, with the figures behind each signal so that a dashboard or
 * an alert can say <em>why</em>.
 *
 * @param score crisis score in [0, 100] ({@link CrisisScore})
 * @param severity severity of the score
 * @param signals the five signals in [0, 1]
 * @param volume mentions in the window
 * @param expectedVolume the seasonal baseline's expected mentions (0 during the warm-up)
 * @param surprise {@code -log10 P(count >= volume)} under the baseline (0 during the warm-up)
 * @param negativeVolume negative mentions, or mentions with a complaint when those are relatively
 *     more (sentiment misses some complaints)
 * @param expectedNegativeVolume expected count of those: expected volume × the usual share
 * @param negativeSurprise {@code -log10 P(count >= negativeVolume)} under the same dispersion
 * @param longScaleSurprise the same surprise for the negative or complaint count summed over the
 *     long scale (an hour of non-overlapping windows); 0 until an hour was seen
 * @param negativeShare share of negative mentions in the window
 * @param usualNegativeShare the brand's usual share
 * @param meanSentiment mean sentiment score in the window
 * @param usualMeanSentiment the brand's usual mean
 * @param complaintShare share of mentions with a complaint category
 * @param usualComplaintShare the brand's usual share
 * @param negativeReach people reached by negative mentions in the window
 * @param usualNegativeReach the usual negative reach per window
 * @param burstingPlatforms platforms whose count is well above their usual count
 * @param aboveWatchSteps how many of the last persistence steps were at least "watch"
 * @param warm whether the volume baseline has finished its warm-up
 * @param explanation one readable line saying what drives the score
 */
public record CrisisAssessment(
        double score,
        Severity severity,
        Signals signals,
        long volume,
        double expectedVolume,
        double surprise,
        long negativeVolume,
        double expectedNegativeVolume,
        double negativeSurprise,
        double longScaleSurprise,
        double negativeShare,
        double usualNegativeShare,
        double meanSentiment,
        double usualMeanSentiment,
        double complaintShare,
        double usualComplaintShare,
        long negativeReach,
        double usualNegativeReach,
        String[] burstingPlatforms,
        int aboveWatchSteps,
        boolean warm,
        String explanation)
        implements Serializable {

    /** A signal at least this strong is a driver of the score. */
    public static final double DRIVER_SIGNAL = 0.5;

    /**
     * The signals driving the score: those at {@value #DRIVER_SIGNAL} or above, largest
     * contribution in points first ({@link CrisisScore#contributions}).
     */
    public String[] drivers() {
        double[] values = signals.values();
        double[] points = CrisisScore.contributions(signals);
        return IntStream.range(0, values.length)
                .filter(i -> values[i] >= DRIVER_SIGNAL)
                .boxed()
                .sorted((a, b) -> Double.compare(points[b], points[a]))
                .map(i -> Signals.NAMES[i])
                .toArray(String[]::new);
    }
}
