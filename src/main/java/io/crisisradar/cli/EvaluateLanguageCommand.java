package io.crisisradar.cli;

import io.crisisradar.enrich.language.LanguageDetector;
import io.crisisradar.enrich.language.SocialText;
import java.io.IOException;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Measures language detection accuracy and speed on the labelled Polish and English texts under
 * {@code data/}, for the recommended configuration or for every candidate configuration.
 */
@Command(
        name = "evaluate-language",
        mixinStandardHelpOptions = true,
        description = "Measure language detection accuracy and speed on labelled Polish and English texts.")
public final class EvaluateLanguageCommand implements Callable<Integer> {

    @Option(
            names = "--data-dir",
            defaultValue = "../shared/data",
            description = "Directory holding sentiment/ and mentions/ (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(
            names = "--compare",
            description = "Compare all candidate Lingua configurations instead of only the recommended one.")
    boolean compare;

    @Option(
            names = "--only",
            description = "With --compare: evaluate only these named configurations (one per JVM is fairer: "
                    + "Lingua shares loaded models between detectors).")
    List<String> only;

    @Option(names = "--limit", defaultValue = "0", description = "Use at most this many texts per dataset (0 = all).")
    int limit;

    @Option(
            names = "--speed-passes",
            defaultValue = "3",
            description = "Timed passes over all texts for the speed figure (after one warm-up pass).")
    int speedPasses;

    /** One labelled text. */
    record Sample(String dataset, String expected, String text) {}

    @Override
    public Integer call() throws IOException {
        List<Sample> samples = loadSamples();
        if (samples.isEmpty()) {
            return 2;
        }
        Map<String, LanguageDetector.Settings> configs = new LinkedHashMap<>();
        configs.put("recommended", LanguageDetector.Settings.recommended());
        if (compare) {
            List<String> eu = LanguageDetector.EUROPEAN;
            LanguageDetector.Accuracy high = LanguageDetector.Accuracy.HIGH;
            LanguageDetector.Accuracy low = LanguageDetector.Accuracy.LOW;
            LanguageDetector.Accuracy both = LanguageDetector.Accuracy.LOW_THEN_HIGH;
            configs.put("all-high", new LanguageDetector.Settings(List.of(), high, false, 3, 0));
            configs.put("all-low", new LanguageDetector.Settings(List.of(), low, false, 3, 0));
            configs.put("eu-high", new LanguageDetector.Settings(eu, high, false, 3, 0));
            configs.put("eu-low", new LanguageDetector.Settings(eu, low, false, 3, 0));
            configs.put("eu-low-then-high", new LanguageDetector.Settings(eu, both, false, 3, 0));
            configs.put("eu-high+pre", new LanguageDetector.Settings(eu, high, true, 3, 0));
            configs.put("eu-low+pre", new LanguageDetector.Settings(eu, low, true, 3, 0));
            configs.put("eu-low-then-high+pre", new LanguageDetector.Settings(eu, both, true, 3, 0));
            configs.put("eu-low-then-high+pre+cut160", new LanguageDetector.Settings(eu, both, true, 3, 160));
        }
        if (only != null && !only.isEmpty()) {
            configs.keySet().retainAll(only);
        }
        for (Map.Entry<String, LanguageDetector.Settings> config : configs.entrySet()) {
            evaluate(config.getKey(), config.getValue(), samples);
        }
        return 0;
    }

    private void evaluate(String name, LanguageDetector.Settings settings, List<Sample> samples) {
        System.out.printf("%n== %s: %s%n", name, settings);
        long t0 = System.nanoTime();
        LanguageDetector detector = new LanguageDetector(settings);
        System.out.printf("models loaded in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        Map<String, int[]> perDataset = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> confusion = new LinkedHashMap<>();
        int done = 0;
        for (Sample s : samples) {
            String predicted = detector.detect(s.text());
            int[] counts = perDataset.computeIfAbsent(s.dataset(), k -> new int[3]);
            counts[0]++;
            if (predicted.equals(s.expected())) {
                counts[1]++;
            } else if (predicted.equals(LanguageDetector.UNDETERMINED)) {
                counts[2]++;
            }
            confusion.computeIfAbsent(s.dataset(), k -> new TreeMap<>()).merge(predicted, 1, Integer::sum);
            if (++done % 5000 == 0) {
                System.out.printf("  ... %d/%d texts%n", done, samples.size());
            }
        }
        int total = 0;
        int correct = 0;
        System.out.printf("%-28s %6s %9s %6s  predictions%n", "dataset", "texts", "accuracy", "und");
        for (Map.Entry<String, int[]> e : perDataset.entrySet()) {
            int[] c = e.getValue();
            total += c[0];
            correct += c[1];
            System.out.printf(
                    "%-28s %6d %8.2f%% %5.2f%%  %s%n",
                    e.getKey(), c[0], 100.0 * c[1] / c[0], 100.0 * c[2] / c[0], top(confusion.get(e.getKey()), 5));
        }
        System.out.printf("%-28s %6d %8.2f%%%n", "all", total, 100.0 * correct / total);
        if (settings.preCheck()) {
            Map<String, int[]> decided = new LinkedHashMap<>();
            for (Sample s : samples) {
                int[] c = decided.computeIfAbsent(s.dataset(), k -> new int[2]);
                c[0]++;
                if (LanguageDetector.preCheck(SocialText.clean(s.text())).isPresent()) {
                    c[1]++;
                }
            }
            StringBuilder line = new StringBuilder("decided by the pre-check alone:");
            decided.forEach((k, c) -> line.append(String.format(" %s %.1f%%;", k, 100.0 * c[1] / c[0])));
            System.out.println(line);
        }
        for (Sample s : samples) {
            detector.detect(s.text());
        }
        List<Sample> tweets =
                samples.stream().filter(s -> s.dataset().contains("tweet")).toList();
        System.out.printf(
                "speed: %.0f texts per CPU second over all texts, %.0f over tweets only (one thread, %d passes)%n",
                speed(detector, samples), speed(detector, tweets), speedPasses);
        Runtime rt = Runtime.getRuntime();
        System.gc();
        System.out.printf("heap used after GC: %d MB%n", (rt.totalMemory() - rt.freeMemory()) >> 20);
    }

    /**
     * Texts per second of this thread's CPU time: the machine is shared, and wall-clock time would
     * measure the neighbours' load rather than the detector.
     */
    private double speed(LanguageDetector detector, List<Sample> texts) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        long checksum = 0;
        for (int pass = 0; pass < speedPasses; pass++) {
            for (Sample s : texts) {
                checksum += detector.detect(s.text()).length();
            }
        }
        double seconds = (threads.getCurrentThreadCpuTime() - start) / 1e9;
        // The checksum keeps the JIT from dropping the calls.
        return checksum == Long.MIN_VALUE ? 0 : texts.size() * (double) speedPasses / seconds;
    }

    private static String top(Map<String, Integer> counts, int n) {
        return counts.entrySet().stream()
                .sorted((a, b) -> b.getValue() - a.getValue())
                .limit(n)
                .map(e -> e.getKey() + "=" + e.getValue())
                .reduce((a, b) -> a + " " + b)
                .orElse("");
    }

    private List<Sample> loadSamples() throws IOException {
        Path plTweets = dataDir.resolve("sentiment/pl/polish_tweets_mozetic2016.tsv");
        Path polemo = dataDir.resolve("sentiment/pl/polemo2_medicine_sentences.tsv");
        Path tweeteval = dataDir.resolve("sentiment/en/tweeteval_val_text.txt");
        Path airline = dataDir.resolve("mentions/us_airline_tweets_2015.csv");
        List<Sample> samples = new ArrayList<>();
        for (Path p : List.of(plTweets, polemo, tweeteval, airline)) {
            if (!Files.isRegularFile(p)) {
                System.err.printf(
                        "Data file %s is missing. Point --data-dir at the shared data directory "
                                + "(a checkout of ../shared/data); nothing to evaluate.%n",
                        p.toAbsolutePath().normalize());
                return List.of();
            }
        }
        add(samples, "pl mozetic2016 tweets", "pl", column(readDelimited(plTweets, '\t'), 2));
        add(samples, "pl polemo2 sentences", "pl", column(readDelimited(polemo, '\t'), 0));
        add(samples, "en tweeteval val", "en", Files.readAllLines(tweeteval, StandardCharsets.UTF_8));
        add(samples, "en airline tweets", "en", column(readDelimited(airline, ','), 10));
        System.out.printf("loaded %d labelled texts from %s%n", samples.size(), dataDir);
        return samples;
    }

    private void add(List<Sample> samples, String dataset, String lang, List<String> texts) {
        int n = limit > 0 ? Math.min(limit, texts.size()) : texts.size();
        for (int i = 0; i < n; i++) {
            samples.add(new Sample(dataset, lang, texts.get(i)));
        }
    }

    private static List<String> column(List<List<String>> rows, int index) {
        List<String> values = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            if (row.size() > index) {
                values.add(row.get(index));
            }
        }
        return values;
    }

    /**
     * Reads a delimited file with RFC 4180 quoting (quoted fields may hold delimiters, doubled
     * quotes and line breaks), as the Kaggle and CLARIN exports do.
     */
    static List<List<String>> readDelimited(Path file, char delimiter) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<String> row = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            boolean fieldStart = true;
            int ch;
            while ((ch = reader.read()) != -1) {
                char c = (char) ch;
                if (quoted) {
                    if (c == '"') {
                        reader.mark(1);
                        int next = reader.read();
                        if (next == '"') {
                            field.append('"');
                        } else {
                            quoted = false;
                            if (next != -1) {
                                reader.reset();
                            }
                        }
                    } else {
                        field.append(c);
                    }
                } else if (c == '"' && fieldStart) {
                    quoted = true;
                    fieldStart = false;
                } else if (c == delimiter) {
                    row.add(field.toString());
                    field.setLength(0);
                    fieldStart = true;
                } else if (c == '\n') {
                    row.add(field.toString());
                    field.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                    fieldStart = true;
                } else if (c != '\r') {
                    field.append(c);
                    fieldStart = false;
                }
            }
            if (field.length() > 0 || !row.isEmpty()) {
                row.add(field.toString());
                rows.add(row);
            }
        }
        return rows;
    }

    /** Temporary entry point until {@code Main} registers this command. */
}
