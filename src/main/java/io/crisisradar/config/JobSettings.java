package io.crisisradar.config;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How the Flink job itself runs.
 *
 * @param bounded read the mentions topic up to its current end and stop (backfill, tests)
 * @param maxOutOfOrderness how late a mention may arrive, in event time, before the watermark passes it
 * @param sourceIdleness a partition silent this long stops holding back the watermark
 * @param maxMentionBytes larger records are rejected as oversized dead letters
 * @param webUiPort port of the Flink web UI in local runs (0 picks a free port)
 * @param dataEndsAt in a bounded run, the event time where the data ends (a backfill sets it to its
 *     files' last mention): when the input ends, deadlines and quiet minutes after it are not
 *     invented. Empty: the end of the input lets event time run on, as Flink's final watermark
 *     does (every waiting deadline passes, an open episode goes quiet and resolves).
 */
public record JobSettings(
        String name,
        int parallelism,
        Duration checkpointInterval,
        Optional<String> checkpointDirectory,
        boolean bounded,
        Duration maxOutOfOrderness,
        Duration sourceIdleness,
        int maxMentionBytes,
        int webUiPort,
        Optional<Instant> dataEndsAt)
        implements Serializable {

    public JobSettings {
        if (parallelism < 1) {
            throw new ConfigException("job.parallelism must be at least 1, got " + parallelism);
        }
        if (maxMentionBytes < 256) {
            throw new ConfigException("job.max-mention-bytes must be at least 256, got " + maxMentionBytes);
        }
    }

    /** The same settings, reading to the current end of the topic and stopping when {@code bounded}. */
    public JobSettings withBounded(boolean bounded) {
        return with(bounded, dataEndsAt);
    }

    /** The same settings, with the data known to end at {@code end}. */
    public JobSettings withDataEndsAt(Instant end) {
        return with(bounded, Optional.of(end));
    }

    private JobSettings with(boolean newBounded, Optional<Instant> newDataEndsAt) {
        return new JobSettings(
                name,
                parallelism,
                checkpointInterval,
                checkpointDirectory,
                newBounded,
                maxOutOfOrderness,
                sourceIdleness,
                maxMentionBytes,
                webUiPort,
                newDataEndsAt);
    }

    /**
     * The last event time at which timers may still fire when the input ends, in epoch
     * milliseconds: {@link #dataEndsAt}, or {@link Long#MAX_VALUE} (every timer) when unknown.
     */
    public long endOfInputTimeMillis() {
        return dataEndsAt.map(Instant::toEpochMilli).orElse(Long.MAX_VALUE);
    }
}
