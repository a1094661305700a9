package io.crisisradar.detect.nab;

import java.util.List;

/**
 * A NAB application profile: the weights of a true positive, a false positive and a false
 * negative (missed window).
 */
public record NabProfile(String name, double tpWeight, double fpWeight, double fnWeight) {

    public static final NabProfile STANDARD = new NabProfile("standard", 1.0, 0.11, 1.0);
    public static final NabProfile REWARD_LOW_FP = new NabProfile("reward_low_FP_rate", 1.0, 0.22, 1.0);
    public static final NabProfile REWARD_LOW_FN = new NabProfile("reward_low_FN_rate", 1.0, 0.11, 2.0);

    /** The three profiles of NAB v1.1, standard first. */
    public static List<NabProfile> all() {
        return List.of(STANDARD, REWARD_LOW_FP, REWARD_LOW_FN);
    }

    /** Score of a detector that never fires on files holding this many windows. */
    public double nullScore(int windows) {
        return -fnWeight * windows;
    }

    /** Score of a detector that fires exactly at the left edge of every window. */
    public double perfectScore(int windows) {
        return tpWeight * windows;
    }

    /** {@code 100 (S - S_null) / (S_perfect - S_null)}: 0 never fires, 100 perfect. */
    public double normalise(double raw, int windows) {
        double nul = nullScore(windows);
        return 100 * (raw - nul) / (perfectScore(windows) - nul);
    }
}
