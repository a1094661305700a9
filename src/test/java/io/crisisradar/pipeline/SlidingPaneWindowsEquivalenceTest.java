package io.crisisradar.pipeline;

import static io.crisisradar.detect.window.WindowFixtures.NOON;
import static org.assertj.core.api.Assertions.assertThat;

import io.crisisradar.detect.window.KeyedObservation;
import io.crisisradar.detect.window.MentionEvidence;
import io.crisisradar.detect.window.WindowSpec;
import io.crisisradar.detect.window.WindowSummary;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;

/** On the same disordered input, pane windows end up equal to Flink's sliding windows. */
class SlidingPaneWindowsEquivalenceTest {

    private static final Duration LATENESS = Duration.ofMinutes(5);

    @Test
    void paneWindowsMatchFlinkSlidingWindowsIncludingLateUpdates() throws Exception {
        List<SyntheticMentions.Event> events = SyntheticMentions.generate(3, 6_000, NOON, 120, Duration.ofMinutes(3));
        for (WindowSpec spec : WindowSpec.DEFAULTS) {
            Map<String, WindowSummary> panes;
            try (KeyedOneInputStreamOperatorTestHarness<String, KeyedObservation, WindowSummary> harness =
                    new KeyedOneInputStreamOperatorTestHarness<>(
                            new KeyedProcessOperator<>(new SlidingPaneWindows(List.of(spec), LATENESS)),
                            KeyedObservation::key,
                            Types.STRING)) {
                harness.open();
                panes = finalWindows(harness, events);
            }
            Map<String, WindowSummary> flink;
            try (var harness = FlinkSlidingWindowsBaseline.harness(spec, LATENESS)) {
                flink = finalWindows(harness, events);
            }

            assertThat(panes.keySet()).as(spec.id()).isEqualTo(flink.keySet()).hasSizeGreaterThan(100);
            for (String id : flink.keySet()) {
                WindowSummary expected = flink.get(id);
                WindowSummary actual = panes.get(id);
                assertThat(actual.volume()).as(id).isEqualTo(expected.volume());
                assertThat(actual.negatives()).as(id).isEqualTo(expected.negatives());
                assertThat(actual.reach()).as(id).isEqualTo(expected.reach());
                assertThat(actual.negativeReach()).as(id).isEqualTo(expected.negativeReach());
                assertThat(actual.sentimentSum())
                        .as(id)
                        .isCloseTo(expected.sentimentSum(), org.assertj.core.data.Offset.offset(1e-6));
                assertThat(actual.platformCounts()).as(id).isEqualTo(expected.platformCounts());
                assertThat(actual.categoryCounts()).as(id).isEqualTo(expected.categoryCounts());
                assertThat(ids(actual.topNegativeMentions()))
                        .as(id + ": the top negative mentions do not depend on arrival order or panes")
                        .isEqualTo(ids(expected.topNegativeMentions()))
                        .hasSizeLessThanOrEqualTo(WindowSummary.TOP_NEGATIVE_MENTIONS);
                assertThat(actual.topNegativeMentions())
                        .allSatisfy(m -> assertThat(m.text()).isEqualTo("text of " + m.id()));
                assertThat((double) actual.uniqueAuthors())
                        .as(id)
                        .isCloseTo(expected.uniqueAuthors(), org.assertj.core.data.Percentage.withPercentage(8));
            }
        }
    }

    private static List<String> ids(MentionEvidence[] mentions) {
        return Arrays.stream(mentions).map(MentionEvidence::id).toList();
    }

    /** Feeds the events with watermarks and keeps the last emission of every window id. */
    private static Map<String, WindowSummary> finalWindows(
            KeyedOneInputStreamOperatorTestHarness<String, KeyedObservation, WindowSummary> harness,
            List<SyntheticMentions.Event> events)
            throws Exception {
        SyntheticMentions.feed(harness, events);
        Map<String, WindowSummary> last = new LinkedHashMap<>();
        for (WindowSummary window : harness.extractOutputValues()) {
            last.put(window.id(), window);
        }
        return last;
    }
}
