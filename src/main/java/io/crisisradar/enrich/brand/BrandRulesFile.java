package io.crisisradar.enrich.brand;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.crisisradar.config.ConfigException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads brand rules from a JSON file: an array of objects with {@code id}, {@code names}, {@code
 * handles}, {@code hashtags} and {@code exclusions} (all but {@code id} optional). See
 * {@code jobs/local/brands.json}.
 */
public final class BrandRulesFile {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private BrandRulesFile() {}

    /** Entry of the file; lists default to empty. */
    record Entry(String id, List<String> names, List<String> handles, List<String> hashtags, List<String> exclusions) {}

    public static List<BrandRule> load(Path file) {
        Entry[] entries;
        try {
            entries = MAPPER.readValue(file.toFile(), Entry[].class);
        } catch (IOException e) {
            throw new ConfigException("cannot read brand rules from " + file + ": " + e.getMessage(), e);
        }
        List<BrandRule> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < entries.length; i++) {
            Entry e = entries[i];
            if (e == null || e.id() == null || e.id().isBlank()) {
                throw new ConfigException("brand rule #" + (i + 1) + " in " + file + " has no id");
            }
            if (!ids.add(e.id())) {
                throw new ConfigException("brand id '" + e.id() + "' appears twice in " + file);
            }
            rules.add(new BrandRule(
                    e.id(), orEmpty(e.names()), orEmpty(e.handles()), orEmpty(e.hashtags()), orEmpty(e.exclusions())));
        }
        return List.copyOf(rules);
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }

    /** Reads the file when the path is given, otherwise no rules. */
    public static List<BrandRule> loadIfGiven(String path) {
        return path == null || path.isBlank() ? List.of() : load(Path.of(path));
    }
}
