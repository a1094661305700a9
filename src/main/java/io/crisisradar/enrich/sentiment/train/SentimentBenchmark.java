package io.crisisradar.enrich.sentiment.train;

import io.crisisradar.enrich.sentiment.SentimentAnalyzer;
import io.crisisradar.enrich.sentiment.eval.KnownDataset;
import io.crisisradar.enrich.sentiment.eval.LabelledText;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Single-thread throughput of {@link SentimentAnalyzer#analyze}: texts per second of wall clock
 * and per second of the thread's CPU time (the per-core figure, robust to a busy machine). Uses
 * TweetEval and the Polish tweets when the data folder is present, else built-in sentences.
 */
@Command(
        name = "benchmark-sentiment",
        mixinStandardHelpOptions = true,
        description = "Measures sentiment throughput on one thread.")
public final class SentimentBenchmark implements Callable<Integer> {

    @Option(names = "--data-dir", defaultValue = "../shared/data", description = "Development data folder.")
    Path dataDir;

    @Option(names = "--seconds", defaultValue = "10", description = "Measured seconds per language.")
    int seconds;

    private static final List<String> EN_SAMPLE = List.of(
            "@united lost my luggage AGAIN, worst airline ever #fail",
            "The food was great but the service was terrible.",
            "sooo goood, thanks for the quick reply :)",
            "Not bad at all, delivery was on time");

    private static final List<String> PL_SAMPLE = List.of(
            "Obsługa nie jest dobra, czekam już tydzień #niepolecam",
            "Mam dość tej beznadziejnej obsługi 😡",
            "Produkt ładny, ale kurier spóźniony",
            "suuuper, dziękuję za szybką odpowiedź!");

    @Override
    public Integer call() throws IOException {
        SentimentAnalyzer analyzer = new SentimentAnalyzer();
        run(analyzer, "en", texts(KnownDataset.TWEETEVAL_VAL, EN_SAMPLE));
        run(analyzer, "pl", texts(KnownDataset.MOZETIC_PL, PL_SAMPLE));
        return 0;
    }

    private List<String> texts(KnownDataset d, List<String> fallback) throws IOException {
        Path file = d.path(dataDir);
        if (!Files.isRegularFile(file)) {
            System.out.println(d.id() + " absent: using " + fallback.size() + " built-in sentences");
            return fallback;
        }
        List<String> out = new ArrayList<>();
        for (LabelledText t : d.format().read(file)) {
            out.add(t.text());
        }
        return out;
    }

    private void run(SentimentAnalyzer analyzer, String lang, List<String> texts) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        double sink = 0;
        // Warm-up so the JIT has compiled the hot path before measuring.
        long warmEnd = System.nanoTime() + 3_000_000_000L;
        while (System.nanoTime() < warmEnd) {
            for (String t : texts) {
                sink += analyzer.analyze(t, lang).score();
            }
        }
        long chars = 0;
        long n = 0;
        long cpu0 = mx.getCurrentThreadCpuTime();
        long wall0 = System.nanoTime();
        long end = wall0 + seconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            for (String t : texts) {
                sink += analyzer.analyze(t, lang).score();
                chars += t.length();
                n++;
            }
        }
        double wall = (System.nanoTime() - wall0) / 1e9;
        double cpu = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9;
        System.out.printf(
                Locale.ROOT,
                "%s: %d texts (mean %.0f chars): %.0f texts/s wall clock, %.0f texts per CPU-second (checksum %.1f)%n",
                lang,
                n,
                (double) chars / n,
                n / wall,
                n / cpu,
                sink);
    }
}
