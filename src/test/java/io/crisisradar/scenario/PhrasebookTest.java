package io.crisisradar.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.crisisradar.enrich.category.ComplaintCategory;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PhrasebookTest {

    private static final Phrasebook PHRASES = Phrasebook.standard();
    private static final List<String> LANGUAGES = List.of("pl", "en");
    private static final Set<String> FRAGMENTS = Set.of(
            Phrasebook.OPENER_NEG,
            Phrasebook.CLOSER_NEG,
            Phrasebook.CLOSER_POS,
            Phrasebook.QUOTE,
            Phrasebook.SHARE_CALL,
            Phrasebook.VIRAL_INTRO,
            Phrasebook.DETAIL);

    @Test
    void everyTopicHasPhrasesInBothLanguagesForEverySector() {
        for (Topic topic : Topic.values()) {
            for (String language : LANGUAGES) {
                for (Sector sector : Sector.values()) {
                    assertThat(PHRASES.templates(topic.name(), language, sector))
                            .as("%s %s %s", topic, language, sector)
                            .isNotEmpty();
                }
            }
        }
        for (String fragment : FRAGMENTS) {
            for (String language : LANGUAGES) {
                assertThat(PHRASES.allTemplates(fragment, language))
                        .as(fragment)
                        .isNotEmpty();
            }
        }
    }

    @Test
    void groupsAreTopicsOrFragmentsOnly() {
        Set<String> known = new HashSet<>(FRAGMENTS);
        for (Topic t : Topic.values()) {
            known.add(t.name());
        }
        for (String language : LANGUAGES) {
            assertThat(known).containsAll(PHRASES.groups(language));
        }
    }

    @Test
    void complaintsHaveSeveralDozenTemplatesPerLanguageAcrossCategories() {
        for (String language : LANGUAGES) {
            int total = 0;
            for (ComplaintCategory c : ComplaintCategory.values()) {
                int n = PHRASES.allTemplates(c.name(), language).size();
                assertThat(n).as("%s %s", c, language).isGreaterThanOrEqualTo(9);
                total += n;
            }
            assertThat(total).as(language).isGreaterThan(language.equals("pl") ? 250 : 150);
        }
    }

    @Test
    void everyTopicTemplateNamesItsBrandAndFillsWithoutUnknownSlots() {
        TextComposer composer = new TextComposer(PHRASES, new AuthorPool(1, 50, 50));
        SplittableRandom random = new SplittableRandom(1);
        for (String language : LANGUAGES) {
            for (String group : PHRASES.groups(language)) {
                boolean fragment = FRAGMENTS.contains(group);
                boolean reply = group.equals("BRAND_REPLY") || group.equals("BRAND_THANKS");
                for (Phrasebook.Template t : PHRASES.allTemplates(group, language)) {
                    if (!fragment && !reply) {
                        assertThat(t.text())
                                .as("%s template names the brand", group)
                                .containsAnyOf(
                                        "{B}", "{B_gen}", "{B_loc}", "{w_B}", "{z_B}", "{B_dat}", "{@B}", "{@care}");
                    }
                    TextComposer.Context ctx =
                            new TextComposer.Context(BrandCatalog.BLYSK, language, "#BłyskStop", "someone");
                    String filled = composer.fill(t.text(), ctx, random);
                    assertThat(filled).as(t.text()).doesNotContain("{").doesNotContain("}");
                }
            }
        }
    }

    @Test
    void composedTextsVaryEnoughNotToCollapseIntoDuplicates() {
        TextComposer composer = new TextComposer(PHRASES, new AuthorPool(1, 500, 100));
        SplittableRandom random = new SplittableRandom(7);
        TextComposer.Context ctx = new TextComposer.Context(BrandCatalog.BLYSK, "pl", "#BłyskStop", null);
        Set<String> texts = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            texts.add(composer.compose(Topic.DELIVERY, ctx, random));
        }
        assertThat(texts).hasSizeGreaterThan(350);
    }

    @Test
    void polishHoursAgreeWithTheirNumber() {
        assertThat(TextComposer.hoursInPolish(2)).isEqualTo("2 godziny");
        assertThat(TextComposer.hoursInPolish(5)).isEqualTo("5 godzin");
        assertThat(TextComposer.hoursInPolish(12)).isEqualTo("12 godzin");
        assertThat(TextComposer.hoursInPolish(22)).isEqualTo("22 godziny");
        assertThat(TextComposer.withoutDiacritics("Błysk zgubił paczkę")).isEqualTo("Blysk zgubil paczke");
    }
}
