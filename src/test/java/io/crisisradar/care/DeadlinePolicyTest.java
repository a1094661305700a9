package io.crisisradar.care;

import static io.crisisradar.care.Conversations.NOON;
import static io.crisisradar.care.Conversations.POLICY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DeadlinePolicyTest {

    @Test
    void givesEachPlatformItsOwnDeadline() {
        assertThat(POLICY.deadline("twitter", NOON)).isEqualTo(NOON.plus(Duration.ofHours(1)));
        assertThat(POLICY.deadline("x", NOON)).isEqualTo(NOON.plus(Duration.ofHours(1)));
        assertThat(POLICY.deadline("instagram", NOON)).isEqualTo(NOON.plus(Duration.ofHours(12)));
        assertThat(POLICY.deadline("facebook", NOON)).isEqualTo(NOON.plus(Duration.ofHours(24)));
        assertThat(POLICY.deadline("reviews", NOON)).isEqualTo(NOON.plus(Duration.ofHours(48)));
    }

    @Test
    void givesAnyOtherPlatformTheDefault() {
        assertThat(POLICY.allowed("linkedin")).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void recordsLateAnswersUntilTheWindowAfterTheDeadlineCloses() {
        Instant deadline = POLICY.deadline("twitter", NOON);

        assertThat(POLICY.lastAnswer(deadline)).isEqualTo(deadline.plus(Duration.ofDays(7)));
    }
}
