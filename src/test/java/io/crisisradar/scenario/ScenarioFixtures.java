package io.crisisradar.scenario;

import io.crisisradar.enrich.brand.BrandRule;
import io.crisisradar.enrich.brand.BrandRulesFile;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Generated scenarios shared by the scenario tests: generating them takes a second or two, so each
 * is made once per test JVM.
 */
final class ScenarioFixtures {

    static final ZoneId WARSAW = ScenarioPresets.ZONE;

    /** A scenario with its labels and every mention in send order. */
    record Generated(Scenario scenario, ScenarioLabels labels, List<GeneratedMention> mentions) {}

    private static Generated demo;
    private static Generated standardWeek;

    private ScenarioFixtures() {}

    /** The demo preset as users get it. */
    static synchronized Generated demo() throws Exception {
        if (demo == null) {
            demo = generate(ScenarioPresets.create("demo", ScenarioPresets.Options.defaults()));
        }
        return demo;
    }

    /** The standard preset shortened to a week at half the rate: every event shape, fast. */
    static synchronized Generated standardWeek() throws Exception {
        if (standardWeek == null) {
            standardWeek = generate(ScenarioPresets.create(
                    "standard",
                    new ScenarioPresets.Options(Optional.of(7L), Optional.empty(), Optional.of(7), 0.5, 1)));
        }
        return standardWeek;
    }

    static Generated generate(Scenario scenario) throws Exception {
        List<GeneratedMention> mentions = new ArrayList<>();
        ScenarioLabels labels = new ScenarioGenerator(scenario).generate(mentions::add);
        return new Generated(scenario, labels, List.copyOf(mentions));
    }

    /** The brand rules the local job runs with; the generator's texts must match them. */
    static List<BrandRule> brandRules() {
        Path project =
                Path.of(System.getProperty("crisisradar.project.dir", ".")).toAbsolutePath();
        return BrandRulesFile.load(project.resolve("jobs/local/brands.json"));
    }

    static InjectedEvent event(Generated g, String shape) {
        return g.scenario().events().stream()
                .filter(e -> e.shape().name().equals(shape))
                .findFirst()
                .orElseThrow();
    }

    static long count(List<GeneratedMention> mentions, String brand, Instant from, Instant to) {
        return mentions.stream()
                .filter(m -> m.brand().equals(brand))
                .filter(m -> !m.createdAt().isBefore(from) && m.createdAt().isBefore(to))
                .count();
    }
}
