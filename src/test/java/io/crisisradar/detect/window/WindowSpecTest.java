package io.crisisradar.detect.window;

import static io.crisisradar.detect.window.WindowFixtures.MINUTE;
import static io.crisisradar.detect.window.WindowFixtures.NOON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Window sizes, slides and which window ends cover a pane. */
class WindowSpecTest {

    private static final long TWELVE_OH_SEVEN = NOON + 7 * MINUTE;

    @Test
    void parsesSizeAndSlideInMinutes() {
        assertThat(WindowSpec.parse("60m/5m")).isEqualTo(WindowSpec.ONE_HOUR);
        assertThat(WindowSpec.ONE_HOUR.id()).isEqualTo("60m-5m");
        assertThat(WindowSpec.DEFAULTS).containsExactly(WindowSpec.FIFTEEN_MINUTES, WindowSpec.ONE_HOUR);
    }

    @Test
    void rejectsWindowsThatDoNotCoverWholePanes() {
        assertThatThrownBy(() -> new WindowSpec(Duration.ofMinutes(15), Duration.ofSeconds(30)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WindowSpec(Duration.ofMinutes(14), Duration.ofMinutes(5)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WindowSpec.parse("15")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPaneIsCoveredByTheWindowsEndingAfterItUpToOneSizeLater() {
        // pane 12:07 is in the hour windows ending 12:10, 12:15, ..., 13:05
        assertThat(WindowSpec.ONE_HOUR.firstEndCovering(TWELVE_OH_SEVEN)).isEqualTo(NOON + 10 * MINUTE);
        assertThat(WindowSpec.ONE_HOUR.lastEndCovering(TWELVE_OH_SEVEN)).isEqualTo(NOON + 65 * MINUTE);
        assertThat(WindowSpec.FIFTEEN_MINUTES.firstEndCovering(TWELVE_OH_SEVEN)).isEqualTo(NOON + 8 * MINUTE);
        assertThat(WindowSpec.FIFTEEN_MINUTES.lastEndCovering(TWELVE_OH_SEVEN)).isEqualTo(NOON + 22 * MINUTE);
        assertThat(WindowSpec.paneStart(TWELVE_OH_SEVEN + 59_999)).isEqualTo(TWELVE_OH_SEVEN);
    }
}
