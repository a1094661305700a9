package io.crisisradar.config;

import java.io.Serializable;
import java.time.Duration;
import java.util.List;

/**
 * How crises are detected.
 *
 * @param windows sliding windows as {@code size/slide}, e.g. {@code 15m/1m}
 * @param allowedLateness how late (in event time) a mention may still update its window
 * @param scoreWindow the window of {@code windows} whose brand windows are scored for crises; empty
 *     for the first
 */
public record DetectSettings(List<String> windows, Duration allowedLateness, String scoreWindow)
        implements Serializable {

    public DetectSettings {
        windows = List.copyOf(windows);
        if (windows.isEmpty()) {
            throw new ConfigException("detect.windows must name at least one window, e.g. 15m/1m");
        }
        scoreWindow = scoreWindow == null || scoreWindow.isBlank() ? windows.get(0) : scoreWindow.trim();
        if (!windows.contains(scoreWindow)) {
            throw new ConfigException(
                    "detect.score-window " + scoreWindow + " must be one of detect.windows " + windows);
        }
    }

    public DetectSettings(List<String> windows, Duration allowedLateness) {
        this(windows, allowedLateness, "");
    }
}
