package io.crisisradar.detect.window;

import java.util.List;

/**
 * The summary of one key's mentions in one event-time minute: the unit windows are assembled from.
 * Adding a mention is O(1) (bounded by the term, author, evidence and name limits); a window is the
 * merge of its panes ({@link WindowSummary#assemble}).
 *
 * <p>Besides the counts, a pane keeps evidence for crisis episodes: its most frequent authors and
 * its highest-reach negative or complaint mentions (with their truncated text).
 *
 * <p>A mutable Flink POJO (public fields of primitives, arrays and POJOs, public no-arg
 * constructor) so that keyed state serialises it with Flink's own serializers, never Kryo, and a
 * heap backend updates it in place.
 */
public final class Pane {

    /**
     * Author counters per pane: a brand-minute rarely has more authors, and beyond that Space-Saving
     * still keeps every author with more than 1/32 of the pane's mentions, the ones that matter.
     */
    public static final int AUTHOR_CAPACITY = 32;

    /** Pane start, epoch milliseconds (a whole minute). */
    public long start;

    /** Mentions. */
    public long volume;

    /** Mentions labelled NEGATIVE. */
    public long negatives;

    /** Mentions with at least one complaint category (category counts are per category). */
    public long complaints;

    /** Sum of sentiment scores (mean = sum / volume). */
    public double sentimentSum;

    /** Sum of estimated reach. */
    public long reach;

    /** Sum of estimated reach of negative mentions. */
    public long negativeReach;

    /** Distinct authors. */
    public DistinctSet authors;

    /** Distinct voices: near-duplicate groups, so a repost wave of one text counts once. */
    public DistinctSet voices;

    /** Mentions per complaint category (a mention may have several). */
    public NamedCounts categories;

    /** Mentions per platform. */
    public NamedCounts platforms;

    /** Most frequent terms and hashtags. */
    public TopTerms terms;

    /** Most frequent author labels ({@link Observation#authorLabel()}), {@value #AUTHOR_CAPACITY} counters. */
    public TopTerms topAuthors;

    /**
     * The {@value TopMentions#DEFAULT_CAPACITY} highest-reach negative evidence mentions
     * ({@link Observation#negativeEvidence()}: NEGATIVE or with a complaint category).
     */
    public TopMentions topNegativeMentions;

    public Pane() {}

    /** An empty pane starting at {@code start} (a whole minute). */
    public static Pane starting(long start) {
        return startingWithTermCapacity(start, TopTerms.DEFAULT_CAPACITY);
    }

    /** An empty pane with a chosen number of term counters. */
    public static Pane startingWithTermCapacity(long start, int termCapacity) {
        Pane pane = new Pane();
        pane.start = start;
        pane.authors = new DistinctSet();
        pane.voices = new DistinctSet();
        pane.categories = new NamedCounts();
        pane.platforms = new NamedCounts();
        pane.terms = TopTerms.withCapacity(termCapacity);
        pane.topAuthors = TopTerms.withCapacity(AUTHOR_CAPACITY);
        pane.topNegativeMentions = TopMentions.withCapacity(TopMentions.DEFAULT_CAPACITY);
        return pane;
    }

    /** Counts one mention. */
    public void add(Observation observation) {
        volume++;
        sentimentSum += observation.sentiment();
        reach += observation.reach();
        if (observation.negative()) {
            negatives++;
            negativeReach += observation.reach();
        }
        authors.add(observation.authorHash());
        voices.add(observation.voiceHash());
        if (observation.categories().length > 0) {
            complaints++;
        }
        for (String category : observation.categories()) {
            categories.add(category, 1);
        }
        platforms.add(observation.platform(), 1);
        for (String term : observation.terms()) {
            terms.add(term);
        }
        addEvidenceFieldsIfMissing();
        if (!observation.authorLabel().isEmpty()) {
            topAuthors.add(observation.authorLabel());
        }
        if (observation.negativeEvidence()) {
            topNegativeMentions.offer(MentionEvidence.of(observation));
        }
    }

    /** Adds {@code other}'s counts into this one ({@code other} is left unchanged). */
    public void addAll(Pane other) {
        volume += other.volume;
        negatives += other.negatives;
        complaints += other.complaints;
        sentimentSum += other.sentimentSum;
        reach += other.reach;
        negativeReach += other.negativeReach;
        authors.addAll(other.authors);
        voices.addAll(other.voices);
        categories.addAll(other.categories);
        platforms.addAll(other.platforms);
        terms = TopTerms.merge(List.of(terms, other.terms), terms.capacity);
        addEvidenceFieldsIfMissing();
        if (other.topAuthors != null) {
            topAuthors = TopTerms.merge(List.of(topAuthors, other.topAuthors), topAuthors.capacity);
        }
        if (other.topNegativeMentions != null) {
            topNegativeMentions.addAll(other.topNegativeMentions);
        }
    }

    /**
     * A pane restored from state written before the evidence fields existed has them null (Flink's
     * POJO schema evolution adds new fields as null); start them empty rather than fail.
     */
    private void addEvidenceFieldsIfMissing() {
        if (topAuthors == null) {
            topAuthors = TopTerms.withCapacity(AUTHOR_CAPACITY);
        }
        if (topNegativeMentions == null) {
            topNegativeMentions = TopMentions.withCapacity(TopMentions.DEFAULT_CAPACITY);
        }
    }
}
