package io.crisisradar.source.kafka;

import io.crisisradar.config.JobSettings;
import io.crisisradar.config.KafkaSettings;
import io.crisisradar.detect.crisis.CrisisAlert;
import io.crisisradar.mention.DeadLetter;
import io.crisisradar.mention.ParsedRecord;
import java.util.Properties;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;

/** Builds the job's Kafka source and sinks from typed settings. */
public final class KafkaConnectors {

    private KafkaConnectors() {}

    /** The mentions source; bounded jobs stop at the offsets that are latest when they start. */
    public static KafkaSource<ParsedRecord> mentionsSource(KafkaSettings kafka, JobSettings job) {
        var builder = KafkaSource.<ParsedRecord>builder()
                .setBootstrapServers(kafka.bootstrapServers())
                .setProperties(clientProperties(kafka))
                .setTopics(kafka.mentionsTopic())
                .setGroupId(kafka.groupId())
                .setStartingOffsets(startingOffsets(kafka.startingOffsets()))
                .setDeserializer(new MentionDeserializationSchema(job.maxMentionBytes()))
                // Offsets are committed on checkpoints; they only show progress, the checkpoint is the truth.
                .setProperty("commit.offsets.on.checkpoint", "true");
        if (job.bounded()) {
            builder.setBounded(OffsetsInitializer.latest());
        }
        return builder.build();
    }

    /** The dead-letter topic sink; at least once, keyed by source position, so duplicates are harmless. */
    public static KafkaSink<DeadLetter> deadLetterSink(KafkaSettings kafka) {
        return KafkaSink.<DeadLetter>builder()
                .setBootstrapServers(kafka.bootstrapServers())
                .setKafkaProducerConfig(clientProperties(kafka))
                .setRecordSerializer(new DeadLetterSerializationSchema(kafka.deadLetterTopic()))
                .setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE)
                .build();
    }

    /** The alerts topic sink; at least once, keyed by episode id. */
    public static KafkaSink<CrisisAlert> alertSink(KafkaSettings kafka) {
        return KafkaSink.<CrisisAlert>builder()
                .setBootstrapServers(kafka.bootstrapServers())
                .setKafkaProducerConfig(clientProperties(kafka))
                .setRecordSerializer(new CrisisAlertSerializationSchema(kafka.alertsTopic()))
                .setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE)
                .build();
    }

    private static Properties clientProperties(KafkaSettings kafka) {
        Properties properties = kafka.clientConfig();
        properties.remove("bootstrap.servers");
        return properties;
    }

    private static OffsetsInitializer startingOffsets(KafkaSettings.StartingOffsets offsets) {
        return switch (offsets) {
            case COMMITTED_OR_EARLIEST -> OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST);
            case EARLIEST -> OffsetsInitializer.earliest();
            case LATEST -> OffsetsInitializer.latest();
        };
    }
}
