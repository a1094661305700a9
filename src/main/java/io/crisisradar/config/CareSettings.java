package io.crisisradar.config;

import java.io.Serializable;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * How the response clock of customer care runs (docs/care.md).
 *
 * @param deadlines first-response deadline per platform (lower-case platform name as in the input)
 * @param defaultDeadline the deadline on every platform not in {@code deadlines}
 * @param lateAnswerWindow how long after its deadline an answer is still recorded (as answered
 *     late) before the complaint is forgotten
 */
public record CareSettings(Map<String, Duration> deadlines, Duration defaultDeadline, Duration lateAnswerWindow)
        implements Serializable {

    /** The entry of {@code care.deadlines} that sets {@link #defaultDeadline}. */
    public static final String DEFAULT_PLATFORM = "default";

    private static final Pattern PLATFORM = Pattern.compile("[a-z0-9][a-z0-9_.-]*");

    public CareSettings {
        if (defaultDeadline == null) {
            throw new ConfigException(
                    "care.deadlines must give a deadline for all other platforms, e.g. " + DEFAULT_PLATFORM + "=24h");
        }
        requirePositive(DEFAULT_PLATFORM, defaultDeadline);
        // Sorted, so that printed settings read the same on every run; TreeMap stays serialisable.
        TreeMap<String, Duration> sorted = new TreeMap<>();
        deadlines.forEach((platform, deadline) -> {
            if (!PLATFORM.matcher(platform).matches()) {
                throw new ConfigException("care.deadlines: '" + platform
                        + "' is not a platform name (lower case letters, digits, '.', '_' or '-')");
            }
            requirePositive(platform, deadline);
            sorted.put(platform, deadline);
        });
        deadlines = Collections.unmodifiableMap(sorted);
        if (lateAnswerWindow == null || lateAnswerWindow.isNegative()) {
            throw new ConfigException("care.late-answer-window must not be negative, got " + lateAnswerWindow);
        }
    }

    /** The first-response deadline on this platform. */
    public Duration deadlineOn(String platform) {
        return deadlines.getOrDefault(platform, defaultDeadline);
    }

    private static void requirePositive(String platform, Duration deadline) {
        if (deadline.isZero() || deadline.isNegative()) {
            throw new ConfigException(
                    "care.deadlines: the deadline for " + platform + " must be positive, got " + deadline);
        }
    }
}
