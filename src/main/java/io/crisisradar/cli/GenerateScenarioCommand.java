package io.crisisradar.cli;

import io.crisisradar.scenario.GeneratedMention;
import io.crisisradar.scenario.Scenario;
import io.crisisradar.scenario.ScenarioGenerator;
import io.crisisradar.scenario.ScenarioLabels;
import io.crisisradar.scenario.ScenarioPresets;
import java.io.BufferedWriter;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Generates a labelled mention stream with injected crises and benign spikes (package {@code
 * io.crisisradar.scenario}), into an NDJSON file and/or the mentions topic, with a labels file
 * beside it. Thin: the scenario and its generation live in the scenario package. See
 * docs/scenarios.md.
 */
@Command(
        name = "generate-scenario",
        mixinStandardHelpOptions = true,
        description = "Generate a labelled stream of mentions with injected crises and benign spikes"
                + " (NDJSON file and/or Kafka, plus a labels file). See docs/scenarios.md.")
final class GenerateScenarioCommand implements Callable<Integer> {

    private static final String NAME = "generate-scenario";

    @Option(
            names = "--preset",
            paramLabel = "NAME",
            defaultValue = "standard",
            description = "Scenario preset: standard (4 brands, 14 days, 5 crises, 2 benign spikes) or demo"
                    + " (31 hours, one crisis, one benign spike) (default: ${DEFAULT-VALUE}).")
    String preset;

    @Option(names = "--seed", paramLabel = "N", description = "Random seed (default: the preset's own).")
    Long seed;

    @Option(
            names = "--start",
            paramLabel = "TIME",
            description = "First instant: 2026-11-02 (local midnight, Europe/Warsaw), 2026-11-02T08:00 (local)"
                    + " or 2026-11-02T07:00:00Z (default: the preset's own).")
    String start;

    @Option(
            names = "--days",
            paramLabel = "N",
            description = "Length in days, standard preset only (7 to 120; default 14).")
    Integer days;

    @Option(
            names = "--rate-multiplier",
            paramLabel = "X",
            defaultValue = "1",
            description = "Multiply every brand's everyday mention rate (default: ${DEFAULT-VALUE}).")
    double rateMultiplier;

    @Option(
            names = "--intensity",
            paramLabel = "X",
            defaultValue = "1",
            description = "Scale every event's extra volume: a peak multiple m becomes 1 + X(m - 1)"
                    + " (default: ${DEFAULT-VALUE}).")
    double intensity;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Write the mentions as NDJSON to FILE, or - for standard output.")
    String output;

    @Option(
            names = "--labels",
            paramLabel = "FILE",
            description =
                    "Write the labels (injected events) to FILE (default: beside --output," + " NAME.labels.json).")
    Path labels;

    @Option(
            names = "--disorder-seconds",
            paramLabel = "N",
            defaultValue = "0",
            description = "Send a fraction of the records up to N seconds late (default: ${DEFAULT-VALUE}: in"
                    + " event-time order).")
    int disorderSeconds;

    @Option(
            names = "--disorder-fraction",
            paramLabel = "F",
            defaultValue = "0.05",
            description = "Share of records sent late when --disorder-seconds is set (default: ${DEFAULT-VALUE}).")
    double disorderFraction;

    @Option(names = "--kafka", description = "Also send the mentions to the mentions topic.")
    boolean kafka;

    @Option(
            names = "--topic",
            paramLabel = "TOPIC",
            description = "With --kafka: topic to send to (default: kafka.mentions-topic).")
    String topic;

    @Option(
            names = "--rate",
            paramLabel = "N",
            defaultValue = "0",
            description = "With --kafka: records per second (default: ${DEFAULT-VALUE}, as fast as possible).")
    double rate;

    @Option(
            names = "--speedup",
            paramLabel = "X",
            defaultValue = "0",
            description = "With --kafka: replay event time X times faster than real time, e.g. 60 sends an hour"
                    + " in a minute (default: ${DEFAULT-VALUE}, as fast as possible).")
    double speedup;

    @Mixin
    ConfigOptions configOptions;

    @Override
    public Integer call() throws Exception {
        validate();
        Scenario scenario = ScenarioPresets.create(
                        preset,
                        new ScenarioPresets.Options(
                                Optional.ofNullable(seed),
                                Optional.ofNullable(start).map(ScenarioPresets::parseStart),
                                Optional.ofNullable(days),
                                rateMultiplier,
                                intensity))
                .withDisorder(disorderSeconds, disorderFraction);
        Path labelsFile = labelsFile();
        if (kafka) {
            checkNotTooFarInFuture(scenario);
        }
        PrintStream progress = System.err;
        progress.printf(
                Locale.ROOT,
                "%s: %s, seed %d, %s .. %s, %d brands, %d events%n",
                NAME,
                scenario.name(),
                scenario.seed(),
                scenario.start(),
                scenario.end(),
                scenario.brands().size(),
                scenario.events().size());
        long started = System.nanoTime();
        ScenarioLabels result;
        try (Writer file = openOutput();
                MentionSender sender = kafka ? new MentionSender(configOptions.load(), topic) : null) {
            Output out = new Output(file, sender, scenario.start(), started);
            result = new ScenarioGenerator(scenario).generate(out::accept, out::progress);
            if (file != null) {
                file.flush();
            }
            if (sender != null) {
                sender.flush();
                progress.printf(
                        Locale.ROOT, "%s: %d records sent to %s%n", NAME, sender.acknowledged(), sender.topic());
            }
        }
        result.write(labelsFile);
        double seconds = (System.nanoTime() - started) / 1e9;
        progress.printf(
                Locale.ROOT,
                "%s: %d mentions%s, labels in %s (%.1f s)%n",
                NAME,
                result.mentions(),
                output == null ? "" : output.equals("-") ? " to standard output" : " in " + output,
                labelsFile,
                seconds);
        for (ScenarioLabels.EventLabel e : result.events()) {
            progress.printf(
                    Locale.ROOT,
                    "  %-40s %-6s %-27s %s .. %s  peak x%.1f, %d mentions%n",
                    e.id(),
                    e.kind(),
                    e.shape(),
                    e.start(),
                    e.end(),
                    e.peakMultiple(),
                    e.mentions());
        }
        return 0;
    }

    private void validate() {
        if (output == null && !kafka) {
            throw new IllegalArgumentException(
                    "nowhere to write: give --output FILE (or - for standard output) and/or --kafka");
        }
        if (rate < 0 || speedup < 0) {
            throw new IllegalArgumentException("--rate and --speedup must not be negative");
        }
        if (rate > 0 && speedup > 0) {
            throw new IllegalArgumentException(
                    "choose one pace: --rate (records per second) or --speedup (event time compressed), not both");
        }
        if (!kafka && (rate > 0 || speedup > 0 || topic != null)) {
            throw new IllegalArgumentException("--rate, --speedup and --topic apply to sending with --kafka");
        }
        if (disorderSeconds < 0) {
            throw new IllegalArgumentException("--disorder-seconds must not be negative");
        }
        if (disorderFraction < 0 || disorderFraction > 1) {
            throw new IllegalArgumentException("--disorder-fraction must be between 0 and 1");
        }
    }

    /** The labels go beside the output unless named; they never go into the stream. */
    private Path labelsFile() {
        if (labels != null) {
            Path parent = labels.toAbsolutePath().getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                throw new IllegalArgumentException(
                        "cannot write " + labels + ": directory " + parent + " does not exist");
            }
            return labels;
        }
        if (output == null || output.equals("-")) {
            throw new IllegalArgumentException("give --labels FILE: without an output file there is nowhere to put"
                    + " the labels by default (they never go into the stream)");
        }
        String name = Path.of(output).getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return Path.of(output).resolveSibling(base + ".labels.json");
    }

    private Writer openOutput() throws IOException {
        if (output == null) {
            return null;
        }
        if (output.equals("-")) {
            // Standard output stays open for whoever runs this (a test, a shell pipeline).
            Writer stdout = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
            return new FilterWriter(stdout) {
                @Override
                public void close() throws IOException {
                    flush();
                }
            };
        }
        Path path = Path.of(output);
        Path parent = path.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new IllegalArgumentException("cannot write " + path + ": directory " + parent + " does not exist");
        }
        return Files.newBufferedWriter(path, StandardCharsets.UTF_8);
    }

    /**
     * The job rejects a mention dated more than a day after its Kafka record (a clock or zone bug
     * upstream). Sending a scenario that lies further in the future would dead-letter it whole, so
     * refuse early with the reason.
     */
    private void checkNotTooFarInFuture(Scenario scenario) {
        Instant now = Instant.now();
        Duration sendingTime =
                speedup > 0 ? Duration.ofMillis((long) (scenario.duration().toMillis() / speedup)) : Duration.ZERO;
        Instant lastSent = now.plus(sendingTime);
        if (scenario.end().isAfter(lastSent.plus(Duration.ofHours(24)))) {
            throw new IllegalArgumentException("the scenario ends at " + scenario.end() + ", more than a day after"
                    + " its last record would be sent; the job would dead-letter such mentions (created_at in the"
                    + " future). Give an earlier --start.");
        }
    }

    /** Writes and sends each mention, paced, and reports progress about once a second. */
    private final class Output {
        private final Writer file;
        private final MentionSender sender;
        private final Instant scenarioStart;
        private final long started;
        private long lastReport;

        Output(Writer file, MentionSender sender, Instant scenarioStart, long started) {
            this.file = file;
            this.sender = sender;
            this.scenarioStart = scenarioStart;
            this.started = started;
            this.lastReport = started;
        }

        void accept(GeneratedMention m) throws Exception {
            if (file != null) {
                file.write(m.json());
                file.write('\n');
            }
            if (sender != null) {
                if (speedup > 0) {
                    long eventNanos =
                            Duration.between(scenarioStart, m.emittedAt()).toNanos();
                    MentionSender.sleepUntil(started + (long) (eventNanos / speedup));
                }
                sender.send(m.id().getBytes(StandardCharsets.UTF_8), m.json().getBytes(StandardCharsets.UTF_8));
                if (rate > 0) {
                    MentionSender.sleepUntil(started + (long) (sender.sent() * 1e9 / rate));
                }
                report(m.emittedAt(), sender.sent(), -1);
            }
        }

        void progress(Instant at, long mentions, double done) {
            report(at, mentions, done);
        }

        private void report(Instant at, long mentions, double done) {
            long now = System.nanoTime();
            if (now - lastReport < 1_000_000_000L) {
                return;
            }
            lastReport = now;
            String share = done >= 0 ? String.format(Locale.ROOT, " (%.0f %%)", done * 100) : "";
            String acked = sender != null ? ", " + sender.acknowledged() + " acknowledged" : "";
            System.err.printf(Locale.ROOT, "%s: at %s%s, %d mentions%s%n", NAME, at, share, mentions, acked);
        }
    }
}
