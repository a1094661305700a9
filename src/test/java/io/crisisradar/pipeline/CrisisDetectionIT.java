package io.crisisradar.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import io.crisisradar.cli.Main;
import io.crisisradar.config.CrisisRadarConfig;
import io.crisisradar.scenario.BrandCatalog;
import io.crisisradar.scenario.GeneratedMention;
import io.crisisradar.scenario.InjectedEvent;
import io.crisisradar.scenario.Scenario;
import io.crisisradar.scenario.ScenarioGenerator;
import io.crisisradar.scenario.SmallScenarios;
import io.crisisradar.sink.elasticsearch.IndexNames;
import io.crisisradar.sink.elasticsearch.IndexTemplates;
import io.crisisradar.testing.LocalServices;
import io.crisisradar.testing.TestClients;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A generated scenario through the whole job on Flink's MiniCluster, real Kafka and real
 * Elasticsearch: a viral delivery complaint against Błysk after eight quiet hours must appear as
 * one resolved crisis episode with sensible evidence, with alerts on the alerts topic.
 */
@ExtendWith(LocalServices.class)
class CrisisDetectionIT {

    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1)
            .setNumberSlotsPerTaskManager(2)
            .build());

    /** Monday 2026-11-23, 01:00 in Warsaw. */
    private static final Instant START = Instant.parse("2026-11-23T00:00:00Z");

    private static final Instant CRISIS_START = START.plus(Duration.ofHours(8));

    /**
     * One brand, twelve hours, a viral delivery post after eight: small enough for every CI run, long
     * enough for the episode to resolve inside the data (the end of the input resolves nothing).
     */
    static Scenario viralPostAfterAQuietMorning() {
        InjectedEvent viral = SmallScenarios.viralPost(
                "it-blysk-viral-delivery-post", BrandCatalog.BLYSK, "DELIVERY", CRISIS_START, 0.3, "#BłyskStop");
        return SmallScenarios.of(
                "it-viral", 7, START, Duration.ofHours(12), List.of(BrandCatalog.BLYSK), List.of(viral));
    }

    @Test
    void aViralComplaintBecomesOneResolvedEpisodeWithEvidenceAndAlerts() throws Exception {
        // Parallelism 1: near-duplicate group ids depend on the order in which a brand's mentions
        // meet, which parallel subtasks do not fix (two streaming runs could differ too); with one
        // subtask the stream and the backfill below must agree document for document.
        CrisisRadarConfig config = LocalServices.isolatedConfig(Map.of(
                "job.parallelism",
                "1",
                "detect.windows",
                "15m/1m",
                "enrich.brands-file",
                LocalServices.projectDir().resolve("jobs/local/brands.json").toString()));
        TestClients.createTopics(config, 1);
        IndexNames names = new IndexNames(config.elasticsearch().indexPrefix());
        try (ElasticsearchClient client = TestClients.elasticsearch(config)) {
            new IndexTemplates(names).install(client);
        }
        List<GeneratedMention> stream = new ScenarioGenerator(viralPostAfterAQuietMorning()).generateAll();
        List<String> lines =
                new ArrayList<>(stream.stream().map(GeneratedMention::json).toList());
        lines.addAll(INVALID);
        TestClients.produce(
                config,
                lines.stream().map(l -> l.getBytes(StandardCharsets.UTF_8)).toList());

        // Where the data ends, as a backfill of the same lines finds it: deadlines after the last
        // mention stay awaiting in both runs instead of passing with Flink's final watermark.
        Instant lastMention = stream.stream()
                .map(GeneratedMention::createdAt)
                .max(Instant::compareTo)
                .orElseThrow();
        CrisisRadarJob.run(config.withJob(config.job().withBounded(true).withDataEndsAt(lastMention)));

        try (ElasticsearchClient client = TestClients.elasticsearch(config)) {
            Map<String, JsonNode> episodes = TestClients.documents(client, names.pattern(IndexNames.Kind.EPISODES));
            assertThat(episodes).hasSize(1);
            JsonNode episode =
                    episodes.values().iterator().next().path("crisis_radar").path("episode");
            assertThat(episode.path("brand").asText()).isEqualTo("blysk");
            assertThat(episode.path("status").asText()).isEqualTo("resolved");
            assertThat(episode.path("responses").path("complaints").asLong())
                    .as("the complaints that came due during the episode, counted by the job")
                    .isPositive();
            Instant detected = Instant.parse(episode.path("detected_at").asText());
            assertThat(detected).isBetween(CRISIS_START, CRISIS_START.plus(Duration.ofMinutes(40)));
            assertThat(episode.path("peak_score").asDouble()).isGreaterThanOrEqualTo(45);
            assertThat(episode.path("triggers").toString()).contains("negativity");
            JsonNode evidence = episode.path("evidence");
            assertThat(evidence.path("categories").get(0).asText()).isEqualTo("DELIVERY");
            assertThat(evidence.path("unusual_terms").toString()).containsIgnoringCase("błyskstop");
            assertThat(evidence.path("top_negative_mentions")).isNotEmpty();
            assertThat(evidence.path("top_negative_mentions")
                            .get(0)
                            .path("message")
                            .asText())
                    .isNotBlank();
            assertThat(evidence.path("top_authors")).isNotEmpty();
            assertThat(episode.path("timeline").size()).isGreaterThan(10);

            // Counting does not refresh: make the last bulk requests searchable first.
            client.indices().refresh(r -> r.index(names.pattern(IndexNames.Kind.METRICS)));
            long crisisWindows = client.count(c -> c.index(names.pattern(IndexNames.Kind.METRICS))
                            .query(q -> q.term(
                                    t -> t.field("crisis_radar.crisis.severity").value("crisis"))))
                    .count();
            assertThat(crisisWindows)
                    .as("brand windows carry their crisis score")
                    .isPositive();
        }
        List<String> alerts = TestClients.consumeAll(config, config.kafka().alertsTopic(), 2, Duration.ofSeconds(60));
        assertThat(alerts).hasSizeGreaterThanOrEqualTo(2);
        assertThat(alerts.get(0)).contains("\"type\":\"opened\"").contains("\"brand\":\"blysk\"");
        assertThat(alerts.get(alerts.size() - 1)).contains("\"type\":\"resolved\"");

        backfillOfTheSameLinesWritesTheSameDocuments(config, lines);
    }

    /** Records the stream and a backfill must both turn into dead letters. */
    private static final List<String> INVALID =
            List.of("not json", "{\"id\":\"x:1\",\"platform\":\"x\",\"text\":\"no time\"}");

    /**
     * Issue 5: a backfill from a file of the same lines, into other indices, must produce the same
     * mention, metrics and episode documents as the stream did (dead letters differ only in where
     * they came from: topic and offset, or file and line).
     */
    private void backfillOfTheSameLinesWritesTheSameDocuments(CrisisRadarConfig streamed, List<String> lines)
            throws Exception {
        CrisisRadarConfig backfilled = LocalServices.isolatedConfig(Map.of());
        Path file = Files.createTempFile("backfill", ".ndjson");
        Files.write(file, lines, StandardCharsets.UTF_8);
        int exit = Main.commandLine()
                .execute(
                        "backfill",
                        file.toString(),
                        "--progress-every",
                        "PT5S",
                        "--set",
                        "elasticsearch.hosts="
                                + streamed.elasticsearch().hosts().get(0),
                        "--set",
                        "elasticsearch.index-prefix="
                                + backfilled.elasticsearch().indexPrefix(),
                        "--set",
                        "kafka.bootstrap-servers=" + streamed.kafka().bootstrapServers(),
                        "--set",
                        "kafka.dead-letter-topic=" + backfilled.kafka().deadLetterTopic(),
                        "--set",
                        "detect.windows=15m/1m",
                        "--set",
                        "job.web-ui-port=0",
                        "--set",
                        "job.parallelism=1",
                        "--set",
                        "enrich.brands-file=" + streamed.enrich().brandsFile());
        assertThat(exit).isZero();

        IndexNames a = new IndexNames(streamed.elasticsearch().indexPrefix());
        IndexNames b = new IndexNames(backfilled.elasticsearch().indexPrefix());
        try (ElasticsearchClient client = TestClients.elasticsearch(streamed)) {
            for (IndexNames.Kind kind : List.of(
                    IndexNames.Kind.MENTIONS,
                    IndexNames.Kind.METRICS,
                    IndexNames.Kind.EPISODES,
                    IndexNames.Kind.RESPONSES)) {
                Map<String, JsonNode> fromStream = TestClients.allDocuments(client, a.pattern(kind));
                Map<String, JsonNode> fromFile = TestClients.allDocuments(client, b.pattern(kind));
                assertThat(fromFile.keySet()).as(kind + " ids").isEqualTo(fromStream.keySet());
                for (Map.Entry<String, JsonNode> doc : fromStream.entrySet()) {
                    assertThat(fromFile.get(doc.getKey()))
                            .as(kind + " " + doc.getKey())
                            .isEqualTo(doc.getValue());
                }
            }
            assertThat(TestClients.allDocuments(client, a.pattern(IndexNames.Kind.RESPONSES))
                            .values())
                    .as("complaints whose deadline lies after the data's end are neither breached nor answered")
                    .anySatisfy(r -> assertThat(
                                    r.at("/crisis_radar/response/status").asText())
                            .isEqualTo("awaiting"));
            assertThat(reasons(TestClients.allDocuments(client, b.pattern(IndexNames.Kind.DEAD_LETTERS))))
                    .hasSize(INVALID.size())
                    .isEqualTo(reasons(TestClients.allDocuments(client, a.pattern(IndexNames.Kind.DEAD_LETTERS))));
        }
    }

    private static List<String> reasons(Map<String, JsonNode> deadLetters) {
        return deadLetters.values().stream()
                .map(d -> d.at("/error/type").asText())
                .sorted()
                .toList();
    }
}
