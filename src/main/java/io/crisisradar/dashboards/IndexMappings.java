package io.crisisradar.dashboards;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The fields of one kind of index as its strict component template maps them, flattened to dotted
 * paths. The dashboards are checked against these files, the same ones {@code crisis-radar templates
 * install} puts into Elasticsearch, so a panel cannot use a field the job never writes.
 */
public final class IndexMappings {

    /** Where {@code IndexTemplates} keeps the component templates, one {@code <kind>.component.json} each. */
    static final String TEMPLATES = "/io/crisisradar/sink/elasticsearch/templates/";

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> NUMERIC = Set.of(
            "long", "integer", "short", "byte", "double", "float", "half_float", "scaled_float", "unsigned_long");

    /**
     * One mapped field.
     *
     * @param type the Elasticsearch type ({@code keyword}, {@code long}, {@code date}, …)
     * @param indexed searchable ({@code index} not false): usable in a filter
     * @param docValues has doc values ({@code doc_values} not false and not {@code text}): usable in
     *     aggregations and sorting
     */
    public record Field(String type, boolean indexed, boolean docValues) {

        public boolean numeric() {
            return NUMERIC.contains(type);
        }

        public boolean aggregatable() {
            return docValues;
        }

        /** The Lens data type of this field ({@code string}, {@code number}, {@code date}, {@code boolean}). */
        public String lensDataType() {
            if (numeric()) {
                return "number";
            }
            return switch (type) {
                case "date", "date_nanos" -> "date";
                case "boolean" -> "boolean";
                default -> "string";
            };
        }
    }

    private final String kind;
    private final Map<String, Field> fields;

    private IndexMappings(String kind, Map<String, Field> fields) {
        this.kind = kind;
        this.fields = fields;
    }

    /**
     * The mappings of one kind ({@code mentions}, {@code metrics}, …), or empty when the project has no
     * template of that name.
     */
    public static Optional<IndexMappings> forKind(String kind) {
        if (!kind.matches("[a-z]+")) {
            return Optional.empty();
        }
        try (InputStream in = IndexMappings.class.getResourceAsStream(TEMPLATES + kind + ".component.json")) {
            if (in == null) {
                return Optional.empty();
            }
            JsonNode properties =
                    MAPPER.readTree(in).path("template").path("mappings").path("properties");
            Map<String, Field> fields = new LinkedHashMap<>();
            flatten("", properties, fields);
            return Optional.of(new IndexMappings(kind, fields));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the " + kind + " index template", e);
        }
    }

    private static void flatten(String prefix, JsonNode properties, Map<String, Field> into) {
        for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String path = prefix + entry.getKey();
            JsonNode mapping = entry.getValue();
            if (mapping.has("properties")) {
                flatten(path + ".", mapping.get("properties"), into);
                continue;
            }
            String type = mapping.path("type").asText("object");
            if (type.equals("object") || type.equals("nested")) {
                continue; // e.g. crisis_radar.extra (enabled: false): nothing a panel can use
            }
            boolean indexed = mapping.path("index").asBoolean(true);
            boolean docValues =
                    !type.equals("text") && mapping.path("doc_values").asBoolean(true);
            into.put(path, new Field(type, indexed, docValues));
            // Multi-fields such as error.message.keyword are fields of their own.
            for (Iterator<Map.Entry<String, JsonNode>> sub =
                            mapping.path("fields").fields();
                    sub.hasNext(); ) {
                Map.Entry<String, JsonNode> multi = sub.next();
                String subType = multi.getValue().path("type").asText();
                into.put(path + "." + multi.getKey(), new Field(subType, true, !subType.equals("text")));
            }
        }
    }

    public String kind() {
        return kind;
    }

    public Optional<Field> field(String path) {
        return Optional.ofNullable(fields.get(path));
    }

    public Map<String, Field> fields() {
        return Map.copyOf(fields);
    }
}
