package io.crisisradar.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.crisisradar.detect.crisis.Episode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Matching episodes to labelled events, on hand-made fixtures. */
class ScenarioScoreTest {

    private static final Instant T0 = Instant.parse("2026-11-10T08:00:00Z");
    private static final LabelledEvent CRISIS = event("c1", "blysk", true, 0, 120);
    private static final LabelledEvent CAMPAIGN = event("b1", "freshco", false, 600, 720);

    private static LabelledEvent event(String id, String brand, boolean crisis, int fromMinute, int toMinute) {
        return new LabelledEvent(
                id,
                brand,
                crisis,
                "SHAPE",
                T0.plus(Duration.ofMinutes(fromMinute)),
                T0.plus(Duration.ofMinutes(toMinute)));
    }

    private static Episode episode(String brand, int startMinute, int detectedMinute, int endMinute) {
        long start = T0.plus(Duration.ofMinutes(startMinute)).toEpochMilli();
        long detected = T0.plus(Duration.ofMinutes(detectedMinute)).toEpochMilli();
        long end = T0.plus(Duration.ofMinutes(endMinute)).toEpochMilli();
        return new Episode(
                brand,
                false,
                "crisis",
                start,
                detected,
                detected,
                end,
                end,
                80,
                10,
                new String[0],
                "",
                "",
                null,
                null,
                new long[0],
                new double[0]);
    }

    @Test
    void anEpisodeDuringTheCrisisDetectsItAndTheDelayIsCountedFromTheCrisisStart() {
        ScenarioScore.Result result = ScenarioScore.score(
                List.of(CRISIS, CAMPAIGN), List.of(episode("blysk", 5, 12, 150)), 2, Duration.ofDays(7));

        assertThat(result.detected()).isEqualTo(1);
        assertThat(result.recall()).isEqualTo(1.0);
        assertThat(result.minutesToDetect(0.5)).isEqualTo(12.0);
        assertThat(result.falseAlarmsPerBrandWeek()).isZero();
        assertThat(result.benignOpened()).isZero();
    }

    @Test
    void anEpisodeOfAnotherBrandOrLongBeforeTheCrisisDoesNotDetectIt() {
        ScenarioScore.Result result = ScenarioScore.score(
                List.of(CRISIS),
                List.of(episode("novabank", 5, 12, 150), episode("blysk", -100, -60, 30)),
                2,
                Duration.ofDays(7));

        assertThat(result.detected()).isZero();
        assertThat(result.minutesToDetect(0.5)).isNaN();
        assertThat(result.falseAlarmsOnNormalTraffic()).hasSize(2);
        assertThat(result.falseAlarmsPerBrandWeek()).isEqualTo(1.0);
    }

    @Test
    void anEpisodeOnABenignSpikeIsAFalseAlarmOfItsOwnKind() {
        ScenarioScore.Result result = ScenarioScore.score(
                List.of(CRISIS, CAMPAIGN),
                List.of(episode("blysk", 1, 3, 100), episode("freshco", 620, 625, 700)),
                4,
                Duration.ofDays(14));

        assertThat(result.falseAlarmsOnBenignSpikes()).hasSize(1);
        assertThat(result.falseAlarmsOnNormalTraffic()).isEmpty();
        assertThat(result.benignOpened()).isEqualTo(1);
        assertThat(result.brandWeeks()).isEqualTo(8.0);
        assertThat(result.falseAlarmsPerBrandWeek()).isEqualTo(1 / 8.0);
    }

    @Test
    void quantilesAreNearestRank() {
        List<LabelledEvent> crises =
                List.of(event("a", "x", true, 0, 60), event("b", "y", true, 0, 60), event("c", "z", true, 0, 60));
        List<Episode> episodes = List.of(episode("x", 0, 4, 60), episode("y", 0, 10, 60), episode("z", 0, 90, 120));

        ScenarioScore.Result result = ScenarioScore.score(crises, episodes, 3, Duration.ofDays(7));

        assertThat(result.minutesToDetect(0.5)).isEqualTo(10.0);
        assertThat(result.minutesToDetect(0.9)).isEqualTo(90.0);
    }
}
