package io.crisisradar.detect.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CountTailTest {

    @Test
    void geometricTailMatchesClosedForm() {
        // phi = 1 is a geometric distribution: P(X >= k) = (mu / (1 + mu))^k = 0.8^3 for mu = 4.
        assertThat(CountTail.surprise(3, 4, 1)).isCloseTo(-Math.log10(0.512), within(1e-9));
    }

    @Test
    void negativeBinomialTailMatchesReference() {
        // scipy.stats.nbinom.sf(29, 5, 5 / 15) = 0.003919433658 (r = 1 / 0.2, mean 10).
        assertThat(CountTail.surprise(30, 10, 0.2)).isCloseTo(-Math.log10(0.003919433658), within(1e-6));
    }

    @Test
    void tinyDispersionBehavesAsPoisson() {
        // scipy.stats.poisson.sf(9, 3) = 0.00110248813 (P(X >= 10) for mean 3).
        assertThat(CountTail.surprise(10, 3, 1e-6)).isCloseTo(-Math.log10(0.00110248813), within(2e-3));
    }

    @Test
    void countsAtOrBelowZeroAreNotSurprising() {
        assertThat(CountTail.surprise(0, 5, 0.1)).isZero();
    }

    @Test
    void hugeBurstsStayFiniteAndOrdered() {
        double big = CountTail.surprise(1_000, 10, 0.1);
        double bigger = CountTail.surprise(5_000, 10, 0.1);
        assertThat(big).isFinite().isGreaterThan(20);
        assertThat(bigger).isFinite().isGreaterThan(big);
    }

    @Test
    void overDispersionMakesTheSameCountLessSurprising() {
        assertThat(CountTail.surprise(30, 10, 0.5)).isLessThan(CountTail.surprise(30, 10, 0.05));
    }
}
