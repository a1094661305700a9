package io.crisisradar.enrich.sentiment;

import java.util.List;

/**
 * What the rules found in one text, as the learned layer sees it: dense rule features (named in
 * {@link #DENSE_NAMES}) and the lemma terms (prefixed with '!' inside a negation scope).
 *
 * @param dense values in {@link #DENSE_NAMES} order
 * @param terms distinct lemma terms of the text
 * @param termValue weight each present term gets, so long texts do not drown the rule features
 * @param ruleScore the VADER-like compound score of the rules alone, in [-1, 1]
 * @param positive summed positive valence
 * @param negative summed negative valence (as a positive number)
 */
public record SentimentFeatures(
        double[] dense, List<String> terms, double termValue, double ruleScore, double positive, double negative) {

    /** Names of the dense features, in order; the model file refers to them by name. */
    public static final List<String> DENSE_NAMES = List.of(
            "bias",
            "compound",
            "pos",
            "neg",
            "balance",
            "posShare",
            "negShare",
            "emojiPos",
            "emojiNeg",
            "exclamation",
            "question",
            "negation",
            "contrast",
            "length",
            "lastSentence",
            "minSentence",
            "maxSentence",
            "unknownShare",
            "maxPos",
            "maxNeg",
            "strongPos",
            "strongNeg",
            "firstSentence",
            "url",
            "mention",
            "hashtag");
}
