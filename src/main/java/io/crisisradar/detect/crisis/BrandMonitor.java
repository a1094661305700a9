package io.crisisradar.detect.crisis;

import io.crisisradar.detect.window.MentionEvidence;
import io.crisisradar.detect.window.Pane;
import io.crisisradar.detect.window.WindowSpec;
import io.crisisradar.detect.window.WindowSummary;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * One brand's detection, window by window: fills in the windows nobody mentioned the brand in
 * (windows are only emitted when they hold mentions, but a quiet window is information: the
 * baseline must learn it, and an open episode must be able to calm down), scores each window with
 * the {@link CrisisDetector} and advances the {@link EpisodeTracker}. Plain Java over {@link
 * CrisisState}: the Flink operator {@code DetectCrises} and the offline scenario evaluation both
 * drive it.
 */
public final class BrandMonitor implements Serializable {

    /** Empty windows filled in for one gap at most (a week of one-minute steps). */
    static final int MAX_FILLED_STEPS = 7 * 24 * 60;

    /**
     * One scored window.
     *
     * @param window the window (an empty one when {@code filled})
     * @param assessment its crisis score
     * @param filled whether the window was filled in for a gap rather than emitted by the windows
     * @param revision whether it revises a window already stepped (late mentions): scored, not learnt
     * @param updates episode changes it caused
     * @param episodeOpen whether the brand had an open episode right after this window
     */
    public record Outcome(
            WindowSummary window,
            CrisisAssessment assessment,
            boolean filled,
            boolean revision,
            List<EpisodeUpdate> updates,
            boolean episodeOpen) {}

    private final WindowSpec spec;
    private final CrisisDetector detector;
    private final EpisodeTracker tracker;

    public BrandMonitor(WindowSpec spec, CrisisDetector.Settings detector, EpisodeTracker.Settings tracker) {
        if (detector.step().toMillis() != spec.slideMillis()) {
            throw new IllegalArgumentException("the detector steps by " + detector.step() + " but windows " + spec.id()
                    + " slide by " + spec.slide());
        }
        this.spec = spec;
        this.detector = new CrisisDetector(detector);
        this.tracker = new EpisodeTracker(tracker);
    }

    /** crisis-score v1 and the default episode rules for windows of {@code spec}. */
    public static BrandMonitor defaults(WindowSpec spec) {
        return new BrandMonitor(
                spec, CrisisDetector.Settings.defaults(spec.slide()), EpisodeTracker.Settings.defaults());
    }

    public WindowSpec spec() {
        return spec;
    }

    /** The state of a brand never seen before. */
    public CrisisState initial() {
        return detector.initial();
    }

    /**
     * Scores a window of the brand {@code state} belongs to. A window at or before the last one
     * stepped is a revision (late mentions) and is scored without learning or moving the episode;
     * a later one first fills in the empty windows since the last step.
     */
    public List<Outcome> onWindow(CrisisState state, WindowSummary window) {
        if (!window.spec().equals(spec.id())) {
            throw new IllegalArgumentException("expected " + spec.id() + " windows, got " + window.spec());
        }
        if (state.lastEnd != Long.MIN_VALUE && window.end() <= state.lastEnd) {
            return List.of(
                    new Outcome(window, detector.assess(state, window), false, true, List.of(), state.episode.open));
        }
        List<Outcome> outcomes = fillUpTo(state, window.key(), window.end() - spec.slideMillis());
        outcomes.add(step(state, window, false));
        return outcomes;
    }

    /**
     * Steps empty windows up to and including the one ending at {@code end}: the watermark passed it
     * and no window came, so nobody mentioned the brand.
     */
    public List<Outcome> onSilence(CrisisState state, String brand, long end) {
        return fillUpTo(state, brand, end);
    }

    /**
     * Counts a change of one of the brand's complaint clocks into its open episode, if the complaint
     * was posted since the episode started; otherwise nothing.
     *
     * @param status awaiting, answered, answered_late or breached
     * @param createdAt when the complaint was posted, epoch millis
     * @param deadline when its first answer was due, epoch millis
     * @param minutesToAnswer first-response minutes when answered, else null
     * @param complaint the complaint as evidence (counts among the unanswered when breached)
     * @return whether it was counted
     */
    public boolean onResponse(
            CrisisState state,
            String status,
            long createdAt,
            long deadline,
            Double minutesToAnswer,
            MentionEvidence complaint) {
        EpisodeState episode = state.episode;
        if (!episode.open || episode.responses == null || createdAt < episode.start) {
            return false;
        }
        // A breach counts when its deadline is stepped with the episode open, that is from the
        // moment the opening window was stepped (end - 1, windows first). One that passed before the
        // episode was detected was not counted, so neither is its late answer: a late answer is
        // always among the breaches.
        if ("answered_late".equals(status) && deadline < episode.detectedAt - 1) {
            return false;
        }
        episode.responses.count(status, minutesToAnswer, complaint);
        return true;
    }

    /** The end of the next window to step, or {@link Long#MIN_VALUE} before the first window. */
    public long nextEnd(CrisisState state) {
        return state.lastEnd == Long.MIN_VALUE ? Long.MIN_VALUE : state.lastEnd + spec.slideMillis();
    }

    private List<Outcome> fillUpTo(CrisisState state, String brand, long lastEmptyEnd) {
        List<Outcome> outcomes = new ArrayList<>();
        if (state.lastEnd == Long.MIN_VALUE || lastEmptyEnd <= state.lastEnd) {
            return outcomes;
        }
        long slide = spec.slideMillis();
        long from = Math.max(state.lastEnd + slide, lastEmptyEnd - (MAX_FILLED_STEPS - 1) * slide);
        for (long end = from; end <= lastEmptyEnd; end += slide) {
            WindowSummary empty = WindowSummary.of(brand, spec, end, Pane.starting(end - spec.sizeMillis()), 0, false);
            outcomes.add(step(state, empty, true));
        }
        return outcomes;
    }

    private Outcome step(CrisisState state, WindowSummary window, boolean filled) {
        CrisisAssessment assessment = detector.step(state, window, state.episode.open);
        List<EpisodeUpdate> updates = tracker.advance(state.episode, window.key(), window, assessment, state.terms);
        return new Outcome(window, assessment, filled, false, updates, state.episode.open);
    }
}
