package io.crisisradar.cli;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.transport.TransportException;
import io.crisisradar.config.CrisisRadarConfig;
import io.crisisradar.detect.window.WindowSpec;
import io.crisisradar.sink.elasticsearch.ElasticsearchClients;
import io.crisisradar.sink.elasticsearch.IndexNames;
import io.crisisradar.timeline.TimeArguments;
import io.crisisradar.timeline.Timeline;
import io.crisisradar.timeline.TimelineChart;
import io.crisisradar.timeline.TimelineFormat;
import io.crisisradar.timeline.TimelineReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The analyst's view of a brand's crises: reads episodes and scored windows from Elasticsearch
 * ({@link TimelineReader}), prints them ({@link TimelineFormat}) and draws the chart ({@link
 * TimelineChart}). Exit code 1, with a message rather than a stack trace, when Elasticsearch cannot
 * be reached or the brand has no data in the range; 2 for bad options.
 */
@Command(
        name = "timeline",
        mixinStandardHelpOptions = true,
        description = "A brand's crisis episodes and score over time, from Elasticsearch: text, CSV, JSON or"
                + " Markdown, and a PNG chart.")
public final class TimelineCommand implements Callable<Integer> {

    @Option(names = "--brand", required = true, description = "Brand id, as in the documents (e.g. blysk).")
    String brand;

    @Option(
            names = "--from",
            paramLabel = "TIME",
            description = "Start: ISO instant (2026-11-23T18:00:00Z), local time in --zone (2026-11-23T19:00),"
                    + " date (2026-11-23) or now. Default: 7 days before --to.")
    String from;

    @Option(
            names = "--to",
            paramLabel = "TIME",
            description = "End (exclusive; a date includes that whole day). Default: now.")
    String to;

    @Option(names = "--all", description = "The whole history of the brand instead of --from/--to.")
    boolean all;

    @Option(
            names = "--spec",
            paramLabel = "WINDOW",
            description = "Window spec of the scored windows, e.g. 15m-1m. Default: detect.score-window.")
    String windowSpec;

    @Option(
            names = "--zone",
            defaultValue = "UTC",
            description = "Time zone for shown times and for dates in --from/--to (default: ${DEFAULT-VALUE}).")
    String zone;

    @Option(
            names = "--format",
            defaultValue = "text",
            description = "text, csv, json or markdown (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Write the timeline to FILE instead of standard output.")
    Path output;

    @Option(names = "--png", paramLabel = "FILE", description = "Also draw the chart into this PNG file.")
    Path png;

    @Option(
            names = "--width",
            defaultValue = "1400",
            description = "Chart width in pixels (default: ${DEFAULT-VALUE}).")
    int width;

    @Option(
            names = "--height",
            defaultValue = "600",
            description = "Chart height in pixels (default: ${DEFAULT-VALUE}).")
    int height;

    @Mixin
    ConfigOptions configOptions;

    @Spec
    CommandSpec command;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = command.commandLine().getOut();
        PrintWriter err = command.commandLine().getErr();
        TimelineFormat timelineFormat = TimelineFormat.parse(format);
        ZoneId displayZone = zoneId();
        if (width < 100 || height < 100 || width > 10_000 || height > 10_000) {
            throw new IllegalArgumentException("--width and --height must be between 100 and 10000 pixels");
        }
        if (all && (from != null || to != null)) {
            throw new IllegalArgumentException("--all reads the whole history: leave out --from and --to");
        }
        Instant end = to == null ? Instant.now() : TimeArguments.parse(to, displayZone, true);
        Instant start = from == null ? end.minus(Duration.ofDays(7)) : TimeArguments.parse(from, displayZone, false);
        CrisisRadarConfig config = configOptions.load();
        String spec = windowSpec == null ? config.detect().scoreWindow() : windowSpec;
        spec = WindowSpec.parse(spec.replace('-', '/')).id();

        Timeline timeline;
        try (ElasticsearchClient client = ElasticsearchClients.create(config.elasticsearch())) {
            TimelineReader reader = new TimelineReader(
                    client, new IndexNames(config.elasticsearch().indexPrefix()));
            if (all) {
                Optional<TimelineReader.Extent> extent = reader.extent(brand, spec);
                if (extent.isPresent()) {
                    start = extent.get().first().truncatedTo(ChronoUnit.MINUTES);
                    end = extent.get().last().truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1));
                }
            }
            timeline = reader.read(brand, spec, start, end);
            if (timeline.isEmpty()) {
                err.println("crisis-radar timeline: " + reader.whyEmpty(brand, spec, start, end, displayZone));
                return 1;
            }
        } catch (ElasticsearchException e) {
            err.println("crisis-radar timeline: Elasticsearch refused the query: " + e.getMessage());
            return 1;
        } catch (TransportException e) {
            // an HTTP answer the client could not use (e.g. 401 without a JSON body): reached, but refused
            if (e.statusCode() > 0) {
                err.println(
                        "crisis-radar timeline: Elasticsearch answered HTTP " + e.statusCode() + ": " + e.getMessage());
                return 1;
            }
            err.println("crisis-radar timeline: cannot reach Elasticsearch at "
                    + config.elasticsearch().hosts() + ": " + e.getMessage());
            return 1;
        } catch (IOException e) {
            // Connection refused, unknown host, TLS or timeout: the transport's message names the cause.
            err.println("crisis-radar timeline: cannot reach Elasticsearch at "
                    + config.elasticsearch().hosts() + ": " + e.getMessage());
            return 1;
        }

        String rendered = timelineFormat.render(timeline, displayZone);
        if (output == null) {
            out.print(rendered);
            out.flush();
        } else {
            Path parent = output.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(output, rendered, StandardCharsets.UTF_8);
            err.println("wrote " + output + " (" + timelineFormat.label() + ", "
                    + timeline.episodes().size() + " episodes)");
        }
        if (png != null) {
            TimelineChart.writePng(timeline, displayZone, width, height, png);
            err.println("wrote " + png + " (" + width + "×" + height + " chart)");
        }
        return 0;
    }

    private ZoneId zoneId() {
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("unknown --zone '" + zone + "': use e.g. UTC or Europe/Warsaw");
        }
    }
}
