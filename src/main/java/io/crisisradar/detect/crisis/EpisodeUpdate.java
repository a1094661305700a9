package io.crisisradar.detect.crisis;

import java.io.Serializable;

/** A change of an episode, with the episode as it is after the change. */
public record EpisodeUpdate(Kind kind, Episode episode) implements Serializable {

    /** What happened. Every kind rewrites the episode document; all but {@link #UPDATED} alert. */
    public enum Kind {
        /** The score stayed at "warning" or above long enough: a crisis episode starts. */
        OPENED,
        /** An open warning episode reached "crisis" and stayed there. */
        ESCALATED,
        /** New peak or periodic refresh of the evidence and timeline; no alert. */
        UPDATED,
        /** The score stayed below "watch" long enough: the episode is over. */
        RESOLVED;

        /** Whether this change is sent as an alert. */
        public boolean alerts() {
            return this != UPDATED;
        }

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
