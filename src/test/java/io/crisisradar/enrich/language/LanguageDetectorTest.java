package io.crisisradar.enrich.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LanguageDetectorTest {

    private static LanguageDetector detector;

    @BeforeAll
    static void loadModelsOnce() {
        detector = new LanguageDetector();
    }

    @Test
    void recognisesPolishComplaintWithDiacritics() {
        assertThat(detector.detect("Zamówiłem paczkę tydzień temu i nadal nie dotarła, obsługa nie odpowiada."))
                .isEqualTo("pl");
    }

    @Test
    void recognisesPolishWrittenWithoutDiacritics() {
        assertThat(detector.detect("zamowilem paczke tydzien temu i nadal nie dotarla, masakra"))
                .isEqualTo("pl");
    }

    @Test
    void recognisesEnglishTweetWithMentionsHashtagsAndUrl() {
        assertThat(detector.detect(
                        "@united my flight was delayed three hours and nobody told us anything #fail https://t.co/xYz"))
                .isEqualTo("en");
    }

    @Test
    void recognisesShortPolishTweetAboutABrand() {
        assertThat(detector.detect("@Orlen znowu nie działa dystrybutor na stacji 😡"))
                .isEqualTo("pl");
    }

    @Test
    void labelsOtherEuropeanLanguages() {
        assertThat(detector.detect("Meine Bestellung ist immer noch nicht angekommen, das ist wirklich ärgerlich."))
                .isEqualTo("de");
        assertThat(detector.detect("Ma commande n'est toujours pas arrivée, c'est vraiment inacceptable."))
                .isEqualTo("fr");
    }

    @Test
    void englishTextWithAPolishBrandNameStaysEnglish() {
        assertThat(detector.detect("Allegro support is the worst, still waiting for my refund"))
                .isEqualTo("en");
    }

    @Test
    void returnsUndeterminedWhenNothingIsLeftAfterCleaning() {
        assertThat(detector.detect("@allegro 😡😡 https://t.co/abc")).isEqualTo(LanguageDetector.UNDETERMINED);
        assertThat(detector.detect("")).isEqualTo(LanguageDetector.UNDETERMINED);
        assertThat(detector.detect(null)).isEqualTo(LanguageDetector.UNDETERMINED);
    }

    @Test
    void preCheckNeedsTwoSignalsBeforeDeciding() {
        assertThat(LanguageDetector.preCheck("Dzięki za szybką odpowiedź")).contains("pl");
        assertThat(LanguageDetector.preCheck("this is what you get with the new plan"))
                .contains("en");
        // One Polish letter in an otherwise foreign text is not enough.
        assertThat(LanguageDetector.preCheck("Łukasz")).isEmpty();
        assertThat(LanguageDetector.preCheck("Das ist nicht gut")).isEmpty();
    }

    @Test
    void preCheckLeavesNeighbouringLanguagesWithoutDiacriticsToLingua() {
        assertThat(LanguageDetector.preCheck("Ik heb mijn pakket nog steeds niet ontvangen, wat is er aan de hand"))
                .isEmpty();
        assertThat(LanguageDetector.preCheck("Das ist wirklich nicht gut, ich warte schon seit Tagen auf die Antwort"))
                .isEmpty();
        assertThat(LanguageDetector.preCheck("No me gusta nada el servicio de esta empresa"))
                .isEmpty();
        assertThat(LanguageDetector.preCheck("Toto je naozaj zle, nie som spokojny s objednavkou"))
                .isEmpty();
        assertThat(LanguageDetector.preCheck("Objednavka jeste neprisla, je to hrozne, chyba v systemu"))
                .isEmpty();
    }

    @Test
    void preCheckDecidesPolishWithoutDiacriticsFromFunctionWords() {
        assertThat(LanguageDetector.preCheck("dlaczego znowu nikt mi nie odpisal, serio"))
                .contains("pl");
    }
}
