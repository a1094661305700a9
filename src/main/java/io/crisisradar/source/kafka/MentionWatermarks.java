package io.crisisradar.source.kafka;

import io.crisisradar.mention.ParsedRecord;
import java.time.Duration;
import java.util.function.LongSupplier;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;

/**
 * Event-time watermarks for parsed records: bounded out-of-orderness over mention times. Dead
 * letters carry the Kafka record time as timestamp but are ignored by the watermark: a garbage
 * record must not move event time. Idleness is decided here too, by mentions only: with Flink's
 * {@code withIdleness} any record, garbage included, would keep a partition "active" and hold
 * every downstream window back.
 */
public final class MentionWatermarks implements WatermarkGenerator<ParsedRecord> {

    private final long maxOutOfOrdernessMillis;
    private final long idlenessNanos;
    private final LongSupplier nanoTime;
    private long maxTimestamp;
    private long lastMentionNanos;
    private boolean idle;

    MentionWatermarks(Duration maxOutOfOrderness, Duration idleness, LongSupplier nanoTime) {
        this.maxOutOfOrdernessMillis = maxOutOfOrderness.toMillis();
        this.idlenessNanos = idleness.toNanos();
        this.nanoTime = nanoTime;
        // Start low enough that subtracting the bound cannot underflow.
        this.maxTimestamp = Long.MIN_VALUE + maxOutOfOrdernessMillis + 1;
        this.lastMentionNanos = nanoTime.getAsLong();
    }

    /** The strategy for the mentions source: mention time, bounded lateness, idle partitions released. */
    public static WatermarkStrategy<ParsedRecord> strategy(Duration maxOutOfOrderness, Duration idleness) {
        return WatermarkStrategy.<ParsedRecord>forGenerator(
                        context -> new MentionWatermarks(maxOutOfOrderness, idleness, System::nanoTime))
                .withTimestampAssigner((record, kafkaTimestamp) ->
                        record.isMention() ? record.mention().createdAt().toEpochMilli() : kafkaTimestamp);
    }

    @Override
    public void onEvent(ParsedRecord record, long eventTimestamp, WatermarkOutput output) {
        if (record.isMention()) {
            maxTimestamp = Math.max(maxTimestamp, eventTimestamp);
            lastMentionNanos = nanoTime.getAsLong();
            if (idle) {
                idle = false;
                output.markActive();
            }
        }
    }

    @Override
    public void onPeriodicEmit(WatermarkOutput output) {
        if (nanoTime.getAsLong() - lastMentionNanos > idlenessNanos) {
            if (!idle) {
                idle = true;
                output.markIdle();
            }
            return;
        }
        output.emitWatermark(new Watermark(maxTimestamp - maxOutOfOrdernessMillis - 1));
    }
}
