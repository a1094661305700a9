package io.crisisradar.pipeline;

import org.apache.flink.streaming.api.TimerService;

/**
 * The end of a bounded input, as the event-time operators treat it: Flink's final watermark fires
 * every timer at once, but a moment after the data's end ({@code job.data-ends-at}) was never
 * reached. Shared by the response clock and the crisis detector so both draw the line alike.
 */
final class EndOfInput {

    private EndOfInput() {}

    /**
     * Whether a timer fires only because the input ended (the final watermark) at a moment after
     * the data's end. {@code dataEnd} is configuration, the same on every subtask and after a
     * restore, so the answer does not depend on parallelism or on how far the ordinary watermarks
     * had got; {@link Long#MAX_VALUE} means unknown, and every timer fires.
     */
    static boolean isAfterTheData(TimerService timers, long timestamp, long dataEnd) {
        return timers.currentWatermark() == Long.MAX_VALUE && timestamp > dataEnd;
    }
}
