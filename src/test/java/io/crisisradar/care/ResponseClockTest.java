package io.crisisradar.care;

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
import static io.crisisradar.care.Conversations.customerReply;
import static io.crisisradar.care.Conversations.praise;
import static io.crisisradar.care.Conversations.tracked;
import static org.assertj.core.api.Assertions.assertThat;

import io.crisisradar.enrich.EnrichedMention;
import io.crisisradar.enrich.Enrichment;
import io.crisisradar.mention.Author;
import io.crisisradar.mention.Engagement;
import io.crisisradar.mention.Mention;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The response clock of one conversation, step by step, in event time. */
class ResponseClockTest {

    private static final String COMPLAINT = "twitter:1001";
    private static final String REPLY = "twitter:1002";

    private final ResponseClock clock = new ResponseClock(POLICY);

    /** Feeds mentions and wake-ups to the clock as the operator does, keeping what it emits. */
    private final class Conversation {
        ClockState state = ClockState.EMPTY;
        final List<ResponseRecord> emitted = new ArrayList<>();

        Conversation receive(EnrichedMention mention) {
            for (TrackedMention tracked : ResponseClock.tracked(mention)) {
                take(clock.onMention(state, tracked));
            }
            return this;
        }

        /** Event time advances to {@code now}, waking the clock at every wake-up due by then. */
        Conversation advanceTo(Instant now) {
            while (!clock.wakeUps(state).isEmpty()
                    && !clock.wakeUps(state).get(0).isAfter(now)) {
                take(clock.onTime(state, clock.wakeUps(state).get(0)));
            }
            return this;
        }

        private Conversation take(ResponseClock.Step step) {
            state = step.state();
            emitted.addAll(step.emitted());
            return this;
        }

        List<ResponseStatus> statuses() {
            return emitted.stream().map(ResponseRecord::status).toList();
        }

        ResponseRecord last() {
            return emitted.get(emitted.size() - 1);
        }
    }

    @Test
    void aComplaintStartsAClockWithItsPlatformsDeadline() {
        Conversation c = new Conversation().receive(complaint(COMPLAINT, "instagram", NOON));

        assertThat(c.statuses()).containsExactly(ResponseStatus.AWAITING);
        ResponseRecord awaiting = c.last();
        assertThat(awaiting.mentionId()).isEqualTo(COMPLAINT);
        assertThat(awaiting.brand()).isEqualTo(BRAND);
        assertThat(awaiting.deadline()).isEqualTo(NOON.plus(Duration.ofHours(12)));
        assertThat(awaiting.deadlineMinutes()).isEqualTo(12 * 60);
        assertThat(awaiting.firstResponseMinutes()).isEmpty();
        assertThat(awaiting.author()).isEqualTo("instagram:@ania_k");
        assertThat(awaiting.negative()).isTrue();
        assertThat(awaiting.categories()).containsExactly("DELIVERY");
        assertThat(clock.wakeUps(c.state))
                .as("the deadline, and the end of the late-answer window")
                .containsExactly(NOON.plus(Duration.ofHours(12)), NOON.plus(Duration.ofHours(12 + 7 * 24)));
    }

    @Test
    void anAnswerInTimeStopsTheClockAndForgetsTheComplaint() {
        Conversation c = new Conversation()
                .receive(complaint(COMPLAINT))
                .receive(brandReply(REPLY, COMPLAINT, BRAND, TWENTY_FIVE_MINUTES_LATER));

        assertThat(c.statuses()).containsExactly(ResponseStatus.AWAITING, ResponseStatus.ANSWERED);
        assertThat(c.last().answeredAt()).isEqualTo(TWENTY_FIVE_MINUTES_LATER);
        assertThat(c.last().replyId()).isEqualTo(REPLY);
        assertThat(c.last().firstResponseMinutes()).hasValue(25.0);
        assertThat(c.last().overdue()).isFalse();
        assertThat(c.state.isEmpty()).isTrue();
        assertThat(clock.wakeUps(c.state)).isEmpty();
    }

    @Test
    void anAnswerAfterTheDeadlineIsLateAndOverdue() {
        Conversation c = new Conversation()
                .receive(complaint(COMPLAINT))
                .advanceTo(ONE_HOUR_LATER)
                .receive(brandReply(REPLY, COMPLAINT, BRAND, THREE_HOURS_LATER));

        assertThat(c.statuses())
                .containsExactly(ResponseStatus.AWAITING, ResponseStatus.BREACHED, ResponseStatus.ANSWERED_LATE);
        assertThat(c.last().firstResponseMinutes()).hasValue(180.0);
        assertThat(c.last().overdue()).isTrue();
        assertThat(c.state.isEmpty()).isTrue();
    }

    @Test
    void aLateAnswerArrivingBeforeTheDeadlineTimerFiredIsStillABreachFirst() {
        // A backfill reads far ahead of its watermark: the same records as when the timer fired first.
        Conversation c = new Conversation()
                .receive(complaint(COMPLAINT))
                .receive(brandReply(REPLY, COMPLAINT, BRAND, THREE_HOURS_LATER));

        assertThat(c.statuses())
                .containsExactly(ResponseStatus.AWAITING, ResponseStatus.BREACHED, ResponseStatus.ANSWERED_LATE);
        assertThat(c.state.isEmpty()).isTrue();
    }

    @Test
    void aLateReplyThatArrivedBeforeItsComplaintIsABreachThenALateAnswer() {
        Conversation c = new Conversation()
                .receive(brandReply(REPLY, COMPLAINT, BRAND, THREE_HOURS_LATER))
                .receive(complaint(COMPLAINT));

        assertThat(c.statuses()).containsExactly(ResponseStatus.BREACHED, ResponseStatus.ANSWERED_LATE);
    }

    @Test
    void anAnswerPostedInTimeButArrivingAfterTheBreachIsInTime() {
        Conversation c = new Conversation()
                .receive(complaint(COMPLAINT))
                .advanceTo(ONE_HOUR_LATER)
                .receive(brandReply(REPLY, COMPLAINT, BRAND, TWENTY_FIVE_MINUTES_LATER));

        assertThat(c.statuses())
                .containsExactly(ResponseStatus.AWAITING, ResponseStatus.BREACHED, ResponseStatus.ANSWERED);
    }

    @Test
    void aComplaintNeverAnsweredIsBreachedThenForgottenWhenTheWindowCloses() {
        Conversation c = new Conversation().receive(complaint(COMPLAINT)).advanceTo(ONE_HOUR_LATER);

        assertThat(c.statuses()).containsExactly(ResponseStatus.AWAITING, ResponseStatus.BREACHED);
        assertThat(c.last().overdue()).isTrue();
        assertThat(clock.wakeUps(c.state)).containsExactly(WINDOW_CLOSED);

        c.advanceTo(WINDOW_CLOSED);

        assertThat(c.statuses()).as("nothing more to say").hasSize(2);
        assertThat(c.state.isEmpty()).isTrue();
        assertThat(clock.wakeUps(c.state)).isEmpty();
    }

    @Test
    void anAnswerAfterTheWindowIsNotRecorded() {
        Conversation c = new Conversation()
                .receive(complaint(COMPLAINT))
                .advanceTo(ONE_HOUR_LATER)
                .receive(brandReply(REPLY, COMPLAINT, BRAND, WINDOW_CLOSED.plusSeconds(1)));

        assertThat(c.statuses()).containsExactly(ResponseStatus.AWAITING, ResponseStatus.BREACHED);
    }

    @Test
    void aReplyThatArrivesBeforeItsComplaintWaitsForItAndAnswersIt() {
        Conversation c = new Conversation().receive(brandReply(REPLY, COMPLAINT, BRAND, TWENTY_FIVE_MINUTES_LATER));

        assertThat(c.emitted).isEmpty();
        assertThat(c.state.earlyReplies()).hasSize(1);
        assertThat(clock.wakeUps(c.state)).containsExactly(TWENTY_FIVE_MINUTES_LATER.plus(Duration.ofDays(7)));

        c.receive(complaint(COMPLAINT));

        assertThat(c.statuses())
                .as("the final status alone: the complaint never waited")
                .containsExactly(ResponseStatus.ANSWERED);
        assertThat(c.last().firstResponseMinutes()).hasValue(25.0);
        assertThat(c.state.isEmpty()).isTrue();
    }

    @Test
    void theEarliestOfSeveralEarlyRepliesIsTheFirstResponse() {
        Conversation c = new Conversation()
                .receive(brandReply("twitter:1004", COMPLAINT, BRAND, THREE_HOURS_LATER))
                .receive(brandReply(REPLY, COMPLAINT, BRAND, TWENTY_FIVE_MINUTES_LATER))
                .receive(complaint(COMPLAINT));

        assertThat(c.last().replyId()).isEqualTo(REPLY);
        assertThat(c.last().status()).isEqualTo(ResponseStatus.ANSWERED);
    }

    @Test
    void aCustomersReplyIsNotAnAnswerButAComplaintOfItsOwn() {
        EnrichedMention joining = customerReply("twitter:1003", COMPLAINT, TWENTY_FIVE_MINUTES_LATER);

        assertThat(ResponseClock.isBrandReply(joining)).isFalse();
        assertThat(ResponseClock.isComplaint(joining)).isTrue();
        assertThat(ResponseClock.conversationRoot(joining))
                .as("its own clock, not the first complaint's")
                .isEqualTo("twitter:1003");
        Conversation c = new Conversation().receive(complaint(COMPLAINT)).receive(joining);
        assertThat(c.statuses()).containsExactly(ResponseStatus.AWAITING);
        assertThat(c.state.complaint().mentionId()).isEqualTo(COMPLAINT);
    }

    @Test
    void aComplaintAboutTwoBrandsStartsAClockForEachUnderItsOwnKey() {
        List<TrackedMention> clocks = ResponseClock.tracked(complaintAboutBoth(COMPLAINT));

        assertThat(clocks).extracting(TrackedMention::brand).containsExactly(OTHER_BRAND, BRAND);
        assertThat(clocks)
                .extracting(ResponseClock::conversationKey)
                .containsExactly(COMPLAINT + "|" + OTHER_BRAND, COMPLAINT + "|" + BRAND);
        assertThat(ResponseClock.conversationKey(
                        tracked(brandReply(REPLY, COMPLAINT, BRAND, TWENTY_FIVE_MINUTES_LATER))))
                .as("a brand's reply meets that brand's clock")
                .isEqualTo(COMPLAINT + "|" + BRAND);
        assertThat(clock.onMention(ClockState.EMPTY, clocks.get(0)).emitted())
                .extracting(ResponseRecord::brand)
                .containsExactly(OTHER_BRAND);
    }

    @Test
    void anotherBrandsReplyDoesNotAnswerTheComplaint() {
        Conversation c = new Conversation()
                .receive(brandReply(REPLY, COMPLAINT, OTHER_BRAND, TWENTY_FIVE_MINUTES_LATER))
                .receive(complaint(COMPLAINT))
                .receive(brandReply("twitter:1004", COMPLAINT, OTHER_BRAND, TWENTY_FIVE_MINUTES_LATER));

        assertThat(c.statuses()).containsExactly(ResponseStatus.AWAITING);
        assertThat(c.state.earlyReplies())
                .as("the other brand's early reply is dropped once the complaint is known")
                .isEmpty();
    }

    @Test
    void aBrandReplyToANonComplaintIsIgnoredAndForgotten() {
        EnrichedMention thanks = praise("twitter:2001", NOON);
        assertThat(ResponseClock.tracked(thanks)).isEmpty();
        EnrichedMention reply = brandReply(REPLY, "twitter:2001", BRAND, TWENTY_FIVE_MINUTES_LATER);
        assertThat(ResponseClock.conversationRoot(reply)).isEqualTo("twitter:2001");

        Conversation c =
                new Conversation().receive(reply).advanceTo(TWENTY_FIVE_MINUTES_LATER.plus(Duration.ofDays(7)));

        assertThat(c.emitted).isEmpty();
        assertThat(c.state.isEmpty()).isTrue();
    }

    @Test
    void aSecondDeliveryOfTheComplaintDoesNotRestartTheClock() {
        Conversation c = new Conversation()
                .receive(complaint(COMPLAINT))
                .advanceTo(ONE_HOUR_LATER)
                .receive(complaint(COMPLAINT));

        assertThat(c.statuses()).containsExactly(ResponseStatus.AWAITING, ResponseStatus.BREACHED);
    }

    @Test
    void complaintsAreNegativeOrCategorisedMentionsOfABrandNotWrittenByABrand() {
        assertThat(ResponseClock.isComplaint(complaint(COMPLAINT))).isTrue();
        assertThat(ResponseClock.isComplaint(praise("twitter:2001", NOON))).isFalse();
        EnrichedMention reply = brandReply(REPLY, COMPLAINT, BRAND, NOON);
        assertThat(ResponseClock.isComplaint(reply)).isFalse();
        assertThat(ResponseClock.isBrandReply(reply)).isTrue();
        EnrichedMention neutralComplaint = new EnrichedMention(
                complaint(COMPLAINT).mention(),
                new Enrichment(
                        "pl",
                        0,
                        "NEUTRAL",
                        0.5,
                        new String[] {"DELIVERY"},
                        1,
                        "NANO",
                        new String[] {BRAND},
                        false,
                        null,
                        0L,
                        new long[0],
                        null));
        assertThat(ResponseClock.isComplaint(neutralComplaint))
                .as("a category catches what reads neutral")
                .isTrue();
        EnrichedMention unbranded = new EnrichedMention(
                complaint(COMPLAINT).mention(),
                new Enrichment(
                        "pl",
                        -0.8,
                        "NEGATIVE",
                        0.5,
                        new String[0],
                        1,
                        "NANO",
                        new String[0],
                        false,
                        null,
                        0L,
                        new long[0],
                        null));
        assertThat(ResponseClock.isComplaint(unbranded))
                .as("no brand to answer it")
                .isFalse();
    }

    @Test
    void theTextIsCutToATweet() {
        EnrichedMention longOne = complaint(COMPLAINT);
        longOne = new EnrichedMention(
                new Mention(
                        COMPLAINT,
                        "forum",
                        NOON,
                        "x".repeat(1000),
                        null,
                        null,
                        Author.UNKNOWN,
                        Engagement.NONE,
                        null,
                        null,
                        null,
                        null),
                longOne.enrichment());

        ResponseRecord awaiting = new Conversation().receive(longOne).last();

        assertThat(awaiting.text()).hasSize(280);
        assertThat(awaiting.author()).isEmpty();
        assertThat(awaiting.deadlineMinutes()).isEqualTo(48 * 60);
    }
}
