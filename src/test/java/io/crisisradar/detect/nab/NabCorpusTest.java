package io.crisisradar.detect.nab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class NabCorpusTest {

    private static final List<String> LINES = List.of(
            "timestamp,value",
            "2015-02-26 21:42:53,104",
            "2015-02-26 21:47:53,100",
            "2015-02-26 21:52:53,99",
            "2015-02-26 21:57:53,154");

    @Test
    void mapsWindowLimitsOnRowsComparingTheFirst19Characters() {
        NabSeries series = NabCorpus.read("realTweets/x.csv", LINES, List.<String[]>of(new String[] {
            "2015-02-26 21:47:53.000000", "2015-02-26 21:52:53.000000"
        }));
        assertThat(series.windows()).containsExactly(new NabSeries.Window(1, 2));
        assertThat(series.values()).containsExactly(104, 100, 99, 154);
        assertThat(series.epochMillis()[1] - series.epochMillis()[0]).isEqualTo(300_000L);
        assertThat(series.label(0)).isZero();
        assertThat(series.label(2)).isEqualTo(1);
        assertThat(series.shortName()).isEqualTo("x");
    }

    @Test
    void rejectsAWindowThatIsNotOnARow() {
        assertThatThrownBy(() -> NabCorpus.read("realTweets/x.csv", LINES, List.<String[]>of(new String[] {
                    "2015-02-26 21:48:00", "2015-02-26 21:52:53"
                })))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not on a row");
    }
}
