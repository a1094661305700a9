package io.crisisradar.enrich.dedup;

import io.crisisradar.enrich.language.SocialText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Near-duplicate fingerprints for reposts and copy-paste campaigns.
 *
 * <p>The text is normalised first (lower case, diacritics folded; URLs, @mentions, "RT", numbers,
 * punctuation and emoji dropped), so that decoration edits give identical results. Two signals
 * are then computed from the words:
 *
 * <ul>
 *   <li>{@link #fingerprint(String)}: a 64-bit SimHash over word unigrams and bigrams. Texts that
 *       differ by a word or two land a few bits apart, unrelated texts about 32 bits apart;
 *       {@link #nearDuplicate(long, long)} accepts up to {@link #MAX_DISTANCE} bits.
 *   <li>{@link #bucketKeys(String)}: {@link #BANDS} MinHash band keys ({@link #ROWS} min-hashes
 *       each) over the set of words. Texts whose word sets overlap strongly share at least one
 *       key with high probability (Jaccard 0.8 gives about 98 %), unrelated texts almost never.
 *       SimHash bands alone cannot do this for tweets: one changed word in a 15-word tweet moves
 *       the SimHash by 6 to 8 bits, beyond what a pigeonhole band split guarantees.
 * </ul>
 *
 * A streaming operator keeps recent fingerprints per bucket key, looks up the {@link #BANDS} keys
 * of a new mention and confirms a candidate with {@link #nearDuplicate(long, long)}. Figures in
 * docs/enrichment.md. Stateless and thread-safe.
 */
public final class TextFingerprint {

    /** MinHash bands, each one bucket key. */
    public static final int BANDS = 8;

    /** Min-hashes per band: more rows make unrelated texts share keys less often. */
    public static final int ROWS = 4;

    /** Largest SimHash distance still counted as a near-duplicate (chosen by measurement). */
    public static final int MAX_DISTANCE = 10;

    private static final long[] SEEDS = seeds(BANDS * ROWS);

    private final boolean bigrams;

    /** Both values of a text, computed from one normalisation (compare keys with {@link #sharedKeys}). */
    public record Signature(long fingerprint, long[] bucketKeys) {}

    /** The default: SimHash over word unigrams (measured better than adding bigrams). */
    public TextFingerprint() {
        this(false);
    }

    /** For measurement: SimHash with or without word bigrams. */
    TextFingerprint(boolean bigrams) {
        this.bigrams = bigrams;
    }

    /** The normalised words the fingerprint is computed from. */
    public static List<String> normalise(String text) {
        List<String> words = SocialText.words(text);
        List<String> kept = new ArrayList<>(words.size());
        for (String w : words) {
            if (w.equals("rt") || w.equals("via")) {
                continue;
            }
            String letters = stripDigits(w);
            if (!letters.isEmpty()) {
                kept.add(letters);
            }
        }
        return kept;
    }

    /** 64-bit SimHash of the normalised text; 0 for a text without words. */
    public long fingerprint(String text) {
        return simHash(normalise(text));
    }

    /** The {@link #BANDS} MinHash bucket keys of a text (all equal to 0 for a text without words). */
    public long[] bucketKeys(String text) {
        return minHashBands(normalise(text));
    }

    /** Fingerprint and bucket keys together. */
    public Signature signature(String text) {
        List<String> words = normalise(text);
        return new Signature(simHash(words), minHashBands(words));
    }

    private long simHash(List<String> words) {
        if (words.isEmpty()) {
            return 0L;
        }
        int[] votes = new int[64];
        long previous = 0;
        for (int i = 0; i < words.size(); i++) {
            long h = hash(words.get(i));
            vote(votes, h);
            if (bigrams && i > 0) {
                vote(votes, mix(previous * 31 + h));
            }
            previous = h;
        }
        long fp = 0;
        for (int bit = 0; bit < 64; bit++) {
            if (votes[bit] > 0) {
                fp |= 1L << bit;
            }
        }
        return fp;
    }

    private static long[] minHashBands(List<String> words) {
        long[] keys = new long[BANDS];
        if (words.isEmpty()) {
            return keys;
        }
        long[] min = new long[BANDS * ROWS];
        Arrays.fill(min, Long.MAX_VALUE);
        for (String w : words) {
            long h = hash(w);
            for (int k = 0; k < min.length; k++) {
                long v = mix(h ^ SEEDS[k]);
                if (Long.compareUnsigned(v, min[k]) < 0) {
                    min[k] = v;
                }
            }
        }
        for (int b = 0; b < BANDS; b++) {
            long key = b;
            for (int r = 0; r < ROWS; r++) {
                key = mix(key * 0x9E3779B97F4A7C15L + min[b * ROWS + r]);
            }
            keys[b] = key;
        }
        return keys;
    }

    private static long[] seeds(int n) {
        long[] seeds = new long[n];
        long z = 0x5DEECE66DL;
        for (int i = 0; i < n; i++) {
            z += 0x9E3779B97F4A7C15L;
            seeds[i] = mix(z);
        }
        return seeds;
    }

    /** Number of differing bits. */
    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    /** Whether two fingerprints are near-duplicates (within {@link #MAX_DISTANCE} bits). */
    public static boolean nearDuplicate(long a, long b) {
        return distance(a, b) <= MAX_DISTANCE;
    }

    /** How many bucket keys two key arrays share (band by band). */
    public static int sharedKeys(long[] a, long[] b) {
        int shared = 0;
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            if (a[i] == b[i]) {
                shared++;
            }
        }
        return shared;
    }

    /**
     * Whether two signatures are near-duplicates: they share a bucket key and either a second key
     * or a SimHash within {@link #MAX_DISTANCE} bits.
     */
    public static boolean nearDuplicate(Signature a, Signature b) {
        int shared = sharedKeys(a.bucketKeys(), b.bucketKeys());
        return shared >= 2 || shared == 1 && nearDuplicate(a.fingerprint(), b.fingerprint());
    }

    /** Whether two texts are near-duplicates. */
    public boolean nearDuplicate(String a, String b) {
        return nearDuplicate(signature(a), signature(b));
    }

    private static void vote(int[] votes, long h) {
        for (int bit = 0; bit < 64; bit++) {
            votes[bit] += (int) ((h >>> bit) & 1L) * 2 - 1;
        }
    }

    private static String stripDigits(String w) {
        boolean hasDigit = false;
        for (int i = 0; i < w.length() && !hasDigit; i++) {
            hasDigit = Character.isDigit(w.charAt(i));
        }
        if (!hasDigit) {
            return w;
        }
        StringBuilder b = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (!Character.isDigit(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** 64-bit FNV-1a of the characters, finished with the SplitMix64 mixer for good bit spread. */
    private static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
