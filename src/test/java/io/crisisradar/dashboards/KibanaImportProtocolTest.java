package io.crisisradar.dashboards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.crisisradar.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A protocol test of the import client, <b>not a Kibana test</b> (there is no Kibana on the build
 * machines): a JDK HTTP server that answers like Kibana's documented {@code POST
 * /api/saved_objects/_import} (multipart {@code file}, {@code kbn-xsrf} required, 200 with {@code
 * success}, {@code successCount} and per-object {@code errors}; 4xx with {@code statusCode}, {@code
 * error}, {@code message}). It shows that the client sends what that API expects and reports what
 * comes back; whether a real Kibana 9 accepts our objects is beyond it.
 */
class KibanaImportProtocolTest {

    /** One request as the fake Kibana saw it. */
    record Seen(
            String method,
            String path,
            String query,
            String xsrf,
            String authorization,
            String contentType,
            String body) {}

    private HttpServer server;
    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    /** Answers to give, in order: status and body; the last one repeats. */
    private final ConcurrentLinkedQueue<String[]> answers = new ConcurrentLinkedQueue<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        var headers = exchange.getRequestHeaders();
        seen.add(new Seen(
                exchange.getRequestMethod(),
                exchange.getRequestURI().getPath(),
                exchange.getRequestURI().getQuery(),
                headers.getFirst("kbn-xsrf"),
                headers.getFirst("Authorization"),
                headers.getFirst("Content-Type"),
                body));
        String[] answer = answers.size() > 1 ? answers.poll() : answers.peek();
        int status = Integer.parseInt(answer[0]);
        // Like Kibana: without kbn-xsrf a state-changing request is refused.
        if (headers.getFirst("kbn-xsrf") == null) {
            status = 400;
            answer = new String[] {
                "400",
                "{\"statusCode\":400,\"error\":\"Bad Request\",\"message\":\"Request must contain a kbn-xsrf header.\"}"
            };
        }
        byte[] bytes = answer[1].getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private void answer(int status, String body) {
        answers.add(new String[] {String.valueOf(status), body});
    }

    private URI kibana() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    private KibanaImporter importer(Optional<String> space, Optional<String> authorization, List<String> log) {
        return new KibanaImporter(
                kibana(),
                space,
                authorization,
                KibanaImporter.defaultClient(),
                new KibanaImporter.Retry(4, Duration.ofMillis(10), Duration.ofMillis(40)),
                log::add);
    }

    @Test
    void sendsTheFileAsMultipartWithTheHeadersTheApiRequires() throws Exception {
        answer(200, "{\"success\":true,\"successCount\":2,\"successResults\":[]}");
        byte[] ndjson =
                "{\"type\":\"index-pattern\",\"id\":\"a\",\"attributes\":{}}\n".getBytes(StandardCharsets.UTF_8);

        KibanaImporter.Result result = importer(
                        Optional.of("care-team"), Optional.of("ApiKey abc"), new CopyOnWriteArrayList<>())
                .importFile("crisis-radar.ndjson", ndjson, true);

        assertThat(result.success()).isTrue();
        assertThat(result.successCount()).isEqualTo(2);
        Seen request = seen.get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/s/care-team/api/saved_objects/_import");
        assertThat(request.query()).isEqualTo("overwrite=true");
        assertThat(request.xsrf()).isEqualTo("true");
        assertThat(request.authorization()).isEqualTo("ApiKey abc");
        Matcher boundary =
                Pattern.compile("multipart/form-data; boundary=(\\S+)").matcher(request.contentType());
        assertThat(boundary.matches()).isTrue();
        assertThat(request.body())
                .startsWith("--" + boundary.group(1) + "\r\n")
                .contains("Content-Disposition: form-data; name=\"file\"; filename=\"crisis-radar.ndjson\"\r\n")
                .contains(
                        "\r\n\r\n" + new String(ndjson, StandardCharsets.UTF_8) + "\r\n--" + boundary.group(1) + "--");
    }

    @Test
    void theDefaultSpaceAndNoOverwrite() throws Exception {
        answer(200, "{\"success\":true,\"successCount\":1}");

        importer(Optional.empty(), Optional.empty(), new CopyOnWriteArrayList<>())
                .importFile("f.ndjson", new byte[0], false);

        assertThat(seen.get(0).path()).isEqualTo("/api/saved_objects/_import");
        assertThat(seen.get(0).query()).isNull();
        assertThat(seen.get(0).authorization()).isNull();
    }

    @Test
    void objectErrorsInA200AreReportedOneByOne() throws Exception {
        answer(
                200,
                """
                {"success":false,"successCount":1,"errors":[
                 {"id":"crisis-radar-live","type":"dashboard","meta":{"title":"crisis-radar: Live crisis overview"},
                  "error":{"type":"conflict"}},
                 {"id":"crisis-radar-live-score","type":"lens","meta":{"title":"Crisis score per brand"},
                  "error":{"type":"missing_references","references":[{"type":"index-pattern","id":"crisis-radar-metrics"}]}},
                 {"id":"x","type":"lens","meta":{"title":"X"},"error":{"type":"unknown","message":"boom","statusCode":500}}]}""");

        KibanaImporter.Result result = importer(Optional.empty(), Optional.empty(), new CopyOnWriteArrayList<>())
                .importFile("f.ndjson", new byte[0], false);

        assertThat(result.success()).isFalse();
        assertThat(result.errors())
                .extracting(Object::toString)
                .containsExactly(
                        "dashboard crisis-radar-live 'crisis-radar: Live crisis overview': conflict: it exists"
                                + " already (import with --overwrite to replace it)",
                        "lens crisis-radar-live-score 'Crisis score per brand': missing references: index-pattern"
                                + " crisis-radar-metrics",
                        "lens x 'X': unknown: boom (500)");
    }

    @Test
    void retriesWhileKibanaIsBusyOrStarting() throws Exception {
        answer(
                503,
                "{\"statusCode\":503,\"error\":\"Service Unavailable\",\"message\":\"Kibana server is not ready yet\"}");
        answer(429, "{\"statusCode\":429,\"error\":\"Too Many Requests\",\"message\":\"slow down\"}");
        answer(200, "{\"success\":true,\"successCount\":39}");
        List<String> log = new CopyOnWriteArrayList<>();

        KibanaImporter.Result result =
                importer(Optional.empty(), Optional.empty(), log).importFile("f.ndjson", new byte[0], true);

        assertThat(result.successCount()).isEqualTo(39);
        assertThat(seen).hasSize(3);
        assertThat(log).hasSize(2);
        assertThat(log.get(0)).startsWith("Kibana answered 503; retrying in 10 ms (attempt 2 of 4)");
    }

    @Test
    void givesUpAfterTheLastAttemptAndSaysWhatKibanaAnswered() {
        answer(
                503,
                "{\"statusCode\":503,\"error\":\"Service Unavailable\",\"message\":\"Kibana server is not ready yet\"}");

        assertThatThrownBy(() -> importer(Optional.empty(), Optional.empty(), new CopyOnWriteArrayList<>())
                        .importFile("f.ndjson", new byte[0], true))
                .isInstanceOf(KibanaImporter.KibanaException.class)
                .hasMessageContaining("HTTP 503: Service Unavailable: Kibana server is not ready yet");
        assertThat(seen).hasSize(4);
    }

    @Test
    void anAuthenticationFailureSaysWhichVariablesToSet() {
        answer(
                401,
                "{\"statusCode\":401,\"error\":\"Unauthorized\",\"message\":\"[security_exception] missing authentication credentials\"}");

        assertThatThrownBy(() -> importer(Optional.empty(), Optional.empty(), new CopyOnWriteArrayList<>())
                        .importFile("f.ndjson", new byte[0], true))
                .hasMessageContaining("HTTP 401: Unauthorized: [security_exception] missing authentication credentials")
                .hasMessageContaining("CRISIS_RADAR_KIBANA_API_KEY");
        assertThat(seen).hasSize(1);
    }

    @Test
    void aKibanaThatIsNotListeningIsRetriedThenReported() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        List<String> log = new CopyOnWriteArrayList<>();
        KibanaImporter importer = new KibanaImporter(
                URI.create("http://127.0.0.1:" + closedPort),
                Optional.empty(),
                Optional.empty(),
                KibanaImporter.defaultClient(),
                new KibanaImporter.Retry(3, Duration.ofMillis(10), Duration.ofMillis(20)),
                log::add);

        assertThatThrownBy(() -> importer.importFile("f.ndjson", new byte[0], true))
                .isInstanceOf(KibanaImporter.KibanaException.class)
                .hasMessageContaining("cannot connect to http://127.0.0.1:" + closedPort)
                .hasMessageContaining("after 3 attempts");
        assertThat(log).hasSize(2);
    }

    @Test
    void theCommandImportsTheRepositoryFilesAndExitsNonZeroWhenKibanaRefusesObjects() throws Exception {
        answer(200, "{\"success\":true,\"successCount\":39}");
        String files = DashboardFilesTest.dashboardsDirectory().toString();

        CapturedRun ok = run("dashboards", "import", "--kibana", kibana().toString(), "--overwrite", "--files", files);

        assertThat(ok.exitCode()).isZero();
        assertThat(ok.out())
                .contains("39 objects imported")
                .contains("crisis-radar: Live crisis overview: "
                        + kibana().toString().replaceAll("/$", "") + "/app/dashboards#/view/crisis-radar-live");
        assertThat(seen.get(0).body()).contains("\"id\":\"crisis-radar-live-score\"");

        answers.clear();
        answer(
                200,
                "{\"success\":false,\"successCount\":0,\"errors\":[{\"id\":\"crisis-radar-live\",\"type\":\"dashboard\","
                        + "\"meta\":{\"title\":\"t\"},\"error\":{\"type\":\"conflict\"}}]}");
        CapturedRun refused = run("dashboards", "import", "--kibana", kibana().toString(), "--files", files);

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err())
                .contains("Kibana did not import 1 object(s)")
                .contains("dashboard crisis-radar-live 't': conflict");
    }

    @Test
    void theCommandPointsDataViewsAtAnotherIndexPrefix() throws Exception {
        answer(200, "{\"success\":true,\"successCount\":39}");

        CapturedRun run = run(
                "dashboards",
                "import",
                "--kibana",
                kibana().toString(),
                "--index-prefix",
                "acme",
                "--files",
                DashboardFilesTest.dashboardsDirectory().toString());

        assertThat(run.exitCode()).isZero();
        assertThat(seen.get(0).body())
                .contains("\"title\":\"acme-metrics-*\"")
                .doesNotContain("crisis-radar-metrics-*");
    }

    record CapturedRun(int exitCode, String out, String err) {}

    /** Runs the real command line, capturing what it prints (the import command prints to System.out/err). */
    private static synchronized CapturedRun run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
            int exit = Main.commandLine().execute(args);
            return new CapturedRun(
                    exit, outBytes.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }
}
