package io.crisisradar.enrich.sentiment;

import java.util.Objects;

/**
 * Sentiment of one text.
 *
 * @param score polarity in [-1, 1]: negative below zero, positive above
 * @param label the class the score and the model agree on
 * @param confidence how sure the analyzer is of {@code label}, in [0, 1]
 */
public record Sentiment(double score, SentimentLabel label, double confidence) {

    /** Returned for empty texts and texts with no usable evidence in an unknown language. */
    public static final Sentiment NEUTRAL_UNKNOWN = new Sentiment(0.0, SentimentLabel.NEUTRAL, 0.0);

    public Sentiment {
        Objects.requireNonNull(label, "label");
        if (!(score >= -1.0 && score <= 1.0)) {
            throw new IllegalArgumentException("score must be in [-1, 1]: " + score);
        }
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("confidence must be in [0, 1]: " + confidence);
        }
    }
}
