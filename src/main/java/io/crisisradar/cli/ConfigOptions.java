package io.crisisradar.cli;

import io.crisisradar.config.ConfigLoader;
import io.crisisradar.config.CrisisRadarConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The configuration options every command that talks to Kafka, Elasticsearch or Flink shares. */
public final class ConfigOptions {

    @Option(
            names = {"-c", "--config"},
            paramLabel = "FILE",
            description = "Properties file with configuration (see README); defaults target jobs/local.")
    Path file;

    @Option(
            names = {"-s", "--set"},
            paramLabel = "KEY=VALUE",
            description = "Override one configuration key, e.g. --set job.parallelism=4 (repeatable)."
                    + " Secrets are refused here: use CRISIS_RADAR_ES_API_KEY, CRISIS_RADAR_ES_PASSWORD(_FILE).")
    List<String> overrides = new ArrayList<>();

    /** The typed configuration these options describe. */
    public CrisisRadarConfig load() {
        return ConfigLoader.fromSystemEnvironment()
                .load(Optional.ofNullable(file), ConfigLoader.parseOverrides(overrides));
    }
}
