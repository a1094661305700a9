package io.crisisradar.detect.crisis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

class TermBaselineTest {

    @Test
    void theBrandsEverydayTermsAreNotUnusualButANewHashtagIs() {
        TermBaseline usual = new TermBaseline();
        for (int i = 0; i < 200; i++) {
            usual.learn(new String[] {"kurier", "paczka"}, new long[] {30, 10}, 40, 0.01);
        }

        var lifts =
                usual.unusual(new String[] {"kurier", "#błyskstop", "paczka"}, new long[] {120, 90, 100}, 160, 3, 10);

        // kurier: usual share ~0.75 -> 120 expected, not unusual; paczka: share 0.25 -> 40 expected.
        assertThat(lifts)
                .extracting(TermBaseline.Lift::term, TermBaseline.Lift::count)
                .containsExactly(tuple("#błyskstop", 90L), tuple("paczka", 100L));
        assertThat(lifts.get(0).expected()).isZero();
        assertThat(lifts.get(1).expected()).isBetween(35.0, 45.0);
    }

    @Test
    void rareTermsNeedAtLeastTheMinimumCount() {
        assertThat(new TermBaseline().unusual(new String[] {"x"}, new long[] {2}, 10, 3, 10))
                .isEmpty();
    }

    @Test
    void theNumberOfTermsIsBounded() {
        TermBaseline usual = new TermBaseline();
        for (int i = 0; i < 100; i++) {
            String[] terms = new String[20];
            long[] counts = new long[20];
            for (int j = 0; j < 20; j++) {
                terms[j] = "term-" + i + "-" + j;
                counts[j] = 1;
            }
            usual.learn(terms, counts, 20, 0.01);
        }

        assertThat(usual.terms).hasSize(TermBaseline.CAPACITY);
        assertThat(usual.shares).hasSize(TermBaseline.CAPACITY);
    }
}
