package io.crisisradar.detect.window;

import static org.assertj.core.api.Assertions.assertThat;

import io.crisisradar.detect.window.KeyedObservation.Dimension;
import io.crisisradar.enrich.EnrichedMention;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** From an enriched mention to the keys it is counted under. */
class KeyedObservationTest {

    private static final EnrichedMention ABOUT_TWO_BRANDS = WindowFixtures.enriched(
            "m1",
            "Kurier zgubił paczkę #BlyskFail",
            "u1",
            "NEGATIVE",
            "g-7",
            new String[] {"DELIVERY"},
            "blysk",
            "kurierex");

    @Test
    void countsAMentionForEveryBrandItNames() {
        assertThat(KeyedObservation.of(ABOUT_TWO_BRANDS, Set.of(Dimension.BRAND)))
                .extracting(KeyedObservation::key)
                .containsExactly("blysk", "kurierex");
    }

    @Test
    void addsCategoryAndPlatformKeysWhenAsked() {
        assertThat(KeyedObservation.of(ABOUT_TWO_BRANDS, EnumSet.allOf(Dimension.class)))
                .extracting(KeyedObservation::key)
                .containsExactly(
                        "blysk",
                        "blysk|category=DELIVERY",
                        "blysk|platform=twitter",
                        "kurierex",
                        "kurierex|category=DELIVERY",
                        "kurierex|platform=twitter");
    }

    @Test
    void extractsWhatAPaneNeeds() {
        Observation observation = Observation.of(ABOUT_TWO_BRANDS);

        assertThat(observation.negative()).isTrue();
        assertThat(observation.reach()).isEqualTo(100);
        assertThat(observation.terms()).containsExactly("kurier", "zgubił", "paczkę", "#blyskfail");
        assertThat(observation.voiceHash()).isEqualTo(Observation.hash("g:g-7"));
        assertThat(KeyedObservation.of(
                        WindowFixtures.enriched("m2", "x", "u", "NEUTRAL", null, new String[0]),
                        Set.of(Dimension.BRAND)))
                .as("no brand, no window")
                .isEmpty();
    }
}
