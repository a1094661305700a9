package io.crisisradar.enrich.sentiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Multinomial logistic regression over the rule features and lemma features (classes in {@link
 * SentimentLabel} order), trained by {@code io.crisisradar.enrich.sentiment.train} and read from a
 * TSV resource.
 */
public final class LinearModel {

    static final int CLASSES = 3;

    private final float[][] dense;
    private final Map<String, float[]> terms;

    LinearModel(float[][] dense, Map<String, float[]> terms) {
        this.dense = dense;
        this.terms = terms;
    }

    /** Writes class probabilities for {@code features} into {@code out} (length 3). */
    void predict(SentimentFeatures features, double[] out) {
        double[] x = features.dense();
        for (int c = 0; c < CLASSES; c++) {
            double z = 0;
            float[] w = dense[c];
            for (int j = 0; j < x.length && j < w.length; j++) {
                z += w[j] * x[j];
            }
            out[c] = z;
        }
        double tv = features.termValue();
        for (String term : features.terms()) {
            float[] w = terms.get(term);
            if (w != null) {
                for (int c = 0; c < CLASSES; c++) {
                    out[c] += w[c] * tv;
                }
            }
        }
        softmax(out);
    }

    /** Turns three class scores into probabilities, in place; training uses the same function. */
    public static void softmax(double[] out) {
        double max = Math.max(out[0], Math.max(out[1], out[2]));
        double sum = 0;
        for (int c = 0; c < out.length; c++) {
            out[c] = Math.exp(out[c] - max);
            sum += out[c];
        }
        for (int c = 0; c < out.length; c++) {
            out[c] /= sum;
        }
    }

    /**
     * Reads the format written by the trainer: {@code dense<TAB>index<TAB>w0<TAB>w1<TAB>w2} and
     * {@code term<TAB>key<TAB>w0<TAB>w1<TAB>w2}; lines starting with '#' are comments.
     */
    static LinearModel read(BufferedReader reader, String name) {
        float[][] dense = new float[CLASSES][SentimentFeatures.DENSE_NAMES.size()];
        Map<String, float[]> terms = new HashMap<>();
        int lineNo = 0;
        try {
            String line;
            while ((line = reader.readLine()) != null) {
                lineNo++;
                if (line.isEmpty() || line.charAt(0) == '#') {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 5) {
                    throw new IllegalStateException(name + ":" + lineNo + ": expected 5 tab-separated fields");
                }
                float[] w = {Float.parseFloat(f[2]), Float.parseFloat(f[3]), Float.parseFloat(f[4])};
                if (f[0].equals("dense")) {
                    int j = SentimentFeatures.DENSE_NAMES.indexOf(f[1]);
                    if (j < 0) {
                        throw new IllegalStateException(name + ":" + lineNo + ": unknown dense feature " + f[1]);
                    }
                    for (int c = 0; c < CLASSES; c++) {
                        dense[c][j] = w[c];
                    }
                } else {
                    terms.put(f[1], w);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(name, e);
        } catch (NumberFormatException e) {
            throw new IllegalStateException(name + ":" + lineNo + ": bad number", e);
        }
        return new LinearModel(dense, terms);
    }
}
