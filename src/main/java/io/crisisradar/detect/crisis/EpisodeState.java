package io.crisisradar.detect.crisis;

/**
 * One brand's episode state machine ({@link EpisodeTracker}): whether an episode is open, the run
 * of high scores that may open one, and the open episode's peak, evidence and score timeline. A
 * Flink POJO inside {@link CrisisState}; the timeline is bounded by {@link
 * EpisodeTracker.Settings#timelineCapacity()}.
 */
public final class EpisodeState {

    /** Whether an episode is open. */
    public boolean open;

    /** End of the first window of the current run at or above "watch", or -1. */
    public long runStart = -1;

    /** Consecutive steps at or above "warning". */
    public int warningSteps;

    /** Consecutive steps at "crisis". */
    public int crisisSteps;

    /** Consecutive steps below "watch" while open. */
    public int quietSteps;

    /** Steps since the open episode was last emitted. */
    public int stepsSinceEmit;

    /** Episode start (its run's first window end at or above "watch"), epoch millis. */
    public long start;

    /** When it opened (the window end that opened it). */
    public long detectedAt;

    /** Window end of the highest score. */
    public long peakAt;

    /** Last window end at or above "watch": the end, once resolved. */
    public long lastActiveAt;

    /** Last window end stepped. */
    public long lastStepAt;

    /** Highest score. */
    public double peakScore;

    /** Latest score. */
    public double lastScore;

    /** Severity label reached ({@code warning} or {@code crisis}). */
    public String severity;

    /** Signals that drove the score when the episode opened. */
    public String[] triggers = new String[0];

    /** The explanation when it opened. */
    public String openingExplanation;

    /** The explanation at the peak. */
    public String peakExplanation;

    /** Evidence from the window of the peak. */
    public EpisodeEvidence evidence;

    /** How the brand answered the episode's complaints; null when no episode is open. */
    public EpisodeResponses responses;

    /** Timeline: window ends (each point is the highest score of {@link #timelineStride} steps). */
    public long[] timelineAt = new long[0];

    /** Timeline: scores. */
    public double[] timelineScores = new double[0];

    /** Steps per timeline point (doubles whenever the timeline fills up). */
    public int timelineStride = 1;

    /** Steps gathered for the next timeline point. */
    public int pendingSteps;

    /** Highest score among them. */
    public double pendingScore;

    /** Window end of the first of them. */
    public long pendingAt;

    public EpisodeState() {}
}
