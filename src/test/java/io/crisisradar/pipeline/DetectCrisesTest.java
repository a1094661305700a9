package io.crisisradar.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.crisisradar.care.ResponseRecord;
import io.crisisradar.care.ResponseStatus;
import io.crisisradar.detect.crisis.BrandMonitor;
import io.crisisradar.detect.crisis.BrandTraffic;
import io.crisisradar.detect.crisis.CrisisAlert;
import io.crisisradar.detect.crisis.CrisisState;
import io.crisisradar.detect.crisis.EpisodeUpdate;
import io.crisisradar.detect.crisis.ScoredWindow;
import io.crisisradar.detect.window.MentionEvidence;
import io.crisisradar.detect.window.WindowSummary;
import java.time.Duration;
import java.util.List;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.java.typeutils.PojoTypeInfo;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.apache.flink.streaming.api.operators.co.KeyedCoProcessOperator;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedTwoInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;

/** The crisis operator with its real keyed state and event-time timers. */
class DetectCrisesTest {

    private static final long MINUTE = BrandTraffic.MINUTE;
    private static final long DAY = Duration.ofDays(1).toMillis();
    private static final long CRISIS_START =
            BrandTraffic.START + 2 * DAY + Duration.ofHours(18).toMillis();

    private static KeyedTwoInputStreamOperatorTestHarness<String, WindowSummary, ResponseRecord, ScoredWindow> harness()
            throws Exception {
        return harness(Long.MAX_VALUE);
    }

    /** The operator of a bounded run whose data ends at {@code dataEnd} (job.data-ends-at). */
    private static KeyedTwoInputStreamOperatorTestHarness<String, WindowSummary, ResponseRecord, ScoredWindow> harness(
            long dataEnd) throws Exception {
        var harness = new KeyedTwoInputStreamOperatorTestHarness<>(
                new KeyedCoProcessOperator<>(new DetectCrises(BrandMonitor.defaults(BrandTraffic.SPEC), dataEnd)),
                WindowSummary::key,
                ResponseRecord::brand,
                Types.STRING);
        harness.open();
        return harness;
    }

    /** Windows arrive as the window operator sends them: stamped end - 1, then the watermark. */
    private static void feed(
            KeyedTwoInputStreamOperatorTestHarness<String, WindowSummary, ResponseRecord, ScoredWindow> harness,
            List<WindowSummary> windows)
            throws Exception {
        for (WindowSummary window : windows) {
            harness.processElement1(new StreamRecord<>(window, window.end() - 1));
            harness.processBothWatermarks(new Watermark(window.end() - 1));
        }
    }

    private static List<EpisodeUpdate> episodes(
            KeyedTwoInputStreamOperatorTestHarness<String, WindowSummary, ResponseRecord, ScoredWindow> harness) {
        var records = harness.getSideOutput(DetectCrises.EPISODES);
        return records == null
                ? List.of()
                : records.stream().map(StreamRecord::getValue).toList();
    }

    private static List<CrisisAlert> alerts(
            KeyedTwoInputStreamOperatorTestHarness<String, WindowSummary, ResponseRecord, ScoredWindow> harness) {
        var records = harness.getSideOutput(DetectCrises.ALERTS);
        return records == null
                ? List.of()
                : records.stream().map(StreamRecord::getValue).toList();
    }

    @Test
    void aStormThatStopsDeadIsResolvedByTimersAndLeavesNoTimerBehind() throws Exception {
        // The brand is never mentioned again after the storm: no window arrives to calm it down.
        BrandTraffic traffic = new BrandTraffic(11, BrandTraffic.daily(120))
                .burst(CRISIS_START, Duration.ofMinutes(45), 10, BrandTraffic.Tone.ANGRY, "twitter", "facebook");
        List<WindowSummary> windows = traffic.windows(CRISIS_START + 45 * MINUTE);
        try (var harness = harness()) {
            feed(harness, windows);
            assertThat(alerts(harness)).extracting(CrisisAlert::type).startsWith("opened");
            assertThat(harness.numEventTimeTimers())
                    .as("a silence check while the episode is open")
                    .isEqualTo(1);

            harness.processBothWatermarks(
                    new Watermark(CRISIS_START + Duration.ofHours(3).toMillis()));

            assertThat(alerts(harness)).extracting(CrisisAlert::type).last().isEqualTo("resolved");
            CrisisAlert resolved = alerts(harness).get(alerts(harness).size() - 1);
            assertThat(resolved.end()).isLessThanOrEqualTo(CRISIS_START + 60 * MINUTE);
            assertThat(harness.numEventTimeTimers()).isZero();
            List<ScoredWindow> scored = harness.extractOutputValues();
            assertThat(scored).anyMatch(ScoredWindow::filled);
            assertThat(scored)
                    .filteredOn(ScoredWindow::filled)
                    .allMatch(w -> w.window().volume() == 0);
            assertThat(episodes(harness)).last().satisfies(u -> assertThat(u.kind())
                    .isEqualTo(EpisodeUpdate.Kind.RESOLVED));
        }
    }

    @Test
    void anEpisodeOpenWhenTheDataEndsStaysOpen() throws Exception {
        BrandTraffic traffic = new BrandTraffic(11, BrandTraffic.daily(120))
                .burst(CRISIS_START, Duration.ofMinutes(45), 10, BrandTraffic.Tone.ANGRY, "twitter", "facebook");
        try (var harness = harness(CRISIS_START + 45 * MINUTE)) {
            feed(harness, traffic.windows(CRISIS_START + 45 * MINUTE));
            int scored = harness.extractOutputValues().size();

            // The last line of a backfill: the final watermark is the end of the data, not silence.
            harness.processBothWatermarks(new Watermark(Long.MAX_VALUE));

            assertThat(alerts(harness)).extracting(CrisisAlert::type).doesNotContain("resolved");
            assertThat(harness.extractOutputValues())
                    .as("no quiet windows invented after the data")
                    .hasSize(scored);
        }
    }

    @Test
    void aBrandSilentBeforeTheDataEndsIsSilentHoweverFarTheWatermarkHadGot() throws Exception {
        // Another brand is talked about for three more hours: the data ends then, not with the storm.
        BrandTraffic traffic = new BrandTraffic(11, BrandTraffic.daily(120))
                .burst(CRISIS_START, Duration.ofMinutes(45), 10, BrandTraffic.Tone.ANGRY, "twitter", "facebook");
        try (var harness = harness(CRISIS_START + Duration.ofHours(4).toMillis())) {
            for (WindowSummary window : traffic.windows(CRISIS_START + 45 * MINUTE)) {
                harness.processElement1(new StreamRecord<>(window, window.end() - 1));
            }
            harness.processBothWatermarks(new Watermark(Long.MAX_VALUE)); // one jump, as a fast backfill

            assertThat(alerts(harness)).extracting(CrisisAlert::type).last().isEqualTo("resolved");
        }
    }

    @Test
    void ordinaryTrafficIsScoredWithoutEpisodesTimersOrFilledWindows() throws Exception {
        BrandTraffic traffic = new BrandTraffic(12, BrandTraffic.daily(30));
        List<WindowSummary> windows = traffic.windows(BrandTraffic.START + DAY);
        try (var harness = harness()) {
            feed(harness, windows);

            assertThat(harness.extractOutputValues()).hasSameSizeAs(windows).noneMatch(ScoredWindow::filled);
            assertThat(episodes(harness)).isEmpty();
            assertThat(harness.numEventTimeTimers()).isZero();
            assertThat(harness.numKeyedStateEntries()).isEqualTo(1);
        }
    }

    @Test
    void aRevisedWindowOverwritesItsScoreWithoutAdvancingTheBrand() throws Exception {
        BrandTraffic traffic = new BrandTraffic(13, BrandTraffic.daily(60));
        List<WindowSummary> windows =
                traffic.windows(BrandTraffic.START + Duration.ofHours(2).toMillis());
        try (var harness = harness()) {
            feed(harness, windows);
            WindowSummary last = windows.get(windows.size() - 1);
            WindowSummary earlier = windows.get(windows.size() - 3);
            WindowSummary revised = new WindowSummary(
                    earlier.key(),
                    earlier.spec(),
                    earlier.start(),
                    earlier.end(),
                    earlier.volume() + 5,
                    earlier.uniqueAuthors(),
                    earlier.uniqueVoices(),
                    earlier.negatives(),
                    earlier.complaints(),
                    earlier.sentimentSum(),
                    earlier.reach(),
                    earlier.negativeReach(),
                    earlier.categories(),
                    earlier.categoryCounts(),
                    earlier.platforms(),
                    earlier.platformCounts(),
                    earlier.topTerms(),
                    earlier.topTermCounts(),
                    earlier.topAuthors(),
                    earlier.topAuthorCounts(),
                    earlier.topNegativeMentions(),
                    earlier.panes(),
                    true);

            harness.processElement1(new StreamRecord<>(revised, last.end() - 1));

            List<ScoredWindow> out = harness.extractOutputValues();
            ScoredWindow rescored = out.get(out.size() - 1);
            assertThat(rescored.window().id()).isEqualTo(earlier.id());
            assertThat(rescored.assessment().volume()).isEqualTo(earlier.volume() + 5);
            assertThat(out).hasSize(windows.size() + 1);
        }
    }

    @Test
    void theBrandStateIsAFlinkPojoWithoutKryo() throws Exception {
        assertThat(DetectCrises.stateType()).isInstanceOf(PojoTypeInfo.class);
        SerializerConfigImpl config = new SerializerConfigImpl();
        config.setGenericTypes(false);
        TypeSerializer<CrisisState> serializer = DetectCrises.stateType().createSerializer(config);
        BrandMonitor monitor = BrandMonitor.defaults(BrandTraffic.SPEC);
        CrisisState state = monitor.initial();
        BrandTraffic traffic = new BrandTraffic(14, BrandTraffic.daily(120))
                .burst(CRISIS_START, Duration.ofHours(1), 10, BrandTraffic.Tone.ANGRY);
        for (WindowSummary window : traffic.windows(CRISIS_START + 30 * MINUTE)) {
            monitor.onWindow(state, window);
        }
        assertThat(state.episode.open).isTrue();

        DataOutputSerializer out = new DataOutputSerializer(64 * 1024);
        serializer.serialize(state, out);
        CrisisState copy = serializer.deserialize(new DataInputDeserializer(out.getCopyOfBuffer()));

        assertThat(copy.volume).isEqualTo(state.volume);
        assertThat(copy.episode.evidence.topNegativeMentions)
                .extracting(MentionEvidence::id, MentionEvidence::reach)
                .containsExactly(java.util.Arrays.stream(state.episode.evidence.topNegativeMentions)
                        .map(m -> tuple(m.id(), m.reach()))
                        .toArray(org.assertj.core.groups.Tuple[]::new));
        assertThat(copy.terms.terms).containsExactly(state.terms.terms);
        assertThat(out.length()).as("bytes of one brand's state").isLessThan(48 * 1024);
        assertThat(new ValueStateDescriptor<>("crisis-state", DetectCrises.stateType()).getName())
                .isEqualTo("crisis-state");
    }

    private static ResponseRecord complaint(
            String id, long createdAt, ResponseStatus status, Double minutes, long reach) {
        java.time.Instant at = java.time.Instant.ofEpochMilli(createdAt);
        return new ResponseRecord(
                id,
                BrandTraffic.BRAND,
                "twitter",
                at,
                at.plus(Duration.ofMinutes(15)),
                status,
                minutes == null ? null : at.plusSeconds((long) (minutes * 60)),
                minutes == null ? null : "reply-" + id,
                reach,
                "twitter:@angry",
                "paczka nie dotarła " + id,
                new String[] {"DELIVERY"},
                true,
                -0.7);
    }

    @Test
    void theBrandsAnswersDuringAnEpisodeBecomeItsResponseStatistics() throws Exception {
        BrandTraffic traffic = new BrandTraffic(15, BrandTraffic.daily(120))
                .burst(CRISIS_START, Duration.ofHours(1), 10, BrandTraffic.Tone.ANGRY, "twitter", "facebook");
        List<WindowSummary> windows = traffic.windows(CRISIS_START + 30 * MINUTE);
        try (var harness = harness()) {
            // Before any window: no state for the brand, the record is not kept.
            harness.processElement2(
                    new StreamRecord<>(complaint("early", CRISIS_START - DAY, ResponseStatus.AWAITING, null, 10)));
            assertThat(harness.numKeyedStateEntries()).isZero();
            feed(harness, windows);
            long during = CRISIS_START + 10 * MINUTE;
            harness.processElement2(new StreamRecord<>(complaint("a", during, ResponseStatus.AWAITING, null, 100)));
            harness.processElement2(new StreamRecord<>(complaint("a", during, ResponseStatus.ANSWERED, 10.0, 100)));
            harness.processElement2(new StreamRecord<>(complaint("b", during, ResponseStatus.AWAITING, null, 90_000)));
            harness.processElement2(new StreamRecord<>(complaint("b", during, ResponseStatus.BREACHED, null, 90_000)));
            // Delivered again (a restore replays the clock's output): the same change, counted once.
            harness.processElement2(new StreamRecord<>(complaint("b", during, ResponseStatus.BREACHED, null, 90_000)));
            harness.processElement2(
                    new StreamRecord<>(complaint("old", BrandTraffic.START, ResponseStatus.BREACHED, null, 5)));
            harness.processBothWatermarks(
                    new Watermark(CRISIS_START + Duration.ofHours(4).toMillis()));

            EpisodeUpdate resolved = episodes(harness).get(episodes(harness).size() - 1);
            assertThat(resolved.kind()).isEqualTo(EpisodeUpdate.Kind.RESOLVED);
            var responses = resolved.episode().responses();
            assertThat(responses.complaints).isEqualTo(2);
            assertThat(responses.answered).isEqualTo(1);
            assertThat(responses.breached)
                    .as("the complaint from before the episode is not its own")
                    .isEqualTo(1);
            assertThat(responses.medianFirstResponseMinutes()).isEqualTo(10.0);
            assertThat(harness.numKeyedStateEntries())
                    .as("waiting response records are gone once counted")
                    .isEqualTo(1);
            assertThat(responses.unansweredHighReach)
                    .extracting(MentionEvidence::id)
                    .containsExactly("b");
        }
    }

    @Test
    void oneWatermarkForAWholeStormCountsAnswersAsMinuteByMinuteWatermarksDo() throws Exception {
        // A backfill reads so fast that one watermark may release a whole storm at once; a live
        // stream moves minute by minute. The episode must count the same answers either way.
        var stepwise = resolvedResponses(false);
        var oneJump = resolvedResponses(true);

        assertThat(stepwise.complaints).isEqualTo(2);
        assertThat(oneJump.complaints).isEqualTo(stepwise.complaints);
        assertThat(oneJump.answered).isEqualTo(stepwise.answered).isEqualTo(1);
        assertThat(oneJump.breached).isEqualTo(stepwise.breached).isEqualTo(1);
    }

    private static io.crisisradar.detect.crisis.EpisodeResponses resolvedResponses(boolean oneWatermark)
            throws Exception {
        BrandTraffic traffic = new BrandTraffic(16, BrandTraffic.daily(120))
                .burst(CRISIS_START, Duration.ofHours(1), 10, BrandTraffic.Tone.ANGRY, "twitter", "facebook");
        long during = CRISIS_START + 20 * MINUTE;
        try (var harness = harness()) {
            // The clock's records run ahead of the windows, which wait for the watermark.
            harness.processElement2(new StreamRecord<>(complaint("a", during, ResponseStatus.ANSWERED, 10.0, 100)));
            harness.processElement2(new StreamRecord<>(complaint("b", during, ResponseStatus.BREACHED, null, 90_000)));
            for (WindowSummary window :
                    traffic.windows(CRISIS_START + Duration.ofHours(4).toMillis())) {
                harness.processElement1(new StreamRecord<>(window, window.end() - 1));
                if (!oneWatermark) {
                    harness.processBothWatermarks(new Watermark(window.end() - 1));
                }
            }
            harness.processBothWatermarks(
                    new Watermark(CRISIS_START + Duration.ofHours(5).toMillis()));
            EpisodeUpdate last = episodes(harness).get(episodes(harness).size() - 1);
            assertThat(last.kind()).isEqualTo(EpisodeUpdate.Kind.RESOLVED);
            return last.episode().responses();
        }
    }

    @Test
    void aLateAnswerWhoseBreachCameBeforeTheEpisodeWasDetectedIsNotCountedEither() throws Exception {
        BrandTraffic traffic = new BrandTraffic(17, BrandTraffic.daily(120))
                .burst(CRISIS_START, Duration.ofHours(1), 10, BrandTraffic.Tone.ANGRY, "twitter", "facebook");
        List<WindowSummary> windows =
                traffic.windows(CRISIS_START + Duration.ofHours(3).toMillis());
        EpisodeUpdate opened;
        try (var harness = harness()) {
            feed(harness, windows);
            opened = episodes(harness).get(0);
        }
        long start = opened.episode().start();
        long detected = opened.episode().detectedAt();
        assertThat(detected - start).as("a run at watch before detection").isGreaterThan(MINUTE);
        // Posted at the start, due just before detection, answered late while the episode is open.
        java.time.Instant posted = java.time.Instant.ofEpochMilli(start);
        java.time.Instant due = java.time.Instant.ofEpochMilli(detected - 2);
        ResponseRecord breached = new ResponseRecord(
                "early",
                BrandTraffic.BRAND,
                "twitter",
                posted,
                due,
                ResponseStatus.BREACHED,
                null,
                null,
                10,
                "twitter:@angry",
                "paczka",
                new String[] {"DELIVERY"},
                true,
                -0.7);
        ResponseRecord late = breached.answeredBy(
                new io.crisisradar.care.BrandReply("reply", BrandTraffic.BRAND, due.plusSeconds(600)));
        try (var harness = harness()) {
            harness.processElement2(new StreamRecord<>(breached));
            harness.processElement2(new StreamRecord<>(late));
            feed(harness, windows);

            var responses = episodes(harness)
                    .get(episodes(harness).size() - 1)
                    .episode()
                    .responses();
            assertThat(responses.breached).isZero();
            assertThat(responses.answeredLate)
                    .as("a late answer is always among the counted breaches")
                    .isZero();
        }
    }
}
