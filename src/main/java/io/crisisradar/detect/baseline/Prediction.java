package io.crisisradar.detect.baseline;

/**
 * The baseline's predictive distribution for one interval: NB2 with this mean and over-dispersion.
 *
 * @param mean expected count
 * @param dispersion phi, variance = mean + phi * mean^2
 * @param profileWeight how much of the seasonal profile is in the mean (0 cold start, 1 full)
 */
public record Prediction(double mean, double dispersion, double profileWeight) {

    /** Standard deviation of the predictive distribution. */
    public double standardDeviation() {
        return Math.sqrt(mean + dispersion * mean * mean);
    }

    /** {@code -log10 P(X >= count)}: how surprising a count this high is. */
    public double surprise(double count) {
        return CountTail.surprise(count, mean, dispersion);
    }
}
