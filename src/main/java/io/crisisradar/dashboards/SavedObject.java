package io.crisisradar.dashboards;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One Kibana saved object as a line of an export/import NDJSON file: {@code type}, {@code id},
 * {@code attributes} and {@code references} (each {@code name}, {@code type}, {@code id}).
 *
 * @param file the file it was read from, for messages
 * @param line its line number in that file (1-based)
 * @param json the whole line
 */
public record SavedObject(String file, int line, ObjectNode json) {

    static final ObjectMapper MAPPER = new ObjectMapper();

    /** A reference from one saved object to another, by name. */
    public record Reference(String name, String type, String id) {}

    /** What a file held: the objects that parsed, and a message for every line that did not. */
    public record FileContents(List<SavedObject> objects, List<String> problems) {}

    /**
     * Reads an NDJSON file of saved objects. Blank lines are allowed (Kibana skips them); every other
     * line must be a JSON object with a {@code type}, an {@code id} and an {@code attributes} object.
     */
    public static FileContents read(Path file) throws IOException {
        List<SavedObject> objects = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String name = file.getFileName().toString();
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i);
            if (text.isBlank()) {
                continue;
            }
            String where = name + ":" + (i + 1);
            JsonNode node;
            try {
                node = MAPPER.readTree(text);
            } catch (JsonProcessingException e) {
                problems.add(where + ": not JSON: " + e.getOriginalMessage());
                continue;
            }
            if (!(node instanceof ObjectNode object)) {
                problems.add(where + ": not a JSON object");
                continue;
            }
            if (!object.path("type").isTextual()
                    || !object.path("id").isTextual()
                    || !object.path("attributes").isObject()) {
                problems.add(where + ": a saved object needs a string type, a string id and an attributes object");
                continue;
            }
            objects.add(new SavedObject(name, i + 1, object));
        }
        return new FileContents(objects, problems);
    }

    public String type() {
        return json.path("type").asText();
    }

    public String id() {
        return json.path("id").asText();
    }

    public JsonNode attributes() {
        return json.path("attributes");
    }

    public String title() {
        return attributes().path("title").asText("");
    }

    public List<Reference> references() {
        List<Reference> references = new ArrayList<>();
        for (JsonNode r : json.path("references")) {
            references.add(new Reference(
                    r.path("name").asText(),
                    r.path("type").asText(),
                    r.path("id").asText()));
        }
        return references;
    }

    public Optional<Reference> reference(String name) {
        return references().stream().filter(r -> r.name().equals(name)).findFirst();
    }

    /** {@code type id (file:line)}, for messages. */
    public String describe() {
        return type() + " " + id() + " (" + file + ":" + line + ")";
    }

    /**
     * Parses an attribute that Kibana stores as a JSON string (a dashboard's {@code panelsJSON}, a
     * data view's {@code fieldFormatMap}).
     */
    public JsonNode jsonAttribute(String name) throws IOException {
        JsonNode value = attributes().path(name);
        if (!value.isTextual()) {
            throw new IOException(describe() + ": attribute " + name + " should be a JSON string");
        }
        return MAPPER.readTree(value.asText());
    }
}
