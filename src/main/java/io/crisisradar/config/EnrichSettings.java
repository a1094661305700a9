package io.crisisradar.config;

import java.io.Serializable;
import java.time.Duration;

/**
 * How mentions are understood.
 *
 * @param brandsFile JSON file of brand rules (names, handles, hashtags, exclusions); empty for none
 * @param redeliveryTtl how long a mention id is remembered to drop exact re-deliveries
 * @param nearDuplicateTtl how long a text's band keys are remembered to group its reposts
 */
public record EnrichSettings(String brandsFile, Duration redeliveryTtl, Duration nearDuplicateTtl)
        implements Serializable {}
