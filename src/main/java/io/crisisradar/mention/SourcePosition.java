package io.crisisradar.mention;

import java.io.Serializable;

/**
 * Where a record was read: enough to find it again in Kafka.
 *
 * @param timestamp the Kafka record timestamp in epoch milliseconds
 */
public record SourcePosition(String topic, int partition, long offset, long timestamp) implements Serializable {

    /** Stable identity of the record, used as the dead letter's document id so replays overwrite. */
    public String key() {
        return topic + "-" + partition + "-" + offset;
    }
}
