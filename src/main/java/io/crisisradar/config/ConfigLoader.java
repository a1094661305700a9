package io.crisisradar.config;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds {@link CrisisRadarConfig} from, in increasing priority: built-in defaults (which run
 * against {@code jobs/local}), an optional properties file, and {@code key=value} overrides from
 * the command line. Secrets come only from the environment or from files, never from the command
 * line, where every user of the machine could read them in the process list.
 */
public final class ConfigLoader {

    /** Defaults that work against the local runtime of {@code jobs/local/services.sh}. */
    public static final Map<String, String> DEFAULTS = defaults();

    /** Keys whose values are secrets: refused as command-line overrides. */
    static final Set<String> SECRET_KEYS =
            Set.of("elasticsearch.api-key", "elasticsearch.password", "kafka.properties.sasl.jaas.config");

    /** Environment variables that supply secrets (a {@code _FILE} variant names a file holding it). */
    static final Map<String, String> SECRET_ENV = Map.of(
            "elasticsearch.api-key", "CRISIS_RADAR_ES_API_KEY",
            "elasticsearch.password", "CRISIS_RADAR_ES_PASSWORD",
            "kafka.properties.sasl.jaas.config", "CRISIS_RADAR_KAFKA_SASL_JAAS_CONFIG");

    private static final String KAFKA_PASSTHROUGH = "kafka.properties.";
    private static final Pattern SECRET_NAME =
            Pattern.compile("(?i)(password|secret|jaas|api-key|apikey|token|credential)");
    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");
    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(b|kb|mb|gb)?");

    private final Map<String, String> environment;

    public ConfigLoader(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    /** A loader reading secrets from this process's environment. */
    public static ConfigLoader fromSystemEnvironment() {
        return new ConfigLoader(System.getenv());
    }

    /** The defaults alone, plus secrets from the environment. */
    public CrisisRadarConfig load() {
        return load(Optional.empty(), Map.of());
    }

    /**
     * @param file a properties file ({@code key=value}, keys as in {@link #DEFAULTS})
     * @param overrides command-line overrides; secret keys are refused here
     */
    public CrisisRadarConfig load(Optional<Path> file, Map<String, String> overrides) {
        Map<String, String> values = new TreeMap<>(DEFAULTS);
        file.ifPresent(path -> values.putAll(readFile(path)));
        for (Map.Entry<String, String> override : overrides.entrySet()) {
            if (isSecret(override.getKey())) {
                String variable = SECRET_ENV.get(override.getKey());
                throw new ConfigException(override.getKey()
                        + " is a secret and may not be given on the command line (it would show in the process list);"
                        + (variable != null
                                ? " set " + variable + " or " + variable + "_FILE instead"
                                : " put it in the --config file (readable only by you) instead"));
            }
            values.put(override.getKey(), override.getValue());
        }
        SECRET_ENV.forEach((key, variable) -> secretFromEnvironment(variable).ifPresent(v -> values.put(key, v)));
        passwordFileIfAny(values);
        rejectUnknownKeys(values);
        return build(values);
    }

    /** Secret by name: the known keys, and any Kafka client property that names a password, key or token. */
    static boolean isSecret(String key) {
        return SECRET_KEYS.contains(key) || SECRET_NAME.matcher(key).find();
    }

    /** Parses {@code key=value} override arguments, failing with the offending argument. */
    public static Map<String, String> parseOverrides(List<String> arguments) {
        Map<String, String> overrides = new LinkedHashMap<>();
        for (String argument : arguments) {
            int equals = argument.indexOf('=');
            if (equals <= 0) {
                throw new ConfigException("override '" + argument + "' is not of the form key=value");
            }
            overrides.put(
                    argument.substring(0, equals).trim(),
                    argument.substring(equals + 1).trim());
        }
        return overrides;
    }

    private static Map<String, String> defaults() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("kafka.bootstrap-servers", "127.0.0.1:9092");
        d.put("kafka.mentions-topic", "mentions");
        d.put("kafka.dead-letter-topic", "mentions-deadletters");
        d.put("kafka.alerts-topic", "crisis-alerts");
        d.put("kafka.group-id", "crisis-radar");
        d.put("kafka.starting-offsets", "committed-or-earliest");
        d.put("kafka.topic-partitions", "3");
        d.put("elasticsearch.hosts", "http://127.0.0.1:9200");
        d.put("elasticsearch.username", "");
        d.put("elasticsearch.ca-certificate", "");
        d.put("elasticsearch.ca-fingerprint", "");
        d.put("elasticsearch.index-prefix", "crisis-radar");
        d.put("elasticsearch.bulk.max-actions", "1000");
        d.put("elasticsearch.bulk.max-bytes", "5mb");
        d.put("elasticsearch.bulk.flush-interval", "1s");
        d.put("elasticsearch.bulk.initial-backoff", "200ms");
        d.put("elasticsearch.bulk.max-backoff", "30s");
        d.put("elasticsearch.bulk.max-retry-time", "10m");
        d.put("job.name", "crisis-radar");
        d.put("job.parallelism", "2");
        d.put("job.checkpoint-interval", "10s");
        d.put("job.checkpoint-directory", "");
        d.put("job.bounded", "false");
        d.put("job.max-out-of-orderness", "2m");
        d.put("job.source-idleness", "1m");
        d.put("job.max-mention-bytes", "64kb");
        d.put("job.web-ui-port", "8081");
        d.put("job.data-ends-at", "");
        d.put("enrich.brands-file", "");
        d.put("enrich.redelivery-ttl", "24h");
        d.put("enrich.near-duplicate-ttl", "24h");
        d.put("detect.windows", "15m/1m,60m/5m");
        d.put("detect.allowed-lateness", "5m");
        // Empty: the first of detect.windows.
        d.put("detect.score-window", "");
        // Expected first answers as the seed articles report them (X about 1h, Instagram 12h,
        // Facebook 24h); slower, less conversational places get two days.
        d.put(
                "care.deadlines",
                "twitter=1h,x=1h,instagram=12h,facebook=24h,tiktok=12h,youtube=24h,reviews=48h,forum=48h,news=48h,"
                        + CareSettings.DEFAULT_PLATFORM + "=24h");
        d.put("care.late-answer-window", "7d");
        return Map.copyOf(d);
    }

    private static Map<String, String> readFile(Path path) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new ConfigException("cannot read configuration file " + path + ": " + e.getMessage(), e);
        }
        Map<String, String> values = new TreeMap<>();
        properties
                .stringPropertyNames()
                .forEach(k -> values.put(k.trim(), properties.getProperty(k).trim()));
        return values;
    }

    private Optional<String> secretFromEnvironment(String variable) {
        String direct = environment.get(variable);
        if (direct != null && !direct.isBlank()) {
            return Optional.of(direct.trim());
        }
        String file = environment.get(variable + "_FILE");
        if (file == null || file.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(readSecretFile(Path.of(file), variable + "_FILE"));
    }

    private static void passwordFileIfAny(Map<String, String> values) {
        for (String key : List.of("elasticsearch.api-key", "elasticsearch.password")) {
            String fileKey = key + "-file";
            String file = values.remove(fileKey);
            if (file != null && !file.isBlank() && !values.containsKey(key)) {
                values.put(key, readSecretFile(Path.of(file), fileKey));
            }
        }
    }

    private static String readSecretFile(Path file, String origin) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new ConfigException("cannot read the secret file named by " + origin + " (" + file + "): " + e, e);
        }
    }

    private static void rejectUnknownKeys(Map<String, String> values) {
        List<String> unknown = new ArrayList<>();
        for (String key : values.keySet()) {
            if (!DEFAULTS.containsKey(key) && !SECRET_KEYS.contains(key) && !key.startsWith(KAFKA_PASSTHROUGH)) {
                unknown.add(key);
            }
        }
        if (!unknown.isEmpty()) {
            throw new ConfigException("unknown configuration keys " + unknown + "; known keys are "
                    + new TreeMap<>(DEFAULTS).keySet() + " plus kafka.properties.<any Kafka client property>");
        }
    }

    private static CrisisRadarConfig build(Map<String, String> v) {
        Map<String, String> kafkaClient = new TreeMap<>();
        v.forEach((key, value) -> {
            if (key.startsWith(KAFKA_PASSTHROUGH)) {
                kafkaClient.put(key.substring(KAFKA_PASSTHROUGH.length()), value);
            }
        });
        KafkaSettings kafka = new KafkaSettings(
                required(v, "kafka.bootstrap-servers"),
                required(v, "kafka.mentions-topic"),
                required(v, "kafka.dead-letter-topic"),
                required(v, "kafka.alerts-topic"),
                required(v, "kafka.group-id"),
                enumValue(v, "kafka.starting-offsets", KafkaSettings.StartingOffsets.class),
                intValue(v, "kafka.topic-partitions"),
                kafkaClient);
        ElasticsearchSettings elasticsearch = new ElasticsearchSettings(
                Arrays.stream(required(v, "elasticsearch.hosts").split(","))
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        .map(s -> uri("elasticsearch.hosts", s))
                        .toList(),
                optional(v, "elasticsearch.api-key"),
                optional(v, "elasticsearch.username"),
                optional(v, "elasticsearch.password"),
                optional(v, "elasticsearch.ca-certificate"),
                optional(v, "elasticsearch.ca-fingerprint"),
                required(v, "elasticsearch.index-prefix"),
                new ElasticsearchSettings.Bulk(
                        intValue(v, "elasticsearch.bulk.max-actions"),
                        size(v, "elasticsearch.bulk.max-bytes"),
                        duration(v, "elasticsearch.bulk.flush-interval"),
                        duration(v, "elasticsearch.bulk.initial-backoff"),
                        duration(v, "elasticsearch.bulk.max-backoff"),
                        duration(v, "elasticsearch.bulk.max-retry-time")));
        JobSettings job = new JobSettings(
                required(v, "job.name"),
                intValue(v, "job.parallelism"),
                duration(v, "job.checkpoint-interval"),
                optional(v, "job.checkpoint-directory"),
                booleanValue(v, "job.bounded"),
                duration(v, "job.max-out-of-orderness"),
                duration(v, "job.source-idleness"),
                Math.toIntExact(size(v, "job.max-mention-bytes")),
                intValue(v, "job.web-ui-port"),
                optional(v, "job.data-ends-at").map(t -> instant("job.data-ends-at", t)));
        EnrichSettings enrich = new EnrichSettings(
                v.getOrDefault("enrich.brands-file", ""),
                duration(v, "enrich.redelivery-ttl"),
                duration(v, "enrich.near-duplicate-ttl"));
        DetectSettings detect = new DetectSettings(
                Arrays.stream(required(v, "detect.windows").split(","))
                        .map(String::trim)
                        .filter(w -> !w.isEmpty())
                        .toList(),
                duration(v, "detect.allowed-lateness"),
                v.getOrDefault("detect.score-window", ""));
        Map<String, Duration> deadlines = deadlines(v, "care.deadlines");
        CareSettings care = new CareSettings(
                deadlines, deadlines.remove(CareSettings.DEFAULT_PLATFORM), duration(v, "care.late-answer-window"));
        return new CrisisRadarConfig(kafka, elasticsearch, job, enrich, detect, care);
    }

    private static String required(Map<String, String> v, String key) {
        String value = v.get(key);
        if (value == null || value.isBlank()) {
            throw new ConfigException(key + " must not be empty");
        }
        return value;
    }

    private static java.time.Instant instant(String key, String value) {
        try {
            return java.time.Instant.parse(value.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw new ConfigException(
                    key + " must be an ISO instant such as 2026-11-23T18:00:00Z, got '" + value + "'", e);
        }
    }

    private static Optional<String> optional(Map<String, String> v, String key) {
        return Optional.ofNullable(v.get(key)).filter(s -> !s.isBlank());
    }

    private static int intValue(Map<String, String> v, String key) {
        try {
            return Integer.parseInt(required(v, key));
        } catch (NumberFormatException e) {
            throw new ConfigException(key + " must be a whole number, got '" + v.get(key) + "'", e);
        }
    }

    private static boolean booleanValue(Map<String, String> v, String key) {
        String value = required(v, key).toLowerCase(Locale.ROOT);
        return switch (value) {
            case "true", "yes" -> true;
            case "false", "no" -> false;
            default -> throw new ConfigException(key + " must be true or false, got '" + value + "'");
        };
    }

    private static <E extends Enum<E>> E enumValue(Map<String, String> v, String key, Class<E> type) {
        String value = required(v, key);
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            List<String> allowed = Arrays.stream(type.getEnumConstants())
                    .map(c -> c.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                    .toList();
            throw new ConfigException(key + " must be one of " + allowed + ", got '" + value + "'", e);
        }
    }

    private static URI uri(String key, String value) {
        try {
            URI uri = URI.create(value);
            if (uri.getScheme() == null || uri.getHost() == null) {
                throw new IllegalArgumentException("no scheme or host");
            }
            if (uri.getUserInfo() != null) {
                throw new ConfigException(key + " must not contain credentials (they would be logged);"
                        + " use elasticsearch.username with CRISIS_RADAR_ES_PASSWORD instead");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new ConfigException(key + " must hold URLs like http://host:9200, got '" + value + "'", e);
        }
    }

    /** Parses {@code 500ms}, {@code 10s}, {@code 2m}, {@code 1h}, {@code 1d} or ISO-8601 {@code PT10S}. */
    static Duration duration(Map<String, String> v, String key) {
        String value = required(v, key).toLowerCase(Locale.ROOT);
        Matcher m = DURATION.matcher(value);
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            };
        }
        try {
            return Duration.parse(value.toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new ConfigException(key + " must be a duration like 500ms, 10s, 2m or PT10S, got '" + value + "'", e);
        }
    }

    /**
     * Parses {@code platform=duration} entries separated by commas, e.g. {@code twitter=1h,default=24h};
     * platform names are lower-cased, as the parser lower-cases the input's platforms.
     */
    static Map<String, Duration> deadlines(Map<String, String> v, String key) {
        Map<String, Duration> deadlines = new LinkedHashMap<>();
        for (String entry : required(v, key).split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            int equals = entry.indexOf('=');
            if (equals <= 0) {
                throw new ConfigException(
                        key + " must hold platform=duration entries like twitter=1h, got '" + entry.trim() + "'");
            }
            String platform = entry.substring(0, equals).trim().toLowerCase(Locale.ROOT);
            String label = key + " entry " + platform;
            Duration deadline =
                    duration(Map.of(label, entry.substring(equals + 1).trim()), label);
            if (deadlines.put(platform, deadline) != null) {
                throw new ConfigException(key + " names " + platform + " twice");
            }
        }
        return deadlines;
    }

    /** Parses a byte size: {@code 65536}, {@code 64kb}, {@code 5mb}. */
    static long size(Map<String, String> v, String key) {
        String value = required(v, key).toLowerCase(Locale.ROOT);
        Matcher m = SIZE.matcher(value);
        if (!m.matches()) {
            throw new ConfigException(key + " must be a size like 65536, 64kb or 5mb, got '" + value + "'");
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "b" : m.group(2);
        return switch (unit) {
            case "kb" -> n * 1024;
            case "mb" -> n * 1024 * 1024;
            case "gb" -> n * 1024 * 1024 * 1024;
            default -> n;
        };
    }
}
