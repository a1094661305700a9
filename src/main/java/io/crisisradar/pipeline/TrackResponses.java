package io.crisisradar.pipeline;

import io.crisisradar.care.ClockState;
import io.crisisradar.care.ResponseClock;
import io.crisisradar.care.ResponseRecord;
import io.crisisradar.care.TrackedMention;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.TimerService;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * The response clock in the stream: a thin adapter over {@link ResponseClock}, keyed by the
 * conversation ({@link ResponseClock#conversationKey}: the complaint's id, or the id a brand reply
 * answers, with the brand), fed complaints and brand replies, one per brand they concern. Emits a {@link ResponseRecord} when a
 * complaint is first seen (awaiting), then its final status: answered, answered late, or breached
 * at the deadline.
 *
 * <p>Event-time timers wake the clock at the deadline and when the late-answer window closes (or
 * when an early reply stops waiting for its complaint). State and timers are cleared as soon as a
 * complaint is answered or forgotten, so the state holds only complaints still waiting (at most
 * deadline + late-answer window) and brand replies waiting for their complaint.
 *
 * <p>When the input ends and the job knows where its data ends ({@code job.data-ends-at}, which a
 * backfill sets to its files' last mention), deadlines after that moment do not pass: those
 * complaints stay awaiting. Without it, the final watermark lets event time run on and every
 * waiting deadline passes, as Flink's timers do.
 */
public final class TrackResponses extends KeyedProcessFunction<String, TrackedMention, ResponseRecord> {

    private final ResponseClock clock;
    private final long dataEnd;

    private transient ValueState<ClockState> states;

    public TrackResponses(ResponseClock clock) {
        this(clock, Long.MAX_VALUE);
    }

    /**
     * @param dataEnd where the data ends, in event time (epoch ms): when the input ends, timers after
     *     it do not fire ({@link Long#MAX_VALUE}: all fire)
     */
    public TrackResponses(ResponseClock clock, long dataEnd) {
        this.clock = clock;
        this.dataEnd = dataEnd;
    }

    /** The state's type: a POJO, checked by a test never to fall back to Kryo. */
    static TypeInformation<ClockState> stateType() {
        return TypeInformation.of(ClockState.class);
    }

    /** The output's type, likewise. */
    static TypeInformation<ResponseRecord> recordType() {
        return TypeInformation.of(ResponseRecord.class);
    }

    @Override
    public void open(OpenContext openContext) {
        states = getRuntimeContext().getState(new ValueStateDescriptor<>("response-clock", stateType()));
    }

    @Override
    public void processElement(TrackedMention mention, Context context, Collector<ResponseRecord> out)
            throws Exception {
        ClockState before = current();
        apply(before, clock.onMention(before, mention), context.timerService(), out);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext context, Collector<ResponseRecord> out) throws Exception {
        if (EndOfInput.isAfterTheData(context.timerService(), timestamp, dataEnd)) {
            // A bounded run ends with Flink's final watermark, which fires every timer at once. A
            // deadline after the data's end did not pass: the complaint stays awaiting.
            return;
        }
        ClockState before = current();
        apply(before, clock.onTime(before, Instant.ofEpochMilli(timestamp)), context.timerService(), out);
    }

    private ClockState current() throws Exception {
        ClockState state = states.value();
        return state != null ? state : ClockState.EMPTY;
    }

    private void apply(ClockState before, ResponseClock.Step step, TimerService timers, Collector<ResponseRecord> out)
            throws Exception {
        step.emitted().forEach(out::collect);
        Set<Long> old = timersOf(before);
        Set<Long> wanted = timersOf(step.state());
        for (long timer : old) {
            if (!wanted.contains(timer)) {
                timers.deleteEventTimeTimer(timer);
            }
        }
        for (long timer : wanted) {
            if (!old.contains(timer)) {
                timers.registerEventTimeTimer(timer);
            }
        }
        if (step.state().isEmpty()) {
            states.clear();
        } else if (step.state() != before) {
            states.update(step.state());
        }
    }

    private Set<Long> timersOf(ClockState state) {
        List<Instant> wakeUps = clock.wakeUps(state);
        Set<Long> timers = new HashSet<>();
        for (Instant at : wakeUps) {
            timers.add(ceilMillis(at));
        }
        return timers;
    }

    /**
     * Timers have millisecond precision; a deadline with a fraction of a millisecond is woken at
     * the next one, since waking before the deadline would find it not yet passed and never wake
     * again.
     */
    static long ceilMillis(Instant at) {
        long millis = at.toEpochMilli();
        return at.getNano() % 1_000_000 == 0 ? millis : millis + 1;
    }
}
