package io.crisisradar.enrich.sentiment.eval;

import io.crisisradar.enrich.sentiment.Sentiment;
import io.crisisradar.enrich.sentiment.SentimentFeatures;

/**
 * How a three-way {@link Sentiment} is compared with data sets labelled otherwise.
 *
 * <ul>
 *   <li>Binary sets (Mozetič): the sign of the score decides, so a neutral call still counts as
 *       the side it leans to (a tie at 0 counts as positive, the majority class).
 *   <li>Four-class PolEmo: "amb" (ambivalent) is a review with both clearly positive and clearly
 *       negative passages; we predict it when the analyzer's call is not confident and both its
 *       most positive and most negative sentence pass {@link #AMBIVALENT_SENTENCE}.
 * </ul>
 */
public final class LabelMapping {

    /** Sentence compound both sides must reach for an "ambivalent" call. */
    public static final double AMBIVALENT_SENTENCE = 0.3;

    /**
     * Above this confidence the analyzer's polar call stands even in a mixed review. Both values were
     * chosen on the training part of PolEmo IN dev (grid 0.1-0.5 x 0.5-1.0), not on the held-out part.
     */
    public static final double AMBIVALENT_MAX_CONFIDENCE = 0.7;

    private LabelMapping() {}

    /** The label of {@code space} that {@code s} stands for. */
    public static String map(Sentiment s, SentimentFeatures f, LabelSpace space) {
        return switch (space) {
            case BINARY -> s.score() >= 0 ? "positive" : "negative";
            case THREE_CLASS -> name(s);
            case FOUR_CLASS -> isAmbivalent(s, f) ? "ambivalent" : name(s);
        };
    }

    private static boolean isAmbivalent(Sentiment s, SentimentFeatures f) {
        double min = f.dense()[SentimentFeatures.DENSE_NAMES.indexOf("minSentence")];
        double max = f.dense()[SentimentFeatures.DENSE_NAMES.indexOf("maxSentence")];
        return s.confidence() < AMBIVALENT_MAX_CONFIDENCE && min <= -AMBIVALENT_SENTENCE && max >= AMBIVALENT_SENTENCE;
    }

    private static String name(Sentiment s) {
        return switch (s.label()) {
            case NEGATIVE -> "negative";
            case NEUTRAL -> "neutral";
            case POSITIVE -> "positive";
        };
    }
}
