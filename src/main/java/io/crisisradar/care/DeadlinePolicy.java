package io.crisisradar.care;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * When a brand is expected to answer a complaint, by platform, and how long a late answer is still
 * worth recording. Customers expect an answer on X within the hour but wait a day on Facebook, so
 * one deadline for all would flag Facebook too early or X far too late.
 *
 * @param deadlines first-response deadline per platform (lower-case name, as the parser stores it)
 * @param fallback the deadline on any other platform
 * @param lateAnswerWindow how long after the deadline an answer is still recorded, as answered late;
 *     after it the complaint is forgotten
 */
public record DeadlinePolicy(Map<String, Duration> deadlines, Duration fallback, Duration lateAnswerWindow)
        implements Serializable {

    public DeadlinePolicy {
        // A TreeMap rather than Map.copyOf: the operator holding this policy is Java-serialised.
        deadlines = new TreeMap<>(deadlines);
        Objects.requireNonNull(fallback, "fallback");
        Objects.requireNonNull(lateAnswerWindow, "lateAnswerWindow");
    }

    /** The time allowed for a first response on this platform. */
    public Duration allowed(String platform) {
        return deadlines.getOrDefault(platform, fallback);
    }

    /** The first-response deadline of a complaint posted on this platform at this time. */
    public Instant deadline(String platform, Instant createdAt) {
        return createdAt.plus(allowed(platform));
    }

    /** The last moment an answer to a complaint with this deadline is recorded. */
    public Instant lastAnswer(Instant deadline) {
        return deadline.plus(lateAnswerWindow);
    }
}
