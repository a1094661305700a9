package io.crisisradar.enrich.sentiment.eval;

import java.util.List;

/** Counts of gold × predicted labels, with the usual summary metrics. */
public final class ConfusionMatrix {

    private final List<String> labels;
    private final long[][] counts;
    private long total;

    /** An empty matrix over {@code labels} (order kept in the printout). */
    public ConfusionMatrix(List<String> labels) {
        this.labels = List.copyOf(labels);
        this.counts = new long[labels.size()][labels.size()];
    }

    /** Records one prediction; labels must be among the matrix labels. */
    public void add(String gold, String predicted) {
        int g = index(gold);
        int p = index(predicted);
        counts[g][p]++;
        total++;
    }

    /** Number of examples. */
    public long total() {
        return total;
    }

    /** Share of correct predictions. */
    public double accuracy() {
        long ok = 0;
        for (int i = 0; i < labels.size(); i++) {
            ok += counts[i][i];
        }
        return total == 0 ? 0 : (double) ok / total;
    }

    /** Recall averaged over the classes present in the gold labels. */
    public double macroRecall() {
        double sum = 0;
        int classes = 0;
        for (int i = 0; i < labels.size(); i++) {
            long gold = rowSum(i);
            if (gold > 0) {
                sum += (double) counts[i][i] / gold;
                classes++;
            }
        }
        return classes == 0 ? 0 : sum / classes;
    }

    /** F1 averaged over the classes present in the gold labels. */
    public double macroF1() {
        double sum = 0;
        int classes = 0;
        for (int i = 0; i < labels.size(); i++) {
            long gold = rowSum(i);
            if (gold == 0) {
                continue;
            }
            long predicted = 0;
            for (int g = 0; g < labels.size(); g++) {
                predicted += counts[g][i];
            }
            double precision = predicted == 0 ? 0 : (double) counts[i][i] / predicted;
            double recall = (double) counts[i][i] / gold;
            sum += precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            classes++;
        }
        return classes == 0 ? 0 : sum / classes;
    }

    /** The matrix as aligned text, gold labels as rows. */
    public String format() {
        int w = 11;
        for (String l : labels) {
            w = Math.max(w, l.length() + 2);
        }
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%-" + w + "s", "gold\\pred"));
        for (String l : labels) {
            sb.append(String.format("%" + w + "s", l));
        }
        sb.append('\n');
        for (int i = 0; i < labels.size(); i++) {
            sb.append(String.format("%-" + w + "s", labels.get(i)));
            for (int j = 0; j < labels.size(); j++) {
                sb.append(String.format("%" + w + "d", counts[i][j]));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private long rowSum(int i) {
        long s = 0;
        for (long c : counts[i]) {
            s += c;
        }
        return s;
    }

    private int index(String label) {
        int i = labels.indexOf(label);
        if (i < 0) {
            throw new IllegalArgumentException("unknown label " + label + ", expected one of " + labels);
        }
        return i;
    }
}
