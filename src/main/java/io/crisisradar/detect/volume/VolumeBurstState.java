package io.crisisradar.detect.volume;

import io.crisisradar.detect.baseline.BaselineState;
import java.io.Serializable;
import java.util.Arrays;

/**
 * What a {@link VolumeBurstDetector} keeps per series: the seasonal baseline, the last few counts
 * and their expected values (a ring buffer as long as the longest aggregation scale), the
 * over-dispersion of each scale's sums, and the decaying maximum of recent scores. Bounded size.
 *
 * @param baseline seasonal baseline of the per-interval count
 * @param recentCounts ring buffer of observed counts
 * @param recentMeans ring buffer of the baseline's expected counts for the same intervals
 * @param next ring position the next interval is written to
 * @param filled how many ring slots hold data
 * @param scaleDispersion NB2 over-dispersion of the sum over each scale
 * @param recentPeak decaying maximum of the surprise, for onset suppression
 * @param logSurpriseQuantile log of the online estimate of a high quantile of this series' surprise
 */
public record VolumeBurstState(
        BaselineState baseline,
        double[] recentCounts,
        double[] recentMeans,
        int next,
        int filled,
        double[] scaleDispersion,
        double recentPeak,
        double logSurpriseQuantile)
        implements Serializable {

    @Override
    public boolean equals(Object o) {
        return o instanceof VolumeBurstState s
                && baseline.equals(s.baseline)
                && Arrays.equals(recentCounts, s.recentCounts)
                && Arrays.equals(recentMeans, s.recentMeans)
                && next == s.next
                && filled == s.filled
                && Arrays.equals(scaleDispersion, s.scaleDispersion)
                && Double.compare(recentPeak, s.recentPeak) == 0
                && Double.compare(logSurpriseQuantile, s.logSurpriseQuantile) == 0;
    }

    @Override
    public int hashCode() {
        return baseline.hashCode() * 31 + Arrays.hashCode(recentCounts) + next;
    }

    @Override
    public String toString() {
        return "VolumeBurstState[" + baseline + ", filled=" + filled + ", recentPeak=" + recentPeak + "]";
    }
}
