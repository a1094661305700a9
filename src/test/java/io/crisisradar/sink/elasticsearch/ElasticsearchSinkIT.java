package io.crisisradar.sink.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crisisradar.config.CrisisRadarConfig;
import io.crisisradar.testing.LocalServices;
import io.crisisradar.testing.TestClients;
import java.io.StringReader;
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
            // This month's index as an older version left it: strict, without the crisis fields (and
            // created before the current templates, which would otherwise add their fields to it).
            client.indices().delete(r -> r.index(index).ignoreUnavailable(true));
            client.indices().deleteIndexTemplate(r -> r.name(names.templateName(IndexNames.Kind.METRICS)));
            client.indices()
                    .create(
                            r -> r.index(index)
                                    .withJson(
                                            new java.io.StringReader(
                                                    "{\"mappings\":{\"dynamic\":\"strict\",\"properties\":{\"@timestamp\":{\"type\":\"date\"}}}}")));
            String doc = "{\"@timestamp\":\"2026-11-20T08:15:00Z\",\"crisis_radar\":{\"crisis\":{\"score\":71.5}}}";

            assertThat(mapping(client, index).at("/properties/crisis_radar").isMissingNode())
                    .isTrue();

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

    /**
     * An index created before the texts had keyword copies (their text fields mapped without {@code
     * fields}, as the previous templates had them) gets the multi-fields from {@code templates
     * install}, and a document written afterwards can be found and aggregated by its keyword: what the
     * dashboard tables need.
     */
    @Test
    void installAddsTheKeywordOfATextFieldToAnIndexCreatedWithoutIt() throws Exception {
        Map<IndexNames.Kind, List<String>> texts = Map.of(
                IndexNames.Kind.MENTIONS, List.of("message"),
                IndexNames.Kind.RESPONSES, List.of("crisis_radar.response.message"),
                IndexNames.Kind.METRICS, List.of("crisis_radar.crisis.explanation"),
                IndexNames.Kind.EPISODES,
                        List.of("crisis_radar.episode.opening_explanation", "crisis_radar.episode.peak_explanation"));
        try (ElasticsearchClient client = TestClients.elasticsearch(config)) {
            for (Map.Entry<IndexNames.Kind, List<String>> kind : texts.entrySet()) {
                String index = names.index(kind.getKey(), EVENT);
                ObjectNode older =
                        (ObjectNode) StrictMappings.of(kind.getKey().part()).deepCopy();
                for (String text : kind.getValue()) {
                    ObjectNode field = (ObjectNode) older.at(mappingPointer(text));
                    assertThat(field.path("fields").has("keyword")).as(text).isTrue();
                    field.remove("fields");
                }
                client.indices().delete(r -> r.index(index).ignoreUnavailable(true));
                client.indices().deleteIndexTemplate(r -> r.name(names.templateName(kind.getKey())));
                String body = "{\"mappings\":" + older + "}";
                client.indices().create(r -> r.index(index).withJson(new StringReader(body)));
                for (String text : kind.getValue()) {
                    JsonNode field = mapping(client, index).at(mappingPointer(text));
                    assertThat(field.path("type").asText()).as(text).isEqualTo("text");
                    assertThat(field.has("fields")).as(text).isFalse();
                }
            }

            List<String> installed = new IndexTemplates(names).install(client);

            for (Map.Entry<IndexNames.Kind, List<String>> kind : texts.entrySet()) {
                String index = names.index(kind.getKey(), EVENT);
                assertThat(installed).contains("mapping of 1 existing " + names.pattern(kind.getKey()) + " indices");
                ObjectNode doc = Json.object().put("@timestamp", "2026-11-20T08:15:00Z");
                for (String text : kind.getValue()) {
                    put(doc, text, "Paczka zaginęła 😡 again, " + text);
                }
                client.index(r -> r.index(index)
                        .id("after-install")
                        .withJson(new StringReader(doc.toString()))
                        .refresh(Refresh.True));
                for (String text : kind.getValue()) {
                    JsonNode field = mapping(client, index).at(mappingPointer(text));
                    assertThat(field.at("/fields/keyword/type").asText())
                            .as(text)
                            .isEqualTo("keyword");
                    String keyword = text + ".keyword";
                    SearchResponse<Void> found = client.search(
                            r -> r.index(index)
                                    .size(0)
                                    .query(q ->
                                            q.term(t -> t.field(keyword).value("Paczka zaginęła 😡 again, " + text)))
                                    .aggregations("texts", a -> a.terms(t -> t.field(keyword))),
                            Void.class);
                    assertThat(found.hits().total().value()).as(keyword).isEqualTo(1);
                    assertThat(found.aggregations()
                                    .get("texts")
                                    .sterms()
                                    .buckets()
                                    .array()
                                    .get(0)
                                    .key()
                                    .stringValue())
                            .as(keyword)
                            .isEqualTo("Paczka zaginęła 😡 again, " + text);
                }
            }
        }
    }

    /** The mapping of one index as Elasticsearch has it ({@code {"dynamic": …, "properties": …}}). */
    private static JsonNode mapping(ElasticsearchClient client, String index) throws java.io.IOException {
        var transport = (co.elastic.clients.transport.rest5_client.Rest5ClientTransport) client._transport();
        var response = transport
                .restClient()
                .performRequest(new co.elastic.clients.transport.rest5_client.low_level.Request(
                        "GET", "/" + index + "/_mapping"));
        try (var in = response.getEntity().getContent()) {
            return Json.MAPPER.readTree(in).path(index).path("mappings");
        }
    }

    /** {@code a.b.c} → {@code /properties/a/properties/b/properties/c}. */
    private static String mappingPointer(String dottedPath) {
        return "/properties/" + String.join("/properties/", dottedPath.split("\\."));
    }

    /** Sets {@code a.b.c} of {@code doc} as nested objects. */
    private static void put(ObjectNode doc, String dottedPath, String value) {
        String[] parts = dottedPath.split("\\.");
        ObjectNode node = doc;
        for (int i = 0; i < parts.length - 1; i++) {
            node = node.has(parts[i]) ? (ObjectNode) node.get(parts[i]) : node.putObject(parts[i]);
        }
        node.put(parts[parts.length - 1], value);
    }
}
