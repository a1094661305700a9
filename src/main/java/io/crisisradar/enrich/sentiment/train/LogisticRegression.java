package io.crisisradar.enrich.sentiment.train;

import io.crisisradar.enrich.sentiment.LinearModel;
import io.crisisradar.enrich.sentiment.SentimentFeatures;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Multinomial logistic regression trained with AdaGrad on class-balanced examples: balanced
 * because every target is a macro-averaged metric and neutral or negative is often the minority.
 */
final class LogisticRegression {

    static final int CLASSES = 3;

    /** One training example: features and class (SentimentLabel ordinal). */
    record Example(SentimentFeatures features, int label, double weight) {}

    final double[][] dense;
    final Map<String, double[]> terms = new HashMap<>();

    private final double l2Dense;
    private final double l2Terms;

    LogisticRegression(int denseSize, double l2Dense, double l2Terms) {
        this.dense = new double[CLASSES][denseSize];
        this.l2Dense = l2Dense;
        this.l2Terms = l2Terms;
    }

    void train(List<Example> examples, Set<String> vocabulary, int epochs, long seed) {
        double[] classTotal = new double[CLASSES];
        for (Example e : examples) {
            classTotal[e.label()] += e.weight();
        }
        double all = classTotal[0] + classTotal[1] + classTotal[2];
        int present = 0;
        for (double c : classTotal) {
            if (c > 0) {
                present++;
            }
        }
        double[] classWeight = new double[CLASSES];
        for (int c = 0; c < CLASSES; c++) {
            classWeight[c] = classTotal[c] == 0 ? 0 : all / (present * classTotal[c]);
        }
        for (String t : vocabulary) {
            terms.put(t, new double[CLASSES]);
        }
        double[][] gDense = new double[CLASSES][dense[0].length];
        Map<String, double[]> gTerms = new HashMap<>();
        for (String t : vocabulary) {
            gTerms.put(t, new double[CLASSES]);
        }
        double rate = 0.1;
        List<Example> order = new ArrayList<>(examples);
        Random random = new Random(seed);
        double[] p = new double[CLASSES];
        for (int epoch = 0; epoch < epochs; epoch++) {
            Collections.shuffle(order, random);
            for (Example e : order) {
                predict(e.features(), p);
                double w = e.weight() * classWeight[e.label()];
                double[] x = e.features().dense();
                double tv = e.features().termValue();
                for (int c = 0; c < CLASSES; c++) {
                    double err = w * (p[c] - (c == e.label() ? 1 : 0));
                    for (int j = 0; j < x.length; j++) {
                        double g = err * x[j] + (j == 0 ? 0 : l2Dense * dense[c][j]);
                        gDense[c][j] += g * g;
                        dense[c][j] -= rate * g / Math.sqrt(gDense[c][j] + 1e-8);
                    }
                    for (String t : e.features().terms()) {
                        double[] wt = terms.get(t);
                        if (wt == null) {
                            continue;
                        }
                        double[] gt = gTerms.get(t);
                        double g = err * tv + l2Terms * wt[c];
                        gt[c] += g * g;
                        wt[c] -= rate * g / Math.sqrt(gt[c] + 1e-8);
                    }
                }
            }
        }
    }

    void predict(SentimentFeatures f, double[] out) {
        double[] x = f.dense();
        for (int c = 0; c < CLASSES; c++) {
            double z = 0;
            for (int j = 0; j < x.length; j++) {
                z += dense[c][j] * x[j];
            }
            out[c] = z;
        }
        double tv = f.termValue();
        for (String t : f.terms()) {
            double[] w = terms.get(t);
            if (w != null) {
                for (int c = 0; c < CLASSES; c++) {
                    out[c] += w[c] * tv;
                }
            }
        }
        LinearModel.softmax(out);
    }
}
