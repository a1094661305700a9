package io.crisisradar.detect.window;

import java.util.Arrays;

/**
 * The highest-reach mentions seen, at most {@link #capacity} of them, each mention id at most once.
 * Ordered by {@link MentionEvidence#LARGEST_REACH_FIRST} (reach, then id), a total order, so the
 * kept set is the top {@code capacity} of everything offered whatever the arrival order, and
 * merging summaries (offering one's mentions to the other) keeps the top of their union: the top
 * {@code capacity} of a union always lies within the union of each part's top {@code capacity}.
 *
 * <p>An offer costs O(capacity): fine for the handful of mentions kept as evidence. The array is
 * replaced, never written in place, so a window summary or another pane holding it is never
 * changed by a later offer (panes in heap state are live objects).
 *
 * <p>A Flink POJO: a {@code MentionEvidence[]} of record POJOs and an int, no Kryo.
 */
public final class TopMentions {

    /** Mentions kept per pane. */
    public static final int DEFAULT_CAPACITY = 5;

    /** Kept mentions, best first; no nulls, no two with the same id. */
    public MentionEvidence[] mentions;

    /** Most mentions kept. */
    public int capacity;

    public TopMentions() {}

    /** An empty summary keeping at most {@code capacity} mentions. */
    public static TopMentions withCapacity(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        TopMentions top = new TopMentions();
        top.capacity = capacity;
        top.mentions = new MentionEvidence[0];
        return top;
    }

    /**
     * Keeps {@code candidate} if it is among the {@link #capacity} best. A mention id already kept is
     * not kept twice: the version with the larger reach stays (the first one on a tie).
     */
    public void offer(MentionEvidence candidate) {
        int same = indexOf(candidate.id());
        if (same >= 0) {
            if (candidate.reach() <= mentions[same].reach()) {
                return;
            }
        } else if (mentions.length == capacity
                && MentionEvidence.LARGEST_REACH_FIRST.compare(candidate, mentions[capacity - 1]) >= 0) {
            return;
        }
        // The candidate goes in; it replaces its own older version, else the last when full.
        int size = same >= 0 ? mentions.length : Math.min(capacity, mentions.length + 1);
        MentionEvidence[] next = new MentionEvidence[size];
        int j = 0;
        boolean placed = false;
        for (int i = 0; i < mentions.length && j < size; i++) {
            if (i == same) {
                continue;
            }
            if (!placed && MentionEvidence.LARGEST_REACH_FIRST.compare(candidate, mentions[i]) < 0) {
                next[j++] = candidate;
                placed = true;
                if (j == size) {
                    break;
                }
            }
            next[j++] = mentions[i];
        }
        if (!placed) {
            next[j] = candidate;
        }
        mentions = next;
    }

    /** Offers every mention of {@code other} (left unchanged). */
    public void addAll(TopMentions other) {
        for (MentionEvidence mention : other.mentions) {
            offer(mention);
        }
    }

    /** The kept mentions, best first (a copy). */
    public MentionEvidence[] top() {
        return mentions.clone();
    }

    private int indexOf(String id) {
        for (int i = 0; i < mentions.length; i++) {
            if (mentions[i].id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public String toString() {
        return "TopMentions" + Arrays.toString(mentions);
    }
}
