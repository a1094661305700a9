package io.crisisradar.detect.baseline;

import java.io.Serializable;
import java.util.Arrays;

/**
 * What a {@link SeasonalBaseline} remembers of one series: a level, an hour-of-day and an
 * hour-of-week profile of multiplicative factors with how many points each has seen (saturating, so
 * the state stays a fixed 24 + 168 cells whatever the stream length), and the NB over-dispersion.
 *
 * <p>Plain primitives and arrays so that a Flink operator can keep it in {@code ValueState} (POJO or
 * Kryo) and a checkpoint stays a few kilobytes. Treat it as immutable: updates return a copy.
 *
 * @param observations points seen so far (saturates at {@link Integer#MAX_VALUE})
 * @param level deseasonalised expected count per interval
 * @param dispersion NB2 over-dispersion phi (variance = mu + phi mu^2)
 * @param hourOfDay 24 factors (1 = the level)
 * @param hourOfDaySeen points seen per hour of day, capped
 * @param hourOfWeek 168 factors, Monday 00:00 first
 * @param hourOfWeekSeen points seen per hour of week, capped
 */
public record BaselineState(
        int observations,
        double level,
        double dispersion,
        double[] hourOfDay,
        int[] hourOfDaySeen,
        double[] hourOfWeek,
        int[] hourOfWeekSeen)
        implements Serializable {

    static final int HOURS_PER_DAY = 24;
    static final int HOURS_PER_WEEK = 168;

    /** A baseline that has seen nothing: flat profile, no level yet. */
    public static BaselineState empty(double initialDispersion) {
        double[] day = new double[HOURS_PER_DAY];
        double[] week = new double[HOURS_PER_WEEK];
        Arrays.fill(day, 1);
        Arrays.fill(week, 1);
        return new BaselineState(0, 0, initialDispersion, day, new int[HOURS_PER_DAY], week, new int[HOURS_PER_WEEK]);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BaselineState s
                && observations == s.observations
                && Double.compare(level, s.level) == 0
                && Double.compare(dispersion, s.dispersion) == 0
                && Arrays.equals(hourOfDay, s.hourOfDay)
                && Arrays.equals(hourOfDaySeen, s.hourOfDaySeen)
                && Arrays.equals(hourOfWeek, s.hourOfWeek)
                && Arrays.equals(hourOfWeekSeen, s.hourOfWeekSeen);
    }

    @Override
    public int hashCode() {
        return 31 * Double.hashCode(level) + Arrays.hashCode(hourOfWeek) + observations;
    }

    @Override
    public String toString() {
        return "BaselineState[observations=" + observations + ", level=" + level + ", dispersion=" + dispersion + "]";
    }
}
