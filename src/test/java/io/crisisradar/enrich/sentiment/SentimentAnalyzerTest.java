package io.crisisradar.enrich.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SentimentAnalyzerTest {

    /** Loading reads a few MB of resources: once for the class. */
    private static final SentimentAnalyzer ANALYZER = new SentimentAnalyzer();

    private static Sentiment en(String text) {
        return ANALYZER.analyze(text, "en");
    }

    private static Sentiment pl(String text) {
        return ANALYZER.analyze(text, "pl");
    }

    private static double rules(String text, String lang) {
        return ANALYZER.features(text, lang).ruleScore();
    }

    @Test
    void labelsPlainEnglishPolarity() {
        assertThat(en("I love this phone").label()).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(en("worst airline ever, lost my luggage again").label()).isEqualTo(SentimentLabel.NEGATIVE);
    }

    @Test
    void negationFlipsEnglishWithinItsScope() {
        assertThat(en("The service was good.").label()).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(en("The service was not good.").label()).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(en("I don't like this phone").label()).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(ANALYZER.features("not good", "en").terms()).contains("!good");
    }

    @Test
    void negationScopeEndsAtPunctuation() {
        // "not" belongs to the first clause; "great" after the comma is not negated.
        assertThat(ANALYZER.features("Not bad, the staff were great", "en").terms())
                .contains("!bad", "great")
                .doesNotContain("!great");
    }

    @Test
    void negationFlipsPolishIncludingVerbAndPrefix() {
        assertThat(pl("To jest dobry telefon").label()).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(pl("To nie jest dobry telefon").label()).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(rules("Obsługa nie jest dobra.", "pl")).isNegative();
        assertThat(pl("Obsługa nie jest dobra.").score()).isNegative();
        assertThat(pl("Nie polecam tego sklepu").label()).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(pl("Polecam ten sklep").label()).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(pl("Nie jestem zadowolona z zakupów").label()).isEqualTo(SentimentLabel.NEGATIVE);
    }

    @Test
    void intensifiersStrengthenAndDiminishersWeaken() {
        assertThat(rules("The service was very good.", "en")).isGreaterThan(rules("The service was good.", "en"));
        assertThat(rules("The service was slightly good.", "en")).isLessThan(rules("The service was good.", "en"));
        assertThat(rules("Obsługa jest bardzo dobra.", "pl")).isGreaterThan(rules("Obsługa jest dobra.", "pl"));
        assertThat(rules("Obsługa jest trochę słaba.", "pl")).isGreaterThan(rules("Obsługa jest słaba.", "pl"));
        assertThat(pl("Jestem bardzo zadowolona z zakupów").label()).isEqualTo(SentimentLabel.POSITIVE);
    }

    @Test
    void clauseAfterContrastWeighsMore() {
        assertThat(en("The food was great but the service was terrible.").label())
                .isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(en("The service was terrible but the food was great.").label())
                .isEqualTo(SentimentLabel.POSITIVE);
        assertThat(rules("Produkt ładny, ale obsługa fatalna.", "pl")).isNegative();
        assertThat(rules("Obsługa fatalna, ale produkt świetny.", "pl")).isPositive();
        assertThat(pl("Obsługa fatalna, ale produkt świetny.").label()).isEqualTo(SentimentLabel.POSITIVE);
    }

    @Test
    void emojiAndEmoticonsCarryPolarity() {
        assertThat(en("My parcel arrived 😡").label()).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(en("My parcel arrived 😍").label()).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(en("My parcel arrived :(").label()).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(en("My parcel arrived :)").label()).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(pl("Paczka dotarła 😍").label()).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(pl("Paczka dotarła 😡").score()).isNegative();
    }

    @Test
    void elongatedWordsAreFoundAndEmphasised() {
        assertThat(ANALYZER.features("sooo goood", "en").terms()).contains("good");
        assertThat(rules("sooo goood", "en")).isGreaterThan(rules("so good", "en"));
        assertThat(ANALYZER.features("suuuper, dziękuję!", "pl").terms()).contains("super");
        assertThat(rules("suuuper, dziękuję!", "pl")).isGreaterThan(rules("super, dziękuję!", "pl"));
    }

    @Test
    void hashtagsAreReadAsWords() {
        assertThat(en("Another delayed flight #fail").label()).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(ANALYZER.features("Another delayed flight #EpicFail", "en").terms())
                .contains("epic", "fail");
        assertThat(pl("Kolejna paczka zgubiona #niepolecam").label()).isEqualTo(SentimentLabel.NEGATIVE);
    }

    @Test
    void mentionsAndLinksAreIgnored() {
        SentimentFeatures f = ANALYZER.features("@happy_customer where is my refund https://t.co/great", "en");
        assertThat(f.terms()).doesNotContain("happy", "happy_customer", "great");
        assertThat(f.ruleScore()).isZero();
    }

    @Test
    void capitalsAndExclamationsAddEmphasis() {
        assertThat(rules("This is TERRIBLE service", "en")).isLessThan(rules("This is terrible service", "en"));
        assertThat(rules("great!!!", "en")).isGreaterThan(rules("great", "en"));
    }

    @Test
    void polishWordsMatchWithOrWithoutDiacritics() {
        assertThat(rules("Obsluga byla zla", "pl"))
                .isEqualTo(rules("Obsługa była zła", "pl"))
                .isNegative();
        assertThat(rules("swietny produkt", "pl"))
                .isEqualTo(rules("świetny produkt", "pl"))
                .isPositive();
        assertThat(pl("swietny produkt").score())
                .isEqualTo(pl("świetny produkt").score())
                .isPositive();
        assertThat(pl("Obsluga byla zla").label()).isEqualTo(SentimentLabel.NEGATIVE);
    }

    @Test
    void inflectedPolishFormsAreLemmatised() {
        assertThat(ANALYZER.features("Mam dość tej beznadziejnej obsługi.", "pl")
                        .terms())
                .contains("beznadziejny", "obsluga");
        assertThat(pl("Mam dość tej beznadziejnej obsługi.").label()).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(pl("Kurier był niemiły i spóźniony").label()).isEqualTo(SentimentLabel.NEGATIVE);
    }

    @Test
    void unknownLanguageIsALowConfidenceGuess() {
        Sentiment s = ANALYZER.analyze("Das ist schlecht :(", "de");
        assertThat(s.score()).isNegative();
        assertThat(s.confidence()).isLessThanOrEqualTo(0.3);
        assertThat(ANALYZER.analyze("Guten Tag", null).label()).isEqualTo(SentimentLabel.NEUTRAL);
    }

    @Test
    void emptyTextIsNeutral() {
        assertThat(en("")).isEqualTo(Sentiment.NEUTRAL_UNKNOWN);
        assertThat(ANALYZER.analyze(null, "pl")).isEqualTo(Sentiment.NEUTRAL_UNKNOWN);
    }

    @Test
    void resultsStayInRange() {
        for (String text :
                List.of("!!!!!!!!", "😍😍😍😍😍😍 LOVE LOVE LOVE!!!", "fatalny fatalny fatalny fatalny", "a")) {
            for (String lang : List.of("en", "pl", "fr")) {
                Sentiment s = ANALYZER.analyze(text, lang);
                assertThat(s.score()).isBetween(-1.0, 1.0);
                assertThat(s.confidence()).isBetween(0.0, 1.0);
            }
        }
    }

    @Test
    void concurrentCallsGiveTheSameResultsAsSequentialOnes() {
        List<String> texts = List.of(
                "Obsługa nie jest dobra.",
                "The food was great but the service was terrible.",
                "Mam dość tej beznadziejnej obsługi.",
                "sooo goood",
                "swietny produkt");
        List<Sentiment> expected = texts.stream()
                .map(t -> ANALYZER.analyze(t, t.contains("o") ? "pl" : "en"))
                .toList();
        IntStream.range(0, 2_000).parallel().forEach(i -> {
            String t = texts.get(i % texts.size());
            assertThat(ANALYZER.analyze(t, t.contains("o") ? "pl" : "en")).isEqualTo(expected.get(i % texts.size()));
        });
    }

    @Test
    void sentimentRejectsOutOfRangeValues() {
        assertThatThrownBy(() -> new Sentiment(1.5, SentimentLabel.POSITIVE, 0.5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Sentiment(0.5, SentimentLabel.POSITIVE, -0.1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
