package io.crisisradar.pipeline;

import io.crisisradar.care.ResponseRecord;
import io.crisisradar.care.ResponseStatus;
import io.crisisradar.detect.crisis.BrandMonitor;
import io.crisisradar.detect.crisis.CrisisAlert;
import io.crisisradar.detect.crisis.CrisisState;
import io.crisisradar.detect.crisis.EpisodeUpdate;
import io.crisisradar.detect.crisis.ScoredWindow;
import io.crisisradar.detect.window.MentionEvidence;
import io.crisisradar.detect.window.WindowSummary;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.co.KeyedCoProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Scores each brand's windows for crises and runs its episode state machine: a thin adapter over
 * {@link BrandMonitor}, keyed by brand, fed the brand windows of the scored window spec in end
 * order, and the brand's response-clock records, which feed the open episode's response statistics.
 * Emits every scored window; episode changes go to {@link #EPISODES} and alerts to {@link #ALERTS}.
 *
 * <p>Windows are emitted only when they hold mentions, so a brand that falls silent sends nothing.
 * While an episode is open an event-time timer at the next window end steps an empty window when
 * no window came, so an episode resolves even if the brand is never mentioned again. Without an
 * open episode the gap is filled in when the next window arrives, which keeps timers to brands in
 * trouble. When the input ends and the data's end is known ({@code job.data-ends-at}, set by a
 * backfill), the time after it does not count as silence: an episode open then stays open. The
 * state (baselines, episode) is bounded per brand and kept for as long as the brand
 * exists: it is the brand's memory of what normal looks like.
 */
public final class DetectCrises extends KeyedCoProcessFunction<String, WindowSummary, ResponseRecord, ScoredWindow> {

    /** Episode changes: every one rewrites the episode document. */
    public static final OutputTag<EpisodeUpdate> EPISODES =
            new OutputTag<>("crisis-episodes", TypeInformation.of(EpisodeUpdate.class));

    /** Alerts: episode opened, escalated, resolved. */
    public static final OutputTag<CrisisAlert> ALERTS =
            new OutputTag<>("crisis-alerts", TypeInformation.of(CrisisAlert.class));

    /** Counter of alerts sent. */
    public static final String ALERTS_METRIC = "crisisAlerts";

    private final BrandMonitor monitor;
    private final long dataEnd;

    private transient ValueState<CrisisState> states;
    /** Windows waiting for the watermark to reach their moment, by end; cleared as it does. */
    private transient MapState<Long, WindowSummary> pendingWindows;
    /**
     * Response-clock records waiting for the watermark to reach their moment, by moment: each moment
     * has its timer, so a timer finds its records without scanning the others. Cleared as it fires.
     */
    private transient MapState<Long, ResponseRecord[]> pendingResponses;

    private transient Counter alerts;

    public DetectCrises(BrandMonitor monitor) {
        this(monitor, Long.MAX_VALUE);
    }

    /**
     * @param dataEnd where the data ends, in event time (epoch ms): when the input ends, a brand is
     *     not taken to be silent after it ({@link Long#MAX_VALUE}: time runs on)
     */
    public DetectCrises(BrandMonitor monitor, long dataEnd) {
        this.monitor = monitor;
        this.dataEnd = dataEnd;
    }

    /** The state's type: a POJO, checked by a test never to fall back to Kryo. */
    static TypeInformation<CrisisState> stateType() {
        return TypeInformation.of(CrisisState.class);
    }

    @Override
    public void open(OpenContext openContext) {
        states = getRuntimeContext().getState(new ValueStateDescriptor<>("crisis-state", stateType()));
        pendingWindows = getRuntimeContext()
                .getMapState(new MapStateDescriptor<>(
                        "pending-windows", Types.LONG, TypeInformation.of(WindowSummary.class)));
        pendingResponses = getRuntimeContext()
                .getMapState(new MapStateDescriptor<>(
                        "pending-responses-by-moment", Types.LONG, TypeInformation.of(ResponseRecord[].class)));
        alerts = getRuntimeContext().getMetricGroup().counter(ALERTS_METRIC);
    }

    /**
     * A brand window. It waits until the watermark reaches its moment (end - 1, as the window
     * operator stamps it), then is stepped in event-time order with the response records of the same
     * moments (see {@link #onTimer}). Stepping on arrival instead would let the watermark's
     * granularity decide the order: a backfill reads so fast that one final watermark releases every
     * window at once, and the episode would resolve before any answer reached it. A window whose
     * moment the watermark has already passed (a revision after late mentions) is stepped at once.
     */
    @Override
    public void processElement1(WindowSummary window, Context context, Collector<ScoredWindow> out) throws Exception {
        long at = window.end() - 1;
        if (at <= context.timerService().currentWatermark()) {
            CrisisState state = current();
            emit(monitor.onWindow(state, window), context, out);
            states.update(state);
            scheduleSilenceCheck(state, context);
            return;
        }
        // A revision of a window still waiting replaces it: the latest count is the one to score.
        pendingWindows.put(window.end(), window);
        context.timerService().registerEventTimeTimer(at);
    }

    /**
     * The brand's response clock (second input, keyed by the complaint's brand). A record counts into
     * the episode open at the moment it describes — the answer, or the deadline passing — so it
     * waits here until the watermark reaches that moment and is then taken in event-time order with
     * the windows (see {@link #onTimer}). Counting on arrival instead would depend on which path is
     * faster (the clock's records run ahead of the windows), and a replay would count differently.
     * "Awaiting" records are not counted: every complaint ends answered or breached.
     */
    @Override
    public void processElement2(ResponseRecord response, Context context, Collector<ScoredWindow> out)
            throws Exception {
        if (response.status() == ResponseStatus.AWAITING) {
            return;
        }
        long at = effectiveTime(response);
        ResponseRecord[] waiting = pendingResponses.get(at);
        if (waiting == null) {
            pendingResponses.put(at, new ResponseRecord[] {response});
        } else if (Arrays.stream(waiting).noneMatch(w -> sameChange(w, response))) {
            // A redelivered record (after a restore) is the same change: counted once.
            ResponseRecord[] more = Arrays.copyOf(waiting, waiting.length + 1);
            more[waiting.length] = response;
            pendingResponses.put(at, more);
        }
        context.timerService().registerEventTimeTimer(at);
    }

    /** When what a record says happened: the answer, or the deadline passing unanswered. */
    static long effectiveTime(ResponseRecord response) {
        return response.status() == ResponseStatus.BREACHED
                ? response.deadline().toEpochMilli()
                : response.answeredAt().toEpochMilli();
    }

    /**
     * The watermark reached {@code timestamp}: the windows and response records waiting for a moment
     * up to it are taken in event-time order (a window before a record of the same millisecond),
     * then, while an episode is open, a window that did not come is stepped as empty. Timers fire in
     * timestamp order, so the order is the same however far one watermark jumps.
     */
    private static boolean sameChange(ResponseRecord a, ResponseRecord b) {
        return a.mentionId().equals(b.mentionId()) && a.status() == b.status();
    }

    /**
     * The watermark reached {@code timestamp}: the window of this moment (end - 1) is stepped; while
     * an episode is open, a window that did not come is stepped as empty; then the response records
     * of this moment are counted, in a fixed order. Every window and record has a timer at its own
     * moment and timers fire in timestamp order, so the order is the same however far one watermark
     * jumps (a backfill) or however finely it moves (a live stream).
     */
    @Override
    public void onTimer(long timestamp, OnTimerContext context, Collector<ScoredWindow> out) throws Exception {
        CrisisState state = current();
        boolean changed = false;
        WindowSummary window = pendingWindows.get(timestamp + 1);
        if (window != null) {
            pendingWindows.remove(timestamp + 1);
            emit(monitor.onWindow(state, window), context, out);
            changed = true;
        }
        // The final watermark fires every timer at once. Up to the data's end a brand without
        // windows was silent; after it the data ended, not the talk about the brand, and an episode
        // open then stays open.
        if (state.episode.open && !EndOfInput.isAfterTheData(context.timerService(), timestamp, dataEnd)) {
            // Windows are emitted at end - 1; once the watermark passed it, a window that did not
            // come was empty.
            long end = timestamp + 1;
            if (state.lastEnd < end) {
                emit(monitor.onSilence(state, context.getCurrentKey(), end), context, out);
                changed = true;
            }
            scheduleSilenceCheck(state, context);
        }
        ResponseRecord[] due = pendingResponses.get(timestamp);
        if (due != null) {
            pendingResponses.remove(timestamp);
            ResponseRecord[] ordered = due.clone();
            Arrays.sort(ordered, Comparator.comparing(ResponseRecord::mentionId).thenComparing(ResponseRecord::status));
            for (ResponseRecord response : ordered) {
                count(response, state);
            }
            changed = true;
        }
        if (changed) {
            states.update(state);
        }
    }

    private void count(ResponseRecord response, CrisisState state) {
        OptionalDouble minutes = response.firstResponseMinutes();
        MentionEvidence complaint = new MentionEvidence(
                response.mentionId(),
                response.text(),
                response.author(),
                response.platform(),
                response.reach(),
                response.createdAt().toEpochMilli(),
                response.sentimentScore(),
                response.categories());
        monitor.onResponse(
                state,
                response.status().name().toLowerCase(Locale.ROOT),
                response.createdAt().toEpochMilli(),
                response.deadline().toEpochMilli(),
                minutes.isPresent() ? minutes.getAsDouble() : null,
                complaint);
    }

    private CrisisState current() throws Exception {
        CrisisState state = states.value();
        return state != null ? state : monitor.initial();
    }

    private void scheduleSilenceCheck(CrisisState state, Context context) {
        if (state.episode.open) {
            context.timerService().registerEventTimeTimer(monitor.nextEnd(state) - 1);
        }
    }

    private void emit(List<BrandMonitor.Outcome> outcomes, Context context, Collector<ScoredWindow> out) {
        for (BrandMonitor.Outcome outcome : outcomes) {
            boolean open = outcome.episodeOpen();
            // Filled-in quiet windows are written only around an episode, where the timeline
            // needs them; elsewhere they would be thousands of zero documents a day per brand.
            if (!outcome.filled() || open || !outcome.updates().isEmpty()) {
                out.collect(new ScoredWindow(outcome.window(), outcome.assessment(), open, outcome.filled()));
            }
            for (EpisodeUpdate update : outcome.updates()) {
                context.output(EPISODES, update);
                if (update.kind().alerts()) {
                    alerts.inc();
                    context.output(ALERTS, CrisisAlert.of(update));
                }
            }
        }
    }
}
