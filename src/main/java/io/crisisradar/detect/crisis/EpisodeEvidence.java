package io.crisisradar.detect.crisis;

import io.crisisradar.detect.window.MentionEvidence;
import io.crisisradar.detect.window.TopMentions;
import io.crisisradar.detect.window.WindowSummary;
import java.util.List;

/**
 * What an episode shows as its evidence, taken from the brand window with the highest score so far
 * (so it describes the crisis at its worst), with the terms compared against the brand's usual
 * terms. The highest-reach negative mentions are gathered over the whole episode instead: the post
 * that lit the fire may have left the window by the time the volume peaks. A Flink POJO: lives
 * inside {@link EpisodeState}.
 */
public final class EpisodeEvidence {

    /** Unusual terms listed. */
    public static final int TERMS = 10;

    /** End of the window the evidence comes from, epoch millis. */
    public long windowEnd;

    /** Terms much more frequent than usual, largest excess first. */
    public String[] unusualTerms = new String[0];

    /** Mentions with each unusual term in the window. */
    public long[] unusualTermCounts = new long[0];

    /** Mentions expected with each unusual term from the brand's usual share. */
    public double[] unusualTermExpected = new double[0];

    /** Complaint categories, most mentioned first. */
    public String[] categories = new String[0];

    /** Mentions per category. */
    public long[] categoryCounts = new long[0];

    /** Platforms, most mentioned first. */
    public String[] platforms = new String[0];

    /** Mentions per platform. */
    public long[] platformCounts = new long[0];

    /** Most active authors ({@code platform:@handle}). */
    public String[] authors = new String[0];

    /** Mentions per author. */
    public long[] authorCounts = new long[0];

    /** Highest-reach negative or complaint mentions seen since the episode opened. */
    public MentionEvidence[] topNegativeMentions = new MentionEvidence[0];

    public EpisodeEvidence() {}

    /** A copy that later {@link #gather} calls on this one do not change. */
    public EpisodeEvidence copy() {
        EpisodeEvidence copy = new EpisodeEvidence();
        copy.windowEnd = windowEnd;
        copy.unusualTerms = unusualTerms;
        copy.unusualTermCounts = unusualTermCounts;
        copy.unusualTermExpected = unusualTermExpected;
        copy.categories = categories;
        copy.categoryCounts = categoryCounts;
        copy.platforms = platforms;
        copy.platformCounts = platformCounts;
        copy.authors = authors;
        copy.authorCounts = authorCounts;
        copy.topNegativeMentions = topNegativeMentions;
        return copy;
    }

    /**
     * Adds a window's negative mentions to those gathered so far (each mention once, the highest
     * reach kept): called for every window of an open episode.
     */
    public void gather(WindowSummary window) {
        TopMentions top = TopMentions.withCapacity(WindowSummary.TOP_NEGATIVE_MENTIONS);
        for (MentionEvidence mention : topNegativeMentions) {
            top.offer(mention);
        }
        for (MentionEvidence mention : window.topNegativeMentions()) {
            top.offer(mention);
        }
        topNegativeMentions = top.top();
    }

    /**
     * The evidence of {@code window}, its terms compared with {@code usualTerms}, keeping the
     * negative mentions gathered in {@code before} (null when the episode just opened).
     */
    public static EpisodeEvidence of(WindowSummary window, TermBaseline usualTerms, EpisodeEvidence before) {
        EpisodeEvidence evidence = new EpisodeEvidence();
        evidence.windowEnd = window.end();
        List<TermBaseline.Lift> lifts =
                usualTerms.unusual(window.topTerms(), window.topTermCounts(), window.volume(), 3, TERMS);
        evidence.unusualTerms = lifts.stream().map(TermBaseline.Lift::term).toArray(String[]::new);
        evidence.unusualTermCounts =
                lifts.stream().mapToLong(TermBaseline.Lift::count).toArray();
        evidence.unusualTermExpected =
                lifts.stream().mapToDouble(TermBaseline.Lift::expected).toArray();
        evidence.categories = window.categories().clone();
        evidence.categoryCounts = window.categoryCounts().clone();
        evidence.platforms = window.platforms().clone();
        evidence.platformCounts = window.platformCounts().clone();
        evidence.authors = window.topAuthors().clone();
        evidence.authorCounts = window.topAuthorCounts().clone();
        if (before != null) {
            evidence.topNegativeMentions = before.topNegativeMentions;
        }
        evidence.gather(window);
        return evidence;
    }
}
