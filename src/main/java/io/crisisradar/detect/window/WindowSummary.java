package io.crisisradar.detect.window;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One sliding window of one key: the merge of the panes it covers. Its {@link #id()} (key, spec and
 * end) is the same when a late mention causes it to be emitted again, so a write to Elasticsearch
 * overwrites the earlier result.
 *
 * @param key window key ({@link KeyedObservation#key()})
 * @param spec window spec id, e.g. {@code 15m-1m}
 * @param start window start, epoch milliseconds (inclusive)
 * @param end window end, epoch milliseconds (exclusive)
 * @param volume mentions
 * @param uniqueAuthors distinct authors (exact up to {@value DistinctSet#EXACT_LIMIT} per pane,
 *     else estimated)
 * @param uniqueVoices distinct near-duplicate groups
 * @param negatives mentions labelled NEGATIVE
 * @param complaints mentions with at least one complaint category
 * @param sentimentSum sum of sentiment scores
 * @param reach sum of estimated reach
 * @param negativeReach sum of estimated reach of negative mentions
 * @param categories complaint categories, most mentioned first
 * @param categoryCounts mentions per entry of {@code categories}
 * @param platforms platforms, most mentioned first
 * @param platformCounts mentions per entry of {@code platforms}
 * @param topTerms most frequent terms and hashtags, largest first
 * @param topTermCounts count per entry of {@code topTerms} (Space-Saving, may overstate slightly)
 * @param topAuthors most frequent author labels ({@code platform:@handle}, else {@code
 *     platform:id}), largest first, ties by label; unknown authors are not counted
 * @param topAuthorCounts mentions per entry of {@code topAuthors} (Space-Saving, exact while a pane
 *     has at most {@value Pane#AUTHOR_CAPACITY} authors)
 * @param topNegativeMentions the highest-reach mentions labelled NEGATIVE or carrying a complaint
 *     category, largest reach first, ties by id; each mention once
 * @param panes minutes of the window that had mentions
 * @param lateUpdate whether this emission revises one made before, because of late mentions
 */
public record WindowSummary(
        String key,
        String spec,
        long start,
        long end,
        long volume,
        long uniqueAuthors,
        long uniqueVoices,
        long negatives,
        long complaints,
        double sentimentSum,
        long reach,
        long negativeReach,
        String[] categories,
        long[] categoryCounts,
        String[] platforms,
        long[] platformCounts,
        String[] topTerms,
        long[] topTermCounts,
        String[] topAuthors,
        long[] topAuthorCounts,
        MentionEvidence[] topNegativeMentions,
        int panes,
        boolean lateUpdate)
        implements Serializable {

    /** Terms kept in a window summary. */
    public static final int TOP_TERMS = 20;

    /** Authors kept in a window summary. */
    public static final int TOP_AUTHORS = 10;

    /** Negative evidence mentions kept in a window summary: as many as a pane keeps. */
    public static final int TOP_NEGATIVE_MENTIONS = TopMentions.DEFAULT_CAPACITY;

    /** Deterministic document id: key, spec and window end. */
    public String id() {
        return key + "|" + spec + "|" + end;
    }

    /** Mean sentiment score, 0 for an empty window. */
    public double meanSentiment() {
        return volume == 0 ? 0 : sentimentSum / volume;
    }

    /** Share of mentions with a complaint category, 0 for an empty window. */
    public double complaintShare() {
        return volume == 0 ? 0 : (double) complaints / volume;
    }

    /** Share of negative mentions, 0 for an empty window. */
    public double negativeShare() {
        return volume == 0 ? 0 : (double) negatives / volume;
    }

    /**
     * Merges {@code panes} (all inside the window, none changed) into the window of {@code spec}
     * ending at {@code end}. Costs O(panes × pane size), independent of the number of mentions.
     */
    public static WindowSummary assemble(String key, WindowSpec spec, long end, List<Pane> panes, boolean lateUpdate) {
        Pane window = Pane.starting(end - spec.sizeMillis());
        List<TopTerms> terms = new ArrayList<>(panes.size());
        List<TopTerms> authors = new ArrayList<>(panes.size());
        window.topNegativeMentions = TopMentions.withCapacity(TOP_NEGATIVE_MENTIONS);
        for (Pane pane : panes) {
            window.volume += pane.volume;
            window.negatives += pane.negatives;
            window.complaints += pane.complaints;
            window.sentimentSum += pane.sentimentSum;
            window.reach += pane.reach;
            window.negativeReach += pane.negativeReach;
            window.authors.addAll(pane.authors);
            window.voices.addAll(pane.voices);
            window.categories.addAll(pane.categories);
            window.platforms.addAll(pane.platforms);
            terms.add(pane.terms);
            // null in panes restored from state written before the evidence fields existed
            if (pane.topAuthors != null) {
                authors.add(pane.topAuthors);
            }
            if (pane.topNegativeMentions != null) {
                window.topNegativeMentions.addAll(pane.topNegativeMentions);
            }
        }
        window.terms = TopTerms.merge(terms, TOP_TERMS);
        window.topAuthors = TopTerms.merge(authors, TOP_AUTHORS);
        return of(key, spec, end, window, panes.size(), lateUpdate);
    }

    /** The summary of an already merged pane covering the whole window. */
    public static WindowSummary of(String key, WindowSpec spec, long end, Pane window, int panes, boolean lateUpdate) {
        String[] categories = window.categories.namesByCount();
        long[] categoryCounts = new long[categories.length];
        for (int i = 0; i < categories.length; i++) {
            categoryCounts[i] = window.categories.count(categories[i]);
        }
        String[] platforms = window.platforms.namesByCount();
        long[] platformCounts = new long[platforms.length];
        for (int i = 0; i < platforms.length; i++) {
            platformCounts[i] = window.platforms.count(platforms[i]);
        }
        List<TermCount> top = window.terms.top(TOP_TERMS);
        String[] topTerms = new String[top.size()];
        long[] topTermCounts = new long[top.size()];
        for (int i = 0; i < top.size(); i++) {
            topTerms[i] = top.get(i).term();
            topTermCounts[i] = top.get(i).count();
        }
        List<TermCount> authors = window.topAuthors.top(TOP_AUTHORS);
        String[] topAuthors = new String[authors.size()];
        long[] topAuthorCounts = new long[authors.size()];
        for (int i = 0; i < authors.size(); i++) {
            topAuthors[i] = authors.get(i).term();
            topAuthorCounts[i] = authors.get(i).count();
        }
        MentionEvidence[] negativeMentions = window.topNegativeMentions.top();
        if (negativeMentions.length > TOP_NEGATIVE_MENTIONS) {
            negativeMentions = Arrays.copyOf(negativeMentions, TOP_NEGATIVE_MENTIONS);
        }
        return new WindowSummary(
                key,
                spec.id(),
                end - spec.sizeMillis(),
                end,
                window.volume,
                window.authors.estimate(),
                window.voices.estimate(),
                window.negatives,
                window.complaints,
                window.sentimentSum,
                window.reach,
                window.negativeReach,
                categories,
                categoryCounts,
                platforms,
                platformCounts,
                topTerms,
                topTermCounts,
                topAuthors,
                topAuthorCounts,
                negativeMentions,
                panes,
                lateUpdate);
    }
}
