package io.crisisradar.enrich.reach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ReachEstimatorTest {

    private final ReachEstimator estimator = new ReachEstimator();

    @Test
    void viewsDominateWhenPresent() {
        ReachEstimator.Estimate e = estimator.estimate(
                new ReachEstimator.Signals("tiktok", OptionalLong.of(500), 10, 2, 1, OptionalLong.of(250_000)));
        assertThat(e.reach()).isEqualTo(250_000);
        assertThat(e.basis()).isEqualTo(ReachEstimator.Basis.VIEWS);
        assertThat(e.tier()).isEqualTo(InfluenceTier.NONE);
    }

    @Test
    void followersAndSharesGoThroughThePlatformModel() {
        // twitter: 0.10 * (20,000 followers + 50 shares * 400 sharer followers) = 4,000
        ReachEstimator.Estimate e = estimator.estimate(
                new ReachEstimator.Signals("Twitter", OptionalLong.of(20_000), 30, 50, 5, OptionalLong.empty()));
        assertThat(e.reach()).isEqualTo(4_000);
        assertThat(e.basis()).isEqualTo(ReachEstimator.Basis.MODELLED);
        assertThat(e.tier()).isEqualTo(InfluenceTier.MICRO);
        assertThat(e.weight()).isCloseTo(Math.log10(4_001), within(1e-9));
    }

    @Test
    void sharesAmplifyReach() {
        long without = estimator
                .estimate(new ReachEstimator.Signals("facebook", OptionalLong.of(1_000), 0, 0, 0, OptionalLong.empty()))
                .reach();
        long with = estimator
                .estimate(
                        new ReachEstimator.Signals("facebook", OptionalLong.of(1_000), 0, 100, 0, OptionalLong.empty()))
                .reach();
        assertThat(without).isEqualTo(60);
        assertThat(with).isEqualTo(60 + 1_800);
    }

    @Test
    void peopleWhoEngagedAreAFloor() {
        ReachEstimator.Estimate e = estimator.estimate(
                new ReachEstimator.Signals("forum", OptionalLong.empty(), 120, 0, 40, OptionalLong.empty()));
        assertThat(e.reach()).isEqualTo(160);
        assertThat(e.tier()).isEqualTo(InfluenceTier.UNKNOWN);
    }

    @Test
    void reachIsAtLeastOneEvenWithNothingKnown() {
        ReachEstimator.Estimate e = estimator.estimate(
                new ReachEstimator.Signals(null, OptionalLong.empty(), -5, 0, 0, OptionalLong.of(0)));
        assertThat(e.reach()).isEqualTo(1);
        assertThat(e.basis()).isEqualTo(ReachEstimator.Basis.MODELLED);
    }

    @Test
    void tiersFollowFollowerThresholds() {
        assertThat(InfluenceTier.of(OptionalLong.empty())).isEqualTo(InfluenceTier.UNKNOWN);
        assertThat(InfluenceTier.of(OptionalLong.of(999))).isEqualTo(InfluenceTier.NONE);
        assertThat(InfluenceTier.of(OptionalLong.of(1_000))).isEqualTo(InfluenceTier.NANO);
        assertThat(InfluenceTier.of(OptionalLong.of(9_999))).isEqualTo(InfluenceTier.NANO);
        assertThat(InfluenceTier.of(OptionalLong.of(10_000))).isEqualTo(InfluenceTier.MICRO);
        assertThat(InfluenceTier.of(OptionalLong.of(100_000))).isEqualTo(InfluenceTier.MACRO);
        assertThat(InfluenceTier.of(OptionalLong.of(1_000_000))).isEqualTo(InfluenceTier.MEGA);
    }
}
