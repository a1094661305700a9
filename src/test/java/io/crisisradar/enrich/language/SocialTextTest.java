package io.crisisradar.enrich.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SocialTextTest {

    @Test
    void cleanDropsUrlsMentionsHashSignsAndEmoji() {
        assertThat(SocialText.clean("@Allegro gdzie moja paczka?! 😡 #kurier https://t.co/abc www.example.com"))
                .isEqualTo("gdzie moja paczka?! kurier");
    }

    @Test
    void cleanKeepsEmailLikeAtSignsInsideWords() {
        assertThat(SocialText.clean("pisz na info@firma.pl")).startsWith("pisz na info");
    }

    @Test
    void foldRemovesPolishDiacriticsAndCase() {
        assertThat(SocialText.fold("ŻABKĘ Łódź Śląsk źle")).isEqualTo("zabke lodz slask zle");
    }

    @Test
    void wordsAreFoldedAndSkipUrlsAndMentionsButKeepHashtagWordsAndApostrophes() {
        assertThat(SocialText.words("RT @jan: Nie działa! #Allegro didn't http://t.co/x"))
                .containsExactly("rt", "nie", "dziala", "allegro", "didn't");
    }
}
