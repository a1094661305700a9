package io.crisisradar.enrich.sentiment.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConfusionMatrixTest {

    @Test
    void computesAccuracyMacroRecallAndMacroF1() {
        ConfusionMatrix m = new ConfusionMatrix(List.of("negative", "positive"));
        m.add("negative", "negative");
        m.add("negative", "positive");
        m.add("positive", "positive");
        m.add("positive", "positive");
        assertThat(m.total()).isEqualTo(4);
        assertThat(m.accuracy()).isEqualTo(0.75);
        // Recall: negative 1/2, positive 2/2.
        assertThat(m.macroRecall()).isEqualTo(0.75);
        // F1: negative P=1 R=0.5 -> 2/3; positive P=2/3 R=1 -> 0.8.
        assertThat(m.macroF1()).isCloseTo((2.0 / 3 + 0.8) / 2, within(1e-9));
        assertThat(m.format()).contains("negative", "positive");
    }

    @Test
    void splitIsDeterministicAndRoughlyThirty() {
        int held = 0;
        for (int i = 0; i < 10_000; i++) {
            String t = "text number " + i;
            assertThat(Split.isHeldOut(t)).isEqualTo(Split.isHeldOut(t));
            if (Split.isHeldOut(t)) {
                held++;
            }
        }
        assertThat(held).isBetween(2_700, 3_300);
    }
}
