package io.crisisradar.detect.crisis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crisisradar.detect.window.MentionEvidence;
import org.junit.jupiter.api.Test;

/** The response figures of one episode, as the response clock's records are counted into it. */
class EpisodeResponsesTest {

    private static MentionEvidence complaint(String id, long reach) {
        return new MentionEvidence(id, "paczka " + id, "twitter:@" + id, "twitter", reach, 0L, -0.7, new String[0]);
    }

    @Test
    void complaintsAreTheAnsweredInTimeAndTheBreachedAndALateAnswerIsABreachAnsweredLater() {
        EpisodeResponses r = new EpisodeResponses();
        r.count("answered", 12.0, complaint("a", 10));
        r.count("breached", null, complaint("b", 5_000));
        r.count("breached", null, complaint("c", 90_000));
        r.count("answered_late", 95.0, complaint("c", 90_000));

        assertThat(r.complaints).isEqualTo(3);
        assertThat(r.answered).isEqualTo(1);
        assertThat(r.breached).isEqualTo(2);
        assertThat(r.answeredLate).isEqualTo(1);
        assertThat(r.medianFirstResponseMinutes()).isEqualTo((12.0 + 95.0) / 2);
        assertThat(r.unansweredHighReach)
                .as("answered late: no longer unanswered")
                .extracting(MentionEvidence::id)
                .containsExactly("b");
    }

    @Test
    void withoutAnswersTheMedianIsNotANumberAndAnUnknownStatusIsRefused() {
        EpisodeResponses r = new EpisodeResponses();
        r.count("breached", null, complaint("b", 1));

        assertThat(r.medianFirstResponseMinutes()).isNaN();
        assertThatThrownBy(() -> r.count("awaiting", null, complaint("x", 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("awaiting");
    }
}
