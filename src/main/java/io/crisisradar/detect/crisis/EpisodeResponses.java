package io.crisisradar.detect.crisis;

import io.crisisradar.detect.window.MentionEvidence;
import io.crisisradar.detect.window.TopMentions;
import java.util.Arrays;

/**
 * How the brand answered complaints while an episode was open (the response clock, {@code
 * io.crisisradar.care}): complaints posted since the episode started whose clock settled during it
 * — answered in time, or breached at their deadline — how many were answered late afterwards, the
 * first-response times, and the highest-reach complaints left unanswered past their deadline, the
 * ones that feed a crisis. The one definition of an episode's response figures: the timeline
 * command and the dashboards read these, they do not recount (docs/care.md). A Flink POJO inside
 * {@link EpisodeState}; bounded.
 */
public final class EpisodeResponses {

    /** First-response times kept for the median (the first ones of a long episode). */
    static final int TIMES_KEPT = 256;

    /**
     * Complaints posted since the episode started whose clock ended during it: answered in time or
     * breached (a complaint answered late was breached first).
     */
    public long complaints;

    /** Answered by their deadline. */
    public long answered;

    /** Answered after their deadline (already counted among {@link #breached}). */
    public long answeredLate;

    /** Deadline passed without an answer (some are answered late afterwards). */
    public long breached;

    /** First-response minutes of answered complaints, at most {@link #TIMES_KEPT}. */
    public double[] firstResponseMinutes = new double[0];

    /** The highest-reach complaints that passed their deadline and are still unanswered. */
    public MentionEvidence[] unansweredHighReach = new MentionEvidence[0];

    public EpisodeResponses() {}

    /**
     * Counts one change of a complaint's clock: {@code status} one of answered, answered_late,
     * breached (lower case, as in the responses index). The clock emits a breach before every late
     * answer, so a complaint answered late is among {@link #breached}, and leaves the unanswered
     * list once answered.
     */
    public void count(String status, Double minutesToAnswer, MentionEvidence complaint) {
        switch (status) {
            case "answered" -> {
                complaints++;
                answered++;
            }
            case "answered_late" -> {
                answeredLate++;
                unansweredHighReach = Arrays.stream(unansweredHighReach)
                        .filter(kept -> !kept.id().equals(complaint.id()))
                        .toArray(MentionEvidence[]::new);
            }
            case "breached" -> {
                complaints++;
                breached++;
                TopMentions top = TopMentions.withCapacity(TopMentions.DEFAULT_CAPACITY);
                for (MentionEvidence kept : unansweredHighReach) {
                    top.offer(kept);
                }
                top.offer(complaint);
                unansweredHighReach = top.top();
            }
            default -> throw new IllegalArgumentException("unknown response status " + status);
        }
        if (minutesToAnswer != null && firstResponseMinutes.length < TIMES_KEPT) {
            firstResponseMinutes = Arrays.copyOf(firstResponseMinutes, firstResponseMinutes.length + 1);
            firstResponseMinutes[firstResponseMinutes.length - 1] = minutesToAnswer;
        }
    }

    /** Median first-response minutes, NaN when nothing was answered. */
    public double medianFirstResponseMinutes() {
        if (firstResponseMinutes.length == 0) {
            return Double.NaN;
        }
        double[] sorted = firstResponseMinutes.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** A copy later counts do not change (arrays are replaced, never written in place). */
    public EpisodeResponses copy() {
        EpisodeResponses copy = new EpisodeResponses();
        copy.complaints = complaints;
        copy.answered = answered;
        copy.answeredLate = answeredLate;
        copy.breached = breached;
        copy.firstResponseMinutes = firstResponseMinutes;
        copy.unansweredHighReach = unansweredHighReach;
        return copy;
    }
}
