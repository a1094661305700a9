package io.crisisradar.enrich.sentiment.eval;

import java.util.List;

/** The classes a data set is labelled with. */
public enum LabelSpace {
    /** negative / neutral / positive. */
    THREE_CLASS(List.of("negative", "neutral", "positive")),
    /** PolEmo: negative / neutral (zero) / positive / ambivalent (amb). */
    FOUR_CLASS(List.of("negative", "neutral", "positive", "ambivalent")),
    /** negative / positive: neutral predictions are mapped by the sign of the score. */
    BINARY(List.of("negative", "positive"));

    private final List<String> labels;

    LabelSpace(List<String> labels) {
        this.labels = labels;
    }

    /** The labels, in confusion-matrix order. */
    public List<String> labels() {
        return labels;
    }
}
