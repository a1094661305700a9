package io.crisisradar.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TimeArgumentsTest {

    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

    @Test
    void readsInstantsOffsetsLocalTimesAndDates() {
        assertThat(TimeArguments.parse("2026-11-23T18:00:00Z", WARSAW, false))
                .isEqualTo(Instant.parse("2026-11-23T18:00:00Z"));
        assertThat(TimeArguments.parse("2026-11-23T18:00Z", WARSAW, false))
                .isEqualTo(Instant.parse("2026-11-23T18:00:00Z"));
        assertThat(TimeArguments.parse("2026-11-23T18:00:00.5z", WARSAW, false))
                .isEqualTo(Instant.parse("2026-11-23T18:00:00.500Z"));
        assertThat(TimeArguments.parse("2026-11-23T19:00+01:00", ZoneOffset.UTC, false))
                .isEqualTo(Instant.parse("2026-11-23T18:00:00Z"));
        assertThat(TimeArguments.parse("2026-11-23 19:00", WARSAW, false))
                .isEqualTo(Instant.parse("2026-11-23T18:00:00Z"));
        assertThat(TimeArguments.parse("2026-11-23", ZoneOffset.UTC, false))
                .isEqualTo(Instant.parse("2026-11-23T00:00:00Z"));
        assertThat(TimeArguments.parse("2026-11-23", WARSAW, false)).isEqualTo(Instant.parse("2026-11-22T23:00:00Z"));
    }

    @Test
    void aDateAsTheEndOfARangeIncludesThatWholeDay() {
        assertThat(TimeArguments.parse("2026-11-23", ZoneOffset.UTC, true))
                .isEqualTo(Instant.parse("2026-11-24T00:00:00Z"));
    }

    @Test
    void nowIsNow() {
        assertThat(Duration.between(TimeArguments.parse("now", ZoneOffset.UTC, true), Instant.now()))
                .isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void anUnreadableTimeSaysWhatIsAccepted() {
        assertThatThrownBy(() -> TimeArguments.parse("23.11.2026", ZoneOffset.UTC, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'23.11.2026'")
                .hasMessageContaining("2026-11-23T18:00:00Z");
        assertThatThrownBy(() -> TimeArguments.parse("2026-13-01", ZoneOffset.UTC, false))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
