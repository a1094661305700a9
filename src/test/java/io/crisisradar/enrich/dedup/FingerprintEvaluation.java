package io.crisisradar.enrich.dedup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;

/**
 * Measures fingerprint collisions and recall on real tweets: unrelated TweetEval tweets must not
 * be near-duplicates, synthetic edits of them must. Not a unit test (it reads ../shared/data); run
 * with {@code java} as documented in docs/enrichment.md.
 */
public final class FingerprintEvaluation {

    private FingerprintEvaluation() {}

    /** Arguments: [data dir, default ../shared/data]. */
    public static void main(String[] args) throws IOException {
        Path file =
                Path.of(args.length > 0 ? args[0] : "../shared/data").resolve("sentiment/en/tweeteval_val_text.txt");
        if (!Files.isRegularFile(file)) {
            System.err.println("Data file " + file.toAbsolutePath().normalize() + " is missing; nothing to measure.");
            System.exit(2);
        }
        // Distinct texts only: the file itself holds a few genuine reposts.
        List<String> tweets = new ArrayList<>(new LinkedHashSet<>(Files.readAllLines(file, StandardCharsets.UTF_8)));
        for (boolean bigrams : new boolean[] {false, true}) {
            run(
                    new TextFingerprint(bigrams),
                    tweets,
                    bigrams ? "SimHash unigrams+bigrams" : "SimHash unigrams (default)");
        }
    }

    private static void run(TextFingerprint fp, List<String> tweets, String title) {
        System.out.printf("%n== %s, %d distinct tweets%n", title, tweets.size());
        long[] prints = new long[tweets.size()];
        long[][] keys = new long[tweets.size()][];
        for (int i = 0; i < prints.length; i++) {
            prints[i] = fp.fingerprint(tweets.get(i));
            keys[i] = fp.bucketKeys(tweets.get(i));
        }
        long confirmed = 0;
        int[] pairHistogram = new int[65];
        long pairs = 0;
        long sharedBand = 0;
        for (int i = 0; i < prints.length; i++) {
            for (int j = i + 1; j < prints.length; j++) {
                pairs++;
                pairHistogram[TextFingerprint.distance(prints[i], prints[j])]++;
                if (shareKey(keys[i], keys[j])) {
                    sharedBand++;
                    boolean byRule = TextFingerprint.nearDuplicate(
                            new TextFingerprint.Signature(prints[i], keys[i]),
                            new TextFingerprint.Signature(prints[j], keys[j]));
                    if (byRule) {
                        confirmed++;
                        System.out.printf("  flagged pair: %.110s || %.110s%n", tweets.get(i), tweets.get(j));
                    }
                }
            }
        }
        System.out.printf(
                "unrelated pairs: %d; sharing a bucket key: %d (%.4f%%); flagged near-duplicate by the rule: %d%n",
                pairs, sharedBand, 100.0 * sharedBand / pairs, confirmed);
        int cumulative = 0;
        for (int d = 0; d <= 12; d += 2) {
            cumulative += pairHistogram[d];
            System.out.printf("  unrelated pairs within %2d bits: %d%n", d, cumulative);
        }
        List<Edit> edits = List.of(
                new Edit("add @mention", t -> "@someone " + t),
                new Edit("add URL", t -> t + " https://t.co/Ab12Cd34"),
                new Edit("RT @x: prefix", t -> "RT @newsdesk: " + t),
                new Edit("add/change emoji", t -> t.replaceAll("[\\p{So}\\p{Cs}]", "") + " 😡🔥"),
                new Edit("case + punctuation", t -> t.toUpperCase() + "!!!"),
                new Edit("all decorations", t -> "RT @x: @brand " + t + " http://bit.ly/x 👍"),
                new Edit("replace 1 word", t -> replaceWord(t, 1)),
                new Edit("insert 1 word", FingerprintEvaluation::insertWord),
                new Edit("delete 1 word", FingerprintEvaluation::deleteWord),
                new Edit("replace 2 words", t -> replaceWord(t, 2)));
        System.out.printf(
                "%-20s %6s %10s %10s %10s %10s %10s%n",
                "edit", "texts", "identical", "within max", "shares key", "detected", "mean dist");
        for (Edit edit : edits) {
            int n = 0;
            int identical = 0;
            int within = 0;
            int key = 0;
            int detected = 0;
            long sum = 0;
            for (int i = 0; i < tweets.size(); i++) {
                if (fp.normalise(tweets.get(i)).size() < 5) {
                    continue; // too short for a word edit to leave a near-duplicate
                }
                n++;
                String changed = edit.apply.apply(tweets.get(i));
                long edited = fp.fingerprint(changed);
                int d = TextFingerprint.distance(prints[i], edited);
                boolean shares = shareKey(keys[i], fp.bucketKeys(changed));
                boolean close = TextFingerprint.nearDuplicate(prints[i], edited);
                boolean rule = TextFingerprint.nearDuplicate(
                        new TextFingerprint.Signature(prints[i], keys[i]), fp.signature(changed));
                sum += d;
                identical += d == 0 ? 1 : 0;
                within += close ? 1 : 0;
                key += shares ? 1 : 0;
                detected += rule ? 1 : 0;
            }
            System.out.printf(
                    "%-20s %6d %9.1f%% %9.1f%% %9.1f%% %9.1f%% %10.2f%n",
                    edit.name,
                    n,
                    100.0 * identical / n,
                    100.0 * within / n,
                    100.0 * key / n,
                    100.0 * detected / n,
                    (double) sum / n);
        }
    }

    private record Edit(String name, UnaryOperator<String> apply) {}

    private static boolean shareKey(long[] ka, long[] kb) {
        for (int i = 0; i < ka.length; i++) {
            if (ka[i] == kb[i]) {
                return true;
            }
        }
        return false;
    }

    private static String replaceWord(String t, int count) {
        String[] words = t.split(" ");
        Random r = new Random(t.hashCode());
        for (int k = 0; k < count; k++) {
            words[r.nextInt(words.length)] = "zebra";
        }
        return String.join(" ", words);
    }

    private static String insertWord(String t) {
        String[] words = t.split(" ");
        int at = new Random(t.hashCode()).nextInt(words.length);
        List<String> out = new ArrayList<>(List.of(words));
        out.add(at, "really");
        return String.join(" ", out);
    }

    private static String deleteWord(String t) {
        String[] words = t.split(" ");
        int at = new Random(t.hashCode()).nextInt(words.length);
        List<String> out = new ArrayList<>(List.of(words));
        out.remove(at);
        return String.join(" ", out);
    }
}
