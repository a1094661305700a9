package io.crisisradar.dashboards;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Finding the dashboard files, and adapting them to an index prefix other than the default. */
public final class DashboardFiles {

    /** The folder of the repository that holds the dashboards. */
    public static final Path DEFAULT_DIRECTORY = Path.of("dashboards");

    /** The file {@link DashboardDefinitions} generates. */
    public static final String FILE_NAME = "crisis-radar.ndjson";

    private DashboardFiles() {}

    /**
     * The NDJSON files to use: a file as given, or every {@code *.ndjson} in a folder (by name, so
     * that a data-views file named to sort first is imported first).
     */
    public static List<Path> resolve(Path fileOrDirectory) throws IOException {
        if (Files.isRegularFile(fileOrDirectory)) {
            return List.of(fileOrDirectory);
        }
        if (!Files.isDirectory(fileOrDirectory)) {
            throw new IOException(fileOrDirectory.toAbsolutePath()
                    + " does not exist: run from the repository's top folder or give --files");
        }
        try (Stream<Path> files = Files.list(fileOrDirectory)) {
            List<Path> found = files.filter(f -> f.getFileName().toString().endsWith(".ndjson"))
                    .sorted()
                    .toList();
            if (found.isEmpty()) {
                throw new IOException("no .ndjson files in " + fileOrDirectory.toAbsolutePath());
            }
            return found;
        }
    }

    /**
     * The file's objects with every data view title moved from the default prefix to {@code prefix}
     * ({@code crisis-radar-metrics-*} → {@code acme-metrics-*}), for a job run with another {@code
     * elasticsearch.index-prefix}. Ids stay as they are.
     */
    public static byte[] withIndexPrefix(byte[] ndjson, String prefix) throws IOException {
        if (prefix.equals(DashboardChecks.INDEX_PREFIX)) {
            return ndjson;
        }
        if (!prefix.matches("[a-z0-9][a-z0-9._-]*")) {
            throw new IllegalArgumentException("'" + prefix + "' is not a valid index prefix");
        }
        StringBuilder out = new StringBuilder();
        for (String line : new String(ndjson, StandardCharsets.UTF_8).split("\n", -1)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode object = SavedObject.MAPPER.readTree(line);
            if (object.path("type").asText().equals("index-pattern")) {
                ObjectNode attributes = (ObjectNode) object.path("attributes");
                String title = attributes.path("title").asText();
                if (title.startsWith(DashboardChecks.INDEX_PREFIX + "-")) {
                    attributes.put("title", prefix + title.substring(DashboardChecks.INDEX_PREFIX.length()));
                }
            }
            out.append(SavedObject.MAPPER.writeValueAsString(object)).append('\n');
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
