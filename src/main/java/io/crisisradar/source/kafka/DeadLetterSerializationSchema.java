package io.crisisradar.source.kafka;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crisisradar.mention.DeadLetter;
import java.nio.charset.StandardCharsets;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Writes dead letters to the dead-letter topic as JSON, keyed by their source position so that a
 * compacted topic keeps one record per rejected input.
 */
public final class DeadLetterSerializationSchema implements KafkaRecordSerializationSchema<DeadLetter> {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final String topic;

    public DeadLetterSerializationSchema(String topic) {
        this.topic = topic;
    }

    @Override
    public ProducerRecord<byte[], byte[]> serialize(DeadLetter deadLetter, KafkaSinkContext context, Long timestamp) {
        ObjectNode json = MAPPER.createObjectNode();
        json.put("reason", deadLetter.reason().name());
        json.put("detail", deadLetter.detail());
        json.put("stage", deadLetter.stage());
        json.put("mention_id", deadLetter.mentionId());
        if (deadLetter.source() != null) {
            json.put("topic", deadLetter.source().topic());
            json.put("partition", deadLetter.source().partition());
            json.put("offset", deadLetter.source().offset());
            json.put("record_timestamp", deadLetter.source().timestamp());
        }
        json.put("payload", deadLetter.payload());
        json.put("payload_bytes", deadLetter.payloadBytes());
        json.put("truncated", deadLetter.truncated());
        json.put("rejected_at", deadLetter.rejectedAt().toString());
        return new ProducerRecord<>(
                topic,
                null,
                deadLetter.documentId().getBytes(StandardCharsets.UTF_8),
                json.toString().getBytes(StandardCharsets.UTF_8));
    }
}
