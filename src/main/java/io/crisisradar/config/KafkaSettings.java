package io.crisisradar.config;

import java.io.Serializable;
import java.util.Map;
import java.util.Properties;

/**
 * Where mentions come from and where rejected records go in Kafka.
 *
 * @param clientProperties passed verbatim to every Kafka client (security.protocol, sasl.*, ssl.*);
 *     secret values among them come from the environment or files, see {@link ConfigLoader}
 */
public record KafkaSettings(
        String bootstrapServers,
        String mentionsTopic,
        String deadLetterTopic,
        String alertsTopic,
        String groupId,
        StartingOffsets startingOffsets,
        int topicPartitions,
        Map<String, String> clientProperties)
        implements Serializable {

    /** Where a job without committed offsets starts reading. */
    public enum StartingOffsets {
        /** Committed group offsets, else the earliest: resumes where the group stopped. */
        COMMITTED_OR_EARLIEST,
        EARLIEST,
        LATEST
    }

    public KafkaSettings {
        clientProperties = Map.copyOf(clientProperties);
    }

    /** Client properties with the bootstrap servers, ready for a producer, consumer or admin. */
    public Properties clientConfig() {
        Properties properties = new Properties();
        properties.putAll(clientProperties);
        properties.put("bootstrap.servers", bootstrapServers);
        return properties;
    }

    @Override
    public String toString() {
        // Client properties may hold a JAAS config with a password: print only their names.
        return "KafkaSettings[bootstrapServers=%s, mentionsTopic=%s, deadLetterTopic=%s, alertsTopic=%s, groupId=%s, startingOffsets=%s, topicPartitions=%d, clientProperties=%s]"
                .formatted(
                        bootstrapServers,
                        mentionsTopic,
                        deadLetterTopic,
                        alertsTopic,
                        groupId,
                        startingOffsets,
                        topicPartitions,
                        clientProperties.keySet());
    }
}
