package io.crisisradar.enrich.brand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crisisradar.config.ConfigException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BrandRulesFileTest {

    @TempDir
    Path dir;

    @Test
    void readsRulesWithOptionalListsLeftOut() throws IOException {
        Path file = dir.resolve("brands.json");
        Files.writeString(
                file, "[{\"id\":\"zabka\",\"names\":[\"Żabka\"]},{\"id\":\"orlen\",\"handles\":[\"@Orlen\"]}]");

        List<BrandRule> rules = BrandRulesFile.load(file);

        assertThat(rules)
                .containsExactly(
                        new BrandRule("zabka", List.of("Żabka"), List.of(), List.of(), List.of()),
                        new BrandRule("orlen", List.of(), List.of("@Orlen"), List.of(), List.of()));
        assertThat(BrandRulesFile.loadIfGiven("")).isEmpty();
    }

    @Test
    void namesTheProblemInABadFile() throws IOException {
        Path file = dir.resolve("brands.json");
        Files.writeString(file, "[{\"id\":\"a\"},{\"id\":\"a\"}]");
        assertThatThrownBy(() -> BrandRulesFile.load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("twice");

        Files.writeString(file, "[{\"names\":[\"x\"]}]");
        assertThatThrownBy(() -> BrandRulesFile.load(file)).hasMessageContaining("no id");

        Files.writeString(file, "[{\"id\":\"a\",\"nick\":\"x\"}]");
        assertThatThrownBy(() -> BrandRulesFile.load(file)).hasMessageContaining("nick");

        assertThatThrownBy(() -> BrandRulesFile.load(dir.resolve("missing.json")))
                .hasMessageContaining("missing.json");
    }
}
