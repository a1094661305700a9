package io.crisisradar.dashboards;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Uploads saved-object NDJSON files to Kibana's import API ({@code POST
 * [/s/<space>]/api/saved_objects/_import[?overwrite=true]}, multipart field {@code file}, header
 * {@code kbn-xsrf}). Retries what is worth retrying (429, 502, 503, 504 and a Kibana that is not
 * listening yet) with exponential backoff; anything else comes back as an exception or a result
 * that says what Kibana answered. Note that Kibana answers 200 even when objects failed: the body
 * then has {@code success: false} and one error per object, which {@link Result} carries.
 */
public final class KibanaImporter {

    private static final Set<Integer> RETRYABLE = Set.of(429, 502, 503, 504);

    /** How often and how patiently to retry. */
    public record Retry(int attempts, Duration initialBackoff, Duration maxBackoff) {
        public static final Retry DEFAULT = new Retry(6, Duration.ofSeconds(1), Duration.ofSeconds(30));
    }

    /** One object Kibana did not import, and why. */
    public record ObjectError(String type, String id, String title, String reason) {
        @Override
        public String toString() {
            return type + " " + id + (title.isEmpty() ? "" : " '" + title + "'") + ": " + reason;
        }
    }

    /** What Kibana said about one file. */
    public record Result(boolean success, int successCount, List<ObjectError> errors, List<String> warnings) {}

    /** Kibana refused the request as a whole (bad credentials, bad file, unknown space, …). */
    public static final class KibanaException extends IOException {
        public KibanaException(String message) {
            super(message);
        }
    }

    private final URI kibana;
    private final Optional<String> space;
    private final Optional<String> authorization;
    private final HttpClient http;
    private final Retry retry;
    private final Consumer<String> log;

    /**
     * @param kibana Kibana's base URL, with its base path if it has one ({@code
     *     https://host:5601/kibana})
     * @param space the space to import into; empty for the default space
     * @param authorization the value of the {@code Authorization} header, if any
     * @param log where retries are reported
     */
    public KibanaImporter(
            URI kibana,
            Optional<String> space,
            Optional<String> authorization,
            HttpClient http,
            Retry retry,
            Consumer<String> log) {
        this.kibana = kibana;
        this.space = space;
        this.authorization = authorization;
        this.http = http;
        this.retry = retry;
        this.log = log;
        space.ifPresent(s -> {
            if (!s.matches("[a-z0-9_-]+")) {
                throw new IllegalArgumentException(
                        "space id '" + s + "' is not a Kibana space id (lowercase letters, digits, _ and -)");
            }
        });
    }

    /** An HTTP client with sensible timeouts for a command-line import. */
    public static HttpClient defaultClient() {
        return HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /** The import endpoint for this Kibana and space. */
    public URI endpoint(boolean overwrite) {
        String base = kibana.toString().replaceAll("/+$", "");
        String path = space.map(s -> "/s/" + s).orElse("") + "/api/saved_objects/_import";
        return URI.create(base + path + (overwrite ? "?overwrite=true" : ""));
    }

    /** Imports one NDJSON file; throws when Kibana refused the request, returns its per-object answer otherwise. */
    public Result importFile(String fileName, byte[] ndjson, boolean overwrite)
            throws IOException, InterruptedException {
        String boundary = "crisis-radar-" + UUID.randomUUID();
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint(overwrite))
                .timeout(Duration.ofMinutes(2))
                .header("kbn-xsrf", "true")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, fileName, ndjson)));
        authorization.ifPresent(a -> request.header("Authorization", a));
        HttpResponse<String> response = send(request.build());
        JsonNode body = parse(response);
        if (response.statusCode() != 200) {
            throw new KibanaException(refusal(response.statusCode(), body, response.body()));
        }
        if (!body.has("success")) {
            throw new KibanaException("Kibana answered 200 without a 'success' field; is " + kibana
                    + " really Kibana? Body: " + abbreviate(response.body()));
        }
        List<ObjectError> errors = new ArrayList<>();
        for (JsonNode e : body.path("errors")) {
            errors.add(new ObjectError(
                    e.path("type").asText(),
                    e.path("id").asText(),
                    e.path("meta").path("title").asText(e.path("title").asText("")),
                    reason(e.path("error"))));
        }
        List<String> warnings = new ArrayList<>();
        for (JsonNode w : body.path("warnings")) {
            warnings.add(w.path("message").asText(w.toString()));
        }
        return new Result(
                body.path("success").asBoolean(), body.path("successCount").asInt(), errors, warnings);
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        Duration backoff = retry.initialBackoff();
        for (int attempt = 1; ; attempt++) {
            String failure;
            Duration wait = backoff;
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (!RETRYABLE.contains(response.statusCode())) {
                    return response;
                }
                failure = "Kibana answered " + response.statusCode();
                Optional<Duration> retryAfter = response.headers()
                        .firstValue("Retry-After")
                        .filter(v -> v.matches("\\d{1,4}"))
                        .map(v -> Duration.ofSeconds(Long.parseLong(v)));
                if (retryAfter.isPresent()) {
                    wait = retryAfter.get().compareTo(retry.maxBackoff()) > 0 ? retry.maxBackoff() : retryAfter.get();
                }
                if (attempt >= retry.attempts()) {
                    return response;
                }
            } catch (ConnectException | HttpConnectTimeoutException e) {
                // Nothing reached Kibana, so sending again cannot import anything twice.
                failure = "cannot connect to " + kibana + " (" + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")";
                if (attempt >= retry.attempts()) {
                    throw new KibanaException(
                            failure + " after " + attempt + " attempts; is Kibana running at that address?");
                }
            }
            log.accept(failure + "; retrying in " + wait.toMillis() + " ms (attempt " + (attempt + 1) + " of "
                    + retry.attempts() + ")");
            Thread.sleep(wait.toMillis());
            backoff = backoff.multipliedBy(2).compareTo(retry.maxBackoff()) > 0
                    ? retry.maxBackoff()
                    : backoff.multipliedBy(2);
        }
    }

    private static byte[] multipart(String boundary, String fileName, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String safeName = fileName.replaceAll("[\"\\r\\n]", "_");
        String head = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"" + safeName + "\"\r\n"
                + "Content-Type: application/ndjson\r\n\r\n";
        out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static JsonNode parse(HttpResponse<String> response) {
        try {
            return SavedObject.MAPPER.readTree(response.body());
        } catch (IOException e) {
            return SavedObject.MAPPER.missingNode();
        }
    }

    /** Kibana's errors are {@code {statusCode, error, message}}; say all of it, plus a hint. */
    private String refusal(int status, JsonNode body, String raw) {
        String said = body.has("message")
                ? body.path("error").asText("") + ": " + body.path("message").asText()
                : abbreviate(raw);
        String hint =
                switch (status) {
                    case 401 ->
                        " (set CRISIS_RADAR_KIBANA_API_KEY, or CRISIS_RADAR_KIBANA_USERNAME and"
                                + " CRISIS_RADAR_KIBANA_PASSWORD)";
                    case 403 -> " (the user or API key may not write saved objects in this space)";
                    case 404 -> " (no such space, or " + kibana + " is not Kibana's base URL)";
                    default -> "";
                };
        return "Kibana refused the import of " + endpoint(false) + " with HTTP " + status + ": " + said + hint;
    }

    private static String reason(JsonNode error) {
        String type = error.path("type").asText("unknown");
        return switch (type) {
            case "conflict" -> "conflict: it exists already (import with --overwrite to replace it)";
            case "ambiguous_conflict" -> "ambiguous conflict: several existing objects match it";
            case "missing_references" -> {
                List<String> missing = new ArrayList<>();
                error.path("references")
                        .forEach(r -> missing.add(
                                r.path("type").asText() + " " + r.path("id").asText()));
                yield "missing references: " + String.join(", ", missing);
            }
            case "unsupported_type" -> "unsupported type: this Kibana does not know it";
            default ->
                type
                        + (error.has("message") ? ": " + error.path("message").asText() : "")
                        + (error.has("statusCode")
                                ? " (" + error.path("statusCode").asInt() + ")"
                                : "");
        };
    }

    private static String abbreviate(String text) {
        String oneLine = text == null ? "" : text.replaceAll("\\s+", " ").trim();
        return oneLine.length() > 500 ? oneLine.substring(0, 500) + "…" : oneLine;
    }
}
