package io.crisisradar.detect.nab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ReferenceDetectorsTest {

    private static double[] flatWithSpikeAt(int rows, int spike) {
        double[] values = new double[rows];
        for (int i = 0; i < rows; i++) {
            values[i] = i % 2 == 0 ? 9 : 11;
        }
        values[spike] = 40;
        return values;
    }

    @Test
    void lastHourVsTrailingAverageScoresTheRatioAboveOne() {
        double[] values = flatWithSpikeAt(400, 350);
        double[] scores = ReferenceDetectors.lastHourVsTrailingAverage(12, 288).score(new long[400], values);
        // Last hour: (11 * 10 + 40 + ...) / 12 vs 10: ratio 1.25 at the spike -> 0.25 / 1.25 = 0.2.
        assertThat(scores[349]).isCloseTo(0, within(1e-9));
        assertThat(scores[350]).isCloseTo((values[350] - 9) / 12 / (10 + (values[350] - 9) / 12), within(1e-9));
    }

    @Test
    void windowedGaussianScoresTheSpikeNearOne() {
        double[] values = flatWithSpikeAt(300, 250);
        double[] scores = ReferenceDetectors.windowedGaussian(6400, 100).score(new long[300], values);
        assertThat(scores[250]).isGreaterThan(0.999);
        assertThat(scores[249]).isLessThan(0.9);
    }

    @Test
    void onsetKeepsOnlyTheStartOfARun() {
        SeriesDetector constantRun = (millis, values) -> new double[] {0, 0.8, 0.8, 0.8};
        double[] scores = ReferenceDetectors.onset(constantRun, 1, 0.99).score(new long[4], new double[4]);
        assertThat(scores[1]).isEqualTo(0.8);
        assertThat(scores[2]).isZero();
    }

    @Test
    void complementaryErrorFunctionMatchesKnownValues() {
        assertThat(ReferenceDetectors.erfc(0)).isCloseTo(1, within(1e-7));
        assertThat(ReferenceDetectors.erfc(1)).isCloseTo(0.157299207, within(1e-7));
    }
}
