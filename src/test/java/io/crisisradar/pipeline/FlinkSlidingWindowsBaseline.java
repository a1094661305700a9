package io.crisisradar.pipeline;

import io.crisisradar.detect.window.KeyedObservation;
import io.crisisradar.detect.window.Pane;
import io.crisisradar.detect.window.WindowSpec;
import io.crisisradar.detect.window.WindowSummary;
import java.time.Duration;
import org.apache.flink.api.common.functions.AggregateFunction;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.windowing.ProcessWindowFunction;
import org.apache.flink.streaming.api.operators.StreamOperatorFactory;
import org.apache.flink.streaming.api.transformations.OneInputTransformation;
import org.apache.flink.streaming.api.windowing.assigners.SlidingEventTimeWindows;
import org.apache.flink.streaming.api.windowing.windows.TimeWindow;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * The same windows computed the textbook way, with Flink's {@link SlidingEventTimeWindows} and an
 * {@link AggregateFunction} whose accumulator is a {@link Pane}: every mention is added to each of
 * the size/slide windows that contain it. For the equivalence test and {@code WindowBenchmark}.
 */
public final class FlinkSlidingWindowsBaseline {

    private FlinkSlidingWindowsBaseline() {}

    /** A harness around Flink's window operator for {@code spec}, with the given lateness. */
    public static KeyedOneInputStreamOperatorTestHarness<String, KeyedObservation, WindowSummary> harness(
            WindowSpec spec, Duration allowedLateness) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        SingleOutputStreamOperator<WindowSummary> windows = env.fromData(
                        TypeInformation.of(KeyedObservation.class), new KeyedObservation("x", null))
                .keyBy(KeyedObservation::key)
                .window(SlidingEventTimeWindows.of(spec.size(), spec.slide()))
                .allowedLateness(allowedLateness)
                .sideOutputLateData(new OutputTag<>("late", TypeInformation.of(KeyedObservation.class)))
                .aggregate(new PaneAggregate(), new ToSummary(spec));
        @SuppressWarnings("unchecked")
        StreamOperatorFactory<WindowSummary> factory = ((OneInputTransformation<KeyedObservation, WindowSummary>)
                        windows.getTransformation())
                .getOperatorFactory();
        KeyedOneInputStreamOperatorTestHarness<String, KeyedObservation, WindowSummary> harness =
                new KeyedOneInputStreamOperatorTestHarness<>(factory, KeyedObservation::key, Types.STRING);
        harness.open();
        return harness;
    }

    /** Adds each mention to a window's pane-shaped accumulator. */
    static final class PaneAggregate implements AggregateFunction<KeyedObservation, Pane, Pane> {
        @Override
        public Pane createAccumulator() {
            return Pane.starting(0);
        }

        @Override
        public Pane add(KeyedObservation value, Pane accumulator) {
            accumulator.add(value.observation());
            return accumulator;
        }

        @Override
        public Pane getResult(Pane accumulator) {
            return accumulator;
        }

        @Override
        public Pane merge(Pane a, Pane b) {
            a.addAll(b);
            return a;
        }
    }

    /** Names the result with its key and window, as the pane operator does. */
    static final class ToSummary extends ProcessWindowFunction<Pane, WindowSummary, String, TimeWindow> {
        private final WindowSpec spec;

        ToSummary(WindowSpec spec) {
            this.spec = spec;
        }

        @Override
        public void process(String key, Context context, Iterable<Pane> elements, Collector<WindowSummary> out) {
            Pane window = elements.iterator().next();
            out.collect(WindowSummary.of(key, spec, context.window().getEnd(), window, 0, false));
        }
    }
}
