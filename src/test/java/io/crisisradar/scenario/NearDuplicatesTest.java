package io.crisisradar.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.crisisradar.enrich.dedup.NearDuplicateGroups;
import io.crisisradar.enrich.dedup.TextFingerprint;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The job counts "unique voices" through near-duplicate groups (one group per brand, remembered
 * for a day). Template-made texts must not collapse into a few groups, or every crisis would look
 * like a copy-paste campaign; a contest's copy-paste entries, on the other hand, should.
 */
class NearDuplicatesTest {

    private static final long WINDOW_SECONDS = 15 * 60;

    /**
     * Voices per mention in 15-minute windows, by event id ("" for everyday traffic, "id/entries"
     * for a contest's entries).
     */
    private static Map<String, Double> voiceShares(List<GeneratedMention> mentions) throws Exception {
        TextFingerprint fingerprints = new TextFingerprint();
        Map<String, Map<Long, Long>> stores = new HashMap<>();
        Map<String, Set<Long>> groupsByWindow = new HashMap<>();
        Map<String, long[]> counts = new HashMap<>();
        for (GeneratedMention m : mentions) {
            Map<Long, Long> store = stores.computeIfAbsent(m.brand(), b -> new HashMap<>());
            TextFingerprint.Signature s = fingerprints.signature(m.text());
            long group = NearDuplicateGroups.assign(
                    s.fingerprint(),
                    s.bucketKeys(),
                    NearDuplicateGroups.ownGroup(m.id()),
                    new NearDuplicateGroups.Store() {
                        @Override
                        public Long groupOf(long key) {
                            return store.get(key);
                        }

                        @Override
                        public void put(long key, long value) {
                            store.put(key, value);
                        }
                    });
            String key = m.eventId() == null ? "" : m.eventId() + (m.topic() == Topic.CONTEST_ENTRY ? "/entries" : "");
            long[] c = counts.computeIfAbsent(key, k -> new long[2]);
            c[0]++;
            String window = key + "|" + m.brand() + "|" + m.createdAt().getEpochSecond() / WINDOW_SECONDS;
            if (groupsByWindow.computeIfAbsent(window, w -> new HashSet<>()).add(group)) {
                c[1]++;
            }
        }
        Map<String, Double> shares = new HashMap<>();
        counts.forEach((k, c) -> shares.put(k, c[1] / (double) c[0]));
        return shares;
    }

    @Test
    void everydayMentionsAndCrisesKeepMostOfTheirVoicesWhileContestEntriesCollapse() throws Exception {
        ScenarioFixtures.Generated week = ScenarioFixtures.standardWeek();
        Map<String, Double> shares = voiceShares(week.mentions());
        System.out.println("scenario voices per mention in 15-minute windows: " + shares);

        assertThat(shares.get("")).as("everyday traffic").isGreaterThan(0.9);
        for (ScenarioLabels.EventLabel e : week.labels().events()) {
            double share = shares.get(e.id());
            switch (e.shape()) {
                case GIVEAWAY ->
                    assertThat(shares.get(e.id() + "/entries")).as(e.id()).isLessThan(0.5);
                // A third of a viral post's mentions are reposts of it: one voice.
                case VIRAL_DEFECT_POST -> assertThat(share).as(e.id()).isBetween(0.4, 0.85);
                default -> assertThat(share).as(e.id()).isGreaterThan(0.55);
            }
        }
    }
}
