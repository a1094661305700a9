package io.crisisradar.enrich.reach;

import java.util.OptionalLong;

/**
 * Influence of an author by follower count. Thresholds follow the common marketing tiers, with
 * accounts under 1,000 followers kept apart as ordinary users rather than nano-influencers.
 */
public enum InfluenceTier {
    /** Follower count not known. */
    UNKNOWN,
    /** Fewer than 1,000 followers: an ordinary account. */
    NONE,
    /** 1,000 to 9,999 followers. */
    NANO,
    /** 10,000 to 99,999 followers. */
    MICRO,
    /** 100,000 to 999,999 followers. */
    MACRO,
    /** 1,000,000 followers or more. */
    MEGA;

    /** The tier for a follower count; negative or absent counts are {@link #UNKNOWN}. */
    public static InfluenceTier of(OptionalLong followers) {
        if (followers.isEmpty() || followers.getAsLong() < 0) {
            return UNKNOWN;
        }
        long f = followers.getAsLong();
        if (f < 1_000) {
            return NONE;
        } else if (f < 10_000) {
            return NANO;
        } else if (f < 100_000) {
            return MICRO;
        } else if (f < 1_000_000) {
            return MACRO;
        }
        return MEGA;
    }
}
