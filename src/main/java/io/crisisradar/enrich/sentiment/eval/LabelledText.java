package io.crisisradar.enrich.sentiment.eval;

/**
 * One labelled example.
 *
 * @param text the text
 * @param gold gold label in the data set's label space (see {@link LabelSpace})
 * @param line 1-based line of the file where the example starts, for messages
 */
public record LabelledText(String text, String gold, int line) {}
