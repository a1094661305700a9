package io.crisisradar.enrich.sentiment;

/** Polarity class of a text. */
public enum SentimentLabel {
    NEGATIVE,
    NEUTRAL,
    POSITIVE
}
