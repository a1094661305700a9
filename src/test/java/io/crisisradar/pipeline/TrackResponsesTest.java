package io.crisisradar.pipeline;

import static io.crisisradar.care.Conversations.BRAND;
import static io.crisisradar.care.Conversations.NOON;
import static io.crisisradar.care.Conversations.ONE_HOUR_LATER;
import static io.crisisradar.care.Conversations.OTHER_BRAND;
import static io.crisisradar.care.Conversations.POLICY;
import static io.crisisradar.care.Conversations.THREE_HOURS_LATER;
import static io.crisisradar.care.Conversations.TWENTY_FIVE_MINUTES_LATER;
import static io.crisisradar.care.Conversations.WINDOW_CLOSED;
import static io.crisisradar.care.Conversations.brandReply;
import static io.crisisradar.care.Conversations.complaint;
import static io.crisisradar.care.Conversations.complaintAboutBoth;
import static io.crisisradar.care.Conversations.tracked;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.crisisradar.care.BrandReply;
import io.crisisradar.care.ClockState;
import io.crisisradar.care.ResponseClock;
import io.crisisradar.care.ResponseRecord;
import io.crisisradar.care.ResponseStatus;
import io.crisisradar.care.TrackedMention;
import io.crisisradar.enrich.EnrichedMention;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.java.typeutils.PojoTypeInfo;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;

/** The response-clock operator with its real keyed state and event-time timers. */
class TrackResponsesTest {

    private static final String COMPLAINT = "twitter:1001";
    private static final String REPLY = "twitter:1002";

    private static KeyedOneInputStreamOperatorTestHarness<String, TrackedMention, ResponseRecord> harness()
            throws Exception {
        return harness(Long.MAX_VALUE);
    }

    /** The operator of a bounded run whose data ends at {@code dataEnd} (job.data-ends-at). */
    private static KeyedOneInputStreamOperatorTestHarness<String, TrackedMention, ResponseRecord> harness(long dataEnd)
            throws Exception {
        var harness = new KeyedOneInputStreamOperatorTestHarness<>(
                new KeyedProcessOperator<>(new TrackResponses(new ResponseClock(POLICY), dataEnd)),
                ResponseClock::conversationKey,
                Types.STRING);
        harness.open();
        return harness;
    }

    /** A mention arrives stamped with its event time, once for every clock it concerns. */
    private static void receive(
            KeyedOneInputStreamOperatorTestHarness<String, TrackedMention, ResponseRecord> harness,
            EnrichedMention mention)
            throws Exception {
        for (TrackedMention tracked : ResponseClock.tracked(mention)) {
            harness.processElement(
                    new StreamRecord<>(tracked, mention.mention().createdAt().toEpochMilli()));
        }
    }

    private static void watermark(
            KeyedOneInputStreamOperatorTestHarness<String, TrackedMention, ResponseRecord> harness, Instant at)
            throws Exception {
        harness.processWatermark(at.toEpochMilli());
    }

    @Test
    void anAnswerInTimeEmitsAwaitingThenAnsweredAndClearsStateAndTimers() throws Exception {
        try (var harness = harness()) {
            receive(harness, complaint(COMPLAINT));

            assertThat(harness.extractOutputValues())
                    .extracting(ResponseRecord::status)
                    .containsExactly(ResponseStatus.AWAITING);
            assertThat(harness.numKeyedStateEntries()).isEqualTo(1);
            assertThat(harness.numEventTimeTimers())
                    .as("the deadline and the end of the late-answer window")
                    .isEqualTo(2);

            receive(harness, brandReply(REPLY, COMPLAINT, BRAND, TWENTY_FIVE_MINUTES_LATER));

            assertThat(harness.extractOutputValues())
                    .extracting(ResponseRecord::status)
                    .containsExactly(ResponseStatus.AWAITING, ResponseStatus.ANSWERED);
            assertThat(harness.extractOutputValues().get(1).firstResponseMinutes())
                    .hasValue(25.0);
            assertThat(harness.numKeyedStateEntries()).isZero();
            assertThat(harness.numEventTimeTimers()).isZero();
        }
    }

    @Test
    void theDeadlineTimerBreachesAndTheWindowTimerForgets() throws Exception {
        try (var harness = harness()) {
            receive(harness, complaint(COMPLAINT));
            watermark(harness, ONE_HOUR_LATER.minusMillis(1));
            assertThat(harness.extractOutputValues()).hasSize(1);

            watermark(harness, ONE_HOUR_LATER);

            assertThat(harness.extractOutputValues())
                    .extracting(ResponseRecord::status)
                    .containsExactly(ResponseStatus.AWAITING, ResponseStatus.BREACHED);
            assertThat(harness.numKeyedStateEntries()).isEqualTo(1);
            assertThat(harness.numEventTimeTimers()).isEqualTo(1);

            watermark(harness, WINDOW_CLOSED);

            assertThat(harness.extractOutputValues()).hasSize(2);
            assertThat(harness.numKeyedStateEntries()).isZero();
            assertThat(harness.numEventTimeTimers()).isZero();
        }
    }

    @Test
    void aComplaintAboutTwoBrandsIsAnsweredByOneAndBreachedByTheOther() throws Exception {
        try (var harness = harness()) {
            receive(harness, complaintAboutBoth(COMPLAINT));
            receive(harness, brandReply(REPLY, COMPLAINT, BRAND, TWENTY_FIVE_MINUTES_LATER));
            watermark(harness, ONE_HOUR_LATER);

            assertThat(harness.extractOutputValues())
                    .extracting(ResponseRecord::brand, ResponseRecord::status)
                    .containsExactlyInAnyOrder(
                            tuple(OTHER_BRAND, ResponseStatus.AWAITING),
                            tuple(BRAND, ResponseStatus.AWAITING),
                            tuple(BRAND, ResponseStatus.ANSWERED),
                            tuple(OTHER_BRAND, ResponseStatus.BREACHED));
        }
    }

    @Test
    void whenTheInputEndsADeadlineAfterTheDataEndStaysAwaiting() throws Exception {
        try (var harness = harness(NOON.plus(Duration.ofMinutes(10)).toEpochMilli())) {
            receive(harness, complaint(COMPLAINT));
            harness.processWatermark(Long.MAX_VALUE);

            assertThat(harness.extractOutputValues())
                    .as("the data ended ten minutes after the complaint: its deadline never came")
                    .extracting(ResponseRecord::status)
                    .containsExactly(ResponseStatus.AWAITING);
        }
    }

    @Test
    void whenTheInputEndsADeadlineBeforeTheDataEndPassesHoweverFarTheWatermarkHadGot() throws Exception {
        List<ResponseStatus> oneJump;
        try (var harness = harness(THREE_HOURS_LATER.toEpochMilli())) {
            receive(harness, complaint(COMPLAINT));
            harness.processWatermark(Long.MAX_VALUE); // a fast read: no ordinary watermark at all
            oneJump = harness.extractOutputValues().stream()
                    .map(ResponseRecord::status)
                    .toList();
        }
        try (var harness = harness(THREE_HOURS_LATER.toEpochMilli())) {
            receive(harness, complaint(COMPLAINT));
            watermark(harness, THREE_HOURS_LATER.minusSeconds(5));
            harness.processWatermark(Long.MAX_VALUE);

            assertThat(harness.extractOutputValues())
                    .extracting(ResponseRecord::status)
                    .containsExactly(ResponseStatus.AWAITING, ResponseStatus.BREACHED)
                    .isEqualTo(oneJump);
        }
    }

    @Test
    void withoutAKnownDataEndTheFinalWatermarkLetsEveryDeadlinePass() throws Exception {
        try (var harness = harness()) {
            receive(harness, complaint(COMPLAINT));
            harness.processWatermark(Long.MAX_VALUE);

            assertThat(harness.extractOutputValues())
                    .extracting(ResponseRecord::status)
                    .containsExactly(ResponseStatus.AWAITING, ResponseStatus.BREACHED);
            assertThat(harness.numKeyedStateEntries()).isZero();
        }
    }

    @Test
    void aLateAnswerAfterTheBreachIsRecordedAndClearsEverything() throws Exception {
        try (var harness = harness()) {
            receive(harness, complaint(COMPLAINT));
            watermark(harness, ONE_HOUR_LATER);
            receive(harness, brandReply(REPLY, COMPLAINT, BRAND, ONE_HOUR_LATER.plus(Duration.ofDays(2))));

            assertThat(harness.extractOutputValues())
                    .extracting(ResponseRecord::status)
                    .containsExactly(ResponseStatus.AWAITING, ResponseStatus.BREACHED, ResponseStatus.ANSWERED_LATE);
            assertThat(harness.numKeyedStateEntries()).isZero();
            assertThat(harness.numEventTimeTimers()).isZero();
        }
    }

    @Test
    void aReplyBeforeItsComplaintWaitsInStateThenAnswersIt() throws Exception {
        try (var harness = harness()) {
            receive(harness, brandReply(REPLY, COMPLAINT, BRAND, TWENTY_FIVE_MINUTES_LATER));

            assertThat(harness.extractOutputValues()).isEmpty();
            assertThat(harness.numKeyedStateEntries()).isEqualTo(1);
            assertThat(harness.numEventTimeTimers()).as("the reply's expiry").isEqualTo(1);

            receive(harness, complaint(COMPLAINT));

            assertThat(harness.extractOutputValues())
                    .extracting(ResponseRecord::status, ResponseRecord::replyId)
                    .containsExactly(tuple(ResponseStatus.ANSWERED, REPLY));
            assertThat(harness.numKeyedStateEntries()).isZero();
            assertThat(harness.numEventTimeTimers()).isZero();
        }
    }

    @Test
    void aBrandReplyWhoseComplaintNeverComesIsForgottenSilently() throws Exception {
        try (var harness = harness()) {
            receive(harness, brandReply(REPLY, "twitter:2001", BRAND, TWENTY_FIVE_MINUTES_LATER));

            watermark(harness, TWENTY_FIVE_MINUTES_LATER.plus(Duration.ofDays(7)));

            assertThat(harness.extractOutputValues()).isEmpty();
            assertThat(harness.numKeyedStateEntries()).isZero();
            assertThat(harness.numEventTimeTimers()).isZero();
        }
    }

    @Test
    void aDeadlineWithAFractionOfAMillisecondIsWokenAfterItNotBefore() throws Exception {
        Instant odd = NOON.plusNanos(400_000);
        try (var harness = harness()) {
            receive(harness, complaint(COMPLAINT, "twitter", odd));
            watermark(harness, ONE_HOUR_LATER);
            assertThat(harness.extractOutputValues()).hasSize(1);

            watermark(harness, ONE_HOUR_LATER.plusMillis(1));

            assertThat(harness.extractOutputValues())
                    .extracting(ResponseRecord::status)
                    .containsExactly(ResponseStatus.AWAITING, ResponseStatus.BREACHED);
        }
    }

    private static <T> TypeSerializer<T> withoutKryo(TypeInformation<T> type) {
        assertThat(type).isInstanceOf(PojoTypeInfo.class);
        SerializerConfigImpl config = new SerializerConfigImpl();
        config.setGenericTypes(false); // any field needing Kryo makes createSerializer throw
        return type.createSerializer(config);
    }

    private static <T> T roundTrip(TypeSerializer<T> serializer, T value) throws Exception {
        DataOutputSerializer out = new DataOutputSerializer(1024);
        serializer.serialize(value, out);
        return serializer.deserialize(new DataInputDeserializer(out.getCopyOfBuffer()));
    }

    @Test
    void theClockStateAndItsRecordsAreFlinkPojosWithoutKryo() throws Exception {
        ResponseRecord awaiting = ResponseRecord.awaiting(complaint(COMPLAINT), BRAND, ONE_HOUR_LATER);
        ResponseRecord answered = awaiting.answeredBy(new BrandReply(REPLY, BRAND, TWENTY_FIVE_MINUTES_LATER));
        TypeSerializer<ResponseRecord> records = withoutKryo(TrackResponses.recordType());
        TypeSerializer<ClockState> states = withoutKryo(TrackResponses.stateType());

        assertThat(roundTrip(records, answered)).usingRecursiveComparison().isEqualTo(answered);
        assertThat(roundTrip(records, awaiting).answeredAt())
                .as("nulls survive")
                .isNull();
        ClockState waiting = new ClockState(awaiting, new BrandReply[0]);
        assertThat(roundTrip(states, waiting)).usingRecursiveComparison().isEqualTo(waiting);
        ClockState early =
                new ClockState(null, new BrandReply[] {new BrandReply(REPLY, BRAND, TWENTY_FIVE_MINUTES_LATER)});
        assertThat(roundTrip(states, early)).usingRecursiveComparison().isEqualTo(early);
        TrackedMention input = tracked(complaint(COMPLAINT));
        assertThat(roundTrip(withoutKryo(TypeInformation.of(TrackedMention.class)), input))
                .as("the operator's input, one per clock")
                .usingRecursiveComparison()
                .isEqualTo(input);
    }
}
