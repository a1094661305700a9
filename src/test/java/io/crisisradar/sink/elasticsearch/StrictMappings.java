package io.crisisradar.sink.elasticsearch;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Checks documents against the project's strict mappings offline, before a real node refuses them. */
final class StrictMappings {

    private StrictMappings() {}

    /** The mappings of the component template of an index kind ({@code metrics}, {@code episodes}…). */
    static JsonNode of(String kindPart) {
        String component = new IndexTemplates(new IndexNames("crisis-radar"))
                .componentTemplates()
                .get("crisis-radar-" + kindPart + "-mappings");
        return Json.parseTrusted(component).path("template").path("mappings");
    }

    /** The paths of the fields of {@code doc} that {@code mapping} lacks. */
    static List<String> unmapped(JsonNode doc, JsonNode mapping) {
        List<String> unmapped = new ArrayList<>();
        collectUnmapped("", doc, mapping, unmapped);
        return unmapped;
    }

    /** Adds the path of every leaf of {@code doc} that {@code mapping} (an object mapping) lacks. */
    private static void collectUnmapped(String path, JsonNode doc, JsonNode mapping, List<String> unmapped) {
        for (Iterator<Map.Entry<String, JsonNode>> fields = doc.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String fieldPath = path + "/" + field.getKey();
            JsonNode fieldMapping = mapping.path("properties").path(field.getKey());
            if (fieldMapping.isMissingNode()) {
                unmapped.add(fieldPath);
                continue;
            }
            List<JsonNode> values = new ArrayList<>();
            if (field.getValue().isArray()) {
                field.getValue().forEach(values::add);
            } else {
                values.add(field.getValue());
            }
            for (JsonNode value : values) {
                if (value.isObject()) {
                    collectUnmapped(fieldPath, value, fieldMapping, unmapped);
                } else if (!fieldMapping.has("type")) {
                    unmapped.add(fieldPath + " (a value where the mapping has an object)");
                }
            }
        }
    }
}
