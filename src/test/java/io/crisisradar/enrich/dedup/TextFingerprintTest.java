package io.crisisradar.enrich.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextFingerprintTest {

    private static final String ORIGINAL =
            "Allegro znowu zgubiło moją paczkę, trzeci raz w tym miesiącu, obsługa klienta nie odpowiada od tygodnia";

    private final TextFingerprint fp = new TextFingerprint();

    @Test
    void decorationsDoNotChangeTheFingerprint() {
        long base = fp.fingerprint(ORIGINAL);
        assertThat(fp.fingerprint("RT @jan_kowalski: " + ORIGINAL)).isEqualTo(base);
        assertThat(fp.fingerprint("@allegro " + ORIGINAL + " https://t.co/Ab12 😡😡"))
                .isEqualTo(base);
        assertThat(fp.fingerprint(ORIGINAL.toUpperCase() + "!!!")).isEqualTo(base);
        assertThat(
                        fp.fingerprint(
                                "Allegro znowu zgubilo moja paczke, trzeci raz w tym miesiacu, obsluga klienta nie odpowiada od tygodnia"))
                .as("diacritics are folded")
                .isEqualTo(base);
    }

    @Test
    void oneChangedWordIsStillANearDuplicate() {
        String edited = ORIGINAL.replace("trzeci", "czwarty");
        assertThat(fp.nearDuplicate(ORIGINAL, edited)).isTrue();
        assertThat(TextFingerprint.sharedKeys(fp.bucketKeys(ORIGINAL), fp.bucketKeys(edited)))
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void copyPasteCampaignWithAddedHashtagIsANearDuplicate() {
        String campaign = "Stop testing on animals! Brand X still sells products tested on rabbits, sign the petition";
        assertThat(fp.nearDuplicate(campaign, campaign + " #boycott")).isTrue();
    }

    @Test
    void unrelatedTextsAreNotNearDuplicates() {
        String other = "Great flight today, the crew was lovely and we landed twenty minutes early";
        assertThat(fp.nearDuplicate(ORIGINAL, other)).isFalse();
        assertThat(TextFingerprint.sharedKeys(fp.bucketKeys(ORIGINAL), fp.bucketKeys(other)))
                .isZero();
        assertThat(TextFingerprint.distance(fp.fingerprint(ORIGINAL), fp.fingerprint(other)))
                .isGreaterThan(TextFingerprint.MAX_DISTANCE);
    }

    @Test
    void textWithoutWordsHasZeroFingerprint() {
        assertThat(fp.fingerprint("@allegro 😡 https://t.co/x 123")).isZero();
        assertThat(TextFingerprint.normalise("RT @a: 2024 Allegro!!")).containsExactly("allegro");
    }

    @Test
    void signatureAgreesWithSeparateCalls() {
        TextFingerprint.Signature s = fp.signature(ORIGINAL);
        assertThat(s.fingerprint()).isEqualTo(fp.fingerprint(ORIGINAL));
        assertThat(s.bucketKeys()).containsExactly(fp.bucketKeys(ORIGINAL));
        assertThat(s.bucketKeys()).hasSize(TextFingerprint.BANDS);
    }
}
