package io.crisisradar.pipeline;

import io.crisisradar.detect.window.KeyedObservation;
import io.crisisradar.detect.window.Pane;
import io.crisisradar.detect.window.WindowSpec;
import io.crisisradar.detect.window.WindowSummary;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.TimerService;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Sliding event-time windows per key assembled from one-minute {@link Pane}s: a mention updates
 * one pane (O(1)); when the watermark passes a window's end, the window is merged from the panes it
 * covers (O(panes)) and emitted, if it holds any mention. Keyed by {@link KeyedObservation#key()}.
 *
 * <p>Late mentions, whose pane ended before the watermark but no more than the allowed lateness
 * before it, update their pane; at the next watermark every window already emitted that covers an
 * updated pane is emitted again with the same {@link WindowSummary#id()} and {@code lateUpdate}
 * set, so an idempotent sink overwrites it. Later mentions go to {@link #TOO_LATE} and the {@value
 * #TOO_LATE_METRIC} counter.
 *
 * <p>State is bounded by event time, not a processing-time TTL (which would forget panes of a slow
 * live stream or keep those of a fast replay): a pane is removed once the last window covering it
 * can no longer be revised, i.e. at its last window end + allowed lateness. Every timer is
 * registered by a pane and lies at most that far after it, so a key that goes silent leaves neither
 * state nor timers behind.
 */
public final class SlidingPaneWindows extends KeyedProcessFunction<String, KeyedObservation, WindowSummary> {

    /** Mentions too late for any window: kept, not silently dropped. */
    public static final OutputTag<KeyedObservation> TOO_LATE =
            new OutputTag<>("windows-too-late", TypeInformation.of(KeyedObservation.class));

    /** Counter of {@link #TOO_LATE} mentions. */
    public static final String TOO_LATE_METRIC = "windowMentionsTooLate";

    /** Counter of late mentions that updated a pane and caused windows to be emitted again. */
    public static final String LATE_UPDATE_METRIC = "windowLateUpdates";

    private static final long PANE = WindowSpec.PANE_MILLIS;

    private final List<WindowSpec> specs;
    private final long allowedLateness;

    private transient MapState<Long, Pane> panes;
    private transient MapState<Long, Boolean> revisedPanes;
    private transient Counter tooLate;
    private transient Counter lateUpdates;

    /**
     * @param specs windows to compute, e.g. {@link WindowSpec#DEFAULTS}
     * @param allowedLateness how long after its minute ended a mention still updates its pane
     */
    public SlidingPaneWindows(List<WindowSpec> specs, Duration allowedLateness) {
        if (specs.isEmpty()) {
            throw new IllegalArgumentException("at least one window spec is needed");
        }
        if (allowedLateness.isNegative()) {
            throw new IllegalArgumentException("allowed lateness must not be negative: " + allowedLateness);
        }
        this.specs = List.copyOf(specs);
        this.allowedLateness = allowedLateness.toMillis();
    }

    @Override
    public void open(OpenContext openContext) {
        panes = getRuntimeContext()
                .getMapState(new MapStateDescriptor<>("panes", Types.LONG, TypeInformation.of(Pane.class)));
        revisedPanes =
                getRuntimeContext().getMapState(new MapStateDescriptor<>("revised-panes", Types.LONG, Types.BOOLEAN));
        tooLate = getRuntimeContext().getMetricGroup().counter(TOO_LATE_METRIC);
        lateUpdates = getRuntimeContext().getMetricGroup().counter(LATE_UPDATE_METRIC);
    }

    @Override
    public void processElement(KeyedObservation value, Context context, Collector<WindowSummary> out) throws Exception {
        Long timestamp = context.timestamp();
        if (timestamp == null) {
            throw new IllegalStateException("sliding windows need event timestamps; assign them in the source");
        }
        long paneStart = WindowSpec.paneStart(timestamp);
        TimerService timers = context.timerService();
        long watermark = timers.currentWatermark();
        if (paneStart + PANE - 1 + allowedLateness <= watermark) {
            tooLate.inc();
            context.output(TOO_LATE, value);
            return;
        }
        Pane pane = panes.get(paneStart);
        if (pane == null) {
            pane = Pane.starting(paneStart);
            registerTimers(paneStart, watermark, timers);
        }
        pane.add(value.observation());
        panes.put(paneStart, pane);
        if (firstEnd(paneStart) - 1 <= watermark) {
            // A window covering this pane was already emitted. Re-emit at the next watermark rather
            // than now, so a burst of late mentions costs one re-emission, not one per mention.
            // A timer at the current watermark fires on the next advance, before any later timer.
            lateUpdates.inc();
            revisedPanes.put(paneStart, Boolean.TRUE);
            timers.registerEventTimeTimer(watermark);
        }
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext context, Collector<WindowSummary> out) throws Exception {
        String key = context.getCurrentKey();
        if (!revisedPanes.isEmpty()) {
            // This is the re-emission timer, registered at the watermark current when the late
            // mentions came. Every window ending at or before timestamp + 1 was emitted already,
            // including any boundary at timestamp + 1, so this timer emits only revisions.
            reemitWindowsCovering(revisedPanes.keys(), timestamp, key, out);
            revisedPanes.clear();
        } else {
            long end = timestamp + 1;
            for (WindowSpec spec : specs) {
                if (spec.endsAt(end)) {
                    emit(key, spec, end, false, out);
                }
            }
        }
        List<Long> expired = new ArrayList<>();
        for (Long paneStart : panes.keys()) {
            if (cleanupTime(paneStart) <= timestamp) {
                expired.add(paneStart);
            }
        }
        for (Long paneStart : expired) {
            panes.remove(paneStart);
        }
    }

    private void reemitWindowsCovering(Iterable<Long> revised, long timestamp, String key, Collector<WindowSummary> out)
            throws Exception {
        for (WindowSpec spec : specs) {
            TreeSet<Long> ends = new TreeSet<>();
            for (long paneStart : revised) {
                for (long end = spec.firstEndCovering(paneStart);
                        end <= spec.lastEndCovering(paneStart) && end - 1 <= timestamp;
                        end += spec.slideMillis()) {
                    ends.add(end);
                }
            }
            for (long end : ends) {
                emit(key, spec, end, true, out);
            }
        }
    }

    private void emit(String key, WindowSpec spec, long end, boolean lateUpdate, Collector<WindowSummary> out)
            throws Exception {
        List<Pane> covered = new ArrayList<>();
        for (long paneStart = end - spec.sizeMillis(); paneStart < end; paneStart += PANE) {
            Pane pane = panes.get(paneStart);
            if (pane != null) {
                covered.add(pane);
            }
        }
        if (!covered.isEmpty()) {
            out.collect(WindowSummary.assemble(key, spec, end, covered, lateUpdate));
        }
    }

    /**
     * Timers at the end of every window covering a new pane (still to fire) and at its cleanup
     * time. Once per pane, not per mention; the timer service deduplicates equal timestamps.
     */
    private void registerTimers(long paneStart, long watermark, TimerService timers) {
        for (WindowSpec spec : specs) {
            for (long end = spec.firstEndCovering(paneStart);
                    end <= spec.lastEndCovering(paneStart);
                    end += spec.slideMillis()) {
                if (end - 1 > watermark) {
                    timers.registerEventTimeTimer(end - 1);
                }
            }
        }
        timers.registerEventTimeTimer(cleanupTime(paneStart));
    }

    private long firstEnd(long paneStart) {
        long first = Long.MAX_VALUE;
        for (WindowSpec spec : specs) {
            first = Math.min(first, spec.firstEndCovering(paneStart));
        }
        return first;
    }

    /** When no window covering the pane can be emitted or revised any more. */
    private long cleanupTime(long paneStart) {
        long last = Long.MIN_VALUE;
        for (WindowSpec spec : specs) {
            last = Math.max(last, spec.lastEndCovering(paneStart));
        }
        return last - 1 + allowedLateness;
    }
}
