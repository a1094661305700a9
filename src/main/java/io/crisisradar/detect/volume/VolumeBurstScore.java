package io.crisisradar.detect.volume;

/**
 * The volume-burst signal for one interval.
 *
 * @param count observed count
 * @param expected the baseline's expected count
 * @param surprise {@code -log10} of the upper-tail probability, the largest over the scales
 * @param scale the aggregation scale (intervals) that gave {@code surprise}
 * @param burstScore {@code surprise} relative to the series' usual high surprise, mapped into [0, 1]
 *     (every interval, no suppression: use it for "how bursty is it now")
 * @param anomalyScore the score to alert on, in [0, 1]: {@code burstScore} at the onset of a burst
 *     (surprise at least {@code onsetRatio} times the recent peak), 0 while it merely continues
 */
public record VolumeBurstScore(
        double count, double expected, double surprise, int scale, double burstScore, double anomalyScore) {}
