package io.crisisradar.pipeline;

import io.crisisradar.config.CrisisRadarConfig;
import io.crisisradar.config.ElasticsearchSettings;
import io.crisisradar.sink.elasticsearch.DeadLetterDocuments;
import io.crisisradar.sink.elasticsearch.ElasticsearchSink;
import io.crisisradar.sink.elasticsearch.EpisodeDocuments;
import io.crisisradar.sink.elasticsearch.IndexNames;
import io.crisisradar.sink.elasticsearch.MentionDocuments;
import io.crisisradar.sink.elasticsearch.ResponseDocuments;
import io.crisisradar.sink.elasticsearch.ScoredWindowDocuments;
import io.crisisradar.sink.elasticsearch.WindowDocuments;
import io.crisisradar.source.kafka.KafkaConnectors;
import java.nio.file.Path;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/** Wires the real sources and sinks from configuration and runs the pipeline. */
public final class CrisisRadarJob {

    private CrisisRadarJob() {}

    /** The Flink configuration for this job; the REST port only matters in local runs. */
    public static Configuration flinkConfiguration(CrisisRadarConfig config) {
        Configuration flink = new Configuration();
        flink.set(PipelineOptions.NAME, config.job().name());
        flink.set(RestOptions.PORT, config.job().webUiPort());
        flink.set(CheckpointingOptions.CHECKPOINTING_INTERVAL, config.job().checkpointInterval());
        // A checkpoint waits for the Elasticsearch sink's flush, which retries for up to
        // max-retry-time: give it that long plus a margin, so the sink's own deadline decides.
        flink.set(
                CheckpointingOptions.CHECKPOINTING_TIMEOUT,
                config.elasticsearch()
                        .bulk()
                        .maxRetryTime()
                        .plus(config.elasticsearch().bulk().maxBackoff())
                        .plusMinutes(2));
        // Never the JobManager's memory: it refuses state over 5 MB, which the redelivery state of a
        // busy day exceeds. Without a configured directory, a local folder serves local runs.
        String directory = config.job().checkpointDirectory().orElseGet(() -> Path.of(".runtime", "checkpoints")
                .toAbsolutePath()
                .toUri()
                .toString());
        flink.set(CheckpointingOptions.CHECKPOINT_STORAGE, "filesystem");
        flink.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, directory);
        return flink;
    }

    /** An environment configured for this job: local (with web UI) or the cluster it was submitted to. */
    public static StreamExecutionEnvironment environment(CrisisRadarConfig config) {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(flinkConfiguration(config));
        env.setParallelism(config.job().parallelism());
        return env;
    }

    /** Builds the topology with the real Kafka source and Elasticsearch/Kafka sinks. */
    public static void buildProduction(StreamExecutionEnvironment env, CrisisRadarConfig config) {
        build(env, new CrisisPipeline.Sources(KafkaConnectors.mentionsSource(config.kafka(), config.job())), config);
    }

    /**
     * Builds the topology from {@code sources} into the production sinks: what a backfill from files
     * uses, so that it writes exactly the documents the streaming job would.
     */
    public static void build(StreamExecutionEnvironment env, CrisisPipeline.Sources sources, CrisisRadarConfig config) {
        CrisisPipeline.build(env, sources, productionSinks(config), config);
    }

    /** The Elasticsearch and Kafka sinks of the job. */
    public static CrisisPipeline.Sinks productionSinks(CrisisRadarConfig config) {
        ElasticsearchSettings es = config.elasticsearch();
        IndexNames names = new IndexNames(es.indexPrefix());
        return new CrisisPipeline.Sinks(
                new ElasticsearchSink<>(es, new MentionDocuments(names)),
                new ElasticsearchSink<>(es, new DeadLetterDocuments(names)),
                KafkaConnectors.deadLetterSink(config.kafka()),
                new ElasticsearchSink<>(es, new WindowDocuments(names)),
                new ElasticsearchSink<>(es, new ScoredWindowDocuments(names)),
                new ElasticsearchSink<>(es, new EpisodeDocuments(names)),
                KafkaConnectors.alertSink(config.kafka()),
                new ElasticsearchSink<>(es, new ResponseDocuments(names)));
    }

    /** Runs to completion (bounded) or until cancelled (unbounded). */
    public static JobExecutionResult run(CrisisRadarConfig config) throws Exception {
        StreamExecutionEnvironment env = environment(config);
        buildProduction(env, config);
        return env.execute(config.job().name());
    }

    /** Starts the job without waiting for it; the caller cancels it through the client. */
    public static JobClient start(CrisisRadarConfig config) throws Exception {
        StreamExecutionEnvironment env = environment(config);
        buildProduction(env, config);
        return env.executeAsync(config.job().name());
    }
}
