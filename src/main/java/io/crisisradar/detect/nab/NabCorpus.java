package io.crisisradar.detect.nab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads NAB-format data: {@code timestamp,value} CSV files in one category directory (e.g.
 * {@code realTweets/}) and, in its parent, {@code windows.json} keyed by {@code category/file.csv}.
 */
public final class NabCorpus {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private NabCorpus() {}

    /** Every {@code *.csv} in {@code dataDir}, sorted by name, with its windows. */
    public static List<NabSeries> load(Path dataDir) throws IOException {
        Path windowsFile = dataDir.toAbsolutePath().normalize().getParent().resolve("windows.json");
        if (!Files.isRegularFile(windowsFile)) {
            throw new IOException("no windows.json beside " + dataDir + " (expected " + windowsFile + ")");
        }
        Map<String, List<String[]>> windows = readWindows(windowsFile);
        List<Path> files;
        try (Stream<Path> list = Files.list(dataDir)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".csv"))
                    .sorted()
                    .toList();
        }
        String category = dataDir.toAbsolutePath().normalize().getFileName().toString();
        List<NabSeries> corpus = new ArrayList<>();
        for (Path file : files) {
            String name = category + "/" + file.getFileName();
            corpus.add(read(
                    name, Files.readAllLines(file, StandardCharsets.UTF_8), windows.getOrDefault(name, List.of())));
        }
        return corpus;
    }

    /** Parses one file's lines (header first) and maps its window limits onto row indices. */
    public static NabSeries read(String name, List<String> lines, List<String[]> windowLimits) {
        List<String> timestamps = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (int n = 1; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (line.isEmpty()) {
                continue;
            }
            int comma = line.indexOf(',');
            if (comma < 0) {
                throw new IllegalArgumentException(name + " line " + (n + 1) + ": expected timestamp,value");
            }
            timestamps.add(line.substring(0, comma));
            values.add(Double.parseDouble(line.substring(comma + 1)));
        }
        long[] millis = new long[timestamps.size()];
        Map<String, Integer> rowOf = new HashMap<>();
        for (int i = 0; i < millis.length; i++) {
            String ts = first19(timestamps.get(i));
            millis[i] =
                    LocalDateTime.parse(ts, TIMESTAMP).toInstant(ZoneOffset.UTC).toEpochMilli();
            rowOf.putIfAbsent(ts, i);
        }
        List<NabSeries.Window> rows = new ArrayList<>();
        for (String[] limits : windowLimits) {
            Integer left = rowOf.get(first19(limits[0]));
            Integer right = rowOf.get(first19(limits[1]));
            if (left == null || right == null) {
                throw new IllegalArgumentException(
                        name + ": window " + limits[0] + " .. " + limits[1] + " is not on a row");
            }
            rows.add(new NabSeries.Window(left, right));
        }
        return new NabSeries(
                name,
                List.copyOf(timestamps),
                millis,
                values.stream().mapToDouble(Double::doubleValue).toArray(),
                List.copyOf(rows));
    }

    private static Map<String, List<String[]>> readWindows(Path file) {
        try {
            JsonNode root = new ObjectMapper().readTree(file.toFile());
            Map<String, List<String[]>> windows = new HashMap<>();
            root.properties().forEach(entry -> {
                List<String[]> limits = new ArrayList<>();
                entry.getValue()
                        .forEach(w -> limits.add(
                                new String[] {w.get(0).asText(), w.get(1).asText()}));
                windows.put(entry.getKey(), limits);
            });
            return windows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static String first19(String timestamp) {
        return timestamp.length() > 19 ? timestamp.substring(0, 19) : timestamp;
    }
}
