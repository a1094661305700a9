package io.crisisradar.scenario;

/**
 * The time profile of an injected event's extra mentions, as a level in [0, 1] by minutes since
 * its start: a rise to 1 at the peak, a plateau (flat or sagging towards a floor), then an
 * exponential decay, cut to 0 once it falls below {@link #END_LEVEL}. One parametric form covers
 * every shape: a viral post (fast power rise, quick decay), a delivery wave (linear ramp, long
 * plateau), a snowball (exponential rise over hours) and a contest (sagging plateau, hard stop at
 * the deadline).
 *
 * @param riseMinutes time from the start to the peak
 * @param riseExponent shape of the rise, level = (t/rise)^exponent; 0 means exponential growth
 *     from {@code startLevel} to 1
 * @param startLevel the level at the start (the first complaints of a snowball)
 * @param plateauMinutes time after the peak before the decay starts
 * @param plateauFloor the level the plateau sags towards (1 = flat)
 * @param plateauSagMinutes time constant of the sag (ignored when the floor is 1)
 * @param decayMinutes time constant of the final exponential decay
 */
public record EventCurve(
        double riseMinutes,
        double riseExponent,
        double startLevel,
        double plateauMinutes,
        double plateauFloor,
        double plateauSagMinutes,
        double decayMinutes) {

    /** Below this level an event is over: its end is where the decay crosses it. */
    public static final double END_LEVEL = 0.03;

    public EventCurve {
        if (!(riseMinutes > 0) || !(decayMinutes > 0) || plateauMinutes < 0) {
            throw new IllegalArgumentException("rise and decay must be positive, plateau not negative");
        }
        if (riseExponent == 0 && !(startLevel > 0 && startLevel < 1)) {
            throw new IllegalArgumentException("exponential growth needs a start level in (0, 1)");
        }
        if (plateauFloor <= 0 || plateauFloor > 1) {
            throw new IllegalArgumentException("plateau floor must be in (0, 1]");
        }
    }

    /** A rise by a power, a flat plateau and an exponential decay. */
    static EventCurve risePlateauDecay(double rise, double exponent, double plateau, double decay) {
        return new EventCurve(rise, exponent, 0, plateau, 1, 0, decay);
    }

    /** The level {@code minutes} after the start. */
    public double at(double minutes) {
        if (minutes < 0) {
            return 0;
        }
        if (minutes < riseMinutes) {
            double x = minutes / riseMinutes;
            return riseExponent == 0 ? Math.pow(startLevel, 1 - x) : Math.max(startLevel, Math.pow(x, riseExponent));
        }
        if (minutes < riseMinutes + plateauMinutes) {
            return plateau(minutes - riseMinutes);
        }
        double level = plateau(plateauMinutes) * Math.exp(-(minutes - riseMinutes - plateauMinutes) / decayMinutes);
        return level < END_LEVEL ? 0 : level;
    }

    private double plateau(double sinceP) {
        if (plateauFloor >= 1) {
            return 1;
        }
        return plateauFloor + (1 - plateauFloor) * Math.exp(-sinceP / plateauSagMinutes);
    }

    /** Minutes from the start to the peak (level 1). */
    public double peakMinutes() {
        return riseMinutes;
    }

    /** Minutes from the start to the end (the level falls below {@link #END_LEVEL}). */
    public double endMinutes() {
        double level = plateau(plateauMinutes);
        double decay = level > END_LEVEL ? decayMinutes * Math.log(level / END_LEVEL) : 0;
        return riseMinutes + plateauMinutes + decay;
    }

    /** The same shape with every duration multiplied by {@code factor}. */
    public EventCurve stretched(double factor) {
        if (!(factor > 0)) {
            throw new IllegalArgumentException("stretch factor must be positive");
        }
        return new EventCurve(
                riseMinutes * factor,
                riseExponent,
                startLevel,
                plateauMinutes * factor,
                plateauFloor,
                plateauSagMinutes * factor,
                decayMinutes * factor);
    }
}
