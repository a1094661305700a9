package io.crisisradar.scenario;

/** The sentiment a generated text was written with: the ground truth the enrichment is checked against. */
public enum Tone {
    NEGATIVE,
    NEUTRAL,
    POSITIVE
}
