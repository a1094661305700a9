package io.crisisradar.detect.crisis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** crisis-score v1 on named situations, computed by hand from the formula in docs/crisis-score.md. */
class CrisisScoreTest {

    private static final Signals QUIET_DAY = new Signals(0, 0, 0, 0, 0);
    private static final Signals SOUR_BUT_SMALL = new Signals(0, 1, 0, 0, 0);
    /** Volume, spread and persistence at full, nothing negative: a campaign launch. */
    private static final Signals CAMPAIGN_LAUNCH = new Signals(1, 0, 0, 1, 1);
    /** 0.55 + 0.1 + 0.05 + 0.15 = 0.85 impact, gate 0.25 + 0.6 = 0.85. */
    private static final Signals FULL_CRISIS = new Signals(1, 0.8, 0.5, 0.5, 1);
    /** Everything at full. */
    private static final Signals WORST_CASE = new Signals(1, 1, 1, 1, 1);

    @Test
    void nothingGrowingScoresZeroHoweverSourTheTone() {
        assertThat(CrisisScore.of(QUIET_DAY)).isZero();
        assertThat(CrisisScore.of(SOUR_BUT_SMALL)).isZero();
    }

    @Test
    void aPositiveCampaignSpikeStaysBelowWatch() {
        assertThat(CrisisScore.of(CAMPAIGN_LAUNCH)).isCloseTo(20, within(1e-9));
        assertThat(Severity.of(CrisisScore.of(CAMPAIGN_LAUNCH))).isEqualTo(Severity.NORMAL);
    }

    @Test
    void aFullCrisisIsACrisis() {
        assertThat(CrisisScore.of(FULL_CRISIS)).isCloseTo(72.25, within(1e-9));
        assertThat(Severity.of(CrisisScore.of(FULL_CRISIS))).isEqualTo(Severity.CRISIS);
        assertThat(CrisisScore.of(WORST_CASE)).isCloseTo(100, within(1e-9));
    }

    @Test
    void contributionsAddUpToTheScore() {
        double[] points = CrisisScore.contributions(FULL_CRISIS);

        assertThat(Arrays.stream(points).sum()).isCloseTo(CrisisScore.of(FULL_CRISIS), within(1e-9));
        // volume at the gate's floor: 100 * 0.25 * 0.55
        assertThat(points[0]).isCloseTo(13.75, within(1e-9));
        // negativity: what the gate adds above its floor, 72.25 - 100 * 0.25 * 0.85
        assertThat(points[1]).isCloseTo(51.0, within(1e-9));
    }

    @Test
    void severityThresholdsAreInclusiveFromBelow() {
        assertThat(Severity.of(24.99)).isEqualTo(Severity.NORMAL);
        assertThat(Severity.of(25)).isEqualTo(Severity.WATCH);
        assertThat(Severity.of(45)).isEqualTo(Severity.WARNING);
        assertThat(Severity.of(64.99)).isEqualTo(Severity.WARNING);
        assertThat(Severity.of(65)).isEqualTo(Severity.CRISIS);
        assertThat(Severity.of(100)).isEqualTo(Severity.CRISIS);
    }

    @Test
    void signalsOutsideZeroToOneAreRefused() {
        assertThatThrownBy(() -> new Signals(1.01, 0, 0, 0, 0)).hasMessageContaining("volume");
        assertThatThrownBy(() -> new Signals(0, Double.NaN, 0, 0, 0)).hasMessageContaining("negativity");
    }

    @Test
    void rampIsLinearBetweenItsEnds() {
        assertThat(CrisisScore.ramp(3, 3, 10)).isZero();
        assertThat(CrisisScore.ramp(6.5, 3, 10)).isCloseTo(0.5, within(1e-12));
        assertThat(CrisisScore.ramp(11, 3, 10)).isEqualTo(1);
        assertThat(CrisisScore.ramp(Double.NaN, 3, 10)).isZero();
    }
}
