package io.crisisradar.detect.crisis;

import io.crisisradar.detect.volume.VolumeBurstState;

/**
 * Everything remembered per brand between windows: the volume baseline, the usual negativity,
 * negative reach and platform counts, the usual terms, the recent persistence, and the episode
 * state machine. Bounded: fixed-size arrays and capped lists, whatever the stream length.
 *
 * <p>A Flink POJO (public no-arg constructor, public fields) so keyed state serialises it without
 * Kryo; {@link CrisisDetector} and {@link EpisodeTracker} update it in place.
 */
public final class CrisisState {

    /** Platforms whose usual counts are remembered; the quietest is forgotten first. */
    public static final int PLATFORM_CAPACITY = 16;

    /** Seasonal baseline and burst state of the window volume. */
    public VolumeBurstState volume;

    /** End of the last window stepped, or {@link Long#MIN_VALUE} before the first. */
    public long lastEnd = Long.MIN_VALUE;

    /** Windows stepped (including filled-in empty ones). */
    public long steps;

    /** Usual share of negative mentions. */
    public double negativeShare;

    /** Usual mean sentiment score. */
    public double meanSentiment;

    /** Usual share of mentions with a complaint category. */
    public double complaintShare;

    /** Usual reach of negative mentions per window. */
    public double negativeReach;

    /** Windows the usual values above were learnt from. */
    public long profileUpdates;

    /** Platforms with a usual per-window count, parallel to {@link #platformMeans}. */
    public String[] platforms = new String[0];

    /** Usual mentions per window on each of {@link #platforms}. */
    public double[] platformMeans = new double[0];

    /**
     * Recent windows' mentions, negatives, complaints and expected mentions, newest at {@link
     * #recentNext} - 1: enough steps back to sum {@link CrisisDetector.Settings#longScaleWindows()}
     * non-overlapping windows (the long scale, e.g. an hour of 15-minute windows).
     */
    public long[] recentVolumes = new long[0];

    /** See {@link #recentVolumes}. */
    public long[] recentNegatives = new long[0];

    /** See {@link #recentVolumes}. */
    public long[] recentComplaints = new long[0];

    /** See {@link #recentVolumes}; 0 while the volume baseline is warming up. */
    public double[] recentExpected = new double[0];

    /** Next write position in the recent arrays. */
    public int recentNext;

    /** How many recent slots hold data. */
    public int recentFilled;

    /** One bit per recent step (lowest = latest): whether its score without persistence was ≥ watch. */
    public int persistenceBits;

    /** Usual terms. */
    public TermBaseline terms = new TermBaseline();

    /** The brand's episode, if one is open. */
    public EpisodeState episode = new EpisodeState();

    public CrisisState() {}
}
