package io.crisisradar.detect.window;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Cheap tokenisation for top terms. */
class TermsTest {

    @Test
    void keepsLowercasedWordsOfThreeLettersOrMoreWithoutStopWords() {
        assertThat(Terms.of("The parcel is NOT here and the courier is rude"))
                .containsExactly("parcel", "courier", "rude");
    }

    @Test
    void keepsPolishLettersAndDropsPolishStopWords() {
        assertThat(Terms.of("Paczka nie dotarła, już się nie da żyć")).containsExactly("paczka", "dotarła", "żyć");
    }

    @Test
    void keepsHashtagsAndSkipsLinksHandlesAndNumbers() {
        assertThat(Terms.of("@Blysk #BlyskFail awaria 2026 https://t.co/abc x1y2 awaria"))
                .containsExactly("#blyskfail", "awaria");
    }

    @Test
    void boundsTheTermsOfALongText() {
        StringBuilder text = new StringBuilder();
        for (char a = 'a'; a <= 'z'; a++) {
            text.append("word").append(a).append(a).append(' ');
        }
        assertThat(Terms.of(text.toString())).hasSize(Terms.MAX_PER_MENTION);
        assertThat(Terms.of(null)).isEmpty();
    }
}
