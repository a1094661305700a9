package io.crisisradar.enrich.sentiment.eval;

import java.nio.charset.StandardCharsets;

/**
 * The deterministic train / held-out split used by the trainer and the evaluation: a text is
 * held out when the FNV-1a hash of its UTF-8 bytes falls in the first {@value #HELD_OUT_PERCENT}
 * of 100 buckets. Hashing the text (not the line number) keeps duplicates on one side.
 */
public final class Split {

    /** Share of each data set the model never trains on. */
    public static final int HELD_OUT_PERCENT = 30;

    private Split() {}

    /** Whether {@code text} belongs to the held-out part. */
    public static boolean isHeldOut(String text) {
        int h = 0x811c9dc5;
        for (byte b : text.strip().getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x01000193;
        }
        return Integer.remainderUnsigned(h, 100) < HELD_OUT_PERCENT;
    }
}
