package io.crisisradar.detect.crisis;

import java.io.Serializable;

/**
 * The five signals of crisis-score v1 for one window, each in [0, 1] (0 = as usual, 1 = as strong
 * as the formula counts). How each is computed: {@code docs/crisis-score.md}.
 *
 * @param volume how surprising the window's mention count is against the seasonal baseline
 * @param negativity the strongest of: negative share up, mean sentiment down, complaint share up,
 *     each shrunk towards the baseline when the window has few mentions
 * @param reach negative reach (people reached by negative mentions) against its baseline
 * @param spread platforms on which the brand's volume is bursting at the same time
 * @param persistence share of the last steps whose score without persistence was at least "watch"
 */
public record Signals(double volume, double negativity, double reach, double spread, double persistence)
        implements Serializable {

    /** Signal names as they appear in documents and alerts, in the order of the components. */
    public static final String[] NAMES = {"volume", "negativity", "reach", "spread", "persistence"};

    public Signals {
        check("volume", volume);
        check("negativity", negativity);
        check("reach", reach);
        check("spread", spread);
        check("persistence", persistence);
    }

    /** The signals in the order of {@link #NAMES}. */
    public double[] values() {
        return new double[] {volume, negativity, reach, spread, persistence};
    }

    /** The same signals with another persistence. */
    public Signals withPersistence(double value) {
        return new Signals(volume, negativity, reach, spread, value);
    }

    private static void check(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " signal must be in [0, 1]: " + value);
        }
    }
}
