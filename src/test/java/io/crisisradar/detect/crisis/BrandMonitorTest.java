package io.crisisradar.detect.crisis;

import static io.crisisradar.detect.crisis.BrandTraffic.BRAND;
import static io.crisisradar.detect.crisis.BrandTraffic.MINUTE;
import static io.crisisradar.detect.crisis.BrandTraffic.SPEC;
import static io.crisisradar.detect.crisis.BrandTraffic.START;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crisisradar.detect.crisis.BrandTraffic.Tone;
import io.crisisradar.detect.window.Pane;
import io.crisisradar.detect.window.WindowSpec;
import io.crisisradar.detect.window.WindowSummary;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The detector and the episode state machine together, on days of synthetic traffic of one brand:
 * what must be called a crisis, how fast, and what must not.
 */
class BrandMonitorTest {

    private static final long DAY = Duration.ofDays(1).toMillis();
    /** Day 3, 18:00: two days of history before it. */
    private static final long DAY_3_EVENING =
            START + 2 * DAY + Duration.ofHours(18).toMillis();

    private final BrandMonitor monitor = BrandMonitor.defaults(SPEC);

    private record Run(CrisisState state, List<BrandMonitor.Outcome> outcomes) {
        List<Episode> opened() {
            return updates(EpisodeUpdate.Kind.OPENED);
        }

        List<Episode> updates(EpisodeUpdate.Kind kind) {
            return outcomes.stream()
                    .flatMap(o -> o.updates().stream())
                    .filter(u -> u.kind() == kind)
                    .map(EpisodeUpdate::episode)
                    .toList();
        }

        double maxScore(long from, long to) {
            return outcomes.stream()
                    .filter(o -> o.window().end() > from && o.window().end() <= to)
                    .mapToDouble(o -> o.assessment().score())
                    .max()
                    .orElse(0);
        }
    }

    private Run run(BrandTraffic traffic, long until) {
        CrisisState state = monitor.initial();
        List<BrandMonitor.Outcome> outcomes = new ArrayList<>();
        for (WindowSummary window : traffic.windows(until)) {
            outcomes.addAll(monitor.onWindow(state, window));
        }
        return new Run(state, outcomes);
    }

    @Test
    void ordinaryDaysWithTheirEveningPeaksRaiseNoEpisode() {
        Run run = run(new BrandTraffic(1, BrandTraffic.daily(120)), START + 4 * DAY);

        assertThat(run.opened()).isEmpty();
        long watch = run.outcomes().stream()
                .filter(o -> o.assessment().severity() != Severity.NORMAL)
                .count();
        assertThat(watch).as("windows at watch or above in 4 ordinary days").isLessThan(20);
    }

    @Test
    void anAngryWaveOpensAnEpisodeWithinMinutesAndResolvesAfterItCalmsDown() {
        BrandTraffic traffic = new BrandTraffic(2, BrandTraffic.daily(120))
                .burst(DAY_3_EVENING, Duration.ofHours(2), 8, Tone.ANGRY, "twitter", "facebook", "tiktok");

        Run run = run(traffic, DAY_3_EVENING + Duration.ofHours(5).toMillis());

        assertThat(run.opened()).hasSize(1);
        Episode opened = run.opened().get(0);
        assertThat(opened.detectedAt() - DAY_3_EVENING).as("time to detect").isLessThanOrEqualTo(10 * MINUTE);
        assertThat(opened.start()).isBetween(DAY_3_EVENING, opened.detectedAt());
        assertThat(opened.triggers()).contains("volume");
        assertThat(opened.openingExplanation()).contains("expected").contains("negative");
        assertThat(run.updates(EpisodeUpdate.Kind.ESCALATED)).hasSize(1);

        List<Episode> resolved = run.updates(EpisodeUpdate.Kind.RESOLVED);
        assertThat(resolved).hasSize(1);
        Episode end = resolved.get(0);
        assertThat(end.id()).isEqualTo(opened.id());
        assertThat(end.severity()).isEqualTo("crisis");
        assertThat(end.peakScore()).isGreaterThanOrEqualTo(Severity.CRISIS.threshold());
        // The wave lasts 2 h; its last mentions leave the 15-minute window a quarter of an hour later.
        assertThat(end.end())
                .isBetween(
                        DAY_3_EVENING + Duration.ofMinutes(100).toMillis(),
                        DAY_3_EVENING + Duration.ofMinutes(140).toMillis());
        assertThat(end.evidence().unusualTerms).contains("#błyskstop");
        assertThat(end.evidence().topNegativeMentions).hasSize(5);
        assertThat(end.timelineScores()).isNotEmpty();
        assertThat(java.util.Arrays.stream(end.timelineScores())).allMatch(s -> s >= 0 && s <= 100);
    }

    @Test
    void aCampaignLaunchWithTenTimesTheVolumeIsNoCrisis() {
        BrandTraffic traffic = new BrandTraffic(3, BrandTraffic.daily(120))
                .burst(DAY_3_EVENING, Duration.ofHours(2), 10, Tone.DELIGHTED, "instagram", "tiktok", "twitter");

        Run run = run(traffic, DAY_3_EVENING + Duration.ofHours(4).toMillis());

        assertThat(run.opened()).isEmpty();
        assertThat(run.maxScore(
                        DAY_3_EVENING, DAY_3_EVENING + Duration.ofHours(2).toMillis()))
                .isLessThan(Severity.WATCH.threshold());
    }

    @Test
    void aSmallBrandsHandfulOfComplaintsIsNoCrisis() {
        BrandTraffic traffic =
                new BrandTraffic(4, BrandTraffic.daily(3)).burst(DAY_3_EVENING, Duration.ofMinutes(3), 1, Tone.ANGRY);

        Run run = run(traffic, DAY_3_EVENING + Duration.ofHours(2).toMillis());

        assertThat(run.opened()).isEmpty();
    }

    @Test
    void aCrisisDoesNotBecomeTheNewNormal() {
        BrandTraffic traffic =
                new BrandTraffic(5, BrandTraffic.daily(120)).burst(DAY_3_EVENING, Duration.ofHours(3), 8, Tone.ANGRY);
        Run before = run(new BrandTraffic(5, BrandTraffic.daily(120)), DAY_3_EVENING);
        Run during = run(traffic, DAY_3_EVENING + Duration.ofHours(3).toMillis());

        assertThat(during.state().episode.open).isTrue();
        assertThat(during.state().negativeShare)
                .as("usual negative share learnt only from quiet windows")
                .isCloseTo(before.state().negativeShare, org.assertj.core.api.Assertions.within(0.02));
        assertThat(during.state().volume.baseline().level())
                .isLessThan(1.15 * before.state().volume.baseline().level());
    }

    @Test
    void aBrandAppearingInTheMiddleOfAStormIsNotCalledOnVolumeBeforeItsBaselineIsWarm() {
        BrandTraffic traffic = new BrandTraffic(6, BrandTraffic.daily(120))
                .burst(START + Duration.ofHours(2).toMillis(), Duration.ofHours(1), 8, Tone.ANGRY);

        Run run = run(traffic, START + Duration.ofHours(4).toMillis());

        assertThat(run.outcomes()).allMatch(o -> o.assessment().signals().volume() == 0);
        assertThat(run.outcomes()).allMatch(o -> !o.assessment().warm());
    }

    @Test
    void silentMinutesAreFilledInAsEmptyWindows() {
        CrisisState state = monitor.initial();
        long end = START + 15 * MINUTE;
        monitor.onWindow(state, window(end, 3));

        List<BrandMonitor.Outcome> outcomes = monitor.onWindow(state, window(end + 60 * MINUTE, 2));

        assertThat(outcomes).hasSize(60);
        assertThat(outcomes.subList(0, 59))
                .allMatch(o -> o.filled() && o.window().volume() == 0);
        assertThat(outcomes.get(59).filled()).isFalse();
        assertThat(state.lastEnd).isEqualTo(end + 60 * MINUTE);
        assertThat(state.steps).isEqualTo(61);
    }

    @Test
    void aRevisedWindowIsScoredWithoutLearning() {
        CrisisState state = monitor.initial();
        long end = START + 15 * MINUTE;
        monitor.onWindow(state, window(end, 3));
        monitor.onWindow(state, window(end + MINUTE, 3));
        long steps = state.steps;
        var level = state.volume;

        List<BrandMonitor.Outcome> outcomes = monitor.onWindow(state, window(end, 9));

        assertThat(outcomes).singleElement().satisfies(o -> {
            assertThat(o.revision()).isTrue();
            assertThat(o.assessment().volume()).isEqualTo(9);
        });
        assertThat(state.steps).isEqualTo(steps);
        assertThat(state.volume).isSameAs(level);
    }

    @Test
    void windowsOfAnotherSpecAreRefused() {
        CrisisState state = monitor.initial();
        WindowSummary hourly =
                WindowSummary.of(BRAND, WindowSpec.ONE_HOUR, START + 60 * MINUTE, Pane.starting(START), 0, false);

        assertThatThrownBy(() -> monitor.onWindow(state, hourly)).hasMessageContaining("15m-1m");
    }

    private static WindowSummary window(long end, int mentions) {
        BrandTraffic traffic = new BrandTraffic(7, t -> 0);
        Pane pane = traffic.pane(end - MINUTE);
        for (int i = 0; i < mentions; i++) {
            pane.add(new io.crisisradar.detect.window.Observation(
                    "w" + end + "-" + i,
                    end - MINUTE,
                    i,
                    "twitter:@u" + i,
                    i,
                    false,
                    0.1,
                    10,
                    new String[0],
                    "twitter",
                    new String[0],
                    ""));
        }
        return WindowSummary.of(BRAND, SPEC, end, pane, 1, false);
    }
}
