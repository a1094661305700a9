package io.crisisradar.pipeline;

import static io.crisisradar.detect.window.WindowFixtures.MINUTE;
import static io.crisisradar.detect.window.WindowFixtures.NOON;
import static io.crisisradar.detect.window.WindowFixtures.ONE_MINUTE_LATER;
import static io.crisisradar.detect.window.WindowFixtures.TEN_SECONDS_PAST_NOON;
import static io.crisisradar.detect.window.WindowFixtures.by;
import static io.crisisradar.detect.window.WindowFixtures.negativeMention;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.crisisradar.detect.window.KeyedObservation;
import io.crisisradar.detect.window.MentionEvidence;
import io.crisisradar.detect.window.Observation;
import io.crisisradar.detect.window.Pane;
import io.crisisradar.detect.window.WindowSpec;
import io.crisisradar.detect.window.WindowSummary;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.metrics.Counter;
import org.apache.flink.runtime.jobgraph.OperatorID;
import org.apache.flink.runtime.metrics.groups.InternalOperatorMetricGroup;
import org.apache.flink.runtime.metrics.util.InterceptingOperatorMetricGroup;
import org.apache.flink.runtime.metrics.util.InterceptingTaskMetricGroup;
import org.apache.flink.runtime.operators.testutils.MockEnvironmentBuilder;
import org.apache.flink.runtime.state.VoidNamespace;
import org.apache.flink.runtime.state.VoidNamespaceSerializer;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;

/** The pane window operator with its real state and timers, driven by watermarks. */
class SlidingPaneWindowsTest {

    private static final String BRAND = "blysk";
    private static final Duration FIVE_MINUTES_LATENESS = Duration.ofMinutes(5);
    private static final long TWO_MINUTES_AFTER_NOON = NOON + 2 * MINUTE;
    private static final long THREE_MINUTES_AFTER_NOON = NOON + 3 * MINUTE;
    private static final long SIX_MINUTES_AFTER_NOON = NOON + 6 * MINUTE;
    private static final long TWO_HOURS_AFTER_NOON = NOON + 120 * MINUTE;

    private final InterceptingOperatorMetricGroup metrics = new InterceptingOperatorMetricGroup();

    private KeyedOneInputStreamOperatorTestHarness<String, KeyedObservation, WindowSummary> harness(
            List<WindowSpec> specs) throws Exception {
        InterceptingTaskMetricGroup taskMetrics = new InterceptingTaskMetricGroup() {
            @Override
            public InternalOperatorMetricGroup getOrAddOperator(
                    OperatorID operatorId, String name, Map<String, String> additionalVariables) {
                return metrics;
            }
        };
        KeyedOneInputStreamOperatorTestHarness<String, KeyedObservation, WindowSummary> harness =
                new KeyedOneInputStreamOperatorTestHarness<>(
                        new KeyedProcessOperator<>(new SlidingPaneWindows(specs, FIVE_MINUTES_LATENESS)),
                        KeyedObservation::key,
                        Types.STRING,
                        new MockEnvironmentBuilder().setMetricGroup(taskMetrics).build());
        harness.open();
        return harness;
    }

    private static void mention(
            KeyedOneInputStreamOperatorTestHarness<String, KeyedObservation, WindowSummary> harness,
            Observation observation,
            long timestamp)
            throws Exception {
        harness.processElement(new KeyedObservation(BRAND, observation), timestamp);
    }

    private static List<WindowSummary> drain(
            KeyedOneInputStreamOperatorTestHarness<String, KeyedObservation, WindowSummary> harness) {
        List<WindowSummary> out = new ArrayList<>(harness.extractOutputValues());
        harness.getOutput().clear();
        return out;
    }

    private static int panes(KeyedOneInputStreamOperatorTestHarness<String, KeyedObservation, WindowSummary> harness)
            throws Exception {
        harness.getOperator().getKeyedStateBackend().setCurrentKey(BRAND);
        MapState<Long, Pane> panes = harness.getOperator()
                .getKeyedStateBackend()
                .getPartitionedState(
                        VoidNamespace.INSTANCE,
                        VoidNamespaceSerializer.INSTANCE,
                        new MapStateDescriptor<>("panes", Types.LONG, TypeInformation.of(Pane.class)));
        int count = 0;
        for (Long ignored : panes.keys()) {
            count++;
        }
        return count;
    }

    private long counter(String name) {
        return ((Counter) metrics.get(name)).getCount();
    }

    @Test
    void emitsEveryWindowWithMentionsWhenTheWatermarkPassesItsEnd() throws Exception {
        try (var harness = harness(List.of(WindowSpec.FIFTEEN_MINUTES))) {
            mention(harness, by("ala"), TEN_SECONDS_PAST_NOON);
            mention(harness, by("ola"), ONE_MINUTE_LATER + 5_000);

            harness.processWatermark(TWO_MINUTES_AFTER_NOON - 1);
            assertThat(drain(harness))
                    .extracting(WindowSummary::end, WindowSummary::volume, WindowSummary::uniqueAuthors)
                    .containsExactly(tuple(ONE_MINUTE_LATER, 1L, 1L), tuple(TWO_MINUTES_AFTER_NOON, 2L, 2L));

            harness.processWatermark(NOON + 17 * MINUTE);
            List<WindowSummary> later = drain(harness);
            assertThat(later)
                    .as("windows ending 12:03 … 12:16; the one ending 12:17 covers no mention")
                    .hasSize(14)
                    .allSatisfy(w -> assertThat(w.spec()).isEqualTo("15m-1m"))
                    .allSatisfy(w -> assertThat(w.lateUpdate()).isFalse());
            assertThat(later.get(12).volume()).isEqualTo(2);
            assertThat(later.get(13).end()).isEqualTo(NOON + 16 * MINUTE);
            assertThat(later.get(13).volume())
                    .as("12:01-12:16 no longer holds the noon pane")
                    .isEqualTo(1);
        }
    }

    @Test
    void hourWindowsSlideByFiveMinutes() throws Exception {
        try (var harness = harness(List.of(WindowSpec.ONE_HOUR))) {
            mention(harness, by("ala"), TEN_SECONDS_PAST_NOON);

            harness.processWatermark(NOON + 10 * MINUTE);

            assertThat(drain(harness))
                    .extracting(WindowSummary::start, WindowSummary::end)
                    .containsExactly(
                            tuple(NOON - 55 * MINUTE, NOON + 5 * MINUTE),
                            tuple(NOON - 50 * MINUTE, NOON + 10 * MINUTE));
        }
    }

    @Test
    void aLateMentionUpdatesItsPaneAndReemitsTheSameWindowsAtTheNextWatermark() throws Exception {
        try (var harness = harness(List.of(WindowSpec.FIFTEEN_MINUTES))) {
            mention(harness, by("ala"), TEN_SECONDS_PAST_NOON);
            harness.processWatermark(THREE_MINUTES_AFTER_NOON - 1);
            List<WindowSummary> first = drain(harness);
            assertThat(first).extracting(WindowSummary::volume).containsExactly(1L, 1L, 1L);

            mention(harness, by("ola"), NOON + 20_000);
            mention(harness, by("ela"), NOON + 30_000);
            assertThat(drain(harness))
                    .as("re-emitted at the next watermark, once")
                    .isEmpty();

            harness.processWatermark(THREE_MINUTES_AFTER_NOON + 30_000);
            List<WindowSummary> revised = drain(harness);
            assertThat(revised)
                    .extracting(WindowSummary::id)
                    .containsExactlyElementsOf(
                            first.stream().map(WindowSummary::id).toList());
            assertThat(revised).allSatisfy(w -> {
                assertThat(w.volume()).isEqualTo(3);
                assertThat(w.lateUpdate()).isTrue();
            });
            assertThat(counter(SlidingPaneWindows.LATE_UPDATE_METRIC)).isEqualTo(2);

            harness.processWatermark(NOON + 4 * MINUTE - 1);
            assertThat(drain(harness))
                    .extracting(WindowSummary::end, WindowSummary::volume, WindowSummary::lateUpdate)
                    .containsExactly(tuple(NOON + 4 * MINUTE, 3L, false));
        }
    }

    @Test
    void aLateNegativeMentionJoinsTheEvidenceOfTheReemittedWindows() throws Exception {
        try (var harness = harness(List.of(WindowSpec.FIFTEEN_MINUTES))) {
            mention(harness, negativeMention("m-on-time", "ala", 100, TEN_SECONDS_PAST_NOON), TEN_SECONDS_PAST_NOON);
            mention(harness, by("ola"), NOON + 15_000);
            harness.processWatermark(TWO_MINUTES_AFTER_NOON - 1);
            assertThat(drain(harness)).hasSize(2).allSatisfy(w -> assertThat(w.topNegativeMentions())
                    .extracting(MentionEvidence::id)
                    .containsExactly("m-on-time"));

            mention(harness, negativeMention("m-late", "ula", 5_000, NOON + 20_000), NOON + 20_000);
            harness.processWatermark(TWO_MINUTES_AFTER_NOON + 30_000);

            assertThat(drain(harness)).hasSize(2).allSatisfy(w -> {
                assertThat(w.lateUpdate()).isTrue();
                assertThat(w.topNegativeMentions())
                        .extracting(MentionEvidence::id)
                        .containsExactly("m-late", "m-on-time");
                assertThat(w.topAuthors()).containsExactly("twitter:@ala", "twitter:@ola", "twitter:@ula");
                assertThat(w.topAuthorCounts()).containsExactly(1, 1, 1);
            });
        }
    }

    @Test
    void aMentionLaterThanTheAllowedLatenessGoesToTheSideOutputAndIsCounted() throws Exception {
        try (var harness = harness(List.of(WindowSpec.FIFTEEN_MINUTES))) {
            mention(harness, by("ala"), TEN_SECONDS_PAST_NOON);
            harness.processWatermark(SIX_MINUTES_AFTER_NOON);
            drain(harness);

            mention(harness, by("ola"), NOON + 30_000);
            harness.processWatermark(SIX_MINUTES_AFTER_NOON + MINUTE);

            assertThat(harness.getSideOutput(SlidingPaneWindows.TOO_LATE))
                    .extracting(StreamRecord::getValue)
                    .extracting(KeyedObservation::key)
                    .containsExactly(BRAND);
            assertThat(counter(SlidingPaneWindows.TOO_LATE_METRIC)).isEqualTo(1);
            assertThat(drain(harness))
                    .as("the window ending 12:07 still holds only the mention that was on time")
                    .extracting(WindowSummary::volume, WindowSummary::lateUpdate)
                    .containsExactly(tuple(1L, false));
        }
    }

    @Test
    void keepsPanesOnlyForTheLargestWindowPlusLateness() throws Exception {
        try (var harness = harness(WindowSpec.DEFAULTS)) {
            long bound = (60 + 5 + 5) + 1;
            int mostPanes = 0;
            for (long minute = 0; minute < 180; minute++) {
                long timestamp = NOON + minute * MINUTE + 1_000;
                mention(harness, by("author-" + minute), timestamp);
                harness.processWatermark(timestamp - 2_000);
                mostPanes = Math.max(mostPanes, panes(harness));
            }
            assertThat(mostPanes).isBetween(60, (int) bound);
            assertThat(harness.numEventTimeTimers())
                    .as("timers reach no further than one hour, five minutes of slide and the lateness ahead")
                    .isLessThanOrEqualTo(2 * (int) bound);
        }
    }

    @Test
    void aBrandThatGoesSilentLeavesNoStateOrTimersBehind() throws Exception {
        try (var harness = harness(WindowSpec.DEFAULTS)) {
            mention(harness, by("ala"), TEN_SECONDS_PAST_NOON);
            mention(harness, by("ola"), ONE_MINUTE_LATER);
            harness.processWatermark(THREE_MINUTES_AFTER_NOON);
            mention(harness, by("ela"), NOON + 40_000);
            assertThat(harness.numKeyedStateEntries()).isPositive();

            harness.processWatermark(TWO_HOURS_AFTER_NOON);

            List<WindowSummary> windows = drain(harness);
            assertThat(windows).isNotEmpty();
            assertThat(windows.get(windows.size() - 1).end())
                    .as("the last hour window holding the 12:01 pane")
                    .isEqualTo(NOON + 60 * MINUTE);
            assertThat(harness.numKeyedStateEntries()).isZero();
            assertThat(harness.numEventTimeTimers()).isZero();
        }
    }
}
