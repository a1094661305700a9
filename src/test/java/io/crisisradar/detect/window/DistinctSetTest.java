package io.crisisradar.detect.window;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Exact small sets, UltraLogLog beyond, and merges of both. */
class DistinctSetTest {

    private static DistinctSet of(String prefix, int from, int to) {
        DistinctSet set = new DistinctSet();
        for (int i = from; i < to; i++) {
            set.add(Observation.hash(prefix + i));
        }
        return set;
    }

    @Test
    void isExactWhileSmall() {
        DistinctSet set = of("author-", 0, DistinctSet.EXACT_LIMIT);
        set.add(Observation.hash("author-0"));

        assertThat(set.exact()).isTrue();
        assertThat(set.estimate()).isEqualTo(DistinctSet.EXACT_LIMIT);
    }

    @Test
    void estimatesLargeCountsWithinAFewPercent() {
        DistinctSet set = of("author-", 0, 100_000);

        assertThat(set.exact()).isFalse();
        assertThat(set.sketch).hasSize(1 << DistinctSet.PRECISION);
        assertThat((double) set.estimate()).isCloseTo(100_000, within(100_000 * 0.08));
    }

    @Test
    void mergeEstimatesTheUnionOfOverlappingSets() {
        DistinctSet first = of("author-", 0, 6_000);
        DistinctSet second = of("author-", 4_000, 10_000);
        DistinctSet small = of("author-", 9_990, 10_010);

        DistinctSet union = new DistinctSet();
        union.addAll(small);
        union.addAll(first);
        union.addAll(second);

        assertThat((double) union.estimate()).isCloseTo(10_010, within(10_010 * 0.08));
        assertThat((double) first.estimate()).isCloseTo(6_000, within(6_000 * 0.08));
        assertThat(small.exact()).isTrue();
    }

    @Test
    void mergeOfSmallSetsStaysExact() {
        DistinctSet first = of("a", 0, 10);
        DistinctSet second = of("a", 5, 20);

        first.addAll(second);

        assertThat(first.exact()).isTrue();
        assertThat(first.estimate()).isEqualTo(20);
        assertThat(second.estimate()).isEqualTo(15);
    }
}
