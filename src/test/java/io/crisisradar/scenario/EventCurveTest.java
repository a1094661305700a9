package io.crisisradar.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class EventCurveTest {

    @Test
    void everyShapePeaksAtOneAndEndsWhereItsDecayFallsBelowTheEndLevel() {
        for (EventShape shape : EventShape.values()) {
            EventCurve c = shape.defaultCurve();
            assertThat(c.at(c.peakMinutes())).as(shape.name()).isCloseTo(1.0, within(1e-9));
            assertThat(c.at(-1)).isZero();
            assertThat(c.at(c.endMinutes() + 1)).as(shape.name()).isZero();
            assertThat(c.at(c.endMinutes() - 1)).as(shape.name()).isGreaterThan(0);
            assertThat(c.endMinutes()).isGreaterThan(c.peakMinutes());
        }
    }

    @Test
    void aDeliveryWaveRampsForAnHourAndHoldsForHours() {
        EventCurve c = EventShape.DELIVERY_DELAY_WAVE.defaultCurve();
        assertThat(c.at(30)).isCloseTo(0.5, within(1e-9));
        assertThat(c.at(60 + 120)).isEqualTo(1.0);
        assertThat(c.endMinutes() / 60).isBetween(7.0, 10.0);
    }

    @Test
    void aSnowballGrowsAboutTwentyfoldOverHours() {
        EventCurve c = EventShape.IGNORED_COMPLAINTS_SNOWBALL.defaultCurve();
        assertThat(c.at(0)).isCloseTo(0.05, within(1e-9));
        assertThat(c.at(240)).isCloseTo(Math.sqrt(0.05), within(1e-9));
        assertThat(c.peakMinutes() / 60).isEqualTo(8.0);
    }

    @Test
    void aViralPostPeaksWithinTheHourAndFadesWithinHours() {
        EventCurve c = EventShape.VIRAL_DEFECT_POST.defaultCurve();
        assertThat(c.peakMinutes()).isLessThanOrEqualTo(60);
        assertThat(c.at(c.peakMinutes() + 10 + 75)).isCloseTo(Math.exp(-1), within(1e-9));
        assertThat(c.endMinutes() / 60).isBetween(4.0, 7.0);
    }

    @Test
    void aContestSagsAndStopsAtItsDeadline() {
        EventCurve c = EventShape.GIVEAWAY.defaultCurve();
        assertThat(c.at(12 * 60)).isBetween(0.3, 0.4);
        assertThat(c.endMinutes() - 24 * 60 - 30).isLessThan(15);
    }

    @Test
    void stretchingScalesEveryDuration() {
        EventCurve c = EventShape.PR_SCANDAL.defaultCurve();
        EventCurve longer = c.stretched(2);
        assertThat(longer.peakMinutes()).isEqualTo(2 * c.peakMinutes());
        assertThat(longer.endMinutes()).isCloseTo(2 * c.endMinutes(), within(1e-6));
        assertThat(longer.at(2 * 100)).isCloseTo(c.at(100), within(1e-9));
    }
}
