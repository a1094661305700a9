package io.crisisradar.detect.window;

import static io.crisisradar.detect.window.WindowFixtures.NOON;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The bounded top of mentions by reach kept as evidence. */
class TopMentionsTest {

    private static MentionEvidence mention(String id, long reach) {
        return new MentionEvidence(id, "text of " + id, "twitter:@ala", "twitter", reach, NOON, -0.8, new String[0]);
    }

    private static List<String> ids(TopMentions top) {
        return List.of(top.top()).stream().map(MentionEvidence::id).toList();
    }

    @Test
    void keepsTheLargestReachFirstWithinItsCapacity() {
        TopMentions top = TopMentions.withCapacity(3);
        top.offer(mention("a", 10));
        top.offer(mention("b", 300));
        top.offer(mention("c", 20));
        top.offer(mention("d", 200));
        top.offer(mention("e", 1));

        assertThat(ids(top)).containsExactly("b", "d", "c");
    }

    @Test
    void breaksTiesOnReachById() {
        TopMentions top = TopMentions.withCapacity(2);
        top.offer(mention("z", 100));
        top.offer(mention("b", 100));
        top.offer(mention("a", 100));

        assertThat(ids(top)).containsExactly("a", "b");
    }

    @Test
    void keepsTheSameMentionsWhateverTheArrivalOrder() {
        List<MentionEvidence> mentions = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            // many equal reaches, so the id tie-break decides
            mentions.add(mention("m-" + i, i % 7 * 100));
        }
        TopMentions inOrder = TopMentions.withCapacity(5);
        mentions.forEach(inOrder::offer);

        Random random = new Random(7);
        for (int round = 0; round < 20; round++) {
            Collections.shuffle(mentions, random);
            TopMentions shuffled = TopMentions.withCapacity(5);
            mentions.forEach(shuffled::offer);
            assertThat(ids(shuffled)).isEqualTo(ids(inOrder));
        }
        assertThat(ids(inOrder)).containsExactly("m-13", "m-20", "m-27", "m-34", "m-6");
    }

    @Test
    void keepsAMentionOfferedTwiceOnceWithItsLargestReach() {
        TopMentions top = TopMentions.withCapacity(3);
        top.offer(mention("a", 10));
        top.offer(mention("b", 20));
        top.offer(mention("a", 10));
        top.offer(mention("b", 5));
        top.offer(mention("a", 30));

        assertThat(top.top()).extracting(MentionEvidence::id).containsExactly("a", "b");
        assertThat(top.top()).extracting(MentionEvidence::reach).containsExactly(30L, 20L);
    }

    @Test
    void mergeKeepsTheTopOfTheUnionWithoutDuplicates() {
        TopMentions noon = TopMentions.withCapacity(3);
        noon.offer(mention("a", 50));
        noon.offer(mention("shared", 40));
        noon.offer(mention("b", 10));
        TopMentions minuteLater = TopMentions.withCapacity(3);
        minuteLater.offer(mention("shared", 40));
        minuteLater.offer(mention("c", 45));
        minuteLater.offer(mention("d", 5));
        MentionEvidence[] noonBefore = noon.top();

        TopMentions window = TopMentions.withCapacity(3);
        window.addAll(noon);
        window.addAll(minuteLater);

        assertThat(ids(window)).containsExactly("a", "c", "shared");
        assertThat(noon.top()).as("parts are left unchanged").isEqualTo(noonBefore);
    }

    @Test
    void anOfferNeverChangesAnArrayHandedOutBefore() {
        TopMentions top = TopMentions.withCapacity(2);
        top.offer(mention("a", 10));
        MentionEvidence[] shared = top.mentions;

        top.offer(mention("b", 20));

        assertThat(shared).extracting(MentionEvidence::id).containsExactly("a");
    }
}
