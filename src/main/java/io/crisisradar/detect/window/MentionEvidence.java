package io.crisisradar.detect.window;

import java.io.Serializable;
import java.util.Comparator;

/**
 * One negative or complaint mention kept as evidence of what a window's negative signal is made of,
 * so that a crisis episode can show the posts behind its numbers without a second look-up.
 *
 * <p>A record of primitives, strings and a string array: Flink serialises it as a POJO, without
 * Kryo, also inside the {@code MentionEvidence[]} of {@link TopMentions} and {@link WindowSummary}.
 * Immutable, so panes and window summaries may share instances.
 *
 * @param id mention id
 * @param text the mention text, at most {@value #MAX_TEXT_CHARS} chars, cut on a code-point boundary
 * @param author author label, {@code platform:@handle} (else {@code platform:id}); empty when the
 *     author is unknown
 * @param platform platform name
 * @param reach estimated people reached
 * @param createdAt when the mention was posted, epoch milliseconds
 * @param sentiment sentiment score in [-1, 1]
 * @param categories complaint categories, possibly empty
 */
public record MentionEvidence(
        String id,
        String text,
        String author,
        String platform,
        long reach,
        long createdAt,
        double sentiment,
        String[] categories)
        implements Serializable {

    /** Longest evidence text, in UTF-16 chars: a tweet's worth, enough to read what went wrong. */
    public static final int MAX_TEXT_CHARS = 280;

    /**
     * Largest reach first, then by id: a total order on distinct ids, so which mentions are kept does
     * not depend on the order they arrived in.
     */
    public static final Comparator<MentionEvidence> LARGEST_REACH_FIRST =
            Comparator.comparingLong(MentionEvidence::reach).reversed().thenComparing(MentionEvidence::id);

    /** The evidence carried by an observation (meaningful for negative or complaint mentions). */
    public static MentionEvidence of(Observation observation) {
        return new MentionEvidence(
                observation.mentionId(),
                observation.evidenceText(),
                observation.authorLabel(),
                observation.platform(),
                observation.reach(),
                observation.createdAt(),
                observation.sentiment(),
                observation.categories());
    }

    /**
     * {@code text} cut to at most {@value #MAX_TEXT_CHARS} chars without splitting a surrogate pair
     * (an emoji is kept whole or dropped, never left as half a character); empty for null.
     */
    public static String truncate(String text) {
        if (text == null) {
            return "";
        }
        if (text.length() <= MAX_TEXT_CHARS) {
            return text;
        }
        int end = MAX_TEXT_CHARS;
        if (Character.isHighSurrogate(text.charAt(end - 1)) && Character.isLowSurrogate(text.charAt(end))) {
            end--;
        }
        return text.substring(0, end);
    }
}
