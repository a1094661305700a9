package io.crisisradar.detect.window;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The most frequent terms within a bounded number of counters: Space-Saving (Metwally, Agrawal and
 * El Abbadi, 2005). A new term when all counters are taken replaces the smallest and inherits its
 * count, recorded as the term's possible overcount in {@link #errors}; any term more frequent than
 * total/capacity is guaranteed to be kept.
 *
 * <p>Merging adds counts term by term (a term missing from a full summary may have had up to that
 * summary's minimum there, which goes to its error) and keeps the largest: the mergeable-summary
 * rule, done once over all panes of a window rather than pairwise, so truncation happens once.
 *
 * <p>Also counts author labels ({@link Pane#topAuthors}): the structure does not care what the
 * strings are.
 *
 * <p>A Flink POJO: parallel {@code String[]}/{@code long[]} arrays, no Kryo.
 */
public final class TopTerms {

    /** Counters per pane. */
    public static final int DEFAULT_CAPACITY = 64;

    /** Terms, first {@link #size} slots used. */
    public String[] terms;

    /** Counts (possibly overcounted by {@link #errors}). */
    public long[] counts;

    /** Upper bound of each count's overcount. */
    public long[] errors;

    /** Used slots. */
    public int size;

    /** Maximum number of counters. */
    public int capacity;

    public TopTerms() {}

    /** An empty summary keeping at most {@code capacity} counters. */
    public static TopTerms withCapacity(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        TopTerms top = new TopTerms();
        top.capacity = capacity;
        top.terms = new String[0];
        top.counts = new long[0];
        top.errors = new long[0];
        return top;
    }

    /** Counts one occurrence of {@code term}. */
    public void add(String term) {
        for (int i = 0; i < size; i++) {
            if (terms[i].equals(term)) {
                counts[i]++;
                return;
            }
        }
        if (size < capacity) {
            if (size == terms.length) {
                int grown = Math.min(capacity, Math.max(8, size * 2));
                terms = Arrays.copyOf(terms, grown);
                counts = Arrays.copyOf(counts, grown);
                errors = Arrays.copyOf(errors, grown);
            }
            terms[size] = term;
            counts[size] = 1;
            errors[size] = 0;
            size++;
            return;
        }
        int min = 0;
        for (int i = 1; i < size; i++) {
            if (counts[i] < counts[min]) {
                min = i;
            }
        }
        terms[min] = term;
        errors[min] = counts[min];
        counts[min]++;
    }

    /** Smallest count when all counters are taken (what an unseen term may have had), else 0. */
    public long floor() {
        if (size < capacity) {
            return 0;
        }
        long min = Long.MAX_VALUE;
        for (int i = 0; i < size; i++) {
            min = Math.min(min, counts[i]);
        }
        return min;
    }

    /** The merge of {@code parts} (left unchanged) keeping at most {@code capacity} counters. */
    public static TopTerms merge(List<TopTerms> parts, int capacity) {
        Map<String, long[]> merged = new HashMap<>();
        long floors = 0;
        for (TopTerms part : parts) {
            floors += part.floor();
        }
        for (TopTerms part : parts) {
            long partFloor = part.floor();
            for (int i = 0; i < part.size; i++) {
                long[] countAndError = merged.computeIfAbsent(part.terms[i], t -> new long[2]);
                countAndError[0] += part.counts[i];
                // the other parts' floors are added once below; remove this part's own floor
                countAndError[1] += part.errors[i] - partFloor;
            }
        }
        // Select the largest with a bounded heap (O(n log capacity)) rather than sorting all n.
        PriorityQueue<Map.Entry<String, long[]>> smallestFirst = new PriorityQueue<>(capacity + 1, (a, b) -> {
            int byCount = Long.compare(a.getValue()[0], b.getValue()[0]);
            return byCount != 0 ? byCount : b.getKey().compareTo(a.getKey());
        });
        for (Map.Entry<String, long[]> entry : merged.entrySet()) {
            smallestFirst.offer(entry);
            if (smallestFirst.size() > capacity) {
                smallestFirst.poll();
            }
        }
        TopTerms top = withCapacity(capacity);
        int n = smallestFirst.size();
        top.terms = new String[n];
        top.counts = new long[n];
        top.errors = new long[n];
        for (int i = n - 1; i >= 0; i--) {
            Map.Entry<String, long[]> entry = smallestFirst.poll();
            top.terms[i] = entry.getKey();
            top.counts[i] = entry.getValue()[0];
            top.errors[i] = entry.getValue()[1] + floors;
        }
        top.size = n;
        return top;
    }

    /** The {@code n} largest counts, largest first (ties by term). */
    public List<TermCount> top(int n) {
        List<TermCount> all = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            all.add(new TermCount(terms[i], counts[i], errors[i]));
        }
        all.sort(TermCount.LARGEST_FIRST);
        return all.size() <= n ? all : List.copyOf(all.subList(0, n));
    }
}
