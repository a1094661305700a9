package io.crisisradar.source.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.crisisradar.mention.Author;
import io.crisisradar.mention.DeadLetter;
import io.crisisradar.mention.Engagement;
import io.crisisradar.mention.Mention;
import io.crisisradar.mention.ParsedRecord;
import io.crisisradar.mention.RejectionReason;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.junit.jupiter.api.Test;

class MentionWatermarksTest {

    private static final Instant NOON = Instant.parse("2026-11-23T12:00:00Z");
    private static final long ONE_MINUTE = Duration.ofMinutes(1).toNanos();

    private long now;
    private final MentionWatermarks generator =
            new MentionWatermarks(Duration.ofSeconds(30), Duration.ofMinutes(1), () -> now);
    private final List<String> emitted = new ArrayList<>();
    private final WatermarkOutput output = new WatermarkOutput() {
        @Override
        public void emitWatermark(Watermark watermark) {
            emitted.add(Instant.ofEpochMilli(watermark.getTimestamp()).toString());
        }

        @Override
        public void markIdle() {
            emitted.add("idle");
        }

        @Override
        public void markActive() {
            emitted.add("active");
        }
    };

    private static ParsedRecord mention(Instant at) {
        return ParsedRecord.of(
                new Mention("m", "x", at, "t", null, null, Author.UNKNOWN, Engagement.NONE, null, null, null, null));
    }

    private static ParsedRecord garbage() {
        return ParsedRecord.rejected(
                new DeadLetter(RejectionReason.NOT_JSON, "x", "parse", null, null, "x", 1, false, NOON));
    }

    @Test
    void followsMentionTimesLessTheBoundAndIgnoresDeadLetters() {
        generator.onEvent(mention(NOON), NOON.toEpochMilli(), output);
        generator.onEvent(garbage(), NOON.plusSeconds(3600).toEpochMilli(), output);
        generator.onPeriodicEmit(output);

        assertThat(emitted).containsExactly("2026-11-23T11:59:29.999Z");
    }

    @Test
    void aPartitionWithOnlyGarbageGoesIdleAndAMentionWakesItUp() {
        generator.onEvent(mention(NOON), NOON.toEpochMilli(), output);
        now += 2 * ONE_MINUTE;
        generator.onEvent(garbage(), NOON.toEpochMilli(), output);
        generator.onPeriodicEmit(output);
        generator.onPeriodicEmit(output);

        generator.onEvent(mention(NOON.plusSeconds(60)), NOON.plusSeconds(60).toEpochMilli(), output);
        generator.onPeriodicEmit(output);

        assertThat(emitted).containsExactly("idle", "active", "2026-11-23T12:00:29.999Z");
    }
}
