package io.crisisradar.detect.baseline;

import java.io.Serializable;

/**
 * Expected count per interval for one series (a brand, a brand × platform…): level × seasonal
 * factor, with a negative-binomial spread, learned online from the counts themselves.
 *
 * <p>Why this shape:
 *
 * <ul>
 *   <li><b>Seasonality.</b> The factor blends an hour-of-day profile (learned in a couple of days)
 *       into an hour-of-week profile (needs weeks: each cell sees 12 five-minute points a week), each
 *       weighted by how much it has seen. Cold start: level only.
 *   <li><b>Robustness.</b> Updates use the count winsorised at {@code clipZ} predictive standard
 *       deviations, and learn {@code surpriseDamping} times slower while the count is beyond that
 *       limit: a one-hour burst moves the level by a few percent, not to the new normal.
 *   <li><b>Small counts.</b> The predictive distribution is NB2 (variance mu + phi mu^2), phi
 *       estimated online by moments from winsorised residuals; Poisson is the phi → 0 limit.
 * </ul>
 *
 * <p>All methods are pure: state in, state out. Instances only hold the settings.
 */
public final class SeasonalBaseline implements Serializable {

    private static final long MILLIS_PER_HOUR = 3_600_000L;

    /** Tuning of the baseline; {@link #defaults()} suits 5-minute intervals. */
    public record Settings(
            double levelAlpha,
            double hourOfDayAlpha,
            double hourOfWeekAlpha,
            int hourOfDayFullAfter,
            int hourOfWeekFullAfter,
            double clipZ,
            double surpriseDamping,
            double dispersionAlpha,
            double dispersionClipZ,
            double initialDispersion,
            int zoneOffsetMinutes)
            implements Serializable {

        /** 5-minute intervals: level half-life ~1 day, day profile ~3 days, week profile ~2 weeks. */
        public static Settings defaults() {
            return new Settings(1.0 / 1000, 0.02, 0.05, 24, 24, 2.5, 0.25, 1.0 / 1000, 4, 0.3, 0);
        }

        public Settings withLevelAlpha(double alpha) {
            return new Settings(
                    alpha,
                    hourOfDayAlpha,
                    hourOfWeekAlpha,
                    hourOfDayFullAfter,
                    hourOfWeekFullAfter,
                    clipZ,
                    surpriseDamping,
                    dispersionAlpha,
                    dispersionClipZ,
                    initialDispersion,
                    zoneOffsetMinutes);
        }
    }

    private final Settings settings;

    public SeasonalBaseline(Settings settings) {
        this.settings = settings;
    }

    public Settings settings() {
        return settings;
    }

    public BaselineState initial() {
        return BaselineState.empty(settings.initialDispersion());
    }

    /** The predictive distribution of the count of the interval starting at {@code epochMillis}. */
    public Prediction predict(BaselineState state, long epochMillis) {
        int hourOfWeek = hourOfWeek(epochMillis);
        int hourOfDay = hourOfWeek % BaselineState.HOURS_PER_DAY;
        double dayWeight = Math.min(1.0, state.hourOfDaySeen()[hourOfDay] / (double) settings.hourOfDayFullAfter());
        double weekWeight = Math.min(1.0, state.hourOfWeekSeen()[hourOfWeek] / (double) settings.hourOfWeekFullAfter());
        double dayFactor = 1 + dayWeight * (state.hourOfDay()[hourOfDay] - 1);
        double factor = (1 - weekWeight) * dayFactor + weekWeight * state.hourOfWeek()[hourOfWeek];
        double mean = Math.max(state.level() * factor, 1e-3);
        return new Prediction(mean, state.dispersion(), Math.max(dayWeight, weekWeight));
    }

    /** The state after observing {@code count} in the interval starting at {@code epochMillis}. */
    public BaselineState update(BaselineState state, long epochMillis, double count) {
        if (state.observations() == 0) {
            return seed(state, count);
        }
        Prediction prediction = predict(state, epochMillis);
        double mu = prediction.mean();
        double sd = prediction.standardDeviation();
        double upper = mu + settings.clipZ() * sd;
        double lower = Math.max(0, mu - settings.clipZ() * sd);
        double clipped = Math.min(Math.max(count, lower), upper);
        double damping = count > upper ? settings.surpriseDamping() : 1;
        int n = state.observations();

        int hourOfWeek = hourOfWeek(epochMillis);
        int hourOfDay = hourOfWeek % BaselineState.HOURS_PER_DAY;
        double factor = mu / Math.max(state.level(), 1e-9);
        double levelAlpha = damping * Math.max(settings.levelAlpha(), 1.0 / (n + 1));
        double level = state.level() + levelAlpha * (clipped / Math.max(factor, 1e-3) - state.level());
        level = Math.max(level, 1e-3);

        double ratio = clipped / Math.max(state.level(), 1e-3);
        double[] day = state.hourOfDay().clone();
        int[] daySeen = state.hourOfDaySeen().clone();
        double dayAlpha = damping * Math.max(settings.hourOfDayAlpha(), 1.0 / (daySeen[hourOfDay] + 1));
        day[hourOfDay] += dayAlpha * (ratio - day[hourOfDay]);
        daySeen[hourOfDay] = Math.min(daySeen[hourOfDay] + 1, settings.hourOfDayFullAfter());

        double[] week = state.hourOfWeek().clone();
        int[] weekSeen = state.hourOfWeekSeen().clone();
        if (weekSeen[hourOfWeek] == 0) {
            // Start the week cell from what the day profile already knows, not from a flat 1.
            week[hourOfWeek] = day[hourOfDay];
        }
        double weekAlpha = damping * Math.max(settings.hourOfWeekAlpha(), 1.0 / (weekSeen[hourOfWeek] + 1));
        week[hourOfWeek] += weekAlpha * (ratio - week[hourOfWeek]);
        weekSeen[hourOfWeek] = Math.min(weekSeen[hourOfWeek] + 1, settings.hourOfWeekFullAfter());

        double dispersion = updateDispersion(
                state.dispersion(),
                count,
                mu,
                settings.dispersionAlpha(),
                settings.dispersionClipZ(),
                settings.surpriseDamping(),
                n);
        return new BaselineState(n == Integer.MAX_VALUE ? n : n + 1, level, dispersion, day, daySeen, week, weekSeen);
    }

    /**
     * One online moment step for NB2 over-dispersion: phi ≈ E[((x - mu)^2 - mu) / mu^2], with the
     * squared residual winsorised at {@code clipZ^2} predictive variances, and learnt {@code
     * damping} times slower when it was, so that a burst cannot inflate it; learns fast for the
     * first points ({@code 1/(n+10)}), then at {@code alpha}.
     */
    public static double updateDispersion(
            double phi, double count, double mu, double alpha, double clipZ, double damping, int observations) {
        double variance = mu + phi * mu * mu;
        double limit = clipZ * clipZ * variance;
        double residual = (count - mu) * (count - mu);
        double squared = Math.min(residual, limit);
        double sample = (squared - mu) / (mu * mu);
        double rate = Math.max(alpha, 1.0 / (observations + 10)) * (residual > limit ? damping : 1);
        double next = phi + rate * (sample - phi);
        return Math.min(Math.max(next, CountTail.MIN_DISPERSION), 10);
    }

    private BaselineState seed(BaselineState state, double count) {
        return new BaselineState(
                1,
                Math.max(count, 1e-3),
                state.dispersion(),
                state.hourOfDay(),
                state.hourOfDaySeen(),
                state.hourOfWeek(),
                state.hourOfWeekSeen());
    }

    /** Hour of the week in the configured zone, Monday 00:00 = 0. */
    int hourOfWeek(long epochMillis) {
        long local = epochMillis + settings.zoneOffsetMinutes() * 60_000L;
        long hours = Math.floorDiv(local, MILLIS_PER_HOUR);
        long epochDay = Math.floorDiv(hours, 24);
        int dayOfWeek = (int) Math.floorMod(epochDay + 3, 7); // 1970-01-01 was a Thursday
        return dayOfWeek * 24 + (int) Math.floorMod(hours, 24);
    }
}
