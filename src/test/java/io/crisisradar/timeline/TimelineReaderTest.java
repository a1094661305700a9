package io.crisisradar.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TimelineReaderTest {

    @Test
    void bucketsAreRoundAndKeepEveryRangeWithinAThousandPoints() {
        assertThat(TimelineReader.bucketFor(Duration.ofHours(3))).isEqualTo(Duration.ofMinutes(1));
        assertThat(TimelineReader.bucketFor(Duration.ofDays(1))).isEqualTo(Duration.ofMinutes(2));
        assertThat(TimelineReader.bucketFor(Duration.ofHours(31))).isEqualTo(Duration.ofMinutes(2));
        assertThat(TimelineReader.bucketFor(Duration.ofDays(7))).isEqualTo(Duration.ofMinutes(15));
        assertThat(TimelineReader.bucketFor(Duration.ofDays(365))).isEqualTo(Duration.ofHours(12));
        assertThat(TimelineReader.bucketFor(Duration.ofDays(3650))).isEqualTo(Duration.ofDays(7));
        assertThat(TimelineReader.bucketFor(Duration.ofDays(36_500))).isEqualTo(Duration.ofDays(37));
        for (long minutes = 1; minutes < 60L * 24 * 365 * 30; minutes = minutes * 3 + 7) {
            Duration range = Duration.ofMinutes(minutes);
            assertThat(range.toMinutes() / TimelineReader.bucketFor(range).toMinutes())
                    .as("points for %s", range)
                    .isLessThanOrEqualTo(TimelineReader.MAX_BUCKETS);
        }
    }
}
