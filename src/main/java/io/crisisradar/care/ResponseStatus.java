package io.crisisradar.care;

import java.util.Locale;

/** Where a complaint stands against its first-response deadline. */
public enum ResponseStatus {
    /** Seen, not answered, deadline not yet passed. */
    AWAITING,
    /** The deadline passed without an answer (an answer may still come, late). */
    BREACHED,
    /** The brand answered by the deadline. */
    ANSWERED,
    /** The brand answered after the deadline, within the late-answer window. */
    ANSWERED_LATE;

    /** The lower-case name stored in Elasticsearch. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the deadline was missed: breached, or answered late. */
    public boolean overdue() {
        return this == BREACHED || this == ANSWERED_LATE;
    }

    /** Whether the brand answered (in time or late): nothing more will change. */
    public boolean answered() {
        return this == ANSWERED || this == ANSWERED_LATE;
    }
}
