package io.crisisradar.mention;

import java.io.Serializable;
import java.time.Instant;

/**
 * A record that could not become (or be stored as) a mention, kept with everything needed to find,
 * understand and replay it.
 *
 * @param stage where it was rejected: {@code parse} or {@code elasticsearch}
 * @param mentionId the mention id when it could be read, else null
 * @param source where the record was read in Kafka
 * @param payload the raw payload as text, truncated to {@link #MAX_PAYLOAD_CHARS}
 * @param payloadBytes the size of the original payload in bytes
 * @param truncated whether {@code payload} was cut
 * @param rejectedAt processing time of the rejection
 */
public record DeadLetter(
        RejectionReason reason,
        String detail,
        String stage,
        String mentionId,
        SourcePosition source,
        String payload,
        int payloadBytes,
        boolean truncated,
        Instant rejectedAt)
        implements Serializable {

    /** Payloads are cut to this many characters: enough to diagnose, bounded in size. */
    public static final int MAX_PAYLOAD_CHARS = 4096;

    /** Stable document id: replays of the same Kafka record overwrite the same dead letter. */
    public String documentId() {
        return stage.equals("parse") ? source.key() : stage + "-" + mentionId;
    }
}
