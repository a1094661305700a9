package io.crisisradar.cli;

import io.crisisradar.detect.crisis.BrandMonitor;
import io.crisisradar.detect.crisis.Episode;
import io.crisisradar.detect.window.WindowSpec;
import io.crisisradar.enrich.brand.BrandRule;
import io.crisisradar.enrich.brand.BrandRulesFile;
import io.crisisradar.evaluation.LabelledEvent;
import io.crisisradar.evaluation.OfflineDetection;
import io.crisisradar.evaluation.ScenarioScore;
import io.crisisradar.scenario.EventKind;
import io.crisisradar.scenario.ScenarioGenerator;
import io.crisisradar.scenario.ScenarioLabels;
import io.crisisradar.scenario.ScenarioPresets;
import java.io.BufferedReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Runs the job's detection chain (without Flink, {@link OfflineDetection}) over labelled scenarios —
 * generated in memory from a preset and seeds, or read from a mentions file and its labels — and
 * reports recall of the injected crises, false alarms per brand-week on normal traffic and on benign
 * spikes, and the time to detect.
 */
@Command(
        name = "evaluate-scenarios",
        mixinStandardHelpOptions = true,
        description = "Measure crisis detection on labelled scenarios (generated or from files).")
public final class EvaluateScenariosCommand implements Callable<Integer> {

    @Option(
            names = "--preset",
            defaultValue = "standard",
            description = "Scenario preset to generate when no --mentions file is given (default: ${DEFAULT-VALUE}).")
    String preset;

    @Option(
            names = "--seeds",
            split = ",",
            defaultValue = "1,2,3",
            description = "Seeds to generate, one scenario each (default: ${DEFAULT-VALUE}).")
    List<Long> seeds;

    @Option(names = "--days", description = "Scenario length in days (standard preset only).")
    Integer days;

    @Option(
            names = "--intensity",
            defaultValue = "1",
            description = "Scales every event's extra volume, as generate-scenario does (default: ${DEFAULT-VALUE}).")
    double intensity;

    @Option(names = "--mentions", description = "NDJSON mentions written by generate-scenario (instead of generating).")
    Path mentions;

    @Option(names = "--labels", description = "The labels file written with --mentions.")
    Path labels;

    @Option(
            names = "--brands",
            defaultValue = "jobs/local/brands.json",
            description = "Brand rules the scenarios are written for (default: ${DEFAULT-VALUE}).")
    Path brands;

    @Option(
            names = "--out-of-orderness",
            defaultValue = "PT30S",
            description = "Watermark delay behind the latest event time (default: ${DEFAULT-VALUE}).")
    Duration outOfOrderness;

    /** Goals of issue 4. */
    static final double MAX_FALSE_ALARMS_PER_BRAND_WEEK = 1;

    static final double MAX_MEDIAN_MINUTES_TO_DETECT = 10;

    @Override
    public Integer call() throws Exception {
        PrintStream out = System.out;
        PrintStream progress = System.err;
        if (!Files.isRegularFile(brands)) {
            throw new IllegalArgumentException(
                    "no brand rules at " + brands.toAbsolutePath().normalize()
                            + "; pass --brands (the scenarios name the brands of jobs/local/brands.json)");
        }
        if ((mentions == null) != (labels == null)) {
            throw new IllegalArgumentException("--mentions and --labels go together");
        }
        List<BrandRule> rules = BrandRulesFile.load(brands);
        List<LabelledEvent> events = new ArrayList<>();
        List<Episode> episodes = new ArrayList<>();
        double brandWeeks = 0;
        int runs = 0;
        for (Run run : runs()) {
            long started = System.nanoTime();
            OfflineDetection detection =
                    new OfflineDetection(rules, BrandMonitor.defaults(WindowSpec.FIFTEEN_MINUTES), outOfOrderness);
            ScenarioLabels truth = run.feed(detection, progress);
            detection.finish();
            List<LabelledEvent> runEvents = truth.events().stream()
                    .map(e -> new LabelledEvent(
                            run.name() + "/" + e.id(),
                            e.brand(),
                            e.kind() == EventKind.CRISIS,
                            e.shape().name(),
                            e.start(),
                            e.end()))
                    .toList();
            Duration length = Duration.between(truth.start(), truth.end());
            ScenarioScore.Result result = ScenarioScore.score(
                    runEvents, detection.episodes(), truth.brands().size(), length);
            OfflineDetection.Counts counts = detection.counts();
            progress.printf(
                    Locale.ROOT,
                    "%s: %d mentions (%d dead letters, %d late), %d brands, %.1f days, %d episodes, %.1f s%n",
                    run.name(),
                    counts.mentions(),
                    counts.deadLetters(),
                    counts.late(),
                    truth.brands().size(),
                    length.toHours() / 24.0,
                    detection.episodes().size(),
                    (System.nanoTime() - started) / 1e9);
            printRun(out, run.name(), result);
            events.addAll(runEvents);
            episodes.addAll(detection.episodes());
            brandWeeks += result.brandWeeks();
            runs++;
        }
        ScenarioScore.Result pooled = ScenarioScore.score(events, episodes, 1, Duration.ofDays(7));
        pooled = new ScenarioScore.Result(
                pooled.crises(),
                pooled.benign(),
                pooled.falseAlarmsOnNormalTraffic(),
                pooled.falseAlarmsOnBenignSpikes(),
                brandWeeks);
        printSummary(out, runs, pooled);
        return 0;
    }

    /** One scenario to evaluate. */
    interface Run {
        String name();

        ScenarioLabels feed(OfflineDetection detection, PrintStream progress) throws Exception;
    }

    private List<Run> runs() {
        if (mentions != null) {
            return List.of(new Run() {
                @Override
                public String name() {
                    return mentions.getFileName().toString();
                }

                @Override
                public ScenarioLabels feed(OfflineDetection detection, PrintStream progress) throws Exception {
                    try (BufferedReader reader = Files.newBufferedReader(mentions, StandardCharsets.UTF_8)) {
                        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                            detection.accept(line.getBytes(StandardCharsets.UTF_8));
                        }
                    }
                    return ScenarioLabels.read(labels);
                }
            });
        }
        List<Run> runs = new ArrayList<>();
        for (long seed : seeds) {
            runs.add(new Run() {
                @Override
                public String name() {
                    return preset + "-seed" + seed;
                }

                @Override
                public ScenarioLabels feed(OfflineDetection detection, PrintStream progress) throws Exception {
                    var options = new ScenarioPresets.Options(
                            Optional.of(seed), Optional.empty(), Optional.ofNullable(days), 1, intensity);
                    ScenarioGenerator generator = new ScenarioGenerator(ScenarioPresets.create(preset, options));
                    return generator.generate(
                            m -> detection.accept(m.json().getBytes(StandardCharsets.UTF_8)), (at, sent, done) -> {
                                if (at.getEpochSecond() % 86_400 == 0) {
                                    progress.printf(
                                            Locale.ROOT,
                                            "  %s: %3.0f%% (%s, %d mentions)%n",
                                            name(),
                                            100 * done,
                                            at,
                                            sent);
                                }
                            });
                }
            });
        }
        return runs;
    }

    private static void printRun(PrintStream out, String name, ScenarioScore.Result result) {
        out.println();
        out.println("## " + name);
        out.println();
        out.println("| event | brand | kind | shape | start | detected | minutes to detect | episode peak |");
        out.println("|---|---|---|---|---|---|---|---|");
        List<ScenarioScore.EventResult> all = new ArrayList<>(result.crises());
        all.addAll(result.benign());
        for (ScenarioScore.EventResult r : all) {
            LabelledEvent e = r.event();
            out.printf(
                    Locale.ROOT,
                    "| %s | %s | %s | %s | %s | %s | %s | %s |%n",
                    e.id().substring(e.id().indexOf('/') + 1),
                    e.brand(),
                    e.crisis() ? "crisis" : "benign",
                    e.shape(),
                    e.start(),
                    r.detected() ? "yes" : "no",
                    r.detected() && e.crisis() ? String.format(Locale.ROOT, "%.0f", r.minutesToDetect()) : "",
                    r.detected()
                            ? String.format(
                                    Locale.ROOT,
                                    "%.0f (%s)",
                                    r.episode().peakScore(),
                                    r.episode().severity())
                            : "");
        }
        for (Episode fa : result.falseAlarmsOnNormalTraffic()) {
            out.printf(
                    Locale.ROOT,
                    "false alarm on normal traffic: %s, %s to %s, peak %.0f — %s%n",
                    fa.brand(),
                    Instant.ofEpochMilli(fa.start()),
                    Instant.ofEpochMilli(fa.open() ? fa.lastUpdate() : fa.end()),
                    fa.peakScore(),
                    fa.peakExplanation());
        }
    }

    private static void printSummary(PrintStream out, int runs, ScenarioScore.Result r) {
        out.println();
        out.printf(Locale.ROOT, "## Summary (%d scenarios, %.1f brand-weeks)%n%n", runs, r.brandWeeks());
        out.println("| measure | value | goal |");
        out.println("|---|---|---|");
        out.printf(
                Locale.ROOT,
                "| crises detected | %d / %d (recall %.2f) | all |%n",
                r.detected(),
                r.crises().size(),
                r.recall());
        out.printf(
                Locale.ROOT,
                "| false alarms per brand-week (all) | %.2f (%d on normal traffic, %d on benign spikes) | ≤ %.0f |%n",
                r.falseAlarmsPerBrandWeek(),
                r.falseAlarmsOnNormalTraffic().size(),
                r.falseAlarmsOnBenignSpikes().size(),
                MAX_FALSE_ALARMS_PER_BRAND_WEEK);
        out.printf(
                Locale.ROOT,
                "| benign spikes opened as episodes | %d / %d | 0 |%n",
                r.benignOpened(),
                r.benign().size());
        out.printf(
                Locale.ROOT,
                "| minutes to detect, median | %.0f | ≤ %.0f |%n",
                r.minutesToDetect(0.5),
                MAX_MEDIAN_MINUTES_TO_DETECT);
        out.printf(Locale.ROOT, "| minutes to detect, p90 | %.0f | |%n", r.minutesToDetect(0.9));
    }
}
