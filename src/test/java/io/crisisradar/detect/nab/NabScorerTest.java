package io.crisisradar.detect.nab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hand-computed NAB fixtures. A file of 100 rows has 15 probationary rows (floor(0.15 * 100)) and
 * one window of width W = 10 on rows 40..49. sigma(x) = 2 / (1 + e^{5x}) - 1, sigma(-1) =
 * 0.98661430.
 */
class NabScorerTest {

    private static final int ROWS = 100;
    private static final int LEFT_EDGE = 40;
    private static final int RIGHT_EDGE = 49;
    private static final int JUST_AFTER = 50;
    private static final int BEFORE_WINDOW = 20;
    private static final int PROBATIONARY = 5;
    private static final NabSeries FILE = series("one-window.csv", new NabSeries.Window(LEFT_EDGE, RIGHT_EDGE));

    private static NabSeries series(String name, NabSeries.Window... windows) {
        List<String> timestamps = new ArrayList<>();
        long[] millis = new long[ROWS];
        for (int i = 0; i < ROWS; i++) {
            millis[i] = i * 300_000L;
            timestamps.add("row " + i);
        }
        return new NabSeries(name, timestamps, millis, new double[ROWS], List.of(windows));
    }

    private static double[] detectionsAt(int... rows) {
        double[] scores = new double[ROWS];
        for (int row : rows) {
            scores[row] = 1;
        }
        return scores;
    }

    private static double normalisedStandard(double[] scores) {
        return NabScorer.score(FILE, scores, 0.5, NabProfile.STANDARD).normalised(NabProfile.STANDARD);
    }

    @Test
    void probationIsFifteenPercentCappedAt750Rows() {
        assertThat(NabScorer.probationaryRows(100)).isEqualTo(15);
        assertThat(NabScorer.probationaryRows(15_902)).isEqualTo(750);
    }

    @Test
    void neverFiringScoresZero() {
        NabScorer.Result result = NabScorer.score(FILE, detectionsAt(), 0.5, NabProfile.STANDARD);
        assertThat(result.raw()).isEqualTo(-1.0);
        assertThat(result.normalised(NabProfile.STANDARD)).isZero();
        assertThat(NabScorer.score(FILE, detectionsAt(), 0.5, NabProfile.REWARD_LOW_FN)
                        .raw())
                .isEqualTo(-2.0);
    }

    @Test
    void detectionAtTheLeftEdgeIsPerfect() {
        assertThat(normalisedStandard(detectionsAt(LEFT_EDGE))).isCloseTo(100, within(1e-9));
    }

    @Test
    void detectionAtTheRightEdgeEarnsLittle() {
        // sigma(-(49 - 49 + 1) / 10) / sigma(-1) = 0.24491866 / 0.98661430 = 0.24824155
        NabScorer.Result result = NabScorer.score(FILE, detectionsAt(RIGHT_EDGE), 0.5, NabProfile.STANDARD);
        assertThat(result.raw()).isCloseTo(0.24824155, within(1e-8));
        assertThat(result.normalised(NabProfile.STANDARD)).isCloseTo(62.412077, within(1e-5));
    }

    @Test
    void onlyTheEarliestDetectionInAWindowCounts() {
        // Row 45: sigma(-0.5) / sigma(-1) = 0.85979257; the later row 48 adds nothing.
        NabScorer.Result result = NabScorer.score(FILE, detectionsAt(45, 48), 0.5, NabProfile.STANDARD);
        assertThat(result.raw()).isCloseTo(0.85979257, within(1e-8));
        assertThat(result.detectedWindows()).isEqualTo(1);
        assertThat(result.falsePositives()).isZero();
    }

    @Test
    void falsePositiveJustAfterAWindowCostsLittle() {
        // sigma(|50 - 49| / (10 - 1)) = -0.27084712, times fp 0.11 = -0.02979318; the window is missed.
        NabScorer.Result result = NabScorer.score(FILE, detectionsAt(JUST_AFTER), 0.5, NabProfile.STANDARD);
        assertThat(result.raw()).isCloseTo(-1 - 0.02979318, within(1e-8));
        assertThat(result.falsePositives()).isEqualTo(1);
        assertThat(result.normalised(NabProfile.STANDARD)).isCloseTo(-1.489659, within(1e-5));
    }

    @Test
    void falsePositiveFarAfterAWindowCostsTheFullWeight() {
        // |77 - 49| / 9 = 3.11 > 3, so sigma = -1.
        NabScorer.Result result = NabScorer.score(FILE, detectionsAt(LEFT_EDGE, 77), 0.5, NabProfile.REWARD_LOW_FP);
        assertThat(result.raw()).isCloseTo(1 - 0.22, within(1e-12));
    }

    @Test
    void falsePositiveBeforeTheFirstWindowCostsTheFullWeight() {
        NabScorer.Result result =
                NabScorer.score(FILE, detectionsAt(BEFORE_WINDOW, LEFT_EDGE), 0.5, NabProfile.STANDARD);
        assertThat(result.raw()).isCloseTo(1 - 0.11, within(1e-12));
    }

    @Test
    void detectionsInTheProbationaryPeriodAreIgnored() {
        NabScorer.Result result = NabScorer.score(FILE, detectionsAt(PROBATIONARY), 0.5, NabProfile.STANDARD);
        assertThat(result.raw()).isEqualTo(-1.0);
        assertThat(result.falsePositives()).isZero();
    }

    @Test
    void thresholdSweepDropsALowerScoredFalsePositive() {
        double[] scores = new double[ROWS];
        scores[LEFT_EDGE] = 0.9;
        scores[BEFORE_WINDOW] = 0.5;
        NabScorer.Optimum optimum = NabScorer.optimiseThreshold(List.of(FILE), List.of(scores), NabProfile.STANDARD);
        assertThat(optimum.threshold()).isEqualTo(0.9);
        assertThat(optimum.raw()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void thresholdSweepAcceptsAFalsePositiveWhenTheWindowIsWorthIt() {
        double[] scores = new double[ROWS];
        scores[BEFORE_WINDOW] = 0.95;
        scores[LEFT_EDGE] = 0.9;
        NabScorer.Optimum optimum = NabScorer.optimiseThreshold(List.of(FILE), List.of(scores), NabProfile.STANDARD);
        assertThat(optimum.threshold()).isEqualTo(0.9);
        assertThat(optimum.raw()).isCloseTo(0.89, within(1e-12));
    }

    @Test
    void thresholdSweepOverTheCorpusAgreesWithScoringAtThatThreshold() {
        NabSeries other = series("two-windows.csv", new NabSeries.Window(30, 39), new NabSeries.Window(70, 79));
        double[] first = new double[ROWS];
        double[] second = new double[ROWS];
        for (int i = 0; i < ROWS; i++) {
            first[i] = ((i * 37) % 101) / 101.0;
            second[i] = ((i * 53) % 103) / 103.0;
        }
        List<NabSeries> corpus = List.of(FILE, other);
        List<double[]> scores = List.of(first, second);
        for (NabProfile profile : NabProfile.all()) {
            NabScorer.Optimum optimum = NabScorer.optimiseThreshold(corpus, scores, profile);
            assertThat(NabScorer.score(corpus, scores, optimum.threshold(), profile)
                            .raw())
                    .isCloseTo(optimum.raw(), within(1e-9));
            for (double t = 0; t <= 1.0; t += 0.01) {
                assertThat(NabScorer.score(corpus, scores, t, profile).raw()).isLessThanOrEqualTo(optimum.raw() + 1e-9);
            }
        }
    }
}
