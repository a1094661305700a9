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

    @Test
    void widerPreCheckDecidesShortEnglishAndPolishWithoutDiacritics() {
        assertThat(LanguageDetector.preCheck("Thanks!")).contains("en");
        assertThat(LanguageDetector.preCheck("Our fleet's on fleek.")).contains("en");
        assertThat(LanguageDetector.preCheck("przepraszam wszystkich za spam")).contains("pl");
        assertThat(LanguageDetector.preCheck("nie chce isc jutro do szkoly, przez to trzeba wstac o szostej"))
                .contains("pl");
    }

    @Test
    void widerPreCheckStillLeavesNeighboursToLingua() {
        // Dutch plural "auto's" is one English-looking signal, not two.
        assertThat(LanguageDetector.preCheck("Ik heb twee auto's gekocht en ze zijn kapot"))
                .isEmpty();
        // German "rz" closes a syllable; only word-initial consonant + "rz" counts as Polish.
        assertThat(LanguageDetector.preCheck("Das ist eine kurze Antwort, mein Herz"))
                .isEmpty();
        assertThat(LanguageDetector.preCheck("Toto je naozaj zle, nie som spokojny s objednavkou"))
                .isEmpty();
        assertThat(LanguageDetector.polishShape("przez")).isTrue();
        assertThat(LanguageDetector.polishShape("kurze")).isFalse();
    }

    @Test
    void trustsAPlausibleDeclaredLanguage() {
        // Undecided by the pre-check and plausible: the declaration wins without Lingua.
        assertThat(detector.detect("@JetBlue 290 to Boston", "en")).isEqualTo("en");
        assertThat(detector.detect("no widzisz to heh", "pl")).isEqualTo("pl");
        // A declaration the pre-check contradicts is overruled.
        assertThat(detector.detect("Dlaczego znowu nikt nie odpisał na moją reklamację?", "en"))
                .isEqualTo("pl");
        // Letters English does not use: Lingua decides.
        assertThat(detector.detect("Meine Bestellung ist immer noch nicht angekommen, ärgerlich", "en"))
                .isEqualTo("de");
        // Missing, unknown or malformed declarations fall back to detect(text).
        assertThat(detector.detect("Ma commande n'est toujours pas arrivée, c'est inacceptable.", null))
                .isEqualTo("fr");
        assertThat(detector.detect("Ma commande n'est toujours pas arrivée, c'est inacceptable.", "und"))
                .isEqualTo("fr");
        assertThat(detector.detect("Flight delayed again, thanks for nothing", "en-GB"))
                .isEqualTo("en");
    }

    @Test
    void cacheAnswersRepeatsWithTheSameResult() {
        LanguageDetector cached = new LanguageDetector(LanguageDetector.Settings.recommended(), 2);
        String text = "Ma commande n'est toujours pas arrivée, c'est vraiment inacceptable.";
        assertThat(cached.detect(text)).isEqualTo("fr");
        assertThat(cached.detect(text)).isEqualTo("fr");
        assertThat(cached.cacheStatistics()).containsExactly(2L, 1L);
        // Bounded: it empties itself when full instead of growing.
        cached.detect("Meine Bestellung ist immer noch nicht angekommen.");
        cached.detect("Il mio ordine non è ancora arrivato, che vergogna.");
        assertThat(cached.detect(text)).isEqualTo("fr");
        cached.clearCache();
        assertThat(cached.detect(text)).isEqualTo("fr");
    }
}
