package io.crisisradar.testing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crisisradar.config.CrisisRadarConfig;
import io.crisisradar.sink.elasticsearch.ElasticsearchClients;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** Small helpers for tests to put data into the real Kafka and read it back from both services. */
public final class TestClients {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private TestClients() {}

    /** Sends each payload as one record (keyed by position) and waits until all are acknowledged. */
    public static void produce(CrisisRadarConfig config, List<byte[]> payloads) throws Exception {
        Properties properties = config.kafka().clientConfig();
        properties.put("acks", "all");
        try (KafkaProducer<byte[], byte[]> producer =
                new KafkaProducer<>(properties, new ByteArraySerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < payloads.size(); i++) {
                producer.send(new ProducerRecord<>(
                                config.kafka().mentionsTopic(),
                                String.valueOf(i).getBytes(StandardCharsets.UTF_8),
                                payloads.get(i)))
                        .get();
            }
        }
    }

    /** Creates the run's topics (mentions with {@code partitions} partitions) with the real CLI command. */
    public static void createTopics(CrisisRadarConfig config, int partitions) {
        int exit = io.crisisradar.cli.Main.commandLine()
                .execute(
                        "topics",
                        "--set",
                        "kafka.bootstrap-servers=" + config.kafka().bootstrapServers(),
                        "--set",
                        "kafka.mentions-topic=" + config.kafka().mentionsTopic(),
                        "--set",
                        "kafka.dead-letter-topic=" + config.kafka().deadLetterTopic(),
                        "--set",
                        "kafka.alerts-topic=" + config.kafka().alertsTopic(),
                        "--set",
                        "kafka.topic-partitions=" + partitions);
        if (exit != 0) {
            throw new AssertionError("crisis-radar topics exited with " + exit);
        }
    }

    /** Reads every record currently in a topic, as UTF-8 text. */
    public static List<String> consumeAll(CrisisRadarConfig config, String topic, int expected, Duration timeout) {
        Properties properties = config.kafka().clientConfig();
        properties.put("group.id", "reader-" + UUID.randomUUID());
        properties.put("auto.offset.reset", "earliest");
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer =
                new KafkaConsumer<>(properties, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (values.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    values.add(new String(record.value(), StandardCharsets.UTF_8));
                }
            }
            // One more poll to catch records beyond the expected count (duplicates would show here).
            consumer.poll(Duration.ofSeconds(1))
                    .forEach(r -> values.add(new String(r.value(), StandardCharsets.UTF_8)));
        }
        return values;
    }

    public static ElasticsearchClient elasticsearch(CrisisRadarConfig config) {
        return ElasticsearchClients.create(config.elasticsearch());
    }

    /** Every document in the indices matching {@code pattern}, by id, after a refresh. */
    public static Map<String, JsonNode> documents(ElasticsearchClient client, String pattern) throws IOException {
        Map<String, JsonNode> documents = new LinkedHashMap<>();
        search(client, pattern).forEach(hit -> documents.put(hit.id(), hit.source()));
        return documents;
    }

    /**
     * Every document matching {@code pattern}, by id, however many (scrolls; {@link #documents}
     * stops at 10,000).
     */
    public static Map<String, JsonNode> allDocuments(ElasticsearchClient client, String pattern) throws IOException {
        client.indices().refresh(r -> r.index(pattern).allowNoIndices(true).ignoreUnavailable(true));
        Map<String, JsonNode> documents = new java.util.TreeMap<>();
        SearchResponse<JsonNode> page = client.search(
                s -> s.index(pattern)
                        .allowNoIndices(true)
                        .ignoreUnavailable(true)
                        .size(5_000)
                        .scroll(t -> t.time("1m")),
                JsonNode.class);
        String scrollId = page.scrollId();
        List<Hit<JsonNode>> hits = page.hits().hits();
        while (!hits.isEmpty()) {
            hits.forEach(hit -> documents.put(hit.id(), hit.source()));
            String id = scrollId;
            var next = client.scroll(r -> r.scrollId(id).scroll(t -> t.time("1m")), JsonNode.class);
            scrollId = next.scrollId();
            hits = next.hits().hits();
        }
        if (scrollId != null) {
            String id = scrollId;
            client.clearScroll(r -> r.scrollId(id));
        }
        return documents;
    }

    /** The version of every document matching {@code pattern}, by id (a rewrite increments it). */
    public static Map<String, Long> versions(ElasticsearchClient client, String pattern) throws IOException {
        Map<String, Long> versions = new LinkedHashMap<>();
        search(client, pattern).forEach(hit -> versions.put(hit.id(), hit.version()));
        return versions;
    }

    private static List<Hit<JsonNode>> search(ElasticsearchClient client, String pattern) throws IOException {
        client.indices().refresh(r -> r.index(pattern).allowNoIndices(true).ignoreUnavailable(true));
        SearchResponse<JsonNode> response = client.search(
                s -> s.index(pattern)
                        .allowNoIndices(true)
                        .ignoreUnavailable(true)
                        .size(10_000)
                        .version(true),
                JsonNode.class);
        return response.hits().hits();
    }

    /** The {@code reason} of a dead letter read from the dead-letter topic. */
    public static String reasonOf(String deadLetterJson) {
        try {
            return MAPPER.readTree(deadLetterJson).path("reason").asText();
        } catch (IOException e) {
            throw new AssertionError("dead letter is not JSON: " + deadLetterJson, e);
        }
    }

    public static JsonNode json(String text) throws IOException {
        return MAPPER.readTree(text);
    }
}
