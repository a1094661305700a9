package io.crisisradar.cli;

import io.crisisradar.enrich.sentiment.Sentiment;
import io.crisisradar.enrich.sentiment.SentimentAnalyzer;
import io.crisisradar.enrich.sentiment.SentimentFeatures;
import io.crisisradar.enrich.sentiment.eval.ConfusionMatrix;
import io.crisisradar.enrich.sentiment.eval.DatasetFormat;
import io.crisisradar.enrich.sentiment.eval.KnownDataset;
import io.crisisradar.enrich.sentiment.eval.LabelMapping;
import io.crisisradar.enrich.sentiment.eval.LabelledText;
import io.crisisradar.enrich.sentiment.eval.Split;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Scores the sentiment analyzer on labelled files and prints, per data set, n, accuracy,
 * macro-F1, macro-averaged recall and the confusion matrix. Without files it evaluates every
 * known set under {@code --data-dir} and names the ones that are absent.
 */
@Command(
        name = "evaluate-sentiment",
        mixinStandardHelpOptions = true,
        description = {
            "Evaluates sentiment on labelled files (TweetEval, PolEmo 2.0, Mozetič tweets, VADER ground truth).",
            "With no FILE, evaluates every known set under --data-dir. Sets the shipped models were trained on are"
                    + " scored on their held-out part only unless --split says otherwise."
        })
public final class EvaluateSentimentCommand implements Callable<Integer> {

    /** Which part of a data set to score. */
    enum SplitChoice {
        /** Held-out part for sets the models were trained on, everything otherwise. */
        auto,
        all,
        heldout,
        train
    }

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Labelled files; format detected unless --format.")
    List<Path> files = new ArrayList<>();

    @Option(
            names = "--data-dir",
            defaultValue = "../shared/data",
            description = "Folder holding sentiment/en and sentiment/pl (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(
            names = "--format",
            description = "Format of FILEs: ${COMPLETION-CANDIDATES} (default: detected from name and first line).")
    DatasetFormat format;

    @Option(
            names = "--lang",
            description = "Language of FILEs, ISO 639-1 (default: en for TweetEval/VADER, pl otherwise).")
    String lang;

    @Option(
            names = "--split",
            defaultValue = "auto",
            description = "Part to score: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    SplitChoice split;

    @Option(names = "--quiet", description = "No progress on stderr.")
    boolean quiet;

    @Spec
    CommandSpec spec;

    /** Temporary entry point until {@code Main} registers this subcommand. */
    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        long t0 = System.nanoTime();
        SentimentAnalyzer analyzer = new SentimentAnalyzer();
        out.printf(Locale.ROOT, "sentiment analyzer loaded in %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        List<String> summary = new ArrayList<>();
        int failures = 0;
        if (files.isEmpty()) {
            out.println("data dir: " + dataDir.toAbsolutePath().normalize());
            for (KnownDataset d : KnownDataset.values()) {
                Path file = d.path(dataDir);
                if (!Files.isRegularFile(file)) {
                    out.printf("%n== %s: ABSENT (no %s), skipped%n", d.id(), file);
                    summary.add(String.format(Locale.ROOT, "%-27s absent", d.id()));
                    continue;
                }
                failures += evaluate(analyzer, d.id(), file, d.format(), d.lang(), Optional.of(d), out, err, summary);
            }
        } else {
            for (Path file : files) {
                if (!Files.isReadable(file)) {
                    err.println("error: cannot read " + file);
                    failures++;
                    continue;
                }
                Optional<KnownDataset> known = KnownDataset.forFile(file);
                DatasetFormat f;
                try {
                    f = format != null
                            ? format
                            : known.map(KnownDataset::format).orElse(null);
                    if (f == null) {
                        f = DatasetFormat.detect(file);
                    }
                } catch (IOException e) {
                    err.println("error: " + e.getMessage());
                    failures++;
                    continue;
                }
                String l = lang != null
                        ? lang
                        : known.map(KnownDataset::lang)
                                .orElse(
                                        f == DatasetFormat.TWEETEVAL || f == DatasetFormat.VADER_GROUND_TRUTH
                                                ? "en"
                                                : "pl");
                String name =
                        known.map(KnownDataset::id).orElse(file.getFileName().toString());
                failures += evaluate(analyzer, name, file, f, l, known, out, err, summary);
            }
        }
        if (files.isEmpty() && summary.stream().allMatch(line -> line.endsWith("absent"))) {
            err.println(
                    "error: no known data set under " + dataDir.toAbsolutePath().normalize()
                            + " (expected sentiment/en/... and sentiment/pl/...); pass --data-dir or FILEs");
            return 2;
        }
        out.printf("%n== summary (%s split)%n", split);
        out.printf(
                Locale.ROOT,
                "%-27s %-10s %6s %9s %9s %12s%n",
                "data set",
                "part",
                "n",
                "accuracy",
                "macro-F1",
                "macro-recall");
        summary.forEach(out::println);
        out.flush();
        return failures == 0 ? 0 : 1;
    }

    private int evaluate(
            SentimentAnalyzer analyzer,
            String name,
            Path file,
            DatasetFormat f,
            String l,
            Optional<KnownDataset> known,
            PrintWriter out,
            PrintWriter err,
            List<String> summary) {
        List<LabelledText> rows;
        try {
            rows = f.read(file);
        } catch (IOException | RuntimeException e) {
            err.println("error: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            summary.add(String.format(Locale.ROOT, "%-27s unreadable", name));
            return 1;
        }
        boolean trainedOn = known.map(KnownDataset::trainedOn).orElse(false);
        String part;
        List<LabelledText> selected = new ArrayList<>(rows.size());
        SplitChoice choice = split == SplitChoice.auto ? (trainedOn ? SplitChoice.heldout : SplitChoice.all) : split;
        for (LabelledText row : rows) {
            boolean heldOut = Split.isHeldOut(row.text());
            if (choice == SplitChoice.all
                    || (choice == SplitChoice.heldout && heldOut)
                    || (choice == SplitChoice.train && !heldOut)) {
                selected.add(row);
            }
        }
        part = switch (choice) {
            case heldout -> "held-out";
            case train -> "train";
            default -> "all";
        };
        String note = trainedOn
                ? (choice == SplitChoice.heldout
                        ? "held-out " + Split.HELD_OUT_PERCENT + "%: models trained on the other part"
                        : "includes data the models were trained on: optimistic")
                : "not used in training";
        out.printf(Locale.ROOT, "%n== %s (%s, %s, %s part, %s)%n   file: %s%n", name, l, f, part, note, file);
        ConfusionMatrix matrix = new ConfusionMatrix(f.labelSpace().labels());
        long start = System.nanoTime();
        long lastProgress = start;
        int done = 0;
        for (LabelledText row : selected) {
            SentimentFeatures features = analyzer.features(row.text(), l);
            Sentiment s = analyzer.classify(features, l);
            matrix.add(row.gold(), LabelMapping.map(s, features, f.labelSpace()));
            done++;
            long now = System.nanoTime();
            if (!quiet && now - lastProgress > 1_000_000_000L) {
                err.printf(Locale.ROOT, "\r   %s: %d / %d", name, done, selected.size());
                err.flush();
                lastProgress = now;
            }
        }
        if (!quiet && lastProgress != start) {
            err.println();
        }
        double seconds = Math.max(1e-9, (System.nanoTime() - start) / 1e9);
        out.printf(
                Locale.ROOT,
                "   n=%d  accuracy=%.3f  macro-F1=%.3f  macro-recall=%.3f  (%.0f texts/s)%n",
                matrix.total(),
                matrix.accuracy(),
                matrix.macroF1(),
                matrix.macroRecall(),
                done / seconds);
        for (String line : matrix.format().split("\n")) {
            out.println("   " + line);
        }
        summary.add(String.format(
                Locale.ROOT,
                "%-27s %-10s %6d %9.3f %9.3f %12.3f",
                name,
                part,
                matrix.total(),
                matrix.accuracy(),
                matrix.macroF1(),
                matrix.macroRecall()));
        return 0;
    }
}
