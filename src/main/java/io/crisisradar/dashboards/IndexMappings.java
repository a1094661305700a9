package io.crisisradar.dashboards;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
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

    /** Types that keep no doc values: searchable text, never aggregatable. */
    private static final Set<String> TEXT = Set.of("text", "match_only_text", "annotated_text", "search_as_you_type");

    /**
     * One mapped field.
     *
     * @param type the Elasticsearch type ({@code keyword}, {@code long}, {@code date}, …)
     * @param indexed searchable ({@code index} not false): usable in a filter
     * @param docValues has doc values ({@code doc_values} not false and not a text type): usable in
     *     aggregations and sorting
     * @param multiFieldOf for a multi-field ({@code message.keyword}), the path of the field it is
     *     indexed from ({@code message}); null for a field of the document itself
     * @param ignoreAbove a keyword's {@code ignore_above}: longer values are left out of its index and
     *     doc values (a table shows nothing for them); null when not set
     */
    public record Field(String type, boolean indexed, boolean docValues, String multiFieldOf, Integer ignoreAbove) {

        public boolean numeric() {
            return NUMERIC.contains(type);
        }

        public boolean aggregatable() {
            return docValues;
        }

        /** A type that is analysed for full-text search and has no doc values ({@code text}, …). */
        public boolean text() {
            return TEXT.contains(type);
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
            return Optional.of(of(kind, MAPPER.readTree(in).path("template").path("mappings")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the " + kind + " index template", e);
        }
    }

    /** The fields of a {@code mappings} object ({@code {"properties": {…}}}), under a kind's name. */
    static IndexMappings of(String kind, JsonNode mappings) {
        Map<String, Field> fields = new LinkedHashMap<>();
        flatten("", mappings.path("properties"), fields);
        return new IndexMappings(kind, fields);
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
            into.put(path, field(mapping, null));
            // Multi-fields ("fields": {"keyword": {…}}) are fields of their own, named <field>.<name>:
            // message.keyword is the keyword (aggregatable) copy of the text field message.
            for (Iterator<Map.Entry<String, JsonNode>> sub =
                            mapping.path("fields").fields();
                    sub.hasNext(); ) {
                Map.Entry<String, JsonNode> multi = sub.next();
                into.put(path + "." + multi.getKey(), field(multi.getValue(), path));
            }
        }
    }

    private static Field field(JsonNode mapping, String multiFieldOf) {
        String type = mapping.path("type").asText("object");
        boolean indexed = mapping.path("index").asBoolean(true);
        boolean docValues = !TEXT.contains(type) && mapping.path("doc_values").asBoolean(true);
        Integer ignoreAbove = mapping.path("ignore_above").isInt()
                ? mapping.get("ignore_above").asInt()
                : null;
        return new Field(type, indexed, docValues, multiFieldOf, ignoreAbove);
    }

    /**
     * The aggregatable multi-fields of a field, by path ({@code message} → {@code message.keyword}):
     * what a table column should use instead of a text field.
     */
    public List<String> aggregatableMultiFields(String path) {
        return fields.entrySet().stream()
                .filter(e ->
                        path.equals(e.getValue().multiFieldOf()) && e.getValue().aggregatable())
                .map(Map.Entry::getKey)
                .toList();
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
