package io.crisisradar.cli;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.crisisradar.config.CrisisRadarConfig;
import io.crisisradar.detect.crisis.CrisisAlert;
import io.crisisradar.pipeline.CrisisPipeline;
import io.crisisradar.pipeline.CrisisRadarJob;
import io.crisisradar.sink.elasticsearch.IndexNames;
import io.crisisradar.source.file.FileSources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Runs the job over files of historical mentions in bounded mode: the same topology and the same
 * Elasticsearch sinks as streaming, so history gets the same mention, metrics and episode
 * documents (same ids: a backfill over data the stream already saw overwrites, it does not
 * duplicate). Alerts are not sent unless asked: paging people about last year's crises helps no one.
 */
@Command(
        name = "backfill",
        mixinStandardHelpOptions = true,
        description =
                "Run the job over NDJSON files of historical mentions (bounded), writing the documents streaming would.")
final class BackfillCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "NDJSON files of mentions, read in parallel.")
    List<Path> files;

    @Option(names = "--alerts", description = "Also send the episodes' alerts to the alerts topic.")
    boolean alerts;

    @Option(names = "--skip-templates", description = "Do not install index templates first.")
    boolean skipTemplates;

    @Option(
            names = "--progress-every",
            defaultValue = "PT10S",
            description = "How often to print progress (default: ${DEFAULT-VALUE}).")
    Duration progressEvery;

    @Mixin
    ConfigOptions configOptions;

    @Override
    public Integer call() throws Exception {
        CrisisRadarConfig loaded = configOptions.load();
        CrisisRadarConfig config = loaded.withJob(loaded.job().withBounded(true));
        long bytes = 0;
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("not a file: " + file.toAbsolutePath());
            }
            bytes += Files.size(file);
        }
        System.out.printf(
                Locale.ROOT,
                "backfill: %d file(s), %.1f MB, into %s%n",
                files.size(),
                bytes / 1e6,
                config.elasticsearch());
        if (config.job().dataEndsAt().isEmpty()) {
            Optional<Instant> end = FileSources.lastMentionTime(files, config.job());
            if (end.isPresent()) {
                config = config.withJob(config.job().withDataEndsAt(end.get()));
            }
        }
        System.out.println("backfill: the data ends at "
                + config.job().dataEndsAt().map(Instant::toString).orElse("(no mention in the files)")
                + "; deadlines and quiet minutes after it are left open, not invented");
        if (!skipTemplates) {
            TemplatesCommand.installAndVerify(config);
        }
        StreamExecutionEnvironment env = CrisisRadarJob.environment(config);
        CrisisPipeline.Sinks sinks = CrisisRadarJob.productionSinks(config);
        if (!alerts) {
            sinks = sinks.withAlerts(new DiscardingSink<CrisisAlert>());
        }
        CrisisPipeline.build(env, new CrisisPipeline.Sources(FileSources.mentions(files, config.job())), sinks, config);
        System.out.println("backfill: parallelism " + env.getParallelism());
        long started = System.nanoTime();
        JobClient job = env.executeAsync("crisis-radar backfill");
        CompletableFuture<JobExecutionResult> result = job.getJobExecutionResult();
        IndexNames names = new IndexNames(config.elasticsearch().indexPrefix());
        try (ElasticsearchClient client = RunCommand.client(config)) {
            while (true) {
                try {
                    result.get(progressEvery.toMillis(), TimeUnit.MILLISECONDS);
                    break;
                } catch (TimeoutException stillRunning) {
                    System.out.printf(
                            Locale.ROOT,
                            "backfill: %s, %.0f s, %d documents in %s, %d episodes%n",
                            job.getJobStatus().get(),
                            (System.nanoTime() - started) / 1e9,
                            count(client, names.pattern(IndexNames.Kind.MENTIONS)),
                            names.pattern(IndexNames.Kind.MENTIONS),
                            count(client, names.pattern(IndexNames.Kind.EPISODES)));
                }
            }
            // Make the last bulk requests visible before counting.
            client.indices()
                    .refresh(r ->
                            r.index(names.prefix() + "-*").allowNoIndices(true).ignoreUnavailable(true));
            System.out.printf(
                    Locale.ROOT,
                    "backfill: done in %.0f s; %d mentions, %d dead letters, %d episodes now in Elasticsearch%n",
                    (System.nanoTime() - started) / 1e9,
                    count(client, names.pattern(IndexNames.Kind.MENTIONS)),
                    count(client, names.pattern(IndexNames.Kind.DEAD_LETTERS)),
                    count(client, names.pattern(IndexNames.Kind.EPISODES)));
        }
        return 0;
    }

    private static long count(ElasticsearchClient client, String pattern) {
        try {
            return client.count(c -> c.index(pattern).allowNoIndices(true).ignoreUnavailable(true))
                    .count();
        } catch (IOException | RuntimeException e) {
            return -1; // progress only: an unreachable node shows as -1, the sink itself retries
        }
    }
}
