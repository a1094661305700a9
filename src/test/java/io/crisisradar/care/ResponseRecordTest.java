package io.crisisradar.care;

import static org.assertj.core.api.Assertions.assertThat;

import io.crisisradar.enrich.EnrichedMention;
import io.crisisradar.mention.Mention;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ResponseRecordTest {

    @Test
    void aComplaintWithoutAnAuthorHasAnEmptyLabelNotAnError() {
        EnrichedMention complaint = Conversations.complaint("twitter:anon");
        Mention m = complaint.mention();
        EnrichedMention anonymous = new EnrichedMention(
                new Mention(
                        m.id(),
                        m.platform(),
                        m.createdAt(),
                        m.text(),
                        m.brand(),
                        m.lang(),
                        null,
                        m.engagement(),
                        m.url(),
                        m.inReplyTo(),
                        m.upstreamSentiment(),
                        m.extraJson()),
                complaint.enrichment());

        ResponseRecord record =
                ResponseRecord.awaiting(anonymous, "inpost", m.createdAt().plus(Duration.ofHours(1)));

        assertThat(record.author()).isEmpty();
        assertThat(ResponseRecord.awaiting(complaint, "inpost", m.createdAt()).author())
                .isEqualTo("twitter:@ania_k");
    }
}
