package io.crisisradar.detect.crisis;

import io.crisisradar.detect.window.WindowSummary;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The per-brand episode state machine, with hysteresis so that a score hovering around a threshold
 * neither floods people with alerts nor splits one crisis into many:
 *
 * <ul>
 *   <li><b>open</b> after {@code openSteps} consecutive windows at "warning" or above (at "crisis"
 *       severity if they were all at "crisis"); the episode's start is the first window of that run
 *       at "watch" or above, so it dates the crisis, not the alert;
 *   <li><b>escalate</b> a warning episode after {@code escalateSteps} consecutive windows at
 *       "crisis";
 *   <li><b>resolve</b> after {@code resolveSteps} consecutive windows below "watch" — a lower bar than
 *       the one that opened it; the end is the last window at "watch" or above.
 * </ul>
 *
 * Evidence is captured when it opens and refreshed at every new peak; the open episode is emitted
 * again at every new peak and at least every {@code refreshSteps} steps. Plain Java over {@link
 * EpisodeState}, which it updates in place.
 */
public final class EpisodeTracker implements Serializable {

    /**
     * @param openSteps consecutive windows at "warning" or above that open an episode
     * @param escalateSteps consecutive windows at "crisis" that escalate a warning episode
     * @param resolveSteps consecutive windows below "watch" that resolve it
     * @param refreshSteps an open episode is emitted at least this often (in steps)
     * @param timelineCapacity points kept in the score timeline (older points are merged in pairs)
     */
    public record Settings(int openSteps, int escalateSteps, int resolveSteps, int refreshSteps, int timelineCapacity)
            implements Serializable {

        public Settings {
            if (openSteps < 1 || escalateSteps < 1 || resolveSteps < 1 || refreshSteps < 1) {
                throw new IllegalArgumentException("episode steps must be positive");
            }
            if (timelineCapacity < 2 || timelineCapacity % 2 != 0) {
                throw new IllegalArgumentException("timelineCapacity must be even and at least 2");
            }
        }

        /** For windows sliding by one minute: open after 2 min, resolve after 30 quiet minutes. */
        public static Settings defaults() {
            return new Settings(2, 2, 30, 5, 240);
        }
    }

    private final Settings settings;

    public EpisodeTracker(Settings settings) {
        this.settings = settings;
    }

    /**
     * Advances {@code state} by one scored brand window and returns what changed (usually nothing;
     * at most an escalation or a resolution together with the refresh they imply).
     */
    public List<EpisodeUpdate> advance(
            EpisodeState state, String brand, WindowSummary window, CrisisAssessment assessment, TermBaseline terms) {
        long at = window.end();
        Severity severity = assessment.severity();
        state.lastStepAt = at;
        state.lastScore = assessment.score();
        state.warningSteps = severity.compareTo(Severity.WARNING) >= 0 ? state.warningSteps + 1 : 0;
        state.crisisSteps = severity == Severity.CRISIS ? state.crisisSteps + 1 : 0;
        List<EpisodeUpdate> updates = new ArrayList<>(1);
        if (!state.open) {
            if (severity.compareTo(Severity.WATCH) >= 0) {
                if (state.runStart < 0) {
                    state.runStart = at;
                }
            } else {
                state.runStart = -1;
            }
            if (state.warningSteps >= settings.openSteps()) {
                open(state, window, assessment, terms);
                updates.add(new EpisodeUpdate(EpisodeUpdate.Kind.OPENED, snapshot(state, brand)));
            }
            return updates;
        }
        addToTimeline(state, at, assessment.score());
        boolean newPeak = assessment.score() > state.peakScore;
        if (newPeak) {
            capturePeak(state, window, assessment, terms);
        } else {
            state.evidence.gather(window);
        }
        if (severity.compareTo(Severity.WATCH) >= 0) {
            state.lastActiveAt = at;
            state.quietSteps = 0;
        } else {
            state.quietSteps++;
        }
        if (state.quietSteps >= settings.resolveSteps()) {
            state.open = false;
            flushTimeline(state);
            Episode resolved = snapshot(state, brand);
            updates.add(new EpisodeUpdate(EpisodeUpdate.Kind.RESOLVED, resolved));
            reset(state);
            return updates;
        }
        if (!Severity.CRISIS.label().equals(state.severity) && state.crisisSteps >= settings.escalateSteps()) {
            state.severity = Severity.CRISIS.label();
            updates.add(new EpisodeUpdate(EpisodeUpdate.Kind.ESCALATED, snapshot(state, brand)));
            state.stepsSinceEmit = 0;
        } else if (newPeak || ++state.stepsSinceEmit >= settings.refreshSteps()) {
            updates.add(new EpisodeUpdate(EpisodeUpdate.Kind.UPDATED, snapshot(state, brand)));
            state.stepsSinceEmit = 0;
        }
        return updates;
    }

    private void open(EpisodeState state, WindowSummary window, CrisisAssessment assessment, TermBaseline terms) {
        state.responses = new EpisodeResponses();
        state.open = true;
        state.start = state.runStart >= 0 ? state.runStart : window.end();
        state.detectedAt = window.end();
        state.lastActiveAt = window.end();
        state.severity = (state.crisisSteps >= settings.openSteps() ? Severity.CRISIS : Severity.WARNING).label();
        state.triggers = assessment.drivers();
        state.openingExplanation = assessment.explanation();
        state.quietSteps = 0;
        state.stepsSinceEmit = 0;
        state.peakScore = -1;
        addToTimeline(state, window.end(), assessment.score());
        capturePeak(state, window, assessment, terms);
    }

    private static void capturePeak(
            EpisodeState state, WindowSummary window, CrisisAssessment assessment, TermBaseline terms) {
        state.peakScore = assessment.score();
        state.peakAt = window.end();
        state.peakExplanation = assessment.explanation();
        state.evidence = EpisodeEvidence.of(window, terms, state.evidence);
    }

    private static void reset(EpisodeState state) {
        EpisodeState fresh = new EpisodeState();
        state.open = fresh.open;
        state.runStart = fresh.runStart;
        state.warningSteps = 0;
        state.crisisSteps = 0;
        state.quietSteps = 0;
        state.stepsSinceEmit = 0;
        state.severity = null;
        state.triggers = fresh.triggers;
        state.openingExplanation = null;
        state.peakExplanation = null;
        state.evidence = null;
        state.responses = null;
        state.peakScore = 0;
        state.timelineAt = fresh.timelineAt;
        state.timelineScores = fresh.timelineScores;
        state.timelineStride = 1;
        state.pendingSteps = 0;
        state.pendingScore = 0;
    }

    /**
     * Adds one step to the timeline. Points are the highest score of {@code timelineStride} steps;
     * when the timeline is full, neighbouring points are merged in pairs and the stride doubles, so
     * a long episode keeps its whole shape at a coarser resolution in bounded state.
     */
    private void addToTimeline(EpisodeState state, long at, double score) {
        if (state.pendingSteps == 0) {
            state.pendingAt = at;
            state.pendingScore = score;
        } else {
            state.pendingScore = Math.max(state.pendingScore, score);
        }
        state.pendingSteps++;
        if (state.pendingSteps < state.timelineStride) {
            return;
        }
        flushTimeline(state);
        if (state.timelineAt.length == settings.timelineCapacity()) {
            int half = settings.timelineCapacity() / 2;
            long[] at2 = new long[half];
            double[] scores2 = new double[half];
            for (int i = 0; i < half; i++) {
                at2[i] = state.timelineAt[2 * i];
                scores2[i] = Math.max(state.timelineScores[2 * i], state.timelineScores[2 * i + 1]);
            }
            state.timelineAt = at2;
            state.timelineScores = scores2;
            state.timelineStride *= 2;
        }
    }

    private static void flushTimeline(EpisodeState state) {
        if (state.pendingSteps == 0) {
            return;
        }
        int n = state.timelineAt.length;
        state.timelineAt = Arrays.copyOf(state.timelineAt, n + 1);
        state.timelineScores = Arrays.copyOf(state.timelineScores, n + 1);
        state.timelineAt[n] = state.pendingAt;
        state.timelineScores[n] = Math.round(state.pendingScore * 10) / 10.0;
        state.pendingSteps = 0;
    }

    /** The episode as it stands, with the pending timeline point included. */
    private static Episode snapshot(EpisodeState state, String brand) {
        long[] at = state.timelineAt;
        double[] scores = state.timelineScores;
        if (state.pendingSteps > 0) {
            at = Arrays.copyOf(at, at.length + 1);
            scores = Arrays.copyOf(scores, scores.length + 1);
            at[at.length - 1] = state.pendingAt;
            scores[scores.length - 1] = Math.round(state.pendingScore * 10) / 10.0;
        }
        return new Episode(
                brand,
                state.open,
                state.severity,
                state.start,
                state.detectedAt,
                state.peakAt,
                state.open ? -1 : state.lastActiveAt,
                state.lastStepAt,
                state.peakScore,
                state.lastScore,
                state.triggers.clone(),
                state.openingExplanation,
                state.peakExplanation,
                state.evidence == null ? null : state.evidence.copy(),
                state.responses == null ? new EpisodeResponses() : state.responses.copy(),
                at.clone(),
                scores.clone());
    }
}
