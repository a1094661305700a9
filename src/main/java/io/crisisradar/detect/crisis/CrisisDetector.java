package io.crisisradar.detect.crisis;

import io.crisisradar.detect.baseline.CountTail;
import io.crisisradar.detect.baseline.SeasonalBaseline;
import io.crisisradar.detect.volume.VolumeBurstDetector;
import io.crisisradar.detect.volume.VolumeBurstScore;
import io.crisisradar.detect.window.WindowSummary;
import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scores one brand's sliding windows, one step per window end, by crisis-score v1 ({@code
 * docs/crisis-score.md}): computes the five {@link Signals} against what the brand usually looks
 * like, combines them with {@link CrisisScore}, and learns the usual from quiet windows only, so a
 * crisis never becomes the new normal. Plain Java: the Flink operator and the offline evaluation
 * share it.
 */
public final class CrisisDetector implements Serializable {

    /**
     * Tuning of crisis-score v1.
     *
     * @param step slide of the scored windows (one step per window end)
     * @param volume the volume-burst detector stepping on window counts
     * @param surpriseLow volume signal starts above this {@code -log10 p}
     * @param surpriseHigh volume signal is full at this {@code -log10 p}
     * @param minExcess mentions above expectation needed for a full volume signal
     * @param shrinkage pseudo-mentions at the usual values added to every window (small windows say
     *     little)
     * @param negativeShareRange rise of the negative share that gives a full signal
     * @param sentimentRange fall of the mean sentiment that gives a full signal
     * @param complaintShareRange rise of the complaint share that gives a full signal
     * @param reachFloor people added to both sides of the reach ratio, so a few hundred followers
     *     more on a tiny brand do not count as amplification
     * @param reachDecades orders of magnitude above usual for a full reach signal
     * @param platformMinCount mentions on a platform before it can count as bursting
     * @param platformMultiple times its usual count (+1) a platform must reach to count as bursting
     * @param persistenceSteps steps the persistence signal looks back over (at most 31)
     * @param longScaleWindows non-overlapping windows summed for the long scale (4 × 15 minutes:
     *     an hour), where slow build-ups that no single window shows become clear
     * @param profileAlpha learning rate per step of the usual negativity, reach and platforms
     * @param termAlpha learning rate per (non-overlapping) window of the usual terms
     * @param priorNegativeShare usual negative share before anything is learnt
     * @param priorMeanSentiment usual mean sentiment before anything is learnt
     * @param priorComplaintShare usual complaint share before anything is learnt
     */
    public record Settings(
            Duration step,
            VolumeBurstDetector.Settings volume,
            double surpriseLow,
            double surpriseHigh,
            double minExcess,
            double shrinkage,
            double negativeShareRange,
            double sentimentRange,
            double complaintShareRange,
            double reachFloor,
            double reachDecades,
            int platformMinCount,
            double platformMultiple,
            int persistenceSteps,
            int longScaleWindows,
            double profileAlpha,
            double termAlpha,
            double priorNegativeShare,
            double priorMeanSentiment,
            double priorComplaintShare)
            implements Serializable {

        public Settings {
            if (longScaleWindows < 1) {
                throw new IllegalArgumentException("longScaleWindows must be positive: " + longScaleWindows);
            }
            if (persistenceSteps < 1 || persistenceSteps > 31) {
                throw new IllegalArgumentException("persistenceSteps must be in 1..31: " + persistenceSteps);
            }
            if (step.toMillis() <= 0) {
                throw new IllegalArgumentException("step must be positive: " + step);
            }
        }

        /**
         * crisis-score v1 for windows sliding by {@code step}: the volume baseline of volume-burst v1
         * with its rates scaled from 5-minute to {@code step} intervals (so it learns over the same
         * hours and days), warm after 6 hours, and no per-series calibration (a long crisis would
         * raise its own calibration quantile and hide itself).
         */
        public static Settings defaults(Duration step) {
            double perFiveMinutes = Duration.ofMinutes(5).toMillis() / (double) step.toMillis();
            SeasonalBaseline.Settings b = SeasonalBaseline.Settings.defaults();
            SeasonalBaseline.Settings baseline = new SeasonalBaseline.Settings(
                    b.levelAlpha() / perFiveMinutes,
                    b.hourOfDayAlpha() / perFiveMinutes,
                    b.hourOfWeekAlpha() / perFiveMinutes,
                    (int) Math.round(b.hourOfDayFullAfter() * perFiveMinutes),
                    (int) Math.round(b.hourOfWeekFullAfter() * perFiveMinutes),
                    b.clipZ(),
                    b.surpriseDamping(),
                    b.dispersionAlpha() / perFiveMinutes,
                    b.dispersionClipZ(),
                    b.initialDispersion(),
                    b.zoneOffsetMinutes());
            int warmup = (int) (Duration.ofHours(6).toMillis() / step.toMillis());
            VolumeBurstDetector.Settings volume =
                    new VolumeBurstDetector.Settings(baseline, new int[] {1}, 10, 0, 2, 0.995, 0, warmup);
            double perDay = Duration.ofDays(1).toMillis() / (double) step.toMillis();
            return new Settings(
                    step,
                    volume,
                    /* surpriseLow */ 1.5,
                    /* surpriseHigh */ 5,
                    /* minExcess */ 5,
                    /* shrinkage */ 10,
                    /* negativeShareRange */ 0.35,
                    /* sentimentRange */ 0.35,
                    /* complaintShareRange */ 0.40,
                    /* reachFloor */ 10_000,
                    /* reachDecades */ 2,
                    /* platformMinCount */ 3,
                    /* platformMultiple */ 3,
                    /* persistenceSteps */ 10,
                    /* longScaleWindows */ 4,
                    /* profileAlpha */ 1 / perDay,
                    /* termAlpha */ 0.01,
                    /* priorNegativeShare */ 0.20,
                    /* priorMeanSentiment */ 0.0,
                    /* priorComplaintShare */ 0.25);
        }
    }

    /**
     * The usual negativity, reach, platforms and terms learn only from windows scoring below this:
     * clearly calm, so the first minutes of a crisis, before it reaches "watch", are not learnt
     * either.
     */
    static final double CALM_SCORE = 10;

    /** {@code -log10 p} of the current window's negative count for the long scale to count (p ≤ 0.1). */
    static final double STILL_ELEVATED = 1;

    private final Settings settings;
    private final VolumeBurstDetector volumeDetector;

    public CrisisDetector(Settings settings) {
        this.settings = settings;
        this.volumeDetector = new VolumeBurstDetector(settings.volume());
    }

    public Settings settings() {
        return settings;
    }

    /** The state of a brand never seen before. */
    public CrisisState initial() {
        CrisisState state = new CrisisState();
        state.volume = volumeDetector.initial();
        state.negativeShare = settings.priorNegativeShare();
        state.meanSentiment = settings.priorMeanSentiment();
        state.complaintShare = settings.priorComplaintShare();
        return state;
    }

    /**
     * Scores {@code window} against {@code state} without changing it: for a window emitted again
     * after late mentions, whose step was taken already.
     */
    public CrisisAssessment assess(CrisisState state, WindowSummary window) {
        return evaluate(state, window).assessment();
    }

    /**
     * Scores {@code window}, the next window end of this brand, and learns from it: the volume
     * baseline always (it is robust on its own), the usual negativity, reach, platforms and terms
     * only when no episode is open and the score is below {@link #CALM_SCORE}.
     */
    public CrisisAssessment step(CrisisState state, WindowSummary window, boolean episodeOpen) {
        Evaluation evaluation = evaluate(state, window);
        CrisisAssessment assessment = evaluation.assessment();
        remember(state, window, assessment.expectedVolume());
        state.volume = evaluation.volume().state();
        state.persistenceBits = evaluation.persistenceBits();
        state.lastEnd = window.end();
        state.steps++;
        if (!episodeOpen && assessment.score() < CALM_SCORE) {
            learnProfile(state, window);
        }
        return assessment;
    }

    private record Evaluation(CrisisAssessment assessment, VolumeBurstDetector.Step volume, int persistenceBits) {}

    private Evaluation evaluate(CrisisState state, WindowSummary window) {
        VolumeBurstDetector.Step volumeStep = volumeDetector.step(state.volume, window.start(), window.volume());
        VolumeBurstScore burst = volumeStep.score();
        boolean warm =
                state.volume.baseline().observations() >= settings.volume().warmupIntervals();
        // The complaining part of the volume: negatives, or complaints when sentiment misses them.
        // A crisis adds mostly such mentions while everyday noise is mostly neutral chatter, so
        // their count rises out of its own noise long before the total does.
        boolean complaintsLead = window.complaints() * state.negativeShare >= window.negatives() * state.complaintShare;
        long negativeVolume = complaintsLead ? window.complaints() : window.negatives();
        double usualShare = complaintsLead ? state.complaintShare : state.negativeShare;
        double expectedNegative = warm ? burst.expected() * usualShare : 0;
        double negativeSurprise = warm
                ? CountTail.surprise(
                        negativeVolume,
                        Math.max(expectedNegative, 1e-3),
                        state.volume.scaleDispersion()[0])
                : 0;
        double volumeSignal = !warm
                ? 0
                : Math.max(
                        burstSignal(burst.surprise(), burst.count() - burst.expected()),
                        burstSignal(negativeSurprise, negativeVolume - expectedNegative));

        long n = window.volume();
        double negativeShare = shrunk(window.negatives(), n, state.negativeShare);
        double meanSentiment = shrunk(window.sentimentSum(), n, state.meanSentiment);
        long complaints = window.complaints();
        double complaintShare = shrunk(complaints, n, state.complaintShare);
        double negativity = Math.max(
                shareSignal(negativeShare, complaintShare, state),
                CrisisScore.ramp(state.meanSentiment - meanSentiment, 0, settings.sentimentRange()));

        // The long scale: the same counts over several non-overlapping windows ending now. A slow
        // snowball of complaints that no 15-minute window shows stands out over an hour. It counts
        // only while the current window is still somewhat elevated, so that an episode does not
        // outlive its crisis by an hour.
        LongScale hour = longScale(state, window, warm ? burst.expected() : 0);
        double longSurprise = 0;
        if (warm && hour != null && negativeSurprise >= STILL_ELEVATED) {
            boolean lead = hour.complaints() * state.negativeShare >= hour.negatives() * state.complaintShare;
            long count = lead ? hour.complaints() : hour.negatives();
            double expected = hour.expected() * (lead ? state.complaintShare : state.negativeShare);
            longSurprise = CountTail.surprise(
                    count, Math.max(expected, 1e-3), state.volume.scaleDispersion()[0]);
            volumeSignal = Math.max(volumeSignal, burstSignal(longSurprise, count - expected));
            negativity = Math.max(
                    negativity,
                    shareSignal(
                            shrunk(hour.negatives(), hour.volume(), state.negativeShare),
                            shrunk(hour.complaints(), hour.volume(), state.complaintShare),
                            state));
        }

        double floor = settings.reachFloor();
        double reach = CrisisScore.ramp(
                Math.log10((window.negativeReach() + floor) / (state.negativeReach + floor)),
                0,
                settings.reachDecades());

        String[] bursting = burstingPlatforms(state, window);
        double spread = CrisisScore.ramp(bursting.length, 1, 3);

        Signals withoutPersistence = new Signals(volumeSignal, negativity, reach, spread, 0);
        int mask = (1 << settings.persistenceSteps()) - 1;
        boolean aboveWatch = CrisisScore.of(withoutPersistence) >= Severity.WATCH.threshold();
        int bits = ((state.persistenceBits << 1) | (aboveWatch ? 1 : 0)) & mask;
        int aboveWatchSteps = Integer.bitCount(bits);
        Signals signals = withoutPersistence.withPersistence((double) aboveWatchSteps / settings.persistenceSteps());
        double score = CrisisScore.of(signals);
        double rawShare = n == 0 ? 0 : (double) window.negatives() / n;
        double rawComplaints = n == 0 ? 0 : (double) complaints / n;
        double rawMean = n == 0 ? 0 : window.sentimentSum() / n;
        CrisisAssessment assessment = new CrisisAssessment(
                score,
                Severity.of(score),
                signals,
                n,
                warm ? burst.expected() : 0,
                warm ? burst.surprise() : 0,
                negativeVolume,
                expectedNegative,
                negativeSurprise,
                longSurprise,
                rawShare,
                state.negativeShare,
                rawMean,
                state.meanSentiment,
                rawComplaints,
                state.complaintShare,
                window.negativeReach(),
                state.negativeReach,
                bursting,
                aboveWatchSteps,
                warm,
                explain(
                        window,
                        warm,
                        burst,
                        negativeVolume,
                        expectedNegative,
                        negativeSurprise,
                        longSurprise,
                        rawShare,
                        rawComplaints,
                        state,
                        bursting,
                        aboveWatchSteps));
        return new Evaluation(assessment, volumeStep, bits);
    }

    /** Counts summed over the long scale. */
    private record LongScale(long volume, long negatives, long complaints, double expected) {}

    /**
     * The sums over the window ending now and the {@code longScaleWindows - 1} non-overlapping
     * windows before it, or null until enough steps were seen.
     */
    private LongScale longScale(CrisisState state, WindowSummary window, double expected) {
        int stride = windowSteps(window);
        int back = (settings.longScaleWindows() - 1) * stride;
        if (back == 0) {
            return new LongScale(window.volume(), window.negatives(), window.complaints(), expected);
        }
        if (state.recentVolumes.length != back || state.recentFilled < back) {
            return null;
        }
        long volume = window.volume();
        long negatives = window.negatives();
        long complaints = window.complaints();
        double sum = expected;
        for (int k = stride; k <= back; k += stride) {
            int slot = Math.floorMod(state.recentNext - k, back);
            volume += state.recentVolumes[slot];
            negatives += state.recentNegatives[slot];
            complaints += state.recentComplaints[slot];
            sum += state.recentExpected[slot];
        }
        return new LongScale(volume, negatives, complaints, sum);
    }

    /** Steps per window: 15 for 15-minute windows sliding by a minute. */
    private int windowSteps(WindowSummary window) {
        return (int)
                Math.max(1, (window.end() - window.start()) / settings.step().toMillis());
    }

    /** Remembers this window's counts for the long scale. */
    private void remember(CrisisState state, WindowSummary window, double expected) {
        int back = (settings.longScaleWindows() - 1) * windowSteps(window);
        if (back == 0) {
            return;
        }
        if (state.recentVolumes.length != back) {
            state.recentVolumes = new long[back];
            state.recentNegatives = new long[back];
            state.recentComplaints = new long[back];
            state.recentExpected = new double[back];
            state.recentNext = 0;
            state.recentFilled = 0;
        }
        int slot = state.recentNext;
        state.recentVolumes[slot] = window.volume();
        state.recentNegatives[slot] = window.negatives();
        state.recentComplaints[slot] = window.complaints();
        state.recentExpected[slot] = expected;
        state.recentNext = (slot + 1) % back;
        state.recentFilled = Math.min(back, state.recentFilled + 1);
    }

    /** The rise of the negative or complaint share (already shrunk) over the usual, as a signal. */
    private double shareSignal(double negativeShare, double complaintShare, CrisisState state) {
        return Math.max(
                CrisisScore.ramp(negativeShare - state.negativeShare, 0, settings.negativeShareRange()),
                CrisisScore.ramp(complaintShare - state.complaintShare, 0, settings.complaintShareRange()));
    }

    /** A count's surprise as a signal: ramped, and only for an excess of at least {@code minExcess}. */
    private double burstSignal(double surprise, double excess) {
        return CrisisScore.ramp(surprise, settings.surpriseLow(), settings.surpriseHigh())
                * CrisisScore.ramp(excess, 0, settings.minExcess());
    }

    /** Shrinks a per-mention mean towards the usual value with {@code shrinkage} pseudo-mentions. */
    private double shrunk(double sum, long n, double usual) {
        return (sum + settings.shrinkage() * usual) / (n + settings.shrinkage());
    }

    private String[] burstingPlatforms(CrisisState state, WindowSummary window) {
        List<String> bursting = new ArrayList<>();
        for (int i = 0; i < window.platforms().length; i++) {
            long count = window.platformCounts()[i];
            double usual = usualPlatformCount(state, window.platforms()[i]);
            if (count >= settings.platformMinCount() && count >= settings.platformMultiple() * (usual + 1)) {
                bursting.add(window.platforms()[i]);
            }
        }
        return bursting.toArray(String[]::new);
    }

    private static double usualPlatformCount(CrisisState state, String platform) {
        for (int i = 0; i < state.platforms.length; i++) {
            if (state.platforms[i].equals(platform)) {
                return state.platformMeans[i];
            }
        }
        return 0;
    }

    private void learnProfile(CrisisState state, WindowSummary window) {
        // Fast at first (the priors are only guesses), then at the slow per-step rate. A window
        // with few mentions says little about shares, so it moves them proportionally less.
        double rate = Math.max(settings.profileAlpha(), 1.0 / (state.profileUpdates + 20));
        state.profileUpdates++;
        long n = window.volume();
        if (n > 0) {
            double weight = rate * Math.min(1, n / settings.shrinkage());
            state.negativeShare += weight * ((double) window.negatives() / n - state.negativeShare);
            state.meanSentiment += weight * (window.sentimentSum() / n - state.meanSentiment);
            state.complaintShare += weight * (window.complaintShare() - state.complaintShare);
        }
        // Winsorised so one viral post does not raise the usual reach for days.
        double cap = 10 * (state.negativeReach + settings.reachFloor());
        state.negativeReach += rate * (Math.min(window.negativeReach(), cap) - state.negativeReach);
        learnPlatforms(state, window, rate);
        if (window.end() % (window.end() - window.start()) == 0) {
            // Only non-overlapping windows, so a term is not counted once per slide.
            state.terms.learn(window.topTerms(), window.topTermCounts(), window.volume(), settings.termAlpha());
        }
    }

    private static void learnPlatforms(CrisisState state, WindowSummary window, double rate) {
        List<String> names = new ArrayList<>(List.of(state.platforms));
        List<Double> means = new ArrayList<>();
        for (double mean : state.platformMeans) {
            means.add(mean * (1 - rate));
        }
        for (int i = 0; i < window.platforms().length; i++) {
            int at = names.indexOf(window.platforms()[i]);
            double add = rate * window.platformCounts()[i];
            if (at >= 0) {
                means.set(at, means.get(at) + add);
            } else {
                names.add(window.platforms()[i]);
                means.add(add);
            }
        }
        while (names.size() > CrisisState.PLATFORM_CAPACITY) {
            int quietest = 0;
            for (int i = 1; i < means.size(); i++) {
                if (means.get(i) < means.get(quietest)) {
                    quietest = i;
                }
            }
            names.remove(quietest);
            means.remove(quietest);
        }
        state.platforms = names.toArray(String[]::new);
        state.platformMeans = means.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static String explain(
            WindowSummary window,
            boolean warm,
            VolumeBurstScore burst,
            long negativeVolume,
            double expectedNegative,
            double negativeSurprise,
            double longSurprise,
            double negativeShare,
            double complaintShare,
            CrisisState state,
            String[] bursting,
            int aboveWatchSteps) {
        StringBuilder text = new StringBuilder();
        if (warm) {
            text.append(String.format(
                    Locale.ROOT,
                    "%d mentions vs %.0f expected (p=%.0e), %d negative or complaining vs %.0f (p=%.0e)",
                    window.volume(),
                    burst.expected(),
                    Math.pow(10, -Math.min(burst.surprise(), 300)),
                    negativeVolume,
                    expectedNegative,
                    Math.pow(10, -Math.min(negativeSurprise, 300))));
        } else {
            text.append(window.volume()).append(" mentions (baseline still learning)");
        }
        if (longSurprise >= 2) {
            text.append(String.format(
                    Locale.ROOT, " and over the last hour (p=%.0e)", Math.pow(10, -Math.min(longSurprise, 300))));
        }
        text.append(String.format(
                Locale.ROOT,
                "; negative %.0f%% vs %.0f%% usual; complaints %.0f%% vs %.0f%%",
                100 * negativeShare,
                100 * state.negativeShare,
                100 * complaintShare,
                100 * state.complaintShare));
        if (window.categories().length > 0 && complaintShare > 0) {
            text.append(" (").append(window.categories()[0]).append(')');
        }
        text.append(String.format(
                Locale.ROOT,
                "; negative reach %s vs %s usual",
                human(window.negativeReach()),
                human(Math.round(state.negativeReach))));
        if (bursting.length > 0) {
            text.append("; bursting on ").append(String.join(", ", bursting));
        }
        text.append("; at watch or above ").append(aboveWatchSteps).append(" of the last steps");
        return text.toString();
    }

    /** 1234 → 1.2k, 4100000 → 4.1M. */
    static String human(long value) {
        if (value >= 1_000_000) {
            return String.format(Locale.ROOT, "%.1fM", value / 1e6);
        }
        if (value >= 1_000) {
            return String.format(Locale.ROOT, "%.1fk", value / 1e3);
        }
        return Long.toString(value);
    }
}
