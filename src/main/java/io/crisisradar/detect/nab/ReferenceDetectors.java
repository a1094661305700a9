package io.crisisradar.detect.nab;

import io.crisisradar.detect.volume.VolumeBurstDetector;
import io.crisisradar.detect.volume.VolumeBurstState;

/**
 * The detectors that volume-burst v1 is compared with in the same run: what commercial listening
 * tools do (last hour against the trailing day), NAB's windowed Gaussian, and a generic onset
 * filter so that comparisons can also be made with the same alarm suppression.
 */
public final class ReferenceDetectors {

    private ReferenceDetectors() {}

    /** volume-burst v1 over a whole series. */
    public static SeriesDetector volumeBurst(VolumeBurstDetector.Settings settings) {
        return (millis, values) -> {
            VolumeBurstDetector detector = new VolumeBurstDetector(settings);
            VolumeBurstState state = detector.initial();
            double[] scores = new double[values.length];
            for (int i = 0; i < values.length; i++) {
                VolumeBurstDetector.Step step = detector.step(state, millis[i], values[i]);
                state = step.state();
                scores[i] = step.score().anomalyScore();
            }
            return scores;
        };
    }

    /**
     * "Last hour vs trailing average": the mean of the last {@code recent} rows against the mean
     * of the {@code trailing} rows before them; score {@code (r - 1) / r} for a ratio r above 1.
     */
    public static SeriesDetector lastHourVsTrailingAverage(int recent, int trailing) {
        return (millis, values) -> {
            double[] prefix = new double[values.length + 1];
            for (int i = 0; i < values.length; i++) {
                prefix[i + 1] = prefix[i] + values[i];
            }
            double[] scores = new double[values.length];
            for (int i = 0; i < values.length; i++) {
                int end = i + 1;
                if (end < recent + trailing) {
                    continue;
                }
                double last = (prefix[end] - prefix[end - recent]) / recent;
                double before = (prefix[end - recent] - prefix[end - recent - trailing]) / trailing;
                double ratio = last / Math.max(before, 1e-9);
                scores[i] = ratio > 1 ? (ratio - 1) / ratio : 0;
            }
            return scores;
        };
    }

    /**
     * NAB's windowed Gaussian: mean and standard deviation of the last {@code window} values,
     * refreshed every {@code step} rows; score {@code 1 - Q(|z|)}.
     */
    public static SeriesDetector windowedGaussian(int window, int step) {
        return (millis, values) -> {
            double[] scores = new double[values.length];
            double mean = 0;
            double std = 0;
            int windowStart = 0;
            int windowEnd = 0; // exclusive: rows window [windowStart, windowEnd) define mean and std
            for (int i = 0; i < values.length; i++) {
                if (windowEnd > 0) {
                    double z = std == 0
                            ? (values[i] == mean ? 0 : Double.POSITIVE_INFINITY)
                            : Math.abs(values[i] - mean) / std;
                    scores[i] = 1 - 0.5 * erfc(z / Math.sqrt(2));
                }
                boolean refresh = windowEnd - windowStart < window || (i + 1 - windowEnd) == step;
                if (refresh) {
                    windowEnd = i + 1;
                    windowStart = Math.max(0, windowEnd - window);
                    double sum = 0;
                    double sumSq = 0;
                    for (int j = windowStart; j < windowEnd; j++) {
                        sum += values[j];
                        sumSq += values[j] * values[j];
                    }
                    int n = windowEnd - windowStart;
                    mean = sum / n;
                    std = Math.sqrt(Math.max(0, sumSq / n - mean * mean));
                }
            }
            return scores;
        };
    }

    /**
     * The alarm suppression of volume-burst v1 applied to any detector: {@code max(0, s - w * peak)},
     * {@code peak} the decaying maximum of the previous scores.
     */
    public static SeriesDetector onset(SeriesDetector inner, double weight, double decay) {
        return (millis, values) -> {
            double[] raw = inner.score(millis, values);
            double[] out = new double[raw.length];
            double peak = 0;
            for (int i = 0; i < raw.length; i++) {
                out[i] = Math.max(0, raw[i] - weight * peak);
                peak = Math.max(raw[i], peak * decay);
            }
            return out;
        };
    }

    /** Complementary error function (Numerical Recipes erfcc, relative error below 1.2e-7). */
    static double erfc(double x) {
        if (Double.isInfinite(x)) {
            return x > 0 ? 0 : 2;
        }
        double z = Math.abs(x);
        double t = 1 / (1 + 0.5 * z);
        double r = t
                * Math.exp(
                        -z * z
                                - 1.26551223
                                + t
                                        * (1.00002368
                                                + t
                                                        * (0.37409196
                                                                + t
                                                                        * (0.09678418
                                                                                + t
                                                                                        * (-0.18628806
                                                                                                + t
                                                                                                        * (0.27886807
                                                                                                                + t
                                                                                                                        * (-1.13520398
                                                                                                                                + t
                                                                                                                                        * (1.48851587
                                                                                                                                                + t
                                                                                                                                                        * (-0.82215223
                                                                                                                                                                + t
                                                                                                                                                                        * 0.17087277)))))))));
        return x >= 0 ? r : 2 - r;
    }
}
