package io.crisisradar.care;

import io.crisisradar.enrich.EnrichedMention;
import io.crisisradar.enrich.Enrichment;
import io.crisisradar.enrich.sentiment.SentimentLabel;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The response clock: for each complaint and each brand it names, when that brand first answered,
 * measured against the platform's deadline ({@link DeadlinePolicy}). Plain Java; the Flink operator
 * keys {@link #tracked} mentions by {@link #conversationKey} and feeds this one conversation's
 * mentions and wake-up times.
 *
 * <p>A <b>complaint</b> is a mention of a brand, not itself a brand's reply, that reads negative or
 * carries a complaint category (the category rules catch complaints that read neutral). A <b>brand
 * reply</b> is a mention the enrichment marked as written by a brand's own handle in reply to
 * another ({@code in_reply_to}). Only a reply by the brand a clock is for answers it.
 *
 * <p>The clock runs on event time: a complaint is answered in time when the reply was posted by
 * the deadline, whenever either arrives. So a reply that arrives before its complaint (another
 * partition, another path through the job) waits in the state for it, and a reply that arrives
 * after the deadline has been declared breached, yet was posted in time, still counts as in time.
 */
public final class ResponseClock implements Serializable {

    private final DeadlinePolicy policy;

    public ResponseClock(DeadlinePolicy policy) {
        this.policy = policy;
    }

    /** What a step of the clock leaves behind and what it tells the world. */
    public record Step(ClockState state, List<ResponseRecord> emitted) {

        static Step quiet(ClockState state) {
            return new Step(state, List.of());
        }
    }

    /** A negative or complaint mention of a brand, not written by a brand: it starts a clock. */
    public static boolean isComplaint(EnrichedMention mention) {
        Enrichment e = mention.enrichment();
        return !e.brandResponse()
                && e.brands().length > 0
                && (SentimentLabel.NEGATIVE.name().equals(e.sentimentLabel()) || e.categories().length > 0);
    }

    /** A brand's own reply to another mention: it may stop a clock. */
    public static boolean isBrandReply(EnrichedMention mention) {
        return mention.enrichment().brandResponse()
                && mention.enrichment().respondingBrand() != null
                && mention.mention().inReplyTo() != null;
    }

    /**
     * The clocks a mention concerns: a complaint starts one per brand it names (each brand owes its
     * own answer), a brand reply belongs to its brand's clock; anything else, none.
     */
    public static List<TrackedMention> tracked(EnrichedMention mention) {
        if (isComplaint(mention)) {
            return Arrays.stream(mention.enrichment().brands())
                    .map(brand -> new TrackedMention(brand, mention))
                    .toList();
        }
        if (isBrandReply(mention)) {
            return List.of(new TrackedMention(mention.enrichment().respondingBrand(), mention));
        }
        return List.of();
    }

    /**
     * The key that brings a complaint and its brand's answers together: the complaint's own id, and
     * for a brand reply the id it answers, with the brand. (A complaint that is itself a reply in a
     * thread is a new complaint with its own clock.)
     */
    public static String conversationKey(TrackedMention tracked) {
        return conversationRoot(tracked.mention()) + "|" + tracked.brand();
    }

    /** The complaint a mention belongs to: its own id, or for a brand reply the id it answers. */
    public static String conversationRoot(EnrichedMention mention) {
        return isBrandReply(mention)
                ? mention.mention().inReplyTo()
                : mention.mention().id();
    }

    /** One mention of this conversation arrives. */
    public Step onMention(ClockState state, TrackedMention tracked) {
        EnrichedMention mention = tracked.mention();
        if (isComplaint(mention)) {
            return onComplaint(state, tracked);
        }
        if (isBrandReply(mention)) {
            return onReply(
                    state,
                    new BrandReply(
                            mention.mention().id(),
                            tracked.brand(),
                            mention.mention().createdAt()));
        }
        return Step.quiet(state);
    }

    private Step onComplaint(ClockState state, TrackedMention tracked) {
        if (state.complaint() != null) {
            return Step.quiet(state); // delivered again after the redelivery filter forgot it: the clock runs
        }
        EnrichedMention mention = tracked.mention();
        ResponseRecord awaiting = ResponseRecord.awaiting(
                mention,
                tracked.brand(),
                policy.deadline(mention.mention().platform(), mention.mention().createdAt()));
        Optional<BrandReply> answer = Arrays.stream(state.earlyReplies())
                .filter(reply -> answers(reply, awaiting))
                .findFirst();
        // Already answered: the final status alone, no "awaiting" that nobody would see for long.
        // Replies by other brands are dropped: this conversation's complaint is not theirs.
        return answer.map(reply -> new Step(ClockState.EMPTY, answered(awaiting, reply)))
                .orElseGet(() -> new Step(ClockState.of(awaiting), List.of(awaiting)));
    }

    private Step onReply(ClockState state, BrandReply reply) {
        ResponseRecord complaint = state.complaint();
        if (complaint == null) {
            return Step.quiet(state.withEarlyReply(reply));
        }
        if (!answers(reply, complaint)) {
            return Step.quiet(state);
        }
        return new Step(ClockState.EMPTY, answered(complaint, reply));
    }

    /**
     * The records of an answer. A late answer always follows a breach record: when the reply comes
     * before the deadline's timer has fired (a backfill reads far ahead of its watermark, a reply can
     * arrive before its complaint), the breach is emitted first, so every late answer was a breach
     * first — whatever the timing, the same records, and the same episode figures downstream.
     */
    private static List<ResponseRecord> answered(ResponseRecord complaint, BrandReply reply) {
        ResponseRecord answer = complaint.answeredBy(reply);
        if (answer.status() == ResponseStatus.ANSWERED_LATE && complaint.status() == ResponseStatus.AWAITING) {
            return List.of(complaint.breached(), answer);
        }
        return List.of(answer);
    }

    /** By the complaint's brand, and not after the late-answer window. */
    private boolean answers(BrandReply reply, ResponseRecord complaint) {
        return reply.brand().equals(complaint.brand()) && !reply.at().isAfter(policy.lastAnswer(complaint.deadline()));
    }

    /** Event time reached {@code now}: a deadline passes, a window closes, early replies expire. */
    public Step onTime(ClockState state, Instant now) {
        ResponseRecord complaint = state.complaint();
        if (complaint == null) {
            BrandReply[] waiting = Arrays.stream(state.earlyReplies())
                    .filter(reply -> now.isBefore(replyExpiry(reply)))
                    .toArray(BrandReply[]::new);
            return Step.quiet(waiting.length == 0 ? ClockState.EMPTY : new ClockState(null, waiting));
        }
        List<ResponseRecord> emitted = new ArrayList<>();
        if (complaint.status() == ResponseStatus.AWAITING && !now.isBefore(complaint.deadline())) {
            complaint = complaint.breached();
            emitted.add(complaint);
        }
        if (!now.isBefore(policy.lastAnswer(complaint.deadline()))) {
            // No answer will be recorded any more; the document keeps the last status (breached).
            return new Step(ClockState.EMPTY, emitted);
        }
        return new Step(emitted.isEmpty() ? state : ClockState.of(complaint), emitted);
    }

    /** The event times at which {@link #onTime} must be called for this state, earliest first. */
    public List<Instant> wakeUps(ClockState state) {
        TreeSet<Instant> times = new TreeSet<>();
        ResponseRecord complaint = state.complaint();
        if (complaint != null) {
            if (complaint.status() == ResponseStatus.AWAITING) {
                times.add(complaint.deadline());
            }
            times.add(policy.lastAnswer(complaint.deadline()));
        }
        for (BrandReply reply : state.earlyReplies()) {
            times.add(replyExpiry(reply));
        }
        return List.copyOf(times);
    }

    /**
     * How long a reply waits for a complaint that has not come: as long as a late answer counts.
     * Its complaint was posted before it, so it normally comes soon after; the window bounds the
     * state of brand replies to mentions that never start a clock (praise, questions).
     */
    private Instant replyExpiry(BrandReply reply) {
        return reply.at().plus(policy.lateAnswerWindow());
    }
}
