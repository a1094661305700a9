package io.crisisradar.detect.window;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Evidence texts are cut to a tweet's length without breaking a character. */
class MentionEvidenceTest {

    @Test
    void keepsAShortTextWhole() {
        assertThat(MentionEvidence.truncate("Kurier zgubił paczkę")).isEqualTo("Kurier zgubił paczkę");
        assertThat(MentionEvidence.truncate(null)).isEmpty();
    }

    @Test
    void cutsALongTextTo280Chars() {
        String text = "a".repeat(500);

        assertThat(MentionEvidence.truncate(text)).hasSize(MentionEvidence.MAX_TEXT_CHARS);
    }

    @Test
    void neverSplitsASurrogatePairAtTheCut() {
        // an emoji (two chars) straddling the 280th char is dropped whole, not halved
        String text = "a".repeat(279) + "😡" + "b".repeat(10);

        String cut = MentionEvidence.truncate(text);

        assertThat(cut).isEqualTo("a".repeat(279));
        assertThat(MentionEvidence.truncate("a".repeat(278) + "😡b"))
                .endsWith("😡")
                .hasSize(280);
    }
}
