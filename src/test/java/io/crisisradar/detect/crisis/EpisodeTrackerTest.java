package io.crisisradar.detect.crisis;

import static io.crisisradar.detect.crisis.BrandTraffic.BRAND;
import static io.crisisradar.detect.crisis.BrandTraffic.MINUTE;
import static io.crisisradar.detect.crisis.BrandTraffic.SPEC;
import static io.crisisradar.detect.crisis.BrandTraffic.START;
import static org.assertj.core.api.Assertions.assertThat;

import io.crisisradar.detect.window.Pane;
import io.crisisradar.detect.window.WindowSummary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The episode state machine on scripted scores, one per minute. */
class EpisodeTrackerTest {

    private static final double NORMAL = 10;
    private static final double WATCH = 30;
    private static final double WARNING = 50;
    private static final double CRISIS = 80;

    private final EpisodeTracker tracker = new EpisodeTracker(EpisodeTracker.Settings.defaults());
    private final EpisodeState state = new EpisodeState();
    private final List<EpisodeUpdate> updates = new ArrayList<>();
    private long minute = START;

    /** An assessment with exactly this score (impact signals for the first 25 points, then negativity). */
    static CrisisAssessment scored(double score) {
        Signals signals = score <= 25
                ? new Signals(score / 25, 0, score / 25, score / 25, score / 25)
                : new Signals(1, (score - 25) / 75, 1, 1, 1);
        return new CrisisAssessment(
                CrisisScore.of(signals),
                Severity.of(CrisisScore.of(signals)),
                signals,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                new String[0],
                0,
                true,
                "score " + score);
    }

    private void play(double... scores) {
        for (double score : scores) {
            minute += MINUTE;
            WindowSummary window = WindowSummary.of(BRAND, SPEC, minute, Pane.starting(minute - 15 * MINUTE), 0, false);
            updates.addAll(tracker.advance(state, BRAND, window, scored(score), new TermBaseline()));
        }
    }

    private static double[] repeat(double score, int times) {
        double[] scores = new double[times];
        Arrays.fill(scores, score);
        return scores;
    }

    private List<EpisodeUpdate.Kind> kinds() {
        return updates.stream().map(EpisodeUpdate::kind).toList();
    }

    @Test
    void oneWarningMinuteIsNotAnEpisodeButTwoAre() {
        play(NORMAL, WARNING, NORMAL, WARNING);
        assertThat(updates).isEmpty();

        play(WARNING);

        assertThat(kinds()).containsExactly(EpisodeUpdate.Kind.OPENED);
        assertThat(state.open).isTrue();
    }

    @Test
    void theEpisodeStartsWhereItsRunOfWatchBegan() {
        play(NORMAL, WATCH, WATCH, WARNING, WARNING);

        Episode opened = updates.get(0).episode();
        assertThat(opened.start()).isEqualTo(START + 2 * MINUTE);
        assertThat(opened.detectedAt()).isEqualTo(START + 5 * MINUTE);
        assertThat(opened.severity()).isEqualTo("warning");
        assertThat(opened.open()).isTrue();
        assertThat(opened.end()).isEqualTo(-1);
        assertThat(opened.id()).isEqualTo("blysk|2026-11-02T00:02:00Z");
        assertThat(opened.openingExplanation()).isEqualTo("score 50.0");
    }

    @Test
    void twoCrisisMinutesEscalateAWarningEpisodeOnce() {
        play(WARNING, WARNING, CRISIS, WARNING, CRISIS, CRISIS, CRISIS, CRISIS);

        assertThat(kinds()).containsOnlyOnce(EpisodeUpdate.Kind.ESCALATED);
        EpisodeUpdate escalated = updates.stream()
                .filter(u -> u.kind() == EpisodeUpdate.Kind.ESCALATED)
                .findFirst()
                .orElseThrow();
        assertThat(escalated.episode().severity()).isEqualTo("crisis");
        assertThat(escalated.episode().lastUpdate()).isEqualTo(START + 6 * MINUTE);
    }

    @Test
    void anEpisodeOpenedAtCrisisIsNotEscalatedAgain() {
        play(CRISIS, CRISIS, CRISIS, CRISIS);

        assertThat(updates.get(0).episode().severity()).isEqualTo("crisis");
        assertThat(kinds()).doesNotContain(EpisodeUpdate.Kind.ESCALATED);
    }

    @Test
    void hoveringAtWatchKeepsTheEpisodeOpenAndThirtyQuietMinutesResolveIt() {
        play(WARNING, WARNING);
        play(repeat(WATCH, 60));
        play(repeat(NORMAL, 29));
        assertThat(state.open).isTrue();

        play(NORMAL);

        assertThat(kinds()).last().isEqualTo(EpisodeUpdate.Kind.RESOLVED);
        Episode resolved = updates.get(updates.size() - 1).episode();
        assertThat(resolved.open()).isFalse();
        assertThat(resolved.end()).as("the last minute at watch").isEqualTo(START + 62 * MINUTE);
        assertThat(resolved.durationMinutes()).isEqualTo(61);
        assertThat(resolved.id()).isEqualTo(updates.get(0).episode().id());
        assertThat(state.open).isFalse();
        assertThat(state.evidence).as("nothing of the episode left in state").isNull();
        assertThat(state.timelineAt).isEmpty();
    }

    @Test
    void anOpenEpisodeIsRefreshedAtNewPeaksAndEveryFiveMinutes() {
        play(WARNING, WARNING);
        updates.clear();

        play(60, 70, 65, 65, 65, 65, 65, 65);

        assertThat(kinds())
                .containsExactly(
                        EpisodeUpdate.Kind.UPDATED, // new peak 60
                        EpisodeUpdate.Kind.UPDATED, // new peak 70 (and escalation needs 2 crisis minutes)
                        EpisodeUpdate.Kind.ESCALATED, // 70, 65: two at crisis
                        EpisodeUpdate.Kind.UPDATED); // five minutes after the escalation
        assertThat(updates.get(3).episode().peakScore()).isEqualTo(70);
        assertThat(updates.get(3).episode().peakAt()).isEqualTo(START + 4 * MINUTE);
    }

    @Test
    void theTimelineOfALongEpisodeIsBoundedAndKeepsItsPeak() {
        play(WARNING, WARNING);
        double[] scores = repeat(WARNING, 2_000);
        scores[1_234] = 99;
        play(scores);

        Episode last = updates.get(updates.size() - 1).episode();
        assertThat(last.timelineAt().length)
                .isLessThanOrEqualTo(EpisodeTracker.Settings.defaults().timelineCapacity() + 1);
        assertThat(last.timelineScores()).contains(99.0);
        assertThat(last.timelineAt()).isSorted();
        assertThat(last.timelineAt()[0]).isEqualTo(START + 2 * MINUTE);
    }
}
