package io.crisisradar.detect.nab;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The NAB v1.1 scoring rules (see {@code ../shared/data/README.md} and numenta/NAB's sweeper):
 * probationary period, scaled-sigmoid weighting inside and after windows, per-profile weights,
 * threshold optimised over a corpus, and the normalised score against the never-firing detector.
 *
 * <p>A row is a detection when its anomaly score is {@code >= threshold}. Inside a window only the
 * earliest detection counts (it is also the best: the sigmoid decreases towards the right edge).
 * Every detection outside windows is a false positive, weighted by its distance after the previous
 * window (full weight before the first window).
 */
public final class NabScorer {

    private NabScorer() {}

    /** NAB's scaled sigmoid: {@code 2 / (1 + e^{5x}) - 1}, and -1 beyond x = 3. */
    public static double scaledSigmoid(double x) {
        if (x > 3) {
            return -1;
        }
        return 2 / (1 + Math.exp(5 * x)) - 1;
    }

    /** Rows not scored at the start of a file of {@code rows} rows: {@code min(floor(0.15 n), 750)}. */
    public static int probationaryRows(int rows) {
        return Math.min((int) Math.floor(0.15 * rows), 750);
    }

    /**
     * The unweighted score a detection at each row would get: in a window, the scaled sigmoid of its
     * position, scaled to 1 at the left edge; outside, a negative false-positive factor. NaN for
     * probationary rows.
     */
    public static double[] rowWeights(int rows, List<NabSeries.Window> windows) {
        double[] weights = new double[rows];
        double maxTp = scaledSigmoid(-1);
        int probation = probationaryRows(rows);
        NabSeries.Window previous = null;
        int next = 0;
        for (int i = 0; i < rows; i++) {
            while (next < windows.size() && windows.get(next).right() < i) {
                previous = windows.get(next);
                next++;
            }
            NabSeries.Window current =
                    next < windows.size() && windows.get(next).contains(i) ? windows.get(next) : null;
            double weight;
            if (current != null) {
                weight = scaledSigmoid(-(current.right() - i + 1) / (double) current.width()) / maxTp;
            } else if (previous == null) {
                weight = -1;
            } else {
                double span = previous.width() - 1;
                double position = span <= 0 ? Double.POSITIVE_INFINITY : Math.abs(i - previous.right()) / span;
                weight = scaledSigmoid(position);
            }
            weights[i] = i < probation ? Double.NaN : weight;
        }
        return weights;
    }

    /**
     * The outcome on one file at one threshold.
     *
     * @param raw the profile-weighted score S
     * @param windows windows in the file
     * @param detectedWindows windows with at least one detection
     * @param falsePositives detections outside windows
     */
    public record Result(double raw, int windows, int detectedWindows, int falsePositives) {

        public Result plus(Result other) {
            return new Result(
                    raw + other.raw,
                    windows + other.windows,
                    detectedWindows + other.detectedWindows,
                    falsePositives + other.falsePositives);
        }

        /** The NAB normalised score under {@code profile}. */
        public double normalised(NabProfile profile) {
            return profile.normalise(raw, windows);
        }
    }

    /** Scores one file's anomaly scores at a threshold. */
    public static Result score(NabSeries series, double[] anomalyScores, double threshold, NabProfile profile) {
        requireSameLength(series, anomalyScores);
        double[] weights = rowWeights(series.size(), series.windows());
        List<NabSeries.Window> windows = series.windows();
        double[] best = new double[windows.size()];
        Arrays.fill(best, Double.NaN);
        double falsePositiveScore = 0;
        int falsePositives = 0;
        for (int i = 0; i < series.size(); i++) {
            if (Double.isNaN(weights[i]) || !(anomalyScores[i] >= threshold)) {
                continue;
            }
            int w = windowOf(windows, i);
            if (w >= 0) {
                if (Double.isNaN(best[w])) {
                    best[w] = weights[i];
                }
            } else {
                falsePositives++;
                falsePositiveScore += profile.fpWeight() * weights[i];
            }
        }
        double raw = falsePositiveScore;
        int detected = 0;
        for (double b : best) {
            if (Double.isNaN(b)) {
                raw -= profile.fnWeight();
            } else {
                raw += profile.tpWeight() * b;
                detected++;
            }
        }
        return new Result(raw, windows.size(), detected, falsePositives);
    }

    /** Scores several files at one threshold, summed. */
    public static Result score(
            List<NabSeries> corpus, List<double[]> anomalyScores, double threshold, NabProfile profile) {
        Result total = new Result(0, 0, 0, 0);
        for (int f = 0; f < corpus.size(); f++) {
            total = total.plus(score(corpus.get(f), anomalyScores.get(f), threshold, profile));
        }
        return total;
    }

    /** The threshold that maximises the summed raw score over the files, and that score. */
    public record Optimum(double threshold, double raw) {}

    /**
     * Sweeps every distinct anomaly score as a threshold, from the highest down, and keeps the one
     * with the best summed raw score over all files (the highest such threshold on ties). A
     * threshold above every score (never fire) is a candidate too.
     */
    public static Optimum optimiseThreshold(List<NabSeries> corpus, List<double[]> anomalyScores, NabProfile profile) {
        record Row(double score, int window, double weight) {}
        List<Row> rows = new ArrayList<>();
        int windowOffset = 0;
        for (int f = 0; f < corpus.size(); f++) {
            NabSeries series = corpus.get(f);
            double[] scores = anomalyScores.get(f);
            requireSameLength(series, scores);
            double[] weights = rowWeights(series.size(), series.windows());
            for (int i = 0; i < series.size(); i++) {
                if (!Double.isNaN(weights[i]) && !Double.isNaN(scores[i])) {
                    int w = windowOf(series.windows(), i);
                    rows.add(new Row(scores[i], w < 0 ? -1 : windowOffset + w, weights[i]));
                }
            }
            windowOffset += series.windows().size();
        }
        rows.sort(Comparator.comparingDouble(Row::score).reversed());
        double[] best = new double[windowOffset];
        Arrays.fill(best, Double.NaN);
        double total = profile.nullScore(windowOffset);
        double maxScore = rows.isEmpty() ? 0 : rows.get(0).score();
        Optimum optimum = new Optimum(Math.max(1.0, maxScore) + 1e-9, total);
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            if (row.window() >= 0) {
                double previous = best[row.window()];
                if (Double.isNaN(previous)) {
                    total += profile.fnWeight() + profile.tpWeight() * row.weight();
                    best[row.window()] = row.weight();
                } else if (row.weight() > previous) {
                    total += profile.tpWeight() * (row.weight() - previous);
                    best[row.window()] = row.weight();
                }
            } else {
                total += profile.fpWeight() * row.weight();
            }
            boolean lastOfThreshold = r + 1 == rows.size() || rows.get(r + 1).score() != row.score();
            if (lastOfThreshold && total > optimum.raw() + 1e-12) {
                optimum = new Optimum(row.score(), total);
            }
        }
        return optimum;
    }

    private static int windowOf(List<NabSeries.Window> windows, int row) {
        for (int w = 0; w < windows.size(); w++) {
            if (windows.get(w).contains(row)) {
                return w;
            }
        }
        return -1;
    }

    private static void requireSameLength(NabSeries series, double[] scores) {
        if (scores.length != series.size()) {
            throw new IllegalArgumentException(
                    series.name() + ": " + scores.length + " scores for " + series.size() + " rows");
        }
    }
}
