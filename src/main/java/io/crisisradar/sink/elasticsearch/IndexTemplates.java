package io.crisisradar.sink.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.cluster.GetComponentTemplateResponse;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Request;
import co.elastic.clients.transport.rest5_client.low_level.Response;
import co.elastic.clients.transport.rest5_client.low_level.ResponseException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Installs and verifies the project's composable index templates: one component template of
 * shared settings, one of mappings per kind of index, and one index template per kind composing
 * them. Mappings are explicit and strict, so a field that is not in the template is an error
 * (routed to dead letters) rather than a silently guessed {@code text} field.
 */
public final class IndexTemplates {

    private static final String RESOURCES = "/io/crisisradar/sink/elasticsearch/templates/";
    // Above the priority of Elasticsearch's built-in templates (100 and below), so ours win.
    private static final int PRIORITY = 200;

    private final IndexNames names;
    private final Clock clock;

    public IndexTemplates(IndexNames names) {
        this(names, Clock.systemUTC());
    }

    IndexTemplates(IndexNames names, Clock clock) {
        this.names = names;
        this.clock = clock;
    }

    /** Puts (creates or replaces) every template. Idempotent. */
    public List<String> install(ElasticsearchClient client) throws IOException {
        List<String> installed = new ArrayList<>();
        for (Map.Entry<String, String> component : componentTemplates().entrySet()) {
            client.cluster().putComponentTemplate(r -> r.name(component.getKey())
                    .withJson(new StringReader(component.getValue())));
            installed.add("component template " + component.getKey());
        }
        for (IndexNames.Kind kind : IndexNames.Kind.values()) {
            String name = names.templateName(kind);
            client.indices().putIndexTemplate(r -> r.name(name).withJson(new StringReader(indexTemplate(kind))));
            installed.add("index template " + name + " for " + names.pattern(kind));
        }
        for (IndexNames.Kind kind : IndexNames.Kind.values()) {
            updateExistingIndices(client, kind).ifPresent(installed::add);
        }
        return installed;
    }

    /**
     * Templates apply to indices created after them; an index of this month created by an older
     * version keeps its old strict mapping and would refuse documents with new fields (they would
     * end as dead letters). New fields are added to existing indices here; a field whose type
     * changed cannot be, and Elasticsearch's refusal says which.
     */
    private Optional<String> updateExistingIndices(ElasticsearchClient client, IndexNames.Kind kind)
            throws IOException {
        String pattern = names.pattern(kind);
        var existing =
                client.indices().get(r -> r.index(pattern).allowNoIndices(true).ignoreUnavailable(true));
        if (existing.indices().isEmpty()) {
            return Optional.empty();
        }
        JsonNode mappings = Json.parseTrusted(componentTemplates().get(componentName(kind)))
                .path("template")
                .path("mappings");
        client.indices().putMapping(r -> r.index(pattern).withJson(new StringReader(mappings.toString())));
        return Optional.of("mapping of " + existing.indices().size() + " existing " + pattern + " indices");
    }

    /**
     * Checks that every template is present at the expected version and that a new index of each
     * kind would really get our strict mapping (no other template of higher priority interferes).
     *
     * @return problems found, empty when all is well
     */
    public List<String> verify(ElasticsearchClient client) throws IOException {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> component : componentTemplates().entrySet()) {
            long expected =
                    Json.parseTrusted(component.getValue()).path("version").asLong();
            GetComponentTemplateResponse response;
            try {
                response = client.cluster().getComponentTemplate(r -> r.name(component.getKey()));
            } catch (co.elastic.clients.elasticsearch._types.ElasticsearchException e) {
                problems.add("component template " + component.getKey() + " is missing (" + e.status() + ")");
                continue;
            }
            Long version = response.componentTemplates().isEmpty()
                    ? null
                    : response.componentTemplates().get(0).componentTemplate().version();
            if (version == null || version != expected) {
                problems.add("component template " + component.getKey() + " has version " + version + ", expected "
                        + expected + ": run `crisis-radar templates install`");
            }
        }
        for (IndexNames.Kind kind : IndexNames.Kind.values()) {
            String sampleIndex = names.index(kind, clock.instant());
            JsonNode mapping;
            try {
                mapping = simulateIndex(client, sampleIndex).path("template").path("mappings");
            } catch (ResponseException e) {
                problems.add("no template applies to " + sampleIndex + " ("
                        + e.getResponse().getStatusCode() + ")");
                continue;
            }
            if (!mapping.path("dynamic").asText().equals("strict")) {
                problems.add("a new index " + sampleIndex + " would not get the strict crisis-radar mapping");
                continue;
            }
            JsonNode expected = Json.parseTrusted(componentTemplates().get(componentName(kind)))
                    .path("template")
                    .path("mappings")
                    .path("properties");
            for (Iterator<String> fields = expected.fieldNames(); fields.hasNext(); ) {
                String field = fields.next();
                if (!mapping.path("properties").has(field)) {
                    problems.add("a new index " + sampleIndex + " would lack the mapping of '" + field + "'");
                }
            }
        }
        return problems;
    }

    /**
     * What a new index of this name would get from the templates. Called through the low-level
     * client because the typed {@code simulateIndexTemplate} of elasticsearch-java 9.5.2 insists on
     * a request body, which turns "simulate by name" into "simulate this other template".
     */
    private static JsonNode simulateIndex(ElasticsearchClient client, String index) throws IOException {
        if (!(client._transport() instanceof Rest5ClientTransport transport)) {
            throw new IllegalStateException("expected the default REST transport, got " + client._transport());
        }
        Response response =
                transport.restClient().performRequest(new Request("POST", "/_index_template/_simulate_index/" + index));
        try (InputStream in = response.getEntity().getContent()) {
            return Json.MAPPER.readTree(in);
        }
    }

    /** Component templates by name, as JSON. */
    Map<String, String> componentTemplates() {
        Map<String, String> templates = new LinkedHashMap<>();
        templates.put(settingsName(), resource("settings.component.json"));
        for (IndexNames.Kind kind : IndexNames.Kind.values()) {
            templates.put(componentName(kind), resource(kind.part() + ".component.json"));
        }
        return templates;
    }

    /** The composable index template for one kind, as JSON. */
    String indexTemplate(IndexNames.Kind kind) {
        ObjectNode template = Json.object();
        template.putArray("index_patterns").add(names.pattern(kind));
        template.putArray("composed_of").add(settingsName()).add(componentName(kind));
        template.put("priority", PRIORITY);
        template.put(
                "version",
                Json.parseTrusted(resource(kind.part() + ".component.json"))
                        .path("version")
                        .asLong());
        template.putObject("_meta").put("managed_by", "crisis-radar");
        return template.toString();
    }

    private String settingsName() {
        return names.prefix() + "-settings";
    }

    private String componentName(IndexNames.Kind kind) {
        return names.prefix() + "-" + kind.part() + "-mappings";
    }

    private static String resource(String name) {
        try (InputStream in = IndexTemplates.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("template resource " + name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
