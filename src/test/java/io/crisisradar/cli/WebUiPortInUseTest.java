package io.crisisradar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A local job whose web UI port is taken says which setting to change, not a Flink stack trace. */
class WebUiPortInUseTest {

    @Test
    void aBackfillWhileAnotherJobHoldsTheWebUiPortSaysWhatToDo(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("one.ndjson");
        Files.writeString(
                file, "{\"id\":\"x:1\",\"platform\":\"x\",\"created_at\":\"2026-11-23T10:00:00Z\",\"text\":\"hej\"}\n");
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            StringWriter err = new StringWriter();
            CommandLine commandLine = Main.commandLine();
            commandLine.setErr(new PrintWriter(err, true));

            int exit = commandLine.execute(
                    "backfill",
                    "--skip-templates",
                    "-s",
                    "job.web-ui-port=" + taken.getLocalPort(),
                    "-s",
                    "elasticsearch.hosts=http://127.0.0.1:1",
                    file.toString());

            assertThat(exit).isEqualTo(1);
            assertThat(err.toString())
                    .startsWith("crisis-radar: the Flink web UI port is in use (")
                    .contains(String.valueOf(taken.getLocalPort()))
                    .contains("-s job.web-ui-port=PORT")
                    .doesNotContain("\tat ");
        }
    }
}
