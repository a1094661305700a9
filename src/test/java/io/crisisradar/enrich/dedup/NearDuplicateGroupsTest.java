package io.crisisradar.enrich.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NearDuplicateGroupsTest {

    private final TextFingerprint fingerprints = new TextFingerprint();
    private final Map<Long, Long> keys = new HashMap<>();
    private final NearDuplicateGroups.Store store = new NearDuplicateGroups.Store() {
        @Override
        public Long groupOf(long bandKey) {
            return keys.get(bandKey);
        }

        @Override
        public void put(long bandKey, long group) {
            keys.put(bandKey, group);
        }
    };

    private long group(String text) throws Exception {
        TextFingerprint.Signature signature = fingerprints.signature(text);
        return NearDuplicateGroups.assign(signature.fingerprint(), signature.bucketKeys(), text.hashCode(), store);
    }

    @Test
    void repostsAndCopyPasteVariantsJoinTheGroupOfTheFirstText() throws Exception {
        long original =
                group("Kurier Błysk przetrzymuje paczki od tygodnia, a infolinia odkłada słuchawkę. Udostępnijcie!");

        assertThat(
                        group(
                                "RT @marek: Kurier Błysk przetrzymuje paczki od tygodnia, a infolinia odkłada słuchawkę. Udostępnijcie!"))
                .isEqualTo(original);
        assertThat(
                        group(
                                "Kurier Błysk przetrzymuje paczki od tygodnia, a infolinia odkłada słuchawkę 😡 Udostępnijcie! https://t.co/x"))
                .isEqualTo(original);
        assertThat(original)
                .isEqualTo(fingerprints.fingerprint(
                        "Kurier Błysk przetrzymuje paczki od tygodnia, a infolinia odkłada słuchawkę. Udostępnijcie!"));
    }

    @Test
    void textsWithNoWordsAreEachTheirOwnVoice() throws Exception {
        long first = NearDuplicateGroups.assign(0L, new long[] {0, 0, 0}, 11L, store);
        long second = NearDuplicateGroups.assign(0L, new long[] {0, 0, 0}, 22L, store);

        assertThat(first).isEqualTo(11L);
        assertThat(second).isEqualTo(22L);
        assertThat(keys).isEmpty();
    }

    @Test
    void unrelatedTextsFoundGroupsOfTheirOwn() throws Exception {
        long delivery = group("My parcel from the courier is stuck in the depot for five days now");
        long praise = group("Great coffee at the new place on the corner, friendly staff too");

        assertThat(praise).isNotEqualTo(delivery);
        assertThat(NearDuplicateGroups.format(praise)).hasSize(16);
    }
}
