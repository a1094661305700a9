package io.crisisradar.care;

import io.crisisradar.detect.window.MentionEvidence;
import io.crisisradar.detect.window.Observation;
import io.crisisradar.enrich.EnrichedMention;
import io.crisisradar.enrich.Enrichment;
import io.crisisradar.enrich.sentiment.SentimentLabel;
import io.crisisradar.mention.Mention;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalDouble;

/**
 * One complaint against one brand's first-response deadline, as it stands now. Every version of
 * one complaint's clock (awaiting, then breached or answered) shares its {@link #mentionId} and
 * {@link #brand}, so each rewrites the same document.
 *
 * <p>A record of strings, instants, an enum, primitives and a string array: Flink serialises it as
 * a POJO, without Kryo. {@link #answeredAt} and {@link #replyId} are null until the brand answers
 * (Flink's serializers cannot carry an {@code Optional}); {@link #firstResponseMinutes()} is the
 * readable way to ask.
 *
 * @param mentionId the complaint's mention id
 * @param brand the brand this clock is for (a complaint naming two brands has a record for each)
 * @param platform the platform it was posted on
 * @param createdAt when it was posted
 * @param deadline when a first answer is due
 * @param status where it stands
 * @param answeredAt when the brand first answered, or null
 * @param replyId the mention id of that answer, or null
 * @param reach estimated people reached by the complaint
 * @param author author label, {@code platform:@handle} (else {@code platform:id}); empty when unknown
 * @param text the complaint's text, at most {@value MentionEvidence#MAX_TEXT_CHARS} chars
 * @param categories its complaint categories, possibly empty
 * @param negative whether its sentiment label is negative
 * @param sentimentScore its sentiment score in [-1, 1]
 */
public record ResponseRecord(
        String mentionId,
        String brand,
        String platform,
        Instant createdAt,
        Instant deadline,
        ResponseStatus status,
        Instant answeredAt,
        String replyId,
        long reach,
        String author,
        String text,
        String[] categories,
        boolean negative,
        double sentimentScore)
        implements Serializable {

    /** A complaint about {@code brand} just seen, with its deadline. */
    public static ResponseRecord awaiting(EnrichedMention complaint, String brand, Instant deadline) {
        Mention mention = complaint.mention();
        Enrichment enrichment = complaint.enrichment();
        return new ResponseRecord(
                mention.id(),
                brand,
                mention.platform(),
                mention.createdAt(),
                deadline,
                ResponseStatus.AWAITING,
                null,
                null,
                enrichment.reach(),
                // The label the window evidence uses, so one author reads the same everywhere.
                Observation.authorLabel(mention.platform(), mention.author()),
                MentionEvidence.truncate(mention.text()),
                enrichment.categories().clone(),
                SentimentLabel.NEGATIVE.name().equals(enrichment.sentimentLabel()),
                enrichment.sentimentScore());
    }

    /** The same complaint, its deadline passed without an answer. */
    public ResponseRecord breached() {
        return with(ResponseStatus.BREACHED, null, null);
    }

    /** The same complaint, answered by {@code reply} in time or late (judged by event time). */
    public ResponseRecord answeredBy(BrandReply reply) {
        ResponseStatus answered = reply.at().isAfter(deadline) ? ResponseStatus.ANSWERED_LATE : ResponseStatus.ANSWERED;
        return with(answered, reply.at(), reply.id());
    }

    /** Minutes from the complaint to the brand's first answer; empty while unanswered. */
    public OptionalDouble firstResponseMinutes() {
        if (answeredAt == null) {
            return OptionalDouble.empty();
        }
        // A reply stamped before its complaint (clocks of different servers) counts as immediate.
        long millis = Math.max(0, Duration.between(createdAt, answeredAt).toMillis());
        return OptionalDouble.of(millis / 60_000.0);
    }

    /** The time allowed for the first answer, in whole minutes. */
    public long deadlineMinutes() {
        return Duration.between(createdAt, deadline).toMinutes();
    }

    /** Whether the deadline was missed: breached, or answered late. */
    public boolean overdue() {
        return status.overdue();
    }

    private ResponseRecord with(ResponseStatus newStatus, Instant newAnsweredAt, String newReplyId) {
        return new ResponseRecord(
                mentionId,
                brand,
                platform,
                createdAt,
                deadline,
                newStatus,
                newAnsweredAt,
                newReplyId,
                reach,
                author,
                text,
                categories,
                negative,
                sentimentScore);
    }
}
