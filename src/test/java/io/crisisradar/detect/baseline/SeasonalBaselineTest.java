package io.crisisradar.detect.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SeasonalBaselineTest {

    private static final Instant MONDAY_MIDNIGHT = Instant.parse("2015-03-02T00:00:00Z");
    private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);
    private static final int INTERVALS_PER_DAY = 288;

    private final SeasonalBaseline baseline = new SeasonalBaseline(SeasonalBaseline.Settings.defaults());

    /** Busy in the day (40 per interval from 08:00 to 20:00), quiet at night (10). */
    private static double dailyPattern(Instant t) {
        int hour = (int) ((t.getEpochSecond() / 3600) % 24);
        return hour >= 8 && hour < 20 ? 40 : 10;
    }

    private BaselineState learn(BaselineState state, Instant from, int intervals, Random random) {
        Instant t = from;
        for (int i = 0; i < intervals; i++) {
            double mean = dailyPattern(t);
            state = baseline.update(state, t.toEpochMilli(), poisson(mean, random));
            t = t.plus(FIVE_MINUTES);
        }
        return state;
    }

    @Test
    void coldStartPredictsTheLevelOnly() {
        BaselineState state = baseline.update(baseline.initial(), MONDAY_MIDNIGHT.toEpochMilli(), 12);
        Prediction prediction = baseline.predict(
                state, MONDAY_MIDNIGHT.plus(Duration.ofHours(12)).toEpochMilli());
        assertThat(prediction.mean()).isCloseTo(12, within(1e-9));
        assertThat(prediction.profileWeight()).isZero();
    }

    @Test
    void learnsTheDailyProfileWithinAFewDays() {
        BaselineState state = learn(baseline.initial(), MONDAY_MIDNIGHT, 4 * INTERVALS_PER_DAY, new Random(1));
        Instant friday = MONDAY_MIDNIGHT.plus(Duration.ofDays(4));
        double noon = baseline.predict(state, friday.plus(Duration.ofHours(12)).toEpochMilli())
                .mean();
        double threeAm = baseline.predict(
                        state, friday.plus(Duration.ofHours(3)).toEpochMilli())
                .mean();
        assertThat(noon).isCloseTo(40, within(6.0));
        assertThat(threeAm).isCloseTo(10, within(3.0));
    }

    @Test
    void anHourLongBurstDoesNotBecomeTheNewNormal() {
        Random random = new Random(2);
        BaselineState state = learn(baseline.initial(), MONDAY_MIDNIGHT, 14 * INTERVALS_PER_DAY, random);
        Instant burstStart = MONDAY_MIDNIGHT.plus(Duration.ofDays(14)).plus(Duration.ofHours(12));
        state = learn(state, MONDAY_MIDNIGHT.plus(Duration.ofDays(14)), 144, random);
        long nextDayNoon = burstStart.plus(Duration.ofDays(1)).toEpochMilli();
        double before = baseline.predict(state, nextDayNoon).mean();
        Instant t = burstStart;
        for (int i = 0; i < 12; i++) {
            state = baseline.update(state, t.toEpochMilli(), 400);
            t = t.plus(FIVE_MINUTES);
        }
        double after = baseline.predict(state, nextDayNoon).mean();
        assertThat(after / before).isBetween(0.95, 1.10);
    }

    @Test
    void estimatesOverDispersionOfNegativeBinomialCounts() {
        Random random = new Random(3);
        BaselineState state = baseline.initial();
        Instant t = MONDAY_MIDNIGHT;
        for (int i = 0; i < 10 * INTERVALS_PER_DAY; i++) {
            // Gamma-Poisson mixture: NB2 with mean 30 and phi = 0.2.
            double rate = 30 * gamma(5, random) / 5;
            state = baseline.update(state, t.toEpochMilli(), poisson(rate, random));
            t = t.plus(FIVE_MINUTES);
        }
        assertThat(state.dispersion()).isBetween(0.12, 0.3);
    }

    @Test
    void stateStaysTheSameSizeHoweverLongTheStream() throws Exception {
        BaselineState week = learn(baseline.initial(), MONDAY_MIDNIGHT, 7 * INTERVALS_PER_DAY, new Random(4));
        BaselineState weeks =
                learn(week, MONDAY_MIDNIGHT.plus(Duration.ofDays(7)), 21 * INTERVALS_PER_DAY, new Random(5));
        assertThat(serialisedSize(weeks)).isEqualTo(serialisedSize(week)).isLessThan(4_096);
    }

    @Test
    void hourOfWeekStartsOnMondayInTheConfiguredZone() {
        assertThat(baseline.hourOfWeek(MONDAY_MIDNIGHT.toEpochMilli())).isZero();
        SeasonalBaseline warsaw = new SeasonalBaseline(
                new SeasonalBaseline.Settings(1.0 / 1000, 0.02, 0.05, 24, 24, 2.5, 0.25, 1.0 / 1000, 4, 0.3, 60));
        assertThat(warsaw.hourOfWeek(MONDAY_MIDNIGHT.toEpochMilli())).isEqualTo(1);
    }

    private static int serialisedSize(Object o) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(o);
        }
        return bytes.size();
    }

    static int poisson(double mean, Random random) {
        if (mean > 50) {
            return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
        }
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int k = 0;
        while (product > limit) {
            product *= random.nextDouble();
            k++;
        }
        return k;
    }

    /** Gamma(shape, 1) for shape >= 1 (Marsaglia and Tsang). */
    static double gamma(double shape, Random random) {
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x = random.nextGaussian();
            double v = Math.pow(1 + c * x, 3);
            if (v > 0 && Math.log(random.nextDouble()) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
                return d * v;
            }
        }
    }
}
