package io.crisisradar.detect.window;

import static io.crisisradar.detect.window.WindowFixtures.NOON;
import static io.crisisradar.detect.window.WindowFixtures.ONE_MINUTE_LATER;
import static io.crisisradar.detect.window.WindowFixtures.by;
import static io.crisisradar.detect.window.WindowFixtures.negativeBy;
import static io.crisisradar.detect.window.WindowFixtures.negativeMention;
import static io.crisisradar.detect.window.WindowFixtures.observation;
import static io.crisisradar.detect.window.WindowFixtures.withAuthorLabel;
import static io.crisisradar.detect.window.WindowFixtures.withCategories;
import static io.crisisradar.detect.window.WindowFixtures.withTerms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
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

    @Test
    void keepsTheMostFrequentAuthorsAndSkipsUnknownOnes() {
        Pane pane = Pane.starting(NOON);
        pane.add(by("ola"));
        pane.add(by("ala"));
        pane.add(negativeBy("ela", 5, "twitter"));
        pane.add(by("ela"));
        pane.add(withAuthorLabel(by("anonymous"), ""));

        assertThat(pane.topAuthors.top(10))
                .extracting(TermCount::term, TermCount::count)
                .as("largest first, ties by label; an unknown author is no one to name")
                .containsExactly(tuple("twitter:@ela", 2L), tuple("twitter:@ala", 1L), tuple("twitter:@ola", 1L));
    }

    @Test
    void keepsTheHighestReachNegativeAndComplaintMentionsButNoOrdinaryOnes() {
        Pane pane = Pane.starting(NOON);
        pane.add(negativeMention("m-small", "ala", 10, NOON));
        pane.add(withCategories(observation("ola", "v", false, 0.1, 5_000, "twitter"), "DELIVERY"));
        pane.add(observation("ela", "v", false, 0.4, 1_000_000, "twitter"));
        pane.add(negativeMention("m-big", "ula", 900, NOON + 1_000));

        MentionEvidence[] top = pane.topNegativeMentions.top();
        assertThat(top)
                .extracting(MentionEvidence::reach)
                .as("a neutral complaint is negative evidence; a neutral uncategorised mention is not")
                .containsExactly(5_000L, 900L, 10L);
        assertThat(top[0].categories()).containsExactly("DELIVERY");
        assertThat(top[0].author()).isEqualTo("twitter:@ola");
        assertThat(top[1].id()).isEqualTo("m-big");
        assertThat(top[1].text()).isEqualTo("text of m-big");
        assertThat(top[1].createdAt()).isEqualTo(NOON + 1_000);
        assertThat(top[1].sentiment()).isEqualTo(-0.8);
        assertThat(top).allSatisfy(m -> assertThat(m.text()).isNotEmpty());
    }

    @Test
    void keepsOnlyTheTopFiveNegativeMentionsOfAPane() {
        Pane pane = Pane.starting(NOON);
        for (int i = 1; i <= 50; i++) {
            pane.add(negativeMention("m-" + i, "author-" + i, i * 10L, NOON));
        }

        assertThat(pane.topNegativeMentions.top())
                .extracting(MentionEvidence::id)
                .containsExactly("m-50", "m-49", "m-48", "m-47", "m-46");
    }

    @Test
    void windowKeepsTheTopAuthorsAndNegativeMentionsOfAllItsPanes() {
        Pane noon = Pane.starting(NOON);
        Pane minuteLater = Pane.starting(ONE_MINUTE_LATER);
        for (int i = 0; i < 12; i++) {
            // author-i writes i + 1 mentions, split over the two minutes
            for (int n = 0; n <= i; n++) {
                (n % 2 == 0 ? noon : minuteLater).add(by("author-" + i));
            }
        }
        for (int i = 1; i <= 4; i++) {
            noon.add(negativeMention("noon-" + i, "ala", 100L * i, NOON));
            minuteLater.add(negativeMention("later-" + i, "ola", 100L * i + 50, ONE_MINUTE_LATER));
        }

        WindowSummary window = WindowSummary.assemble(
                "blysk", WindowSpec.FIFTEEN_MINUTES, FIFTEEN_MINUTES_AFTER_NOON, List.of(noon, minuteLater), false);

        assertThat(window.topAuthors()).hasSize(WindowSummary.TOP_AUTHORS).startsWith("twitter:@author-11");
        assertThat(window.topAuthorCounts()).startsWith(12, 11, 10).hasSize(10);
        assertThat(window.topAuthors()).doesNotContain("twitter:@author-0", "twitter:@author-1");
        assertThat(window.topNegativeMentions())
                .extracting(MentionEvidence::id)
                .containsExactly("later-4", "noon-4", "later-3", "noon-3", "later-2");
        assertThat(noon.topNegativeMentions.top())
                .as("panes are left unchanged")
                .hasSize(4);
    }

    @Test
    void windowNamesAMentionCountedInTwoPanesOnce() {
        Pane noon = Pane.starting(NOON);
        Pane minuteLater = Pane.starting(ONE_MINUTE_LATER);
        // a redelivered mention whose copies landed in two panes
        noon.add(negativeMention("m-1", "ala", 500, NOON));
        minuteLater.add(negativeMention("m-1", "ala", 500, NOON));
        minuteLater.add(negativeMention("m-2", "ola", 400, ONE_MINUTE_LATER));

        WindowSummary window = WindowSummary.assemble(
                "blysk", WindowSpec.FIFTEEN_MINUTES, FIFTEEN_MINUTES_AFTER_NOON, List.of(noon, minuteLater), false);

        assertThat(window.topNegativeMentions()).extracting(MentionEvidence::id).containsExactly("m-1", "m-2");
    }

    @Test
    void mergingTwoPanesMergesTheirEvidence() {
        Pane accumulator = Pane.starting(NOON);
        accumulator.add(negativeMention("m-1", "ala", 100, NOON));
        Pane other = Pane.starting(ONE_MINUTE_LATER);
        other.add(negativeMention("m-2", "ala", 200, ONE_MINUTE_LATER));

        accumulator.addAll(other);

        assertThat(accumulator.topNegativeMentions.top())
                .extracting(MentionEvidence::id)
                .containsExactly("m-2", "m-1");
        assertThat(accumulator.topAuthors.top(1)).containsExactly(new TermCount("twitter:@ala", 2, 0));
    }

    @Test
    void aPaneRestoredFromStateWithoutEvidenceFieldsStillCountsAndAssembles() {
        // Flink's POJO schema evolution restores fields a savepoint did not have as null
        Pane restored = Pane.starting(NOON);
        restored.add(by("ala"));
        restored.topAuthors = null;
        restored.topNegativeMentions = null;
        Pane untouched = Pane.starting(NOON);
        untouched.topAuthors = null;
        untouched.topNegativeMentions = null;

        WindowSummary before = WindowSummary.assemble(
                "blysk", WindowSpec.FIFTEEN_MINUTES, FIFTEEN_MINUTES_AFTER_NOON, List.of(untouched), false);
        restored.add(negativeMention("m-1", "ola", 100, NOON));

        assertThat(before.topAuthors()).isEmpty();
        assertThat(before.topNegativeMentions()).isEmpty();
        assertThat(restored.volume).isEqualTo(2);
        assertThat(restored.topNegativeMentions.top())
                .extracting(MentionEvidence::id)
                .containsExactly("m-1");
    }
}
