package io.crisisradar.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crisisradar.config.CrisisRadarConfig;
import io.crisisradar.sink.elasticsearch.IndexNames;
import io.crisisradar.sink.elasticsearch.IndexTemplates;
import io.crisisradar.testing.LocalServices;
import io.crisisradar.testing.TestClients;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The real topology on Flink's MiniCluster between the real Kafka broker and the real
 * Elasticsearch node: mentions in, exactly the expected documents out.
 */
@ExtendWith(LocalServices.class)
class CrisisPipelineIT {

    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1)
            .setNumberSlotsPerTaskManager(2)
            .build());

    private static final String FULL_MENTION =
            """
            {"id":"twitter:1001","platform":"twitter","created_at":"2026-11-20T08:15:00Z",
             "text":"@InPost paczka znowu nie dotarła, trzeci raz w tym miesiącu","brand":"inpost","lang":"pl",
             "author":{"id":"u1","handle":"ania_k","followers":2400,"verified":false,"location":"Łódź"},
             "engagement":{"likes":12,"shares":3,"comments":2,"views":5400},
             "url":"https://x.com/ania_k/status/1001","in_reply_to":"twitter:999","sentiment":-0.7,
             "campaign":"none"}""";

    private static final String BRAND_REPLY =
            """
            {"id":"twitter:1002","platform":"twitter","created_at":"2026-11-20T08:40:00Z",
             "text":"@ania_k Przepraszamy! Napisz do nas w wiadomości prywatnej, sprawdzimy tę paczkę.",
             "author":{"handle":"InPostPomoc","followers":15000},"in_reply_to":"twitter:1001"}""";

    private static final String REPOST =
            """
            {"id":"twitter:1003","platform":"twitter","created_at":"2026-11-20T08:50:00Z",
             "text":"RT @ania_k: @InPost paczka znowu nie dotarła, trzeci raz w tym miesiącu"}""";

    private static final List<String> VALID = List.of(
            FULL_MENTION,
            BRAND_REPLY,
            REPOST,
            mention("facebook:2002", "facebook", "2026-11-20T09:00:00Z", "Great service from @Allegro today!"),
            mention("instagram:3003", "instagram", "2026-11-21T10:30:00+01:00", "Zamówienie przyszło uszkodzone 😡"),
            mention("youtube:4004", "youtube", "2026-10-31T23:59:59Z", "Unboxing the new phone"),
            mention("forum:5005", "forum", "2026-11-22T12:00:00Z", ""));

    private static final Map<String, String> INVALID = Map.of(
            "not json at all",
            "NOT_JSON",
            "[\"an\",\"array\"]",
            "NOT_AN_OBJECT",
            "{\"platform\":\"twitter\",\"created_at\":\"2026-11-20T08:15:00Z\",\"text\":\"no id\"}",
            "MISSING_FIELD",
            "{\"id\":\"tw:bad-time\",\"platform\":\"twitter\",\"created_at\":\"20/11/2026 08:15\",\"text\":\"x\"}",
            "UNPARSABLE_TIME",
            "{\"id\":\"tw:neg\",\"platform\":\"twitter\",\"created_at\":\"2026-11-20T08:15:00Z\",\"text\":\"x\","
                    + "\"author\":{\"followers\":-5}}",
            "INVALID_FIELD",
            "{\"id\":\"tw:huge\",\"platform\":\"twitter\",\"created_at\":\"2026-11-20T08:15:00Z\",\"text\":\""
                    + "a".repeat(3000) + "\"}",
            "OVERSIZED");

    private CrisisRadarConfig config;

    @BeforeEach
    void createTopicsAndTemplates() throws Exception {
        config = LocalServices.isolatedConfig(Map.of(
                "job.max-mention-bytes",
                "2kb",
                "enrich.brands-file",
                LocalServices.projectDir()
                        .resolve("src/test/resources/io/crisisradar/pipeline/brands.json")
                        .toString()));
        TestClients.createTopics(config, 2);
        try (ElasticsearchClient client = TestClients.elasticsearch(config)) {
            IndexTemplates templates =
                    new IndexTemplates(new IndexNames(config.elasticsearch().indexPrefix()));
            templates.install(client);
            assertThat(templates.verify(client)).isEmpty();
        }
    }

    @Test
    void indexesExactlyTheValidMentionsAndDeadLettersTheRestWithReasons() throws Exception {
        List<byte[]> payloads = new ArrayList<>();
        VALID.forEach(v -> payloads.add(v.getBytes(StandardCharsets.UTF_8)));
        INVALID.keySet().forEach(v -> payloads.add(v.getBytes(StandardCharsets.UTF_8)));
        payloads.add(FULL_MENTION.getBytes(StandardCharsets.UTF_8)); // an exact re-delivery
        TestClients.produce(config, payloads);

        runBounded(config);

        IndexNames names = new IndexNames(config.elasticsearch().indexPrefix());
        try (ElasticsearchClient client = TestClients.elasticsearch(config)) {
            Map<String, JsonNode> mentions = TestClients.documents(client, names.pattern(IndexNames.Kind.MENTIONS));
            assertThat(mentions)
                    .containsOnlyKeys(
                            "twitter:1001",
                            "twitter:1002",
                            "twitter:1003",
                            "facebook:2002",
                            "instagram:3003",
                            "youtube:4004",
                            "forum:5005");
            assertThat(TestClients.versions(client, names.pattern(IndexNames.Kind.MENTIONS)))
                    .as("the re-delivery was dropped before Elasticsearch")
                    .containsEntry("twitter:1001", 1L);

            ObjectNode complaint = (ObjectNode) mentions.get("twitter:1001");
            ObjectNode understood = (ObjectNode) complaint.get("crisis_radar");
            assertThat(understood.at("/sentiment/score").asDouble()).isNegative();
            assertThat(understood.at("/reach").asLong())
                    .as("views are the reach when the platform reports them")
                    .isEqualTo(5400);
            assertThat(understood.at("/fingerprint").asText()).hasSize(16);
            assertThat(understood.at("/near_duplicate_group").asText())
                    .as("a repost is grouped with the original")
                    .isEqualTo(mentions.get("twitter:1003")
                            .at("/crisis_radar/near_duplicate_group")
                            .asText());
            assertThat(mentions.get("facebook:2002")
                            .at("/crisis_radar/near_duplicate_group")
                            .asText())
                    .isNotEqualTo(understood.at("/near_duplicate_group").asText());
            // What is left is exact: contract fields, kept unknown fields and stable enrichment.
            understood.remove(List.of("reach", "fingerprint", "near_duplicate_group"));
            ((ObjectNode) understood.get("sentiment")).remove(List.of("score", "confidence"));
            assertThat(complaint)
                    .isEqualTo(
                            TestClients.json(
                                    """
                    {"@timestamp":"2026-11-20T08:15:00Z",
                     "message":"@InPost paczka znowu nie dotarła, trzeci raz w tym miesiącu",
                     "user":{"id":"u1","name":"ania_k"},
                     "url":{"original":"https://x.com/ania_k/status/1001"},
                     "crisis_radar":{"mention_id":"twitter:1001","platform":"twitter","brand":"inpost","lang":"pl",
                       "in_reply_to":"twitter:999","upstream_sentiment":-0.7,
                       "author":{"followers":2400,"verified":false},
                       "engagement":{"likes":12,"shares":3,"comments":2,"views":5400},
                       "language":"pl","sentiment":{"label":"NEGATIVE"},"categories":["DELIVERY"],
                       "influence_tier":"NANO","brands":["inpost"],"is_brand_response":false,
                       "extra":{"campaign":"none","author":{"location":"Łódź"}}}}"""));

            JsonNode reply = mentions.get("twitter:1002").get("crisis_radar");
            assertThat(reply.at("/is_brand_response").asBoolean()).isTrue();
            assertThat(reply.at("/responding_brand").asText()).isEqualTo("inpost");
            assertThat(reply.at("/language").asText())
                    .as("detected, not declared")
                    .isEqualTo("pl");
            assertThat(TestClients.documents(client, names.pattern(IndexNames.Kind.RESPONSES)))
                    .as("the response clock: the brand answered the complaint 25 minutes after it was posted")
                    .hasEntrySatisfying("twitter:1001|inpost", r -> {
                        assertThat(r.at("/crisis_radar/response/status").asText())
                                .isEqualTo("answered");
                        assertThat(r.at("/crisis_radar/response/first_response_minutes")
                                        .asDouble())
                                .isEqualTo(25.0);
                    });
            JsonNode praise = mentions.get("facebook:2002").get("crisis_radar");
            assertThat(praise.at("/brands/0").asText()).isEqualTo("allegro");
            assertThat(praise.at("/language").asText()).isEqualTo("en");
            assertThat(praise.at("/sentiment/label").asText()).isEqualTo("POSITIVE");
            assertThat(mentions.get("instagram:3003")
                            .at("/crisis_radar/sentiment/label")
                            .asText())
                    .isEqualTo("NEGATIVE");
            assertThat(mentions.get("instagram:3003").get("@timestamp").asText())
                    .isEqualTo("2026-11-21T09:30:00Z");
            assertThat(client.indices()
                            .exists(r -> r.index(config.elasticsearch().indexPrefix() + "-mentions-2026.10"))
                            .value())
                    .as("a mention is stored in the monthly index of its event date")
                    .isTrue();

            Map<String, JsonNode> windows = TestClients.documents(client, names.pattern(IndexNames.Kind.METRICS));
            List<JsonNode> inpostHours = windows.values().stream()
                    .filter(w -> w.at("/crisis_radar/window/key").asText().equals("inpost"))
                    .filter(w -> w.at("/crisis_radar/window/spec").asText().equals("60m-5m"))
                    .toList();
            JsonNode busiest = inpostHours.stream()
                    .max(java.util.Comparator.comparingLong(
                            w -> w.at("/crisis_radar/metrics/volume").asLong()))
                    .orElseThrow();
            assertThat(busiest.at("/crisis_radar/metrics/volume").asLong())
                    .as("the complaint (08:15) and its repost (08:50) share hour windows")
                    .isEqualTo(2);
            assertThat(busiest.at("/crisis_radar/metrics/unique_voices").asLong())
                    .as("a repost is not a second voice")
                    .isEqualTo(1);
            assertThat(busiest.at("/crisis_radar/metrics/negatives").asLong()).isEqualTo(2);
            assertThat(windows)
                    .as("one document per key, spec and window end")
                    .containsKey("inpost|60m-5m|"
                            + busiest.at("/crisis_radar/window/end")
                                    .asText()
                                    .transform(t -> String.valueOf(
                                            java.time.Instant.parse(t).toEpochMilli())));
            assertThat(windows.values())
                    .anySatisfy(w -> assertThat(w.at("/crisis_radar/window/key").asText())
                            .isEqualTo("inpost|category=DELIVERY"));

            Map<String, JsonNode> deadLetters =
                    TestClients.documents(client, names.pattern(IndexNames.Kind.DEAD_LETTERS));
            assertThat(deadLetters.values().stream()
                            .map(d -> d.at("/error/type").asText())
                            .sorted()
                            .toList())
                    .isEqualTo(INVALID.values().stream().sorted().toList());
            JsonNode oversized = deadLetters.values().stream()
                    .filter(d -> d.at("/error/type").asText().equals("OVERSIZED"))
                    .findFirst()
                    .orElseThrow();
            assertThat(oversized.at("/crisis_radar/dead_letter/truncated").asBoolean())
                    .isFalse();
            assertThat(oversized.at("/crisis_radar/dead_letter/payload_bytes").asInt())
                    .isGreaterThan(3000);
            assertThat(oversized.at("/crisis_radar/source/topic").asText())
                    .isEqualTo(config.kafka().mentionsTopic());
            assertThat(oversized.at("/event/original").asText()).startsWith("{\"id\":\"tw:huge\"");
        }

        List<String> topic = TestClients.consumeAll(
                config, config.kafka().deadLetterTopic(), INVALID.size(), Duration.ofSeconds(30));
        assertThat(topic.stream().map(TestClients::reasonOf).sorted().toList())
                .isEqualTo(INVALID.values().stream().sorted().toList());
    }

    @Test
    void aReplayOfTheSameInputOverwritesInsteadOfDuplicating() throws Exception {
        TestClients.produce(
                config,
                VALID.stream().map(v -> v.getBytes(StandardCharsets.UTF_8)).toList());
        runBounded(config);
        IndexNames names = new IndexNames(config.elasticsearch().indexPrefix());
        String pattern = names.pattern(IndexNames.Kind.MENTIONS);
        Map<String, JsonNode> first;
        try (ElasticsearchClient client = TestClients.elasticsearch(config)) {
            first = TestClients.documents(client, pattern);
        }

        // A new consumer group reads the topic again from the start: a full replay.
        runBounded(LocalServices.isolatedConfig(Map.of(
                "enrich.brands-file", config.enrich().brandsFile(),
                "kafka.bootstrap-servers", config.kafka().bootstrapServers(),
                "kafka.mentions-topic", config.kafka().mentionsTopic(),
                "kafka.dead-letter-topic", config.kafka().deadLetterTopic(),
                "elasticsearch.index-prefix", config.elasticsearch().indexPrefix())));

        try (ElasticsearchClient client = TestClients.elasticsearch(config)) {
            assertThat(TestClients.documents(client, pattern)).isEqualTo(first).hasSize(VALID.size());
            assertThat(TestClients.versions(client, pattern).values())
                    .as("every document was written twice, under the same id")
                    .containsOnly(2L);
        }
    }

    @Test
    void keepsRunningAfterBadInputAndFlushesWithoutWaitingForTheEndOfInput() throws Exception {
        // No checkpoint within the test: only the sink's flush timer can bring documents out.
        JobClient job = CrisisRadarJob.start(LocalServices.isolatedConfig(Map.of(
                "kafka.bootstrap-servers", config.kafka().bootstrapServers(),
                "kafka.mentions-topic", config.kafka().mentionsTopic(),
                "kafka.dead-letter-topic", config.kafka().deadLetterTopic(),
                "elasticsearch.index-prefix", config.elasticsearch().indexPrefix(),
                "enrich.brands-file", config.enrich().brandsFile(),
                "job.max-mention-bytes", "2kb",
                "job.checkpoint-interval", "1h")));
        try {
            List<byte[]> payloads = new ArrayList<>();
            INVALID.keySet().forEach(v -> payloads.add(v.getBytes(StandardCharsets.UTF_8)));
            VALID.forEach(v -> payloads.add(v.getBytes(StandardCharsets.UTF_8)));
            TestClients.produce(config, payloads);

            IndexNames names = new IndexNames(config.elasticsearch().indexPrefix());
            try (ElasticsearchClient client = TestClients.elasticsearch(config)) {
                Map<String, JsonNode> mentions = Map.of();
                long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
                while (mentions.size() < VALID.size() && System.nanoTime() < deadline) {
                    Thread.sleep(500);
                    mentions = TestClients.documents(client, names.pattern(IndexNames.Kind.MENTIONS));
                }
                assertThat(mentions).hasSize(VALID.size());
            }
            assertThat(job.getJobStatus().get().isGloballyTerminalState())
                    .as("the job is still running")
                    .isFalse();
        } finally {
            job.cancel().get();
        }
    }

    private static void runBounded(CrisisRadarConfig base) throws Exception {
        CrisisRadarJob.run(base.withJob(base.job().withBounded(true)));
    }

    private static String mention(String id, String platform, String createdAt, String text) {
        return "{\"id\":\"%s\",\"platform\":\"%s\",\"created_at\":\"%s\",\"text\":\"%s\"}"
                .formatted(id, platform, createdAt, text);
    }
}
