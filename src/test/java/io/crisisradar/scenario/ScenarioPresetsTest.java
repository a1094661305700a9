package io.crisisradar.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScenarioPresetsTest {

    private static ScenarioPresets.Options days(int days) {
        return new ScenarioPresets.Options(Optional.empty(), Optional.empty(), Optional.of(days), 1, 1);
    }

    @Test
    void theStandardPresetPlacesEveryEventAfterThreeDaysAndEndsItWellBeforeTheStream() {
        for (int days : new int[] {7, 14, 30}) {
            Scenario s = ScenarioPresets.create("standard", days(days));
            assertThat(s.duration()).isEqualTo(Duration.ofDays(days));
            assertThat(s.brands()).hasSize(4);
            assertThat(s.events()).extracting(InjectedEvent::kind).containsOnly(EventKind.CRISIS, EventKind.BENIGN);
            assertThat(s.events().stream().filter(e -> e.kind() == EventKind.CRISIS))
                    .hasSize(5);
            for (InjectedEvent e : s.events()) {
                assertThat(e.start()).as(e.id()).isAfterOrEqualTo(s.start().plus(Duration.ofDays(3)));
                assertThat(e.end()).as(e.id()).isBefore(s.end().minus(Duration.ofHours(12)));
                assertThat(e.peakMultiple()).isBetween(3.0, 15.0);
            }
        }
    }

    @Test
    void theStandardPresetHasStrongAndModerateCrises() {
        Scenario s = ScenarioPresets.create("standard", ScenarioPresets.Options.defaults());
        assertThat(s.events().stream().filter(e -> e.kind() == EventKind.CRISIS))
                .extracting(InjectedEvent::peakMultiple)
                .anySatisfy(m -> assertThat(m).isLessThanOrEqualTo(6))
                .anySatisfy(m -> assertThat(m).isGreaterThanOrEqualTo(10));
    }

    @Test
    void theDemoOpensAndResolvesItsCrisisAfterADayOfHistory() throws Exception {
        ScenarioFixtures.Generated demo = ScenarioFixtures.demo();
        Scenario s = demo.scenario();
        assertThat(s.duration()).isLessThanOrEqualTo(Duration.ofHours(32));
        assertThat(demo.mentions()).hasSizeBetween(5_000, 25_000);
        InjectedEvent crisis = ScenarioFixtures.event(demo, "VIRAL_DEFECT_POST");
        assertThat(crisis.kind()).isEqualTo(EventKind.CRISIS);
        assertThat(crisis.start()).isAfterOrEqualTo(s.start().plus(Duration.ofHours(18)));
        assertThat(crisis.end()).isBefore(s.end().minus(Duration.ofHours(1)));
        assertThat(s.events()).extracting(InjectedEvent::kind).contains(EventKind.BENIGN);
    }

    @Test
    void intensityScalesTheExtraVolumeOfEveryEvent() {
        Scenario normal = ScenarioPresets.create("standard", ScenarioPresets.Options.defaults());
        Scenario milder = ScenarioPresets.create(
                "standard", new ScenarioPresets.Options(Optional.empty(), Optional.empty(), Optional.empty(), 1, 0.5));
        for (int i = 0; i < normal.events().size(); i++) {
            double m = normal.events().get(i).peakMultiple();
            assertThat(milder.events().get(i).peakMultiple()).isEqualTo(1 + 0.5 * (m - 1));
        }
    }

    @Test
    void badOptionsAreRefusedWithAReason() {
        assertThatThrownBy(() -> ScenarioPresets.create("huge", ScenarioPresets.Options.defaults()))
                .hasMessageContaining("standard, demo");
        assertThatThrownBy(() -> ScenarioPresets.create("standard", days(5))).hasMessageContaining("7 to 120 days");
        assertThatThrownBy(() -> ScenarioPresets.create("demo", days(3))).hasMessageContaining("fixed length");
        assertThatThrownBy(() -> ScenarioPresets.create(
                        "demo",
                        new ScenarioPresets.Options(Optional.empty(), Optional.empty(), Optional.empty(), 0, 1)))
                .hasMessageContaining("rate multiplier");
        assertThatThrownBy(() -> ScenarioPresets.parseStart("yesterday")).hasMessageContaining("cannot read start");
    }

    @Test
    void startTimesAreReadAsDatesLocalTimesOrInstants() {
        assertThat(ScenarioPresets.parseStart("2026-11-02")).isEqualTo(Instant.parse("2026-11-01T23:00:00Z"));
        assertThat(ScenarioPresets.parseStart("2026-11-02T08:00")).isEqualTo(Instant.parse("2026-11-02T07:00:00Z"));
        assertThat(ScenarioPresets.parseStart("2026-11-02T08:00:00Z")).isEqualTo(Instant.parse("2026-11-02T08:00:00Z"));
        assertThat(ScenarioPresets.parseStart("2026-11-02T08:00:00+02:00"))
                .isEqualTo(Instant.parse("2026-11-02T06:00:00Z"));
    }

    @Test
    void aScenarioRefusesEventsOutsideItsTime() {
        Scenario s = ScenarioPresets.create("standard", ScenarioPresets.Options.defaults());
        InjectedEvent late = s.events().get(0);
        InjectedEvent moved = new InjectedEvent(
                late.id(),
                late.brand(),
                late.shape(),
                late.cause(),
                late.language(),
                late.polishShare(),
                s.end().minus(Duration.ofHours(1)),
                late.peakMultiple(),
                late.curve(),
                late.hashtag());
        assertThatThrownBy(() -> new Scenario(
                        "x", 1, s.start(), s.duration(), s.zone(), s.brands(), java.util.List.of(moved), 1, 0, 0))
                .hasMessageContaining("does not fit");
    }
}
