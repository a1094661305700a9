package io.crisisradar.detect.crisis;

/**
 * crisis-score v1: the signals combined into a score in [0, 100].
 *
 * <pre>
 *   impact = 0.45·volume + 0.20·reach + 0.10·spread + 0.25·persistence      (in [0, 1])
 *   gate   = 0.25 + 0.75·negativity                                           (in [0.25, 1])
 *   score  = 100 · impact · gate
 * </pre>
 *
 * <p>Why this shape: a crisis is something getting <em>bigger</em> (more mentions, a bigger
 * audience, more platforms, for longer) <em>and</em> getting <em>worse</em> (more negative, more
 * complaints). The gate multiplies rather than adds so that a large positive spike — a campaign
 * launch — stays below "watch" (at most 25), and a sour but ordinary day, with nothing growing,
 * stays at 0. Volume weighs most because it is the best measured signal (NAB, scenarios); reach
 * and spread amplify; persistence separates a crisis from a one-minute blip.
 */
public final class CrisisScore {

    /** Version stamped on every score and episode, so history stays interpretable when it changes. */
    public static final String VERSION = "crisis-score-v1";

    static final double VOLUME_WEIGHT = 0.55;
    static final double REACH_WEIGHT = 0.20;
    static final double SPREAD_WEIGHT = 0.10;
    static final double PERSISTENCE_WEIGHT = 0.15;
    static final double GATE_FLOOR = 0.25;

    private CrisisScore() {}

    /** The score of these signals, in [0, 100]. */
    public static double of(Signals s) {
        double impact = VOLUME_WEIGHT * s.volume()
                + REACH_WEIGHT * s.reach()
                + SPREAD_WEIGHT * s.spread()
                + PERSISTENCE_WEIGHT * s.persistence();
        double gate = GATE_FLOOR + (1 - GATE_FLOOR) * s.negativity();
        return 100 * impact * gate;
    }

    /**
     * How much each signal contributed, in score points, in the order of {@link Signals#NAMES}; the
     * negativity entry is what the gate added on top of its floor. Sums to {@link #of}.
     */
    public static double[] contributions(Signals s) {
        // Each impact signal is credited with what it gives at the gate's floor; negativity with
        // everything the gate adds above its floor.
        double volume = 100 * GATE_FLOOR * VOLUME_WEIGHT * s.volume();
        double reach = 100 * GATE_FLOOR * REACH_WEIGHT * s.reach();
        double spread = 100 * GATE_FLOOR * SPREAD_WEIGHT * s.spread();
        double persistence = 100 * GATE_FLOOR * PERSISTENCE_WEIGHT * s.persistence();
        double negativity = of(s) - volume - reach - spread - persistence;
        return new double[] {volume, negativity, reach, spread, persistence};
    }

    /** Linear ramp: 0 at or below {@code low}, 1 at or above {@code high}. */
    static double ramp(double value, double low, double high) {
        if (!(value > low)) {
            return 0;
        }
        return value >= high ? 1 : (value - low) / (high - low);
    }
}
