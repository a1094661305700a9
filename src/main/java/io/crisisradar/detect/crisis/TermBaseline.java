package io.crisisradar.detect.crisis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * How often each term usually appears in a brand's mentions: a decayed share per term (mentions
 * with the term / mentions), bounded to {@link #CAPACITY} terms. Lets an episode say which terms are
 * <em>unusual</em> ("#błyskstop", "paczka") rather than which are frequent (the brand's own name).
 *
 * <p>A Flink POJO kept inside {@link CrisisState}; mutated in place.
 */
public final class TermBaseline {

    /** Terms remembered; the rarest are forgotten first. */
    public static final int CAPACITY = 256;

    /** Terms, parallel to {@link #shares}. */
    public String[] terms = new String[0];

    /** Decayed share of mentions containing the term. */
    public double[] shares = new double[0];

    /** Windows learnt from (for the cold-start rate). */
    public long updates;

    public TermBaseline() {}

    /** The usual share of mentions containing {@code term}, 0 when unknown. */
    public double share(String term) {
        for (int i = 0; i < terms.length; i++) {
            if (terms[i].equals(term)) {
                return shares[i];
            }
        }
        return 0;
    }

    /**
     * Learns from one window's top terms: every share decays by the learning rate and the window's
     * shares are added with it. Terms outside the window's top list count as absent, which
     * understates frequent-but-not-top terms slightly; they are the least interesting anyway.
     */
    public void learn(String[] windowTerms, long[] counts, long volume, double alpha) {
        if (volume <= 0) {
            return;
        }
        double rate = Math.max(alpha, 1.0 / (updates + 2));
        updates++;
        List<String> names = new ArrayList<>(Arrays.asList(terms));
        List<Double> values = new ArrayList<>(shares.length + windowTerms.length);
        for (double share : shares) {
            values.add(share * (1 - rate));
        }
        for (int i = 0; i < windowTerms.length; i++) {
            double add = rate * Math.min(1, (double) counts[i] / volume);
            int at = names.indexOf(windowTerms[i]);
            if (at >= 0) {
                values.set(at, values.get(at) + add);
            } else {
                names.add(windowTerms[i]);
                values.add(add);
            }
        }
        Integer[] order = new Integer[names.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(
                order, Comparator.comparingDouble((Integer i) -> -values.get(i)).thenComparing(names::get));
        int kept = Math.min(CAPACITY, order.length);
        terms = new String[kept];
        shares = new double[kept];
        for (int i = 0; i < kept; i++) {
            terms[i] = names.get(order[i]);
            shares[i] = values.get(order[i]);
        }
    }

    /** A term of a window that is more frequent than usual. */
    public record Lift(String term, long count, double expected) {}

    /**
     * The window's terms that are unusually frequent: at least {@code minCount} mentions and at least
     * twice the expected count (expected = usual share × volume), the most significant excess first.
     */
    public List<Lift> unusual(String[] windowTerms, long[] counts, long volume, int minCount, int limit) {
        List<Lift> lifts = new ArrayList<>();
        for (int i = 0; i < windowTerms.length; i++) {
            double expected = share(windowTerms[i]) * volume;
            if (counts[i] >= minCount && counts[i] + 1 >= 2 * (expected + 1)) {
                lifts.add(new Lift(windowTerms[i], counts[i], expected));
            }
        }
        // By excess in units of its Poisson noise: a brand-new hashtag (expected 0) outranks a
        // common word that merely grew with the volume.
        lifts.sort(Comparator.comparingDouble((Lift l) -> -(l.count() - l.expected()) / Math.sqrt(l.expected() + 1))
                .thenComparing(Lift::term));
        return lifts.size() > limit ? List.copyOf(lifts.subList(0, limit)) : lifts;
    }
}
