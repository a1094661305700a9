package io.crisisradar.config;

import java.io.Serializable;

/** The whole typed configuration of crisis-radar, built by {@link ConfigLoader}. */
public record CrisisRadarConfig(
        KafkaSettings kafka,
        ElasticsearchSettings elasticsearch,
        JobSettings job,
        EnrichSettings enrich,
        DetectSettings detect,
        CareSettings care)
        implements Serializable {

    /** The same configuration with other job settings. */
    public CrisisRadarConfig withJob(JobSettings other) {
        return new CrisisRadarConfig(kafka, elasticsearch, other, enrich, detect, care);
    }
}
