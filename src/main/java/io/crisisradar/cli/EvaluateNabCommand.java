package io.crisisradar.cli;

import io.crisisradar.detect.baseline.SeasonalBaseline;
import io.crisisradar.detect.nab.NabCorpus;
import io.crisisradar.detect.nab.NabProfile;
import io.crisisradar.detect.nab.NabScorer;
import io.crisisradar.detect.nab.NabSeries;
import io.crisisradar.detect.nab.ReferenceDetectors;
import io.crisisradar.detect.nab.SeriesDetector;
import io.crisisradar.detect.volume.VolumeBurstDetector;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Runs volume-burst v1 and the reference detectors over NAB-format files, writes NAB results files
 * and prints NAB normalised scores: with the threshold optimised over the corpus (as NAB does), per
 * file, and leave-one-file-out (parameters and threshold chosen on the other files).
 */
@Command(
        name = "evaluate-nab",
        mixinStandardHelpOptions = true,
        description = "Score the volume-burst detector and reference detectors on NAB data (e.g. realTweets).")
public final class EvaluateNabCommand implements Callable<Integer> {

    @Option(
            names = "--data-dir",
            defaultValue = "../shared/data/nab/realTweets",
            description = "Directory of NAB CSV files (timestamp,value); windows.json in its parent "
                    + "(default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(
            names = "--output",
            description =
                    "Write NAB results files (timestamp,value,anomaly_score,label) here, one folder per detector.")
    Path output;

    @Option(
            names = "--top",
            defaultValue = "0",
            description = "Also list the best N grid configurations on all files (standard profile).")
    int top;

    @Option(
            names = "--no-tuning",
            description = "Skip the parameter grid and its leave-one-file-out evaluation (faster).")
    boolean noTuning;

    /** A named detector configuration. */
    record Candidate(String name, SeriesDetector detector) {}

    /** A candidate's scores on every file. */
    record Scored(Candidate candidate, List<double[]> scores) {}

    @Override
    public Integer call() throws IOException {
        PrintStream out = System.out;
        PrintStream progress = System.err;
        if (!Files.isDirectory(dataDir)) {
            progress.println(
                    "evaluate-nab: no NAB data at " + dataDir.toAbsolutePath().normalize()
                            + " (expected a directory of NAB CSV files with windows.json in its parent; pass --data-dir)");
            return 2;
        }
        List<NabSeries> corpus;
        try {
            corpus = NabCorpus.load(dataDir);
        } catch (IOException | IllegalArgumentException e) {
            progress.println("evaluate-nab: cannot read NAB data: " + e.getMessage());
            return 2;
        }
        if (corpus.isEmpty()) {
            progress.println("evaluate-nab: no .csv files in " + dataDir);
            return 2;
        }
        int windows = corpus.stream().mapToInt(s -> s.windows().size()).sum();
        progress.printf(
                Locale.ROOT,
                "evaluate-nab: %d files, %d rows, %d windows%n",
                corpus.size(),
                corpus.stream().mapToInt(NabSeries::size).sum(),
                windows);

        Map<String, Candidate> headline = new LinkedHashMap<>();
        headline.put(
                "volume-burst-v1",
                new Candidate(
                        "volume-burst-v1", ReferenceDetectors.volumeBurst(VolumeBurstDetector.Settings.defaults())));
        headline.put(
                "volume-burst-v1-no-onset",
                new Candidate(
                        "volume-burst-v1-no-onset",
                        ReferenceDetectors.volumeBurst(withOnset(VolumeBurstDetector.Settings.defaults(), 0, 0.99))));
        headline.put(
                "volume-burst-v1-persist3",
                new Candidate(
                        "volume-burst-v1-persist3",
                        ReferenceDetectors.volumeBurst(withScales(VolumeBurstDetector.Settings.defaults(), 1, 3))));
        headline.put(
                "volume-burst-v1-persist3-12",
                new Candidate(
                        "volume-burst-v1-persist3-12",
                        ReferenceDetectors.volumeBurst(withScales(VolumeBurstDetector.Settings.defaults(), 1, 3, 12))));
        VolumeBurstDetector.Settings d = VolumeBurstDetector.Settings.defaults();
        headline.put(
                "volume-burst-v1-uncalibrated",
                new Candidate(
                        "volume-burst-v1-uncalibrated",
                        ReferenceDetectors.volumeBurst(new VolumeBurstDetector.Settings(
                                d.baseline(),
                                d.scales(),
                                d.halfScoreSurprise(),
                                d.onsetWeight(),
                                d.onsetRatio(),
                                d.peakDecay(),
                                0,
                                d.warmupIntervals()))));
        SeriesDetector trailing = ReferenceDetectors.lastHourVsTrailingAverage(12, 288);
        headline.put("last-hour-vs-day", new Candidate("last-hour-vs-day", trailing));
        headline.put(
                "last-hour-vs-day+onset",
                new Candidate("last-hour-vs-day+onset", ReferenceDetectors.onset(trailing, 1, 0.99)));
        SeriesDetector gaussian = ReferenceDetectors.windowedGaussian(6400, 100);
        headline.put("windowed-gaussian", new Candidate("windowed-gaussian", gaussian));
        headline.put(
                "windowed-gaussian+onset",
                new Candidate("windowed-gaussian+onset", ReferenceDetectors.onset(gaussian, 1, 0.99)));

        out.println("NAB normalised scores, threshold optimised per detector and profile over all " + corpus.size()
                + " files (NAB's rule)");
        out.printf(
                Locale.ROOT,
                "%-26s %-19s %9s %7s %5s %4s  per file (same threshold)%n",
                "detector",
                "profile",
                "threshold",
                "score",
                "TP",
                "FP");
        for (Candidate candidate : headline.values()) {
            long started = System.nanoTime();
            Scored scored = run(candidate, corpus);
            progress.printf(
                    Locale.ROOT, "  scored %s in %.1f s%n", candidate.name(), (System.nanoTime() - started) / 1e9);
            if (output != null) {
                write(output, scored, corpus);
            }
            for (NabProfile profile : NabProfile.all()) {
                NabScorer.Optimum optimum = NabScorer.optimiseThreshold(corpus, scored.scores(), profile);
                NabScorer.Result total = NabScorer.score(corpus, scored.scores(), optimum.threshold(), profile);
                StringBuilder perFile = new StringBuilder();
                for (int f = 0; f < corpus.size(); f++) {
                    NabScorer.Result r =
                            NabScorer.score(corpus.get(f), scored.scores().get(f), optimum.threshold(), profile);
                    perFile.append(String.format(
                            Locale.ROOT,
                            " %s %.1f (%d/%d, %d FP)",
                            corpus.get(f).shortName().replace("Twitter_volume_", ""),
                            r.normalised(profile),
                            r.detectedWindows(),
                            r.windows(),
                            r.falsePositives()));
                }
                out.printf(
                        Locale.ROOT,
                        "%-26s %-19s %9.4f %7.1f %2d/%-2d %4d %s%n",
                        candidate.name(),
                        profile.name(),
                        optimum.threshold(),
                        total.normalised(profile),
                        total.detectedWindows(),
                        total.windows(),
                        total.falsePositives(),
                        perFile);
            }
        }
        if (output != null) {
            progress.println("evaluate-nab: results files written under " + output);
        }
        if (!noTuning && corpus.size() > 1) {
            tuning(corpus, out, progress);
        }
        return 0;
    }

    /** Leave-one-file-out: tune parameters and threshold on the other files, score the held-out one. */
    private void tuning(List<NabSeries> corpus, PrintStream out, PrintStream progress) {
        List<Candidate> grid = grid();
        List<Scored> scored = new ArrayList<>();
        long started = System.nanoTime();
        for (int c = 0; c < grid.size(); c++) {
            scored.add(run(grid.get(c), corpus));
            if ((c + 1) % 10 == 0 || c + 1 == grid.size()) {
                progress.printf(
                        Locale.ROOT,
                        "  parameter grid: %d/%d configurations scored (%.0f s)%n",
                        c + 1,
                        grid.size(),
                        (System.nanoTime() - started) / 1e9);
            }
        }
        out.println();
        out.println("Parameter grid of " + grid.size() + " volume-burst configurations");
        for (NabProfile profile : NabProfile.all()) {
            Scored best = null;
            double bestRaw = Double.NEGATIVE_INFINITY;
            for (Scored s : scored) {
                double raw =
                        NabScorer.optimiseThreshold(corpus, s.scores(), profile).raw();
                if (raw > bestRaw) {
                    bestRaw = raw;
                    best = s;
                }
            }
            int windows = corpus.stream().mapToInt(x -> x.windows().size()).sum();
            out.printf(
                    Locale.ROOT,
                    "  tuned on all files (optimistic) %-19s %.1f  %s%n",
                    profile.name(),
                    profile.normalise(bestRaw, windows),
                    best.candidate().name());
        }
        if (top > 0) {
            NabProfile standard = NabProfile.STANDARD;
            int windows = corpus.stream().mapToInt(x -> x.windows().size()).sum();
            scored.stream()
                    .map(s -> Map.entry(s, NabScorer.optimiseThreshold(corpus, s.scores(), standard)))
                    .sorted((a, b) ->
                            Double.compare(b.getValue().raw(), a.getValue().raw()))
                    .limit(top)
                    .forEach(e -> out.printf(
                            Locale.ROOT,
                            "    %.1f  threshold %.4f  %s%n",
                            standard.normalise(e.getValue().raw(), windows),
                            e.getValue().threshold(),
                            e.getKey().candidate().name()));
        }
        out.println();
        out.println(
                "Leave-one-file-out: parameters and threshold chosen on the other files, scored on the held-out file");
        for (NabProfile profile : NabProfile.all()) {
            NabScorer.Result sumTuned = new NabScorer.Result(0, 0, 0, 0);
            NabScorer.Result sumThresholdOnly = new NabScorer.Result(0, 0, 0, 0);
            StringBuilder detail = new StringBuilder();
            for (int held = 0; held < corpus.size(); held++) {
                List<NabSeries> train = new ArrayList<>(corpus);
                train.remove(held);
                Scored best = null;
                NabScorer.Optimum bestOptimum = null;
                for (Scored s : scored) {
                    List<double[]> trainScores = new ArrayList<>(s.scores());
                    trainScores.remove(held);
                    NabScorer.Optimum optimum = NabScorer.optimiseThreshold(train, trainScores, profile);
                    if (bestOptimum == null || optimum.raw() > bestOptimum.raw()) {
                        bestOptimum = optimum;
                        best = s;
                    }
                }
                NabScorer.Result tuned =
                        NabScorer.score(corpus.get(held), best.scores().get(held), bestOptimum.threshold(), profile);
                sumTuned = sumTuned.plus(tuned);
                // The default configuration, only its threshold chosen on the other files.
                Scored defaults = scored.get(0);
                List<double[]> trainScores = new ArrayList<>(defaults.scores());
                trainScores.remove(held);
                double threshold =
                        NabScorer.optimiseThreshold(train, trainScores, profile).threshold();
                NabScorer.Result thresholdOnly =
                        NabScorer.score(corpus.get(held), defaults.scores().get(held), threshold, profile);
                sumThresholdOnly = sumThresholdOnly.plus(thresholdOnly);
                detail.append(String.format(
                        Locale.ROOT,
                        "%n    held out %-22s tuned %.1f (%d/%d, %d FP; %s, threshold %.4f)"
                                + "  v1 defaults %.1f (threshold %.4f)",
                        corpus.get(held).shortName(),
                        tuned.normalised(profile),
                        tuned.detectedWindows(),
                        tuned.windows(),
                        tuned.falsePositives(),
                        best.candidate().name(),
                        bestOptimum.threshold(),
                        thresholdOnly.normalised(profile),
                        threshold));
            }
            out.printf(
                    Locale.ROOT,
                    "  %-19s tuned %.1f, v1 defaults %.1f (held-out files pooled)%s%n",
                    profile.name(),
                    sumTuned.normalised(profile),
                    sumThresholdOnly.normalised(profile),
                    detail);
        }
    }

    /** The configurations searched; the first is volume-burst v1's defaults. */
    static List<Candidate> grid() {
        VolumeBurstDetector.Settings defaults = VolumeBurstDetector.Settings.defaults();
        List<VolumeBurstDetector.Settings> settings = new ArrayList<>();
        settings.add(defaults);
        int[][] scaleSets = {{1}, {1, 3}, {1, 3, 12}};
        double[] ratios = {1.5, 2, 3};
        double[] decays = {0.99, 0.995, 0.998};
        double[] levelAlphas = {1.0 / 288, 1.0 / 1000};
        double[] quantiles = {0.99, 0.999};
        double h = defaults.halfScoreSurprise();
        int warmup = defaults.warmupIntervals();
        for (int[] scales : scaleSets) {
            for (double levelAlpha : levelAlphas) {
                SeasonalBaseline.Settings baseline = defaults.baseline().withLevelAlpha(levelAlpha);
                for (double q : quantiles) {
                    for (double ratio : ratios) {
                        for (double decay : decays) {
                            settings.add(
                                    new VolumeBurstDetector.Settings(baseline, scales, h, 1, ratio, decay, q, warmup));
                        }
                    }
                    settings.add(new VolumeBurstDetector.Settings(baseline, scales, h, 0, 1, 0.99, q, warmup));
                }
            }
        }
        List<Candidate> candidates = new ArrayList<>();
        List<VolumeBurstDetector.Settings> seen = new ArrayList<>();
        for (VolumeBurstDetector.Settings s : settings) {
            if (!seen.contains(s)) {
                seen.add(s);
                candidates.add(new Candidate(s.toString(), ReferenceDetectors.volumeBurst(s)));
            }
        }
        return candidates;
    }

    private static VolumeBurstDetector.Settings withOnset(VolumeBurstDetector.Settings s, double weight, double decay) {
        return new VolumeBurstDetector.Settings(
                s.baseline(),
                s.scales(),
                s.halfScoreSurprise(),
                weight,
                s.onsetRatio(),
                decay,
                s.calibrationQuantile(),
                s.warmupIntervals());
    }

    private static VolumeBurstDetector.Settings withScales(VolumeBurstDetector.Settings s, int... scales) {
        return new VolumeBurstDetector.Settings(
                s.baseline(),
                scales,
                s.halfScoreSurprise(),
                s.onsetWeight(),
                s.onsetRatio(),
                s.peakDecay(),
                s.calibrationQuantile(),
                s.warmupIntervals());
    }

    private static Scored run(Candidate candidate, List<NabSeries> corpus) {
        List<double[]> scores = new ArrayList<>();
        for (NabSeries series : corpus) {
            scores.add(candidate.detector().score(series.epochMillis(), series.values()));
        }
        return new Scored(candidate, scores);
    }

    private static void write(Path output, Scored scored, List<NabSeries> corpus) throws IOException {
        String detector = scored.candidate().name();
        for (int f = 0; f < corpus.size(); f++) {
            NabSeries series = corpus.get(f);
            String name = series.name();
            int slash = name.lastIndexOf('/');
            Path file = output.resolve(detector)
                    .resolve(name.substring(0, Math.max(slash, 0)))
                    .resolve(detector + "_" + name.substring(slash + 1));
            Files.createDirectories(file.getParent());
            double[] scores = scored.scores().get(f);
            try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                w.write("timestamp,value,anomaly_score,label\n");
                for (int i = 0; i < series.size(); i++) {
                    w.write(series.timestamps().get(i) + "," + formatValue(series.values()[i]) + "," + scores[i] + ","
                            + series.label(i) + "\n");
                }
            }
        }
    }

    private static String formatValue(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
