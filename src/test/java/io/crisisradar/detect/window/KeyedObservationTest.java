package io.crisisradar.detect.window;

import static org.assertj.core.api.Assertions.assertThat;

import io.crisisradar.detect.window.KeyedObservation.Dimension;
import io.crisisradar.enrich.EnrichedMention;
import io.crisisradar.mention.Author;
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

    @Test
    void carriesTheIdAuthorAndTextANegativeMentionNeedsAsEvidence() {
        Observation observation = Observation.of(ABOUT_TWO_BRANDS);

        assertThat(observation.mentionId()).isEqualTo("m1");
        assertThat(observation.createdAt()).isEqualTo(WindowFixtures.NOON);
        assertThat(observation.authorLabel()).as("no handle: the id").isEqualTo("twitter:u1");
        assertThat(observation.negativeEvidence()).isTrue();
        assertThat(observation.evidenceText()).isEqualTo("Kurier zgubił paczkę #BlyskFail");
    }

    @Test
    void shipsNoTextOfAMentionThatIsNeitherNegativeNorAComplaint() {
        Observation ordinary = Observation.of(WindowFixtures.enriched(
                "m3", "Fajna promocja w Błysku", "u", "POSITIVE", null, new String[0], "blysk"));
        Observation neutralComplaint = Observation.of(WindowFixtures.enriched(
                "m4", "Paczka znowu nie dotarła", "u", "NEUTRAL", null, new String[] {"DELIVERY"}, "blysk"));

        assertThat(ordinary.negativeEvidence()).isFalse();
        assertThat(ordinary.evidenceText()).isEmpty();
        assertThat(neutralComplaint.negativeEvidence())
                .as("the sentiment model misses some complaints")
                .isTrue();
        assertThat(neutralComplaint.evidenceText()).isEqualTo("Paczka znowu nie dotarła");
    }

    @Test
    void cutsTheEvidenceTextOfALongMention() {
        Observation observation = Observation.of(
                WindowFixtures.enriched("m5", "awaria ".repeat(100), "u", "NEGATIVE", null, new String[0], "blysk"));

        assertThat(observation.evidenceText()).hasSize(MentionEvidence.MAX_TEXT_CHARS);
    }

    @Test
    void labelsAnAuthorByHandleWithOneAtElseByIdElseNotAtAll() {
        assertThat(labelOf(new Author("42", "ania_k", null, null))).isEqualTo("twitter:@ania_k");
        assertThat(labelOf(new Author(null, "@ania", null, null))).isEqualTo("twitter:@ania");
        assertThat(labelOf(new Author("42", null, null, null))).isEqualTo("twitter:42");
        assertThat(labelOf(Author.UNKNOWN)).isEmpty();
    }

    private static String labelOf(Author author) {
        return Observation.of(WindowFixtures.enrichedBy(author, "m6", "x", "NEUTRAL", null, new String[0], "blysk"))
                .authorLabel();
    }
}
