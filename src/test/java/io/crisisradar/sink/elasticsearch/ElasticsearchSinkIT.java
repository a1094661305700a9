package io.crisisradar.sink.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import io.crisisradar.config.CrisisRadarConfig;
import io.crisisradar.testing.LocalServices;
import io.crisisradar.testing.TestClients;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The bulk writer against the real Elasticsearch node: refusals that can never succeed. */
@ExtendWith(LocalServices.class)
class ElasticsearchSinkIT {

    private static final Instant EVENT = Instant.parse("2026-11-20T08:15:00Z");

    private CrisisRadarConfig config;
    private IndexNames names;

    @BeforeEach
    void installTemplates() throws Exception {
        config = LocalServices.isolatedConfig(Map.of());
        names = new IndexNames(config.elasticsearch().indexPrefix());
        try (ElasticsearchClient client = TestClients.elasticsearch(config)) {
            new IndexTemplates(names).install(client);
        }
    }

    @Test
    void routesADocumentTheStrictMappingRefusesToDeadLettersAndKeepsTheRest() throws Exception {
        List<String> refused = new ArrayList<>();
        DeadLetterDocuments deadLetters = new DeadLetterDocuments(names);
        try (BulkWriter writer = BulkWriter.create(
                new ElasticsearchBulkClient(TestClients.elasticsearch(config)),
                config.elasticsearch().bulk(),
                deadLetters::forRefusedDocument,
                new BulkWriter.Listener() {
                    @Override
                    public void refused(EsDocument document, int status, String errorType, String errorReason) {
                        refused.add(document.id() + " " + status + " " + errorType);
                    }
                })) {
            writer.add(mentionDocument("good", "{\"@timestamp\":\"2026-11-20T08:15:00Z\",\"message\":\"ok\"}"));
            writer.add(mentionDocument(
                    "bad", "{\"@timestamp\":\"2026-11-20T08:15:00Z\",\"message\":\"ok\",\"unmapped\":1}"));
            writer.flush();
        }

        assertThat(refused).containsExactly("bad 400 strict_dynamic_mapping_exception");
        try (ElasticsearchClient client = TestClients.elasticsearch(config)) {
            assertThat(TestClients.documents(client, names.pattern(IndexNames.Kind.MENTIONS)))
                    .containsOnlyKeys("good");
            Map<String, JsonNode> dead = TestClients.documents(client, names.pattern(IndexNames.Kind.DEAD_LETTERS));
            assertThat(dead).containsOnlyKeys("elasticsearch-bad");
            JsonNode letter = dead.get("elasticsearch-bad");
            assertThat(letter.at("/error/type").asText()).isEqualTo("ELASTICSEARCH_REJECTED");
            assertThat(letter.at("/error/message").asText()).contains("strict_dynamic_mapping_exception");
            assertThat(letter.at("/crisis_radar/mention_id").asText()).isEqualTo("bad");
            assertThat(letter.at("/event/original").asText()).contains("\"unmapped\":1");
            assertThat(letter.at("/@timestamp").asText()).isEqualTo("2026-11-20T08:15:00Z");
        }
    }

    private EsDocument mentionDocument(String id, String json) {
        return new EsDocument(
                names.index(IndexNames.Kind.MENTIONS, EVENT), id, EVENT, json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void installAddsNewFieldsToAnIndexCreatedByAnOlderVersion() throws Exception {
        String index = names.index(IndexNames.Kind.METRICS, EVENT);
        try (ElasticsearchClient client = TestClients.elasticsearch(config)) {
            // This month's index as an older version left it: strict, without the crisis fields.
            client.indices().delete(r -> r.index(index).ignoreUnavailable(true));
            client.indices()
                    .create(
                            r -> r.index(index)
                                    .withJson(
                                            new java.io.StringReader(
                                                    "{\"mappings\":{\"dynamic\":\"strict\",\"properties\":{\"@timestamp\":{\"type\":\"date\"}}}}")));
            String doc = "{\"@timestamp\":\"2026-11-20T08:15:00Z\",\"crisis_radar\":{\"crisis\":{\"score\":71.5}}}";

            List<String> installed = new IndexTemplates(names).install(client);
            client.index(r -> r.index(index)
                    .id("scored")
                    .withJson(new java.io.StringReader(doc))
                    .refresh(co.elastic.clients.elasticsearch._types.Refresh.True));

            assertThat(installed).anyMatch(line -> line.startsWith("mapping of 1 existing"));
            assertThat(TestClients.documents(client, index)
                            .get("scored")
                            .at("/crisis_radar/crisis/score")
                            .asDouble())
                    .isEqualTo(71.5);
        }
    }
}
