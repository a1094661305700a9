package io.crisisradar.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.crisisradar.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The command's errors, which need no Elasticsearch (the end-to-end test is {@link TimelineIT}). */
class TimelineCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void anUnreachableElasticsearchIsOneClearLineAndExitCodeOne() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort(); // free once closed: nothing listens there
        }

        int exit = run("timeline", "--brand", "blysk", "--set", "elasticsearch.hosts=http://127.0.0.1:" + port);

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString())
                .startsWith("crisis-radar timeline: cannot reach Elasticsearch at [http://127.0.0.1:" + port + "]")
                .doesNotContain("\tat ");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aBadTimeIsABadOption() {
        assertThat(run("timeline", "--brand", "blysk", "--from", "yesterday")).isEqualTo(2);
        assertThat(err.toString()).contains("cannot read the time 'yesterday'").contains("2026-11-23");
    }

    @Test
    void allGoesWithoutFromAndTo() {
        assertThat(run("timeline", "--brand", "blysk", "--all", "--from", "2026-11-23"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--all");
    }

    @Test
    void anUnknownFormatNamesTheKnownOnes() {
        assertThat(run("timeline", "--brand", "blysk", "--format", "xml")).isEqualTo(2);
        assertThat(err.toString()).contains("text, csv, json, markdown");
    }

    @Test
    void theBrandIsRequired() {
        assertThat(run("timeline")).isEqualTo(2);
        assertThat(err.toString()).contains("--brand");
    }
}
