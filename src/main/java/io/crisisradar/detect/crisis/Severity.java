package io.crisisradar.detect.crisis;

/**
 * How bad a brand's situation is, from its crisis score (thresholds of crisis-score v1, see {@code
 * docs/crisis-score.md}).
 */
public enum Severity {
    /** Score below {@link #WATCH}'s threshold: ordinary traffic. */
    NORMAL(0),
    /** Something is moving; worth a look on the dashboard, no alert. */
    WATCH(25),
    /** A crisis is likely: an episode opens when this persists. */
    WARNING(45),
    /** A crisis: volume, negativity and reach together. */
    CRISIS(65);

    private final int threshold;

    Severity(int threshold) {
        this.threshold = threshold;
    }

    /** The lowest score with this severity. */
    public int threshold() {
        return threshold;
    }

    /** The severity of a score in [0, 100]. */
    public static Severity of(double score) {
        Severity result = NORMAL;
        for (Severity severity : values()) {
            if (score >= severity.threshold) {
                result = severity;
            }
        }
        return result;
    }

    /** Lower-case name used in documents and alerts. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
