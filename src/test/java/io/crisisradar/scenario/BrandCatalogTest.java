package io.crisisradar.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.crisisradar.enrich.brand.BrandMatcher;
import io.crisisradar.enrich.brand.BrandRule;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BrandCatalogTest {

    private static final BrandMatcher MATCHER = new BrandMatcher(ScenarioFixtures.brandRules());

    @Test
    void theCatalogHasTheBrandsOfTheLocalRulesInTheirOrder() {
        assertThat(BrandCatalog.all())
                .extracting(BrandProfile::id)
                .containsExactlyElementsOf(ScenarioFixtures.brandRules().stream()
                        .map(BrandRule::id)
                        .toList());
    }

    @Test
    void everyFormOfEveryBrandNameIsMatchedByTheRules() {
        for (BrandProfile brand : BrandCatalog.all()) {
            BrandNames n = brand.names();
            List<String> forms = new ArrayList<>(n.nominatives());
            forms.addAll(List.of(
                    n.genitive(), n.locative(), n.inBrand(), n.instrumental(), n.dative(), n.handle(), n.careHandle()));
            forms.addAll(n.hashtags());
            for (String form : forms) {
                assertThat(MATCHER.match("Coś o " + form + " dzisiaj"))
                        .as("'%s' names %s", form, brand.id())
                        .containsExactly(brand.id());
                assertThat(MATCHER.match(TextComposer.withoutDiacritics(form)))
                        .as("'%s' typed without Polish letters", form)
                        .containsExactly(brand.id());
            }
        }
    }

    @Test
    void everyGeneratedMentionWithoutABrandFieldNamesItsBrand() throws Exception {
        int checked = 0;
        for (ScenarioFixtures.Generated g : List.of(ScenarioFixtures.demo(), ScenarioFixtures.standardWeek())) {
            for (GeneratedMention m : g.mentions()) {
                if (m.json().contains("\"brand\":")) {
                    continue;
                }
                assertThat(MATCHER.match(m.text())).as(m.text()).contains(m.brand());
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(10_000);
    }

    @Test
    void influencersAreWellFollowedAndMostlyVerified() {
        for (BrandProfile brand : BrandCatalog.all()) {
            assertThat(brand.influencers()).hasSizeGreaterThanOrEqualTo(3);
            assertThat(brand.influencers())
                    .allSatisfy(p -> assertThat(p.followers()).isGreaterThan(40_000));
            assertThat(brand.influencers().stream().filter(Persona::verified).count())
                    .isGreaterThanOrEqualTo(2);
        }
    }
}
