package io.crisisradar.cli;

import io.crisisradar.enrich.brand.BrandMatcher;
import io.crisisradar.enrich.brand.BrandRule;
import io.crisisradar.enrich.category.ComplaintCategory;
import io.crisisradar.enrich.category.ComplaintClassifier;
import io.crisisradar.enrich.dedup.TextFingerprint;
import io.crisisradar.enrich.language.LanguageDetector;
import io.crisisradar.enrich.reach.ReachEstimator;
import io.crisisradar.enrich.sentiment.SentimentAnalyzer;
import io.crisisradar.enrich.sentiment.SentimentLabel;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Measures the complaint classifier on the US airline tweets (2015) by mapping their {@code
 * negativereason} to our categories, on a development part, a held-out part (by tweet id hash)
 * and the whole file.
 */
@Command(
        name = "evaluate-categories",
        mixinStandardHelpOptions = true,
        description = "Measure complaint categories on the US airline tweets (negativereason mapped to categories).")
public final class EvaluateCategoriesCommand implements Callable<Integer> {

    /** The airline file; its licence (CC BY-NC-SA) keeps it out of the repository. */
    static final String AIRLINE_FILE = "mentions/us_airline_tweets_2015.csv";

    /** Tweets whose id hash falls below this (out of 10) are held out from development. */
    static final int HELD_OUT_TENTHS = 3;

    @Option(
            names = "--data-dir",
            defaultValue = "../shared/data",
            description = "Directory holding " + AIRLINE_FILE + " (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(
            names = "--show-errors",
            defaultValue = "0",
            description = "Print up to this many misclassified development tweets per gold class.")
    int showErrors;

    @Option(
            names = "--chain-speed",
            description = "Also time the whole enrichment chain without sentiment (language, categories, brands, "
                    + "fingerprint, reach) per tweet.")
    boolean chainSpeed;

    @Option(
            names = "--chain-language",
            defaultValue = "LOW_THEN_HIGH",
            description = "Lingua accuracy for the chain timing: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    LanguageDetector.Accuracy chainLanguage;

    @Option(
            names = "--booking-as",
            defaultValue = "OUTAGE",
            description = "Category the airline reason 'Flight Booking Problems' maps to (default: ${DEFAULT-VALUE}; "
                    + "docs/enrichment.md compares OUTAGE, PRICING_BILLING and CUSTOMER_SERVICE).")
    ComplaintCategory bookingAs;

    @Option(
            names = "--chain-cache",
            defaultValue = "0",
            description = "Language answer cache capacity for the chain timing (0 = none). Emptied before every "
                    + "pass, so only repeats within one pass over the file (retweets) hit it.")
    int chainCache;

    @Option(
            names = "--chain-declared",
            description = "Simulate a platform-declared language (e.g. en, as X's lang field) passed to "
                    + "detect(text, declared) in the chain timing; default: none, detect(text).")
    String chainDeclared;

    @Option(
            names = "--negative-fallback",
            description = "Also report classify(text, negative): negative (by our SentimentAnalyzer, not the gold "
                    + "label) tweets addressed to a handle without any cue get CUSTOMER_SERVICE.")
    boolean negativeFallback;

    @Option(
            names = "--speed-passes",
            defaultValue = "5",
            description = "Timed passes over all texts for the speed figure.")
    int speedPasses;

    /** One tweet with its mapped gold category (empty when no complaint category applies). */
    record Example(String id, String text, String reason, Optional<ComplaintCategory> gold, boolean heldOut) {}

    @Override
    public Integer call() throws IOException {
        Path file = dataDir.resolve(AIRLINE_FILE);
        if (!Files.isRegularFile(file)) {
            System.err.printf(
                    "Data file %s is missing. Point --data-dir at the shared data directory "
                            + "(a checkout of ../shared/data); nothing to evaluate.%n",
                    file.toAbsolutePath().normalize());
            return 2;
        }
        List<List<String>> rows = EvaluateLanguageCommand.readDelimited(file, ',');
        List<Example> examples = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            if (row.size() < 11) {
                continue;
            }
            String reason = row.get(3);
            Optional<ComplaintCategory> gold =
                    "Flight Booking Problems".equals(reason) ? Optional.of(bookingAs) : mapReason(reason);
            examples.add(new Example(row.get(0), row.get(10), reason, gold, isHeldOut(row.get(0))));
        }
        System.out.printf("loaded %d airline tweets from %s%n", examples.size(), file);
        ComplaintClassifier classifier = new ComplaintClassifier();
        List<Set<ComplaintCategory>> predictions = new ArrayList<>(examples.size());
        for (int i = 0; i < examples.size(); i++) {
            predictions.add(classifier.classify(examples.get(i).text()));
            if ((i + 1) % 1000 == 0) {
                System.out.printf("  ... %d/%d classified%n", i + 1, examples.size());
            }
        }
        report("development part (id hash not held out)", examples, predictions, e -> !e.heldOut());
        report("held-out part (" + HELD_OUT_TENTHS + "/10 by id hash)", examples, predictions, Example::heldOut);
        report("whole file", examples, predictions, e -> true);
        if (negativeFallback) {
            // Our own sentiment model decides "negative": the gold airline_sentiment would leak the
            // annotators' complaint judgement (every tweet with a reason is gold-negative).
            SentimentAnalyzer sentiment = new SentimentAnalyzer();
            List<Set<ComplaintCategory>> withFallback = new ArrayList<>(examples.size());
            for (Example e : examples) {
                SentimentLabel label = sentiment.analyze(e.text(), "en").label();
                withFallback.add(classifier.classify(e.text(), label == SentimentLabel.NEGATIVE));
            }
            report("development part, with negative fallback", examples, withFallback, e -> !e.heldOut());
            report("held-out part, with negative fallback", examples, withFallback, Example::heldOut);
            report("whole file, with negative fallback", examples, withFallback, e -> true);
        }
        if (showErrors > 0) {
            printErrors(classifier, examples, predictions);
        }
        speed(classifier, examples);
        if (chainSpeed) {
            chainSpeed(classifier, examples);
        }
        return 0;
    }

    /**
     * The airline reasons mapped to our categories; see docs/enrichment.md for the reasoning.
     * "Can't Tell" and tweets without a reason (positive, neutral) expect no category.
     */
    static Optional<ComplaintCategory> mapReason(String reason) {
        return switch (reason) {
            case "Late Flight", "Cancelled Flight", "Lost Luggage", "Damaged Luggage" ->
                Optional.of(ComplaintCategory.DELIVERY);
            case "Customer Service Issue", "Flight Attendant Complaints", "longlines" ->
                Optional.of(ComplaintCategory.CUSTOMER_SERVICE);
            case "Flight Booking Problems" -> Optional.of(ComplaintCategory.OUTAGE);
            case "Bad Flight" -> Optional.of(ComplaintCategory.PRODUCT_DEFECT);
            default -> Optional.empty();
        };
    }

    /** A stable 30 % hold-out by tweet id (Fibonacci hashing, so neighbouring ids spread). */
    static boolean isHeldOut(String id) {
        long value;
        try {
            value = Long.parseLong(id.strip());
        } catch (NumberFormatException e) {
            value = id.hashCode();
        }
        long h = value * 0x9E3779B97F4A7C15L;
        return Long.remainderUnsigned(h >>> 33, 10) < HELD_OUT_TENTHS;
    }

    private interface Filter {
        boolean test(Example e);
    }

    private static void report(
            String title, List<Example> examples, List<Set<ComplaintCategory>> predictions, Filter filter) {
        Map<ComplaintCategory, int[]> counts = new EnumMap<>(ComplaintCategory.class); // tp, fp, fn
        for (ComplaintCategory c : ComplaintCategory.values()) {
            counts.put(c, new int[3]);
        }
        // confusion[gold][predicted]: gold index 0 = none; predicted index 0 = none.
        int size = ComplaintCategory.values().length + 1;
        int[][] confusion = new int[size][size];
        int n = 0;
        int exact = 0;
        int[] detect = new int[4]; // tp, fp, fn, tn for "is a complaint with a category"
        for (int i = 0; i < examples.size(); i++) {
            Example e = examples.get(i);
            if (!filter.test(e)) {
                continue;
            }
            n++;
            Set<ComplaintCategory> predicted = predictions.get(i);
            Set<ComplaintCategory> gold =
                    e.gold().map(EnumSet::of).orElseGet(() -> EnumSet.noneOf(ComplaintCategory.class));
            if (predicted.equals(gold)) {
                exact++;
            }
            for (ComplaintCategory c : ComplaintCategory.values()) {
                boolean p = predicted.contains(c);
                boolean g = gold.contains(c);
                int[] k = counts.get(c);
                if (p && g) {
                    k[0]++;
                } else if (p) {
                    k[1]++;
                } else if (g) {
                    k[2]++;
                }
            }
            int goldIndex = e.gold().map(c -> c.ordinal() + 1).orElse(0);
            if (predicted.isEmpty()) {
                confusion[goldIndex][0]++;
            }
            for (ComplaintCategory c : predicted) {
                confusion[goldIndex][c.ordinal() + 1]++;
            }
            boolean g = e.gold().isPresent();
            boolean p = !predicted.isEmpty();
            detect[g ? (p ? 0 : 2) : (p ? 1 : 3)]++;
        }
        System.out.printf("%n== %s: %d tweets%n", title, n);
        System.out.printf("exact-set accuracy %.3f%n", (double) exact / n);
        System.out.printf(
                "complaint detection (any category): precision %.3f recall %.3f F1 %.3f%n",
                precision(detect[0], detect[1]), recall(detect[0], detect[2]), f1(detect[0], detect[1], detect[2]));
        System.out.printf("%-18s %5s %5s %5s %9s %7s %6s%n", "category", "tp", "fp", "fn", "precision", "recall", "F1");
        double macro = 0;
        int present = 0;
        for (ComplaintCategory c : ComplaintCategory.values()) {
            int[] k = counts.get(c);
            boolean inGold = k[0] + k[2] > 0;
            double f1 = f1(k[0], k[1], k[2]);
            if (inGold) {
                macro += f1;
                present++;
            }
            System.out.printf(
                    "%-18s %5d %5d %5d %9.3f %7.3f %6.3f%s%n",
                    c,
                    k[0],
                    k[1],
                    k[2],
                    precision(k[0], k[1]),
                    recall(k[0], k[2]),
                    f1,
                    inGold ? "" : "  (not in gold)");
        }
        System.out.printf("macro-F1 over the %d categories present in gold: %.3f%n", present, macro / present);
        System.out.println("confusion (rows gold, columns predicted labels; a tweet counts once per label):");
        StringBuilder header = new StringBuilder(String.format("%-18s %6s", "", "none"));
        for (ComplaintCategory c : ComplaintCategory.values()) {
            header.append(String.format(" %6.6s", c.name()));
        }
        System.out.println(header);
        for (int g = 0; g < size; g++) {
            StringBuilder line = new StringBuilder(
                    String.format("%-18s", g == 0 ? "none" : ComplaintCategory.values()[g - 1].name()));
            for (int p = 0; p < size; p++) {
                line.append(String.format(" %6d", confusion[g][p]));
            }
            System.out.println(line);
        }
    }

    private void printErrors(
            ComplaintClassifier classifier, List<Example> examples, List<Set<ComplaintCategory>> predictions) {
        System.out.printf("%n== misclassified development tweets (up to %d per gold class)%n", showErrors);
        Map<String, Integer> shown = new java.util.HashMap<>();
        for (int i = 0; i < examples.size(); i++) {
            Example e = examples.get(i);
            if (e.heldOut()) {
                continue;
            }
            Set<ComplaintCategory> gold =
                    e.gold().map(EnumSet::of).orElseGet(() -> EnumSet.noneOf(ComplaintCategory.class));
            if (gold.equals(predictions.get(i))) {
                continue;
            }
            String key = e.reason().isEmpty() ? "(no reason)" : e.reason();
            if (shown.merge(key, 1, Integer::sum) <= showErrors) {
                System.out.printf(
                        "[%s] gold=%s predicted=%s :: %s%n",
                        key, gold, classifier.explain(e.text()), e.text().replace('\n', ' '));
            }
        }
    }

    /** Tweets per second of this thread's CPU time (the machine is shared; wall time would vary). */
    private void speed(ComplaintClassifier classifier, List<Example> examples) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (Example e : examples) {
            classifier.classify(e.text()); // warm-up for the JIT
        }
        long start = threads.getCurrentThreadCpuTime();
        long checksum = 0;
        for (int pass = 0; pass < speedPasses; pass++) {
            for (Example e : examples) {
                checksum += classifier.classify(e.text()).size();
            }
        }
        double seconds = (threads.getCurrentThreadCpuTime() - start) / 1e9;
        System.out.printf(
                "%nspeed: %.0f tweets per CPU second on one thread (%d passes, checksum %d)%n",
                examples.size() * (double) speedPasses / seconds, speedPasses, checksum);
    }

    /**
     * Times language detection, categories, brand matching, fingerprint and reach together, as the
     * enrichment operator will run them, per CPU second of one thread.
     */
    private void chainSpeed(ComplaintClassifier classifier, List<Example> examples) {
        System.out.printf("loading language models for the chain timing (%s) ...%n", chainLanguage);
        LanguageDetector.Settings recommended = LanguageDetector.Settings.recommended();
        LanguageDetector language = new LanguageDetector(
                new LanguageDetector.Settings(
                        recommended.isoCodes(),
                        chainLanguage,
                        recommended.preCheck(),
                        recommended.minLetters(),
                        recommended.maxChars()),
                chainCache);
        BrandMatcher brands = new BrandMatcher(List.of(
                new BrandRule("virgin", List.of("Virgin America"), List.of("@VirginAmerica"), List.of(), List.of()),
                new BrandRule("jetblue", List.of("JetBlue", "Jet Blue"), List.of("@JetBlue"), List.of(), List.of()),
                new BrandRule("united", List.of("United"), List.of("@united"), List.of(), List.of("united states")),
                new BrandRule("allegro", List.of("Allegro"), List.of("@allegro"), List.of("#allegro"), List.of())));
        TextFingerprint fingerprints = new TextFingerprint();
        ReachEstimator reach = new ReachEstimator();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long checksum = 0;
        for (int pass = 0; pass <= speedPasses; pass++) {
            language.clearCache();
            long[] before = language.cacheStatistics();
            long start = threads.getCurrentThreadCpuTime();
            long[] nanos = new long[5];
            for (Example e : examples) {
                long t0 = System.nanoTime();
                checksum += (chainDeclared == null
                                ? language.detect(e.text())
                                : language.detect(e.text(), chainDeclared))
                        .hashCode();
                long t1 = System.nanoTime();
                checksum += classifier.classify(e.text()).size();
                long t2 = System.nanoTime();
                checksum += brands.match(e.text()).size();
                long t3 = System.nanoTime();
                checksum += fingerprints.signature(e.text()).fingerprint();
                long t4 = System.nanoTime();
                checksum += reach.estimate(new ReachEstimator.Signals(
                                "twitter", OptionalLong.of(500), 3, 1, 0, OptionalLong.empty()))
                        .reach();
                long t5 = System.nanoTime();
                nanos[0] += t1 - t0;
                nanos[1] += t2 - t1;
                nanos[2] += t3 - t2;
                nanos[3] += t4 - t3;
                nanos[4] += t5 - t4;
            }
            double seconds = (threads.getCurrentThreadCpuTime() - start) / 1e9;
            if (pass > 0) { // pass 0 warms up the JIT
                long total = nanos[0] + nanos[1] + nanos[2] + nanos[3] + nanos[4];
                System.out.printf(
                        "chain pass %d: %.0f tweets per CPU second; wall-time shares: language %.0f%%, categories %.0f%%, "
                                + "brands %.0f%%, fingerprint %.0f%%, reach %.0f%% (checksum %d)%n",
                        pass,
                        examples.size() / seconds,
                        100.0 * nanos[0] / total,
                        100.0 * nanos[1] / total,
                        100.0 * nanos[2] / total,
                        100.0 * nanos[3] / total,
                        100.0 * nanos[4] / total,
                        checksum);
                long[] after = language.cacheStatistics();
                System.out.printf(
                        "  texts sent to Lingua %d of %d (%.1f %%), answered by the cache %d%n",
                        after[0] - before[0],
                        examples.size(),
                        100.0 * (after[0] - before[0]) / examples.size(),
                        after[1] - before[1]);
            }
        }
    }

    private static double precision(int tp, int fp) {
        return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    private static double recall(int tp, int fn) {
        return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    private static double f1(int tp, int fp, int fn) {
        return 2.0 * tp + fp + fn == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }

    /** Temporary entry point until {@code Main} registers this command. */
}
