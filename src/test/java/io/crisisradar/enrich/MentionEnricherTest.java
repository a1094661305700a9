package io.crisisradar.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.crisisradar.enrich.brand.BrandRule;
import io.crisisradar.mention.Author;
import io.crisisradar.mention.Engagement;
import io.crisisradar.mention.Mention;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MentionEnricherTest {

    private static final Instant NOON = Instant.parse("2026-11-23T12:00:00Z");
    private static MentionEnricher enricher;

    @BeforeAll
    static void loadModelsOnce() {
        enricher = new MentionEnricher(List.of(
                new BrandRule(
                        "blysk",
                        List.of("Kurier Błysk", "Błysk"),
                        List.of("@BlyskKurier", "@BlyskPomoc"),
                        List.of("#BłyskStop"),
                        List.of()),
                new BrandRule("novabank", List.of("NovaBank"), List.of("@NovaBank"), List.of(), List.of())));
    }

    private static Mention mention(
            String id, String text, String lang, String handle, Long followers, String inReplyTo) {
        return new Mention(
                id,
                "twitter",
                NOON,
                text,
                null,
                lang,
                new Author(null, handle, followers, null),
                new Engagement(10L, 2L, 1L, null),
                null,
                inReplyTo,
                null,
                null);
    }

    @Test
    void understandsAPolishDeliveryComplaint() {
        Enrichment e = enricher.enrich(mention(
                        "t:1",
                        "Kurier Błysk zgubił moją paczkę, a obsługa nie odpisuje od tygodnia 😡",
                        null,
                        "ania",
                        2400L,
                        null))
                .enrichment();

        assertThat(e.language()).isEqualTo("pl");
        assertThat(e.sentimentLabel()).isEqualTo("NEGATIVE");
        assertThat(e.categories()).contains("DELIVERY");
        assertThat(e.brands()).containsExactly("blysk");
        assertThat(e.influenceTier()).isEqualTo("NANO");
        assertThat(e.reach()).isPositive();
        assertThat(e.brandResponse()).isFalse();
        assertThat(e.nearDuplicateGroup()).as("set later by the grouping step").isNull();
    }

    @Test
    void understandsAnEnglishPraiseAndTrustsADeclaredLanguage() {
        Enrichment e = enricher.enrich(
                        mention("t:2", "Loving the new @NovaBank app, so smooth!", "en-GB", "bob", 120L, null))
                .enrichment();

        assertThat(e.language()).isEqualTo("en");
        assertThat(e.sentimentLabel()).isEqualTo("POSITIVE");
        assertThat(e.categories()).isEmpty();
        assertThat(e.brands()).containsExactly("novabank");
        assertThat(e.influenceTier()).isEqualTo("NONE");
    }

    @Test
    void marksAReplyFromABrandHandleAsAResponse() {
        Enrichment e = enricher.enrich(mention(
                        "t:3",
                        "@ania Przepraszamy, napisz do nas w wiadomości prywatnej.",
                        null,
                        "BlyskPomoc",
                        15000L,
                        "t:1"))
                .enrichment();

        assertThat(e.brandResponse()).isTrue();
        assertThat(e.respondingBrand()).isEqualTo("blysk");
    }

    @Test
    void aBrandHandleWithoutReplyIsNotAResponse() {
        Enrichment e = enricher.enrich(
                        mention("t:4", "Nowe godziny otwarcia punktów", null, "BlyskPomoc", 15000L, null))
                .enrichment();

        assertThat(e.brandResponse()).isFalse();
    }
}
