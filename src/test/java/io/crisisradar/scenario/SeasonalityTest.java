package io.crisisradar.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class SeasonalityTest {

    private static final Seasonality COURIER = new Seasonality(ScenarioPresets.ZONE, BrandCatalog.BLYSK);
    private static final Seasonality GROCER = new Seasonality(ScenarioPresets.ZONE, BrandCatalog.FRESHCO);

    /** Local time in Warsaw; 2026-11-03 is a Tuesday, 2026-11-08 a Sunday. */
    private static Instant local(String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(ScenarioPresets.ZONE).toInstant();
    }

    @Test
    void nightsAreAboutASixthOfTheBusiestHour() {
        for (Seasonality s : new Seasonality[] {COURIER, GROCER}) {
            double max = 0;
            for (int m = 0; m < 24 * 60; m += 5) {
                max = Math.max(max, s.factor(local("2026-11-03T00:00").plusSeconds(60L * m)));
            }
            assertThat(max).isBetween(0.99, 1.0001);
            assertThat(s.factor(local("2026-11-03T04:00"))).isBetween(0.10, 0.20);
            assertThat(s.factor(local("2026-11-03T20:30"))).isGreaterThan(0.8);
        }
    }

    @Test
    void theCourierIsBusyAtMiddayAndQuietOnSundays() {
        assertThat(COURIER.factor(local("2026-11-03T13:00"))).isGreaterThan(GROCER.factor(local("2026-11-03T13:00")));
        assertThat(COURIER.factor(local("2026-11-08T13:00")) / COURIER.factor(local("2026-11-03T13:00")))
                .isLessThan(0.45);
        assertThat(GROCER.factor(local("2026-11-08T20:00")) / GROCER.factor(local("2026-11-03T20:00")))
                .isGreaterThan(0.8);
    }

    @Test
    void weekendMorningsStartLater() {
        double weekday = COURIER.factor(local("2026-11-03T07:00"));
        double sunday = COURIER.factor(local("2026-11-08T07:00")) / BrandCatalog.BLYSK.sundayFactor();
        assertThat(sunday).isLessThan(weekday);
    }
}
