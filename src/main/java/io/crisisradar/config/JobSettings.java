package io.crisisradar.config;

import java.io.Serializable;
import java.time.Duration;
import java.util.Optional;

/**
 * How the Flink job itself runs.
 *
 * @param bounded read the mentions topic up to its current end and stop (backfill, tests)
 * @param maxOutOfOrderness how late a mention may arrive, in event time, before the watermark passes it
 * @param sourceIdleness a partition silent this long stops holding back the watermark
 * @param maxMentionBytes larger records are rejected as oversized dead letters
 * @param webUiPort port of the Flink web UI in local runs (0 picks a free port)
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
        int webUiPort)
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
        return new JobSettings(
                name,
                parallelism,
                checkpointInterval,
                checkpointDirectory,
                bounded,
                maxOutOfOrderness,
                sourceIdleness,
                maxMentionBytes,
                webUiPort);
    }
}
