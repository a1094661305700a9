package io.crisisradar.detect.window;

import static io.crisisradar.detect.window.WindowFixtures.NOON;
import static io.crisisradar.detect.window.WindowFixtures.ONE_MINUTE_LATER;
import static io.crisisradar.detect.window.WindowFixtures.by;
import static io.crisisradar.detect.window.WindowFixtures.negativeBy;
import static io.crisisradar.detect.window.WindowFixtures.observation;
import static io.crisisradar.detect.window.WindowFixtures.withCategories;
import static io.crisisradar.detect.window.WindowFixtures.withTerms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Minute panes and the windows merged from them. */
class PaneTest {

    private static final long FIFTEEN_MINUTES_AFTER_NOON = NOON + 15 * WindowFixtures.MINUTE;

    @Test
    void countsVolumeNegativesSentimentAndReach() {
        Pane pane = Pane.starting(NOON);
        pane.add(by("ala"));
        pane.add(negativeBy("ola", 1_000, "twitter"));
        pane.add(negativeBy("ela", 500, "facebook"));

        assertThat(pane.volume).isEqualTo(3);
        assertThat(pane.negatives).isEqualTo(2);
        assertThat(pane.sentimentSum).isCloseTo(-1.6, within(1e-9));
        assertThat(pane.reach).isEqualTo(1_510);
        assertThat(pane.negativeReach).isEqualTo(1_500);
        assertThat(pane.platforms.count("twitter")).isEqualTo(2);
        assertThat(pane.platforms.count("facebook")).isEqualTo(1);
    }

    @Test
    void countsAnAuthorOnceAndRepostsOfOneTextAsOneVoice() {
        Pane pane = Pane.starting(NOON);
        pane.add(observation("ala", "group-1", true, -0.5, 1, "twitter"));
        pane.add(observation("ola", "group-1", true, -0.5, 1, "twitter"));
        pane.add(observation("ala", "group-2", true, -0.5, 1, "twitter"));

        assertThat(pane.authors.estimate()).isEqualTo(2);
        assertThat(pane.voices.estimate()).isEqualTo(2);
    }

    @Test
    void countsEveryCategoryOfAMention() {
        Pane pane = Pane.starting(NOON);
        pane.add(withCategories(by("ala"), "DELIVERY", "REFUND"));
        pane.add(withCategories(by("ola"), "DELIVERY"));

        assertThat(pane.categories.count("DELIVERY")).isEqualTo(2);
        assertThat(pane.categories.count("REFUND")).isEqualTo(1);
        assertThat(pane.categories.namesByCount()).containsExactly("DELIVERY", "REFUND");
    }

    @Test
    void windowIsTheMergeOfItsPanes() {
        Pane noon = Pane.starting(NOON);
        noon.add(withTerms(negativeBy("ala", 100, "twitter"), "awaria", "#blysk"));
        noon.add(withTerms(by("ola"), "awaria"));
        Pane minuteLater = Pane.starting(ONE_MINUTE_LATER);
        minuteLater.add(withTerms(negativeBy("ala", 300, "tiktok"), "awaria", "zwrot"));

        WindowSummary window = WindowSummary.assemble(
                "blysk", WindowSpec.FIFTEEN_MINUTES, FIFTEEN_MINUTES_AFTER_NOON, List.of(noon, minuteLater), false);

        assertThat(window.volume()).isEqualTo(3);
        assertThat(window.negatives()).isEqualTo(2);
        assertThat(window.negativeShare()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(window.negativeReach()).isEqualTo(400);
        assertThat(window.uniqueAuthors()).as("ala wrote in both minutes").isEqualTo(2);
        assertThat(window.platforms()).containsExactly("twitter", "tiktok");
        assertThat(window.platformCounts()).containsExactly(2, 1);
        assertThat(window.topTerms()).startsWith("awaria");
        assertThat(window.topTermCounts()).startsWith(3);
        assertThat(window.panes()).isEqualTo(2);
        assertThat(window.start()).isEqualTo(NOON);
        assertThat(window.id()).isEqualTo("blysk|15m-1m|" + FIFTEEN_MINUTES_AFTER_NOON);
    }

    @Test
    void assemblingAWindowLeavesThePanesUnchanged() {
        Pane noon = Pane.starting(NOON);
        Pane minuteLater = Pane.starting(ONE_MINUTE_LATER);
        for (int i = 0; i < 200; i++) {
            noon.add(by("noon-" + i));
            minuteLater.add(by("later-" + i));
        }
        byte[] sketchBefore = noon.authors.sketch.clone();

        WindowSummary.assemble(
                "blysk", WindowSpec.FIFTEEN_MINUTES, FIFTEEN_MINUTES_AFTER_NOON, List.of(noon, minuteLater), false);

        assertThat(noon.authors.sketch).isEqualTo(sketchBefore);
        assertThat(noon.volume).isEqualTo(200);
        assertThat(noon.authors.estimate()).isCloseTo(200, within(10L));
    }

    @Test
    void mergingTwoPanesAddsTheirCounts() {
        Pane accumulator = Pane.starting(NOON);
        accumulator.add(by("ala"));
        Pane other = Pane.starting(ONE_MINUTE_LATER);
        other.add(by("ala"));
        other.add(negativeBy("ola", 5, "twitter"));

        accumulator.addAll(other);

        assertThat(accumulator.volume).isEqualTo(3);
        assertThat(accumulator.authors.estimate()).isEqualTo(2);
        assertThat(other.volume).isEqualTo(2);
    }
}
