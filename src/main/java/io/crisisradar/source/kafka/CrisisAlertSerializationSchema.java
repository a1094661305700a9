package io.crisisradar.source.kafka;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crisisradar.detect.crisis.CrisisAlert;
import io.crisisradar.detect.crisis.CrisisScore;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Writes alerts to the alerts topic as JSON, keyed by episode id so that one episode's alerts stay
 * in order in one partition. At least once: after a failover an alert may repeat; consumers
 * deduplicate by {@code episode_id} and {@code type}.
 */
public final class CrisisAlertSerializationSchema implements KafkaRecordSerializationSchema<CrisisAlert> {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final String topic;

    public CrisisAlertSerializationSchema(String topic) {
        this.topic = topic;
    }

    @Override
    public ProducerRecord<byte[], byte[]> serialize(CrisisAlert alert, KafkaSinkContext context, Long timestamp) {
        return new ProducerRecord<>(topic, null, alert.episodeId().getBytes(StandardCharsets.UTF_8), json(alert));
    }

    /** The alert as UTF-8 JSON. */
    public static byte[] json(CrisisAlert alert) {
        ObjectNode json = MAPPER.createObjectNode();
        json.put("type", alert.type());
        json.put("brand", alert.brand());
        json.put("episode_id", alert.episodeId());
        json.put("severity", alert.severity());
        json.put("score", Math.round(alert.score() * 10) / 10.0);
        json.put("peak_score", Math.round(alert.peakScore() * 10) / 10.0);
        json.put("at", Instant.ofEpochMilli(alert.at()).toString());
        json.put("start", Instant.ofEpochMilli(alert.start()).toString());
        if (alert.end() >= 0) {
            json.put("end", Instant.ofEpochMilli(alert.end()).toString());
        }
        ArrayNode triggers = json.putArray("triggers");
        for (String trigger : alert.triggers()) {
            triggers.add(trigger);
        }
        json.put("explanation", alert.explanation());
        ArrayNode terms = json.putArray("unusual_terms");
        for (String term : alert.unusualTerms()) {
            terms.add(term);
        }
        json.put("formula", CrisisScore.VERSION);
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }
}
