package io.crisisradar.detect.window;

import java.util.Comparator;

/** A term, its count and the most that count may overstate. */
public record TermCount(String term, long count, long error) {

    /** Largest count first; ties alphabetically, so results are deterministic. */
    public static final Comparator<TermCount> LARGEST_FIRST =
            Comparator.comparingLong(TermCount::count).reversed().thenComparing(TermCount::term);
}
