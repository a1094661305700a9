package io.crisisradar.detect.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Space-Saving counters and their merge. */
class TopTermsTest {

    @Test
    void keepsAFrequentTermAmongManyRareOnes() {
        TopTerms top = TopTerms.withCapacity(8);
        for (int i = 0; i < 1_000; i++) {
            top.add("rare-" + i);
            if (i % 4 == 0) {
                top.add("awaria");
            }
        }

        TermCount first = top.top(1).get(0);
        assertThat(first.term()).isEqualTo("awaria");
        assertThat(first.count() - first.error()).isLessThanOrEqualTo(250);
        assertThat(first.count()).isGreaterThanOrEqualTo(250);
        assertThat(top.size).isEqualTo(8);
    }

    @Test
    void countsExactlyWhileThereIsRoom() {
        TopTerms top = TopTerms.withCapacity(8);
        top.add("zwrot");
        top.add("awaria");
        top.add("awaria");

        assertThat(top.top(5)).containsExactly(new TermCount("awaria", 2, 0), new TermCount("zwrot", 1, 0));
    }

    @Test
    void mergeAddsCountsAndKeepsTheLargest() {
        TopTerms noon = TopTerms.withCapacity(4);
        noon.add("awaria");
        noon.add("awaria");
        noon.add("zwrot");
        TopTerms minuteLater = TopTerms.withCapacity(4);
        minuteLater.add("awaria");
        minuteLater.add("kurier");

        TopTerms merged = TopTerms.merge(List.of(noon, minuteLater), 2);

        assertThat(merged.top(2)).extracting(TermCount::term).containsExactly("awaria", "kurier");
        assertThat(merged.top(2)).extracting(TermCount::count).containsExactly(3L, 1L);
        assertThat(noon.top(1).get(0).count()).as("parts are left unchanged").isEqualTo(2);
    }
}
