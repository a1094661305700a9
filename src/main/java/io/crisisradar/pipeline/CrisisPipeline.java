package io.crisisradar.pipeline;

import io.crisisradar.care.DeadlinePolicy;
import io.crisisradar.care.ResponseClock;
import io.crisisradar.care.ResponseRecord;
import io.crisisradar.care.TrackedMention;
import io.crisisradar.config.CareSettings;
import io.crisisradar.config.CrisisRadarConfig;
import io.crisisradar.detect.crisis.BrandMonitor;
import io.crisisradar.detect.crisis.CrisisAlert;
import io.crisisradar.detect.crisis.EpisodeUpdate;
import io.crisisradar.detect.crisis.ScoredWindow;
import io.crisisradar.detect.window.KeyedObservation;
import io.crisisradar.detect.window.WindowSpec;
import io.crisisradar.detect.window.WindowSummary;
import io.crisisradar.enrich.EnrichedMention;
import io.crisisradar.enrich.brand.BrandRulesFile;
import io.crisisradar.mention.DeadLetter;
import io.crisisradar.mention.Mention;
import io.crisisradar.mention.ParsedRecord;
import io.crisisradar.source.kafka.MentionWatermarks;
import java.util.EnumSet;
import java.util.List;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.Collector;

/**
 * The topology as a pure function from sources to sinks, so that tests run the real thing with
 * the sources and sinks they choose. Operator names double as uids: stable uids let a savepoint
 * be restored after the topology changes around them.
 */
public final class CrisisPipeline {

    /**
     * Where records come from: one source (the Kafka topic) or several (one per backfilled file),
     * each parsing records itself so that watermarks follow each partition or file.
     */
    public record Sources(List<Source<ParsedRecord, ?, ?>> mentions) {

        public Sources {
            if (mentions.isEmpty()) {
                throw new IllegalArgumentException("at least one source of mentions is needed");
            }
            mentions = List.copyOf(mentions);
        }

        public Sources(Source<ParsedRecord, ?, ?> mentions) {
            this(List.of(mentions));
        }
    }

    /** Where results go; every dead letter goes to both dead-letter sinks. */
    public record Sinks(
            Sink<EnrichedMention> mentions,
            Sink<DeadLetter> deadLetters,
            Sink<DeadLetter> deadLetterTopic,
            Sink<WindowSummary> windowMetrics,
            Sink<ScoredWindow> crisisScores,
            Sink<EpisodeUpdate> episodes,
            Sink<CrisisAlert> alerts,
            Sink<ResponseRecord> responses) {

        /** The same sinks with alerts going elsewhere (a backfill discards them). */
        public Sinks withAlerts(Sink<CrisisAlert> otherAlerts) {
            return new Sinks(
                    mentions,
                    deadLetters,
                    deadLetterTopic,
                    windowMetrics,
                    crisisScores,
                    episodes,
                    otherAlerts,
                    responses);
        }
    }

    private CrisisPipeline() {}

    public static void build(StreamExecutionEnvironment env, Sources sources, Sinks sinks, CrisisRadarConfig config) {
        DataStream<ParsedRecord> parsed = null;
        for (int i = 0; i < sources.mentions().size(); i++) {
            // The first keeps the name it always had, so a streaming job's savepoints still match.
            String name = i == 0 ? "mentions-source" : "mentions-source-" + (i + 1);
            DataStream<ParsedRecord> source = env.fromSource(
                            sources.mentions().get(i),
                            MentionWatermarks.strategy(
                                    config.job().maxOutOfOrderness(),
                                    config.job().sourceIdleness()),
                            name)
                    .uid(name);
            parsed = parsed == null ? source : parsed.union(source);
        }

        SingleOutputStreamOperator<Mention> mentions = parsed.process(new RouteParsedRecords())
                .name("route-dead-letters")
                .uid("route-dead-letters");
        DataStream<DeadLetter> deadLetters = mentions.getSideOutput(RouteParsedRecords.DEAD_LETTERS);

        DataStream<EnrichedMention> enriched = mentions.keyBy(Mention::id)
                .process(new DropRedeliveries(config.enrich().redeliveryTtl()))
                .name("drop-redeliveries")
                .uid("drop-redeliveries")
                .map(new EnrichMentions(
                        BrandRulesFile.loadIfGiven(config.enrich().brandsFile())))
                .name("enrich-mentions")
                .uid("enrich-mentions")
                .keyBy(EnrichedMention::primaryBrand)
                .process(new GroupNearDuplicates(config.enrich().nearDuplicateTtl()))
                .name("group-near-duplicates")
                .uid("group-near-duplicates");

        enriched.sinkTo(sinks.mentions()).name("mentions-to-elasticsearch").uid("mentions-to-elasticsearch");

        // The response clock: complaints and brand replies meet under the complaint's id and brand.
        CareSettings care = config.care();
        ResponseClock clock = new ResponseClock(
                new DeadlinePolicy(care.deadlines(), care.defaultDeadline(), care.lateAnswerWindow()));
        DataStream<ResponseRecord> responses = enriched.flatMap(
                        (EnrichedMention mention, Collector<TrackedMention> out) ->
                                ResponseClock.tracked(mention).forEach(out::collect),
                        TypeInformation.of(TrackedMention.class))
                .name("complaints-and-brand-replies")
                .uid("complaints-and-brand-replies")
                .keyBy(ResponseClock::conversationKey)
                .process(new TrackResponses(clock, config.job().endOfInputTimeMillis()))
                .name("track-responses")
                .uid("track-responses");
        responses.sinkTo(sinks.responses()).name("responses-to-elasticsearch").uid("responses-to-elasticsearch");

        List<WindowSpec> specs =
                config.detect().windows().stream().map(WindowSpec::parse).toList();
        DataStream<WindowSummary> windows = enriched.flatMap(
                        new ObserveForWindows(EnumSet.allOf(KeyedObservation.Dimension.class)))
                .name("observe-for-windows")
                .uid("observe-for-windows")
                .keyBy(KeyedObservation::key)
                .process(new SlidingPaneWindows(specs, config.detect().allowedLateness()))
                .name("sliding-pane-windows")
                .uid("sliding-pane-windows");

        // Brand windows of the scored spec are written by the detector, with their score; all
        // other windows (brand x category, brand x platform, other specs) as plain metrics.
        WindowSpec scored = WindowSpec.parse(config.detect().scoreWindow());
        String scoredSpec = scored.id();
        windows.filter(w -> !isBrandWindow(w, scoredSpec))
                .name("unscored-windows")
                .uid("unscored-windows")
                .sinkTo(sinks.windowMetrics())
                .name("window-metrics-to-elasticsearch")
                .uid("window-metrics-to-elasticsearch");
        SingleOutputStreamOperator<ScoredWindow> scores = windows.filter(w -> isBrandWindow(w, scoredSpec))
                .name("brand-windows")
                .uid("brand-windows")
                .keyBy(WindowSummary::key)
                // The response clock of the same brand feeds the open episode's response statistics.
                .connect(responses.keyBy(ResponseRecord::brand))
                .process(new DetectCrises(
                        BrandMonitor.defaults(scored), config.job().endOfInputTimeMillis()))
                .name("detect-crises")
                .uid("detect-crises");
        scores.sinkTo(sinks.crisisScores())
                .name("crisis-scores-to-elasticsearch")
                .uid("crisis-scores-to-elasticsearch");
        scores.getSideOutput(DetectCrises.EPISODES)
                .sinkTo(sinks.episodes())
                .name("episodes-to-elasticsearch")
                .uid("episodes-to-elasticsearch");
        scores.getSideOutput(DetectCrises.ALERTS)
                .sinkTo(sinks.alerts())
                .name("alerts-to-kafka")
                .uid("alerts-to-kafka");
        deadLetters
                .sinkTo(sinks.deadLetters())
                .name("dead-letters-to-elasticsearch")
                .uid("dead-letters-to-elasticsearch");
        deadLetters
                .sinkTo(sinks.deadLetterTopic())
                .name("dead-letters-to-kafka")
                .uid("dead-letters-to-kafka");
    }

    /** A window of a brand itself (not brand x category or platform) of the scored spec. */
    static boolean isBrandWindow(WindowSummary window, String scoredSpec) {
        return window.spec().equals(scoredSpec) && window.key().indexOf('|') < 0;
    }
}
