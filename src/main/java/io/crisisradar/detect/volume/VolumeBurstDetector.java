package io.crisisradar.detect.volume;

import io.crisisradar.detect.baseline.BaselineState;
import io.crisisradar.detect.baseline.CountTail;
import io.crisisradar.detect.baseline.Prediction;
import io.crisisradar.detect.baseline.SeasonalBaseline;
import java.io.Serializable;
import java.util.Arrays;

/**
 * Volume-burst detector "volume-burst v1": how surprising the count of each interval is against
 * the {@link SeasonalBaseline}, mapped into scores in [0, 1]. Formulas and measured quality in
 * {@code docs/detection.md}.
 *
 * <p>Per interval t, for each scale k (v1: k = 1 only; persistence over e.g. 3 and 12 intervals is
 * available): {@code X = sum of the last k counts}, {@code M = sum of their expected counts},
 * {@code s_k = -log10 P(NB2(M, phi_k) >= X)}, {@code phi_k} learned online per scale (neighbouring
 * intervals are correlated, so sums are more dispersed than independence would say). {@code s =
 * max_k s_k}. Calibration: {@code r = s / Q} with {@code Q} the series' own online 99th percentile
 * of {@code s}, so one threshold fits large and small brands; {@code burst = r / (r + h)}. The
 * anomaly score is the onset of a burst: {@code burst} when {@code s > onsetRatio * peak}, else
 * {@code (1 - onsetWeight) * burst}, {@code peak} being the previous surprises' maximum decaying by
 * {@code peakDecay} per interval.
 *
 * <p>Pure: {@link #step} takes a state and returns the next state with the score, so a Flink
 * operator can keep {@link VolumeBurstState} in keyed state.
 */
public final class VolumeBurstDetector implements Serializable {

    /** Tuning of the detector; {@link #defaults()} is "volume-burst v1" for 5-minute intervals. */
    public record Settings(
            SeasonalBaseline.Settings baseline,
            int[] scales,
            double halfScoreSurprise,
            double onsetWeight,
            double onsetRatio,
            double peakDecay,
            double calibrationQuantile,
            int warmupIntervals)
            implements Serializable {

        public Settings {
            if (scales.length == 0 || Arrays.stream(scales).anyMatch(k -> k < 1)) {
                throw new IllegalArgumentException("scales must be positive: " + Arrays.toString(scales));
            }
            scales = scales.clone();
        }

        /** volume-burst v1 for 5-minute intervals (chosen on NAB realTweets, see docs/detection.md). */
        public static Settings defaults() {
            return new Settings(SeasonalBaseline.Settings.defaults(), new int[] {1}, 10, 1, 2, 0.995, 0.99, 288);
        }

        int longestScale() {
            return Arrays.stream(scales).max().orElse(1);
        }

        @Override
        public String toString() {
            return "scales=" + Arrays.toString(scales) + " h=" + halfScoreSurprise + " w=" + onsetWeight + " ratio="
                    + onsetRatio + " decay=" + peakDecay + " q=" + calibrationQuantile + " levelAlpha="
                    + String.format("%.5f", baseline.levelAlpha());
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Settings s
                    && baseline.equals(s.baseline)
                    && Arrays.equals(scales, s.scales)
                    && halfScoreSurprise == s.halfScoreSurprise
                    && onsetWeight == s.onsetWeight
                    && onsetRatio == s.onsetRatio
                    && peakDecay == s.peakDecay
                    && calibrationQuantile == s.calibrationQuantile
                    && warmupIntervals == s.warmupIntervals;
        }

        @Override
        public int hashCode() {
            return baseline.hashCode() * 31 + Arrays.hashCode(scales);
        }
    }

    /** Step of the online quantile estimate of the surprise, in log space. */
    static final double QUANTILE_RATE = 0.05;

    /** The next state and the score of the interval just observed. */
    public record Step(VolumeBurstState state, VolumeBurstScore score) {}

    private final Settings settings;
    private final SeasonalBaseline baseline;

    public VolumeBurstDetector(Settings settings) {
        this.settings = settings;
        this.baseline = new SeasonalBaseline(settings.baseline());
    }

    public Settings settings() {
        return settings;
    }

    public VolumeBurstState initial() {
        int ring = settings.longestScale();
        double[] dispersion = new double[settings.scales().length];
        Arrays.fill(dispersion, settings.baseline().initialDispersion());
        return new VolumeBurstState(baseline.initial(), new double[ring], new double[ring], 0, 0, dispersion, 0, 0);
    }

    /**
     * Onset suppression: a burst is reported in full only when its surprise exceeds {@code
     * onsetRatio} times the recent peak surprise (decaying by {@code peakDecay} per interval);
     * otherwise it is scaled by {@code 1 - onsetWeight}. Weight 0 reports every interval.
     */
    double onset(double surprise, double burst, double recentPeak) {
        return surprise > settings.onsetRatio() * recentPeak ? burst : (1 - settings.onsetWeight()) * burst;
    }

    /** Scores {@code count} for the interval starting at {@code epochMillis} and learns from it. */
    public Step step(VolumeBurstState state, long epochMillis, double count) {
        BaselineState base = state.baseline();
        Prediction prediction = base.observations() == 0
                ? new Prediction(Math.max(count, 1e-3), settings.baseline().initialDispersion(), 0)
                : baseline.predict(base, epochMillis);
        int ring = state.recentCounts().length;
        double[] counts = state.recentCounts().clone();
        double[] means = state.recentMeans().clone();
        counts[state.next()] = count;
        means[state.next()] = prediction.mean();
        int filled = Math.min(state.filled() + 1, ring);
        int next = (state.next() + 1) % ring;

        int[] scales = settings.scales();
        double[] dispersion = state.scaleDispersion().clone();
        double surprise = 0;
        int bestScale = scales[0];
        boolean warm = base.observations() >= settings.warmupIntervals();
        for (int j = 0; j < scales.length; j++) {
            int k = scales[j];
            if (filled < k) {
                continue;
            }
            double x = 0;
            double m = 0;
            for (int i = 1; i <= k; i++) {
                int slot = Math.floorMod(next - i, ring);
                x += counts[slot];
                m += means[slot];
            }
            double s = CountTail.surprise(x, m, dispersion[j]);
            if (warm && s > surprise) {
                surprise = s;
                bestScale = k;
            }
            dispersion[j] = SeasonalBaseline.updateDispersion(
                    dispersion[j],
                    x,
                    m,
                    settings.baseline().dispersionAlpha(),
                    settings.baseline().dispersionClipZ(),
                    settings.baseline().surpriseDamping(),
                    base.observations());
        }
        double scale = Math.exp(state.logSurpriseQuantile());
        double relative = settings.calibrationQuantile() > 0 ? surprise / scale : surprise;
        double burst = relative / (relative + settings.halfScoreSurprise());
        double anomaly = onset(surprise, burst, state.recentPeak());
        double logQuantile = state.logSurpriseQuantile();
        if (warm && settings.calibrationQuantile() > 0) {
            double p = settings.calibrationQuantile();
            logQuantile += surprise > scale ? QUANTILE_RATE * p : -QUANTILE_RATE * (1 - p);
        }
        double peak = Math.max(surprise, state.recentPeak() * settings.peakDecay());
        BaselineState learned = baseline.update(base, epochMillis, count);
        VolumeBurstState nextState =
                new VolumeBurstState(learned, counts, means, next, filled, dispersion, peak, logQuantile);
        return new Step(nextState, new VolumeBurstScore(count, prediction.mean(), surprise, bestScale, burst, anomaly));
    }
}
