package io.crisisradar.mention;

import java.io.Serializable;

/**
 * The outcome of parsing one Kafka record: exactly one of {@code mention} and {@code deadLetter}
 * is set. A plain two-field record rather than a sealed hierarchy so that Flink serialises it with
 * its POJO serializer instead of falling back to Kryo.
 */
public record ParsedRecord(Mention mention, DeadLetter deadLetter) implements Serializable {

    public static ParsedRecord of(Mention mention) {
        return new ParsedRecord(mention, null);
    }

    public static ParsedRecord rejected(DeadLetter deadLetter) {
        return new ParsedRecord(null, deadLetter);
    }

    public boolean isMention() {
        return mention != null;
    }
}
