package io.crisisradar.bench;

import io.crisisradar.detect.window.KeyedObservation;
import io.crisisradar.detect.window.WindowSpec;
import io.crisisradar.detect.window.WindowSummary;
import io.crisisradar.pipeline.FlinkSlidingWindowsBaseline;
import io.crisisradar.pipeline.SlidingPaneWindows;
import io.crisisradar.pipeline.SyntheticMentions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Pane windows ({@link SlidingPaneWindows}) against Flink's {@code SlidingEventTimeWindows} with an
 * equivalent {@code AggregateFunction} ({@link FlinkSlidingWindowsBaseline}), on the same input:
 * 20 brands, 200,000 mentions over 500 minutes (20 per brand-minute), disordered by up to 30 s,
 * a watermark every 100 mentions trailing by one minute, 5 minutes allowed lateness. Both run in
 * the keyed operator test harness on the heap state backend, so the figures compare the
 * operators themselves (no network, serialisation or source). One invocation = the whole stream.
 * Run with {@code jobs/bench/run.sh WindowBenchmark}; the throughput ratio is the inverse ratio
 * of the two times.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx2g", "--add-opens=java.base/java.util=ALL-UNNAMED"})
public class WindowBenchmark {

    private static final Duration LATENESS = Duration.ofMinutes(5);

    /** Window spec as {@code size/slide}. */
    @Param({"15m/1m"})
    String spec;

    private List<SyntheticMentions.Event> events;
    private WindowSpec windowSpec;

    @Setup
    public void generate() {
        windowSpec = WindowSpec.parse(spec);
        events = SyntheticMentions.generate(
                20, 200_000, Instant.parse("2026-11-23T00:00:00Z").toEpochMilli(), 500, Duration.ofSeconds(30));
    }

    @Benchmark
    public int paneWindows() throws Exception {
        try (KeyedOneInputStreamOperatorTestHarness<String, KeyedObservation, WindowSummary> harness =
                new KeyedOneInputStreamOperatorTestHarness<>(
                        new KeyedProcessOperator<>(new SlidingPaneWindows(List.of(windowSpec), LATENESS)),
                        KeyedObservation::key,
                        Types.STRING)) {
            harness.open();
            SyntheticMentions.feed(harness, events);
            return harness.getOutput().size();
        }
    }

    @Benchmark
    public int flinkSlidingWindows() throws Exception {
        try (KeyedOneInputStreamOperatorTestHarness<String, KeyedObservation, WindowSummary> harness =
                FlinkSlidingWindowsBaseline.harness(windowSpec, LATENESS)) {
            SyntheticMentions.feed(harness, events);
            return harness.getOutput().size();
        }
    }
}
