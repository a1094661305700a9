package io.crisisradar.detect.volume;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

class VolumeBurstDetectorTest {

    private static final Instant MONDAY_MIDNIGHT = Instant.parse("2015-03-02T00:00:00Z");
    private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);
    private static final int THREE_DAYS = 3 * 288;

    private final VolumeBurstDetector detector = new VolumeBurstDetector(VolumeBurstDetector.Settings.defaults());

    private VolumeBurstState state = detector.initial();
    private Instant now = MONDAY_MIDNIGHT;

    private VolumeBurstScore observe(double count) {
        VolumeBurstDetector.Step step = detector.step(state, now.toEpochMilli(), count);
        state = step.state();
        now = now.plus(FIVE_MINUTES);
        return step.score();
    }

    /** Three quiet days of about 20 mentions per interval; returns the highest anomaly score seen. */
    private double quietDays(Random random) {
        double highest = 0;
        for (int i = 0; i < THREE_DAYS; i++) {
            highest = Math.max(highest, observe(20 + random.nextInt(9) - 4).anomalyScore());
        }
        return highest;
    }

    @Test
    void quietTrafficStaysFarBelowABurst() {
        double quiet = quietDays(new Random(7));
        VolumeBurstScore burst = observe(200);
        assertThat(burst.anomalyScore()).isGreaterThan(0.5).isGreaterThan(2 * quiet);
        assertThat(burst.expected()).isBetween(15.0, 25.0);
        assertThat(burst.surprise()).isGreaterThan(10);
    }

    @Test
    void reportsABurstAtItsOnsetNotAtEveryInterval() {
        quietDays(new Random(8));
        VolumeBurstScore first = observe(200);
        VolumeBurstScore second = observe(190);
        assertThat(first.anomalyScore()).isGreaterThan(0.5);
        assertThat(second.burstScore()).isGreaterThan(0.5);
        assertThat(second.anomalyScore()).isZero();
    }

    @Test
    void aMuchLargerBurstSoonAfterIsReportedAgain() {
        quietDays(new Random(9));
        observe(100);
        VolumeBurstScore escalation = observe(2_000);
        assertThat(escalation.anomalyScore()).isGreaterThan(0.5);
    }

    @Test
    void nothingIsReportedDuringWarmUp() {
        VolumeBurstScore first = observe(10);
        VolumeBurstScore spike = observe(500);
        assertThat(first.anomalyScore()).isZero();
        assertThat(spike.anomalyScore()).isZero();
    }

    @Test
    void stateKeepsItsSizeAsTheStreamGrows() {
        quietDays(new Random(10));
        int ring = state.recentCounts().length;
        quietDays(new Random(11));
        assertThat(state.recentCounts()).hasSize(ring);
        assertThat(state.baseline().hourOfWeek()).hasSize(168);
    }
}
