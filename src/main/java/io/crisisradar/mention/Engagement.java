package io.crisisradar.mention;

import java.io.Serializable;

/** Interaction counts at collection time; null where the platform did not report a count. */
public record Engagement(Long likes, Long shares, Long comments, Long views) implements Serializable {

    /** No counts reported. */
    public static final Engagement NONE = new Engagement(null, null, null, null);
}
