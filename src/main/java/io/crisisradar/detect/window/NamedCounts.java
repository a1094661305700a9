package io.crisisradar.detect.window;

import java.util.Arrays;

/**
 * Counts per name for small vocabularies (complaint categories, platforms). At most {@value
 * #MAX_NAMES} names; beyond that, counts go to {@value #OTHER} so that an unexpected stream of
 * platform names cannot grow state. A Flink POJO: parallel {@code String[]}/{@code long[]} arrays.
 */
public final class NamedCounts {

    /** Most names kept; the rest are counted as {@link #OTHER}. */
    public static final int MAX_NAMES = 32;

    /** Name under which names beyond {@link #MAX_NAMES} are counted. */
    public static final String OTHER = "_other";

    /** Names, first {@link #size} slots used. */
    public String[] names;

    /** Count per name. */
    public long[] counts;

    /** Used slots. */
    public int size;

    public NamedCounts() {}

    /** Adds {@code count} to {@code name}. */
    public void add(String name, long count) {
        for (int i = 0; i < size; i++) {
            if (names[i].equals(name)) {
                counts[i] += count;
                return;
            }
        }
        if (size >= MAX_NAMES - 1 && !OTHER.equals(name)) {
            add(OTHER, count);
            return;
        }
        if (names == null) {
            names = new String[4];
            counts = new long[4];
        } else if (size == names.length) {
            names = Arrays.copyOf(names, Math.min(MAX_NAMES, size * 2));
            counts = Arrays.copyOf(counts, names.length);
        }
        names[size] = name;
        counts[size] = count;
        size++;
    }

    /** Adds all counts of {@code other} (left unchanged). */
    public void addAll(NamedCounts other) {
        for (int i = 0; i < other.size; i++) {
            add(other.names[i], other.counts[i]);
        }
    }

    /** The count of {@code name}, 0 when absent. */
    public long count(String name) {
        for (int i = 0; i < size; i++) {
            if (names[i].equals(name)) {
                return counts[i];
            }
        }
        return 0;
    }

    /** Names by count, largest first (ties by name). */
    public String[] namesByCount() {
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> {
            int byCount = Long.compare(counts[b], counts[a]);
            return byCount != 0 ? byCount : names[a].compareTo(names[b]);
        });
        String[] sorted = new String[size];
        for (int i = 0; i < size; i++) {
            sorted[i] = names[order[i]];
        }
        return sorted;
    }
}
