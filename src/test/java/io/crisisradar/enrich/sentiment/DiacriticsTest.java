package io.crisisradar.enrich.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DiacriticsTest {

    @Test
    void foldsPolishLetters() {
        assertThat(Diacritics.fold("zażółć gęślą jaźń")).isEqualTo("zazolc gesla jazn");
        assertThat(Diacritics.fold("ŁÓDŹ")).isEqualTo("LODZ");
    }

    @Test
    void returnsAsciiUnchanged() {
        String ascii = "plain ascii";
        assertThat(Diacritics.fold(ascii)).isSameAs(ascii);
    }
}
