package io.crisisradar.sink.elasticsearch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crisisradar.mention.DeadLetter;
import io.crisisradar.mention.RejectionReason;
import io.crisisradar.mention.SourcePosition;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Maps dead letters to documents ({@code error.*} and {@code event.original} from ECS) and makes
 * the dead letter for a document Elasticsearch refused. Dead letters are dated by the Kafka record
 * timestamp (or the refused document's event time), not by the time of rejection, so that a
 * replay lands in the same monthly index and overwrites.
 */
public final class DeadLetterDocuments implements DocumentMapper<DeadLetter> {

    private final IndexNames indexNames;
    private final Clock clock;

    public DeadLetterDocuments(IndexNames indexNames) {
        this(indexNames, Clock.systemUTC());
    }

    DeadLetterDocuments(IndexNames indexNames, Clock clock) {
        this.indexNames = indexNames;
        this.clock = clock;
    }

    @Override
    public EsDocument toDocument(DeadLetter deadLetter) {
        Instant dated = deadLetter.source() != null && deadLetter.source().timestamp() >= 0
                ? Instant.ofEpochMilli(deadLetter.source().timestamp())
                : deadLetter.rejectedAt();
        return new EsDocument(
                indexNames.index(IndexNames.Kind.DEAD_LETTERS, dated),
                deadLetter.documentId(),
                dated,
                Json.bytes(source(deadLetter, dated)));
    }

    /**
     * The dead letter replacing a document that Elasticsearch refused for good, or empty when the
     * refused document is itself a dead letter (retrying that in a loop would never end).
     */
    public Optional<EsDocument> forRefusedDocument(EsDocument refused, int status, String errorType, String reason) {
        if (refused.index().startsWith(indexNames.prefix() + "-" + IndexNames.Kind.DEAD_LETTERS.part() + "-")) {
            return Optional.empty();
        }
        byte[] payload = refused.source();
        String text = new String(payload, StandardCharsets.UTF_8);
        boolean truncated = text.length() > DeadLetter.MAX_PAYLOAD_CHARS;
        DeadLetter deadLetter = new DeadLetter(
                RejectionReason.ELASTICSEARCH_REJECTED,
                status + " " + errorType + ": " + reason + " (index " + refused.index() + ")",
                "elasticsearch",
                refused.id(),
                null,
                truncated ? text.substring(0, DeadLetter.MAX_PAYLOAD_CHARS) : text,
                payload.length,
                truncated,
                clock.instant());
        Instant dated = refused.timestamp();
        return Optional.of(new EsDocument(
                indexNames.index(IndexNames.Kind.DEAD_LETTERS, dated),
                deadLetter.documentId(),
                dated,
                Json.bytes(source(deadLetter, dated))));
    }

    private static ObjectNode source(DeadLetter deadLetter, Instant dated) {
        ObjectNode doc = Json.object();
        doc.put("@timestamp", dated.toString());
        ObjectNode error = doc.putObject("error");
        error.put("type", deadLetter.reason().name());
        error.put("message", deadLetter.detail());
        doc.putObject("event").put("original", deadLetter.payload());
        ObjectNode cr = doc.putObject("crisis_radar");
        if (deadLetter.mentionId() != null) {
            cr.put("mention_id", deadLetter.mentionId());
        }
        ObjectNode dl = cr.putObject("dead_letter");
        dl.put("stage", deadLetter.stage());
        dl.put("payload_bytes", deadLetter.payloadBytes());
        dl.put("truncated", deadLetter.truncated());
        dl.put("rejected_at", deadLetter.rejectedAt().toString());
        SourcePosition source = deadLetter.source();
        if (source != null) {
            ObjectNode s = cr.putObject("source");
            s.put("topic", source.topic());
            s.put("partition", source.partition());
            s.put("offset", source.offset());
        }
        return doc;
    }
}
