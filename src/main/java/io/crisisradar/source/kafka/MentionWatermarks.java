package io.crisisradar.source.kafka;

import io.crisisradar.mention.ParsedRecord;
import java.time.Duration;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;

/**
 * Event-time watermarks for parsed records: bounded out-of-orderness over mention times. Dead
 * letters carry the Kafka record time as timestamp but are ignored by the watermark: a garbage
 * record must not move event time.
 */
public final class MentionWatermarks implements WatermarkGenerator<ParsedRecord> {

    private final long maxOutOfOrdernessMillis;
    private long maxTimestamp;

    MentionWatermarks(Duration maxOutOfOrderness) {
        this.maxOutOfOrdernessMillis = maxOutOfOrderness.toMillis();
        // Start low enough that subtracting the bound cannot underflow.
        this.maxTimestamp = Long.MIN_VALUE + maxOutOfOrdernessMillis + 1;
    }

    /** The strategy for the mentions source: mention time, bounded lateness, idle partitions released. */
    public static WatermarkStrategy<ParsedRecord> strategy(Duration maxOutOfOrderness, Duration idleness) {
        return WatermarkStrategy.<ParsedRecord>forGenerator(context -> new MentionWatermarks(maxOutOfOrderness))
                .withTimestampAssigner((record, kafkaTimestamp) ->
                        record.isMention() ? record.mention().createdAt().toEpochMilli() : kafkaTimestamp)
                .withIdleness(idleness);
    }

    @Override
    public void onEvent(ParsedRecord record, long eventTimestamp, WatermarkOutput output) {
        if (record.isMention()) {
            maxTimestamp = Math.max(maxTimestamp, eventTimestamp);
        }
    }

    @Override
    public void onPeriodicEmit(WatermarkOutput output) {
        output.emitWatermark(new Watermark(maxTimestamp - maxOutOfOrdernessMillis - 1));
    }
}
