package io.crisisradar.config;

import java.io.Serializable;

/** The whole typed configuration of crisis-radar, built by {@link ConfigLoader}. */
public record CrisisRadarConfig(KafkaSettings kafka, ElasticsearchSettings elasticsearch, JobSettings job)
        implements Serializable {}
