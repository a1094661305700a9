package io.crisisradar.config;

import java.io.Serializable;
import java.time.Duration;
import java.util.List;

/**
 * How crises are detected.
 *
 * @param windows sliding windows as {@code size/slide}, e.g. {@code 15m/1m}
 * @param allowedLateness how late (in event time) a mention may still update its window
 */
public record DetectSettings(List<String> windows, Duration allowedLateness) implements Serializable {

    public DetectSettings {
        windows = List.copyOf(windows);
        if (windows.isEmpty()) {
            throw new ConfigException("detect.windows must name at least one window, e.g. 15m/1m");
        }
    }
}
