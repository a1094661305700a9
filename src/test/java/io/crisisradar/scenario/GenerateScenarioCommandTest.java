package io.crisisradar.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.crisisradar.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The generate-scenario command, run through the real command line (no Kafka). */
class GenerateScenarioCommandTest {

    private record Run(int exitCode, String errors) {}

    private static Run run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, err.toString());
    }

    @Test
    void writesTheStreamAndItsLabelsBesideIt(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("demo.ndjson");

        Run r = run("generate-scenario", "--preset", "demo", "--rate-multiplier", "0.2", "-o", out.toString());

        assertThat(r.exitCode()).as(r.errors()).isZero();
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        ScenarioLabels labels = ScenarioLabels.read(dir.resolve("demo.labels.json"));
        assertThat(lines).hasSize((int) labels.mentions());
        assertThat(labels.format()).isEqualTo(ScenarioLabels.FORMAT);
        assertThat(labels.scenario()).isEqualTo("demo");
        assertThat(labels.events()).hasSize(2);
        assertThat(lines.get(0)).startsWith("{\"id\":");
    }

    @Test
    void refusesBadOptionsWithAClearMessage(@TempDir Path dir) {
        String out = dir.resolve("x.ndjson").toString();
        assertThat(run("generate-scenario", "--preset", "demo").errors()).contains("nowhere to write");
        assertThat(run("generate-scenario", "--preset", "nope", "-o", out).errors())
                .contains("unknown scenario preset 'nope'");
        assertThat(run("generate-scenario", "--preset", "demo", "-o", "-").errors())
                .contains("give --labels FILE");
        assertThat(run("generate-scenario", "-o", out, "--rate", "10").errors())
                .contains("apply to sending with --kafka");
        assertThat(run("generate-scenario", "--kafka", "--labels", out, "--rate", "5", "--speedup", "10")
                        .errors())
                .contains("choose one pace");
        assertThat(run("generate-scenario", "-o", out, "--days", "3").errors()).contains("7 to 120 days");
        assertThat(run("generate-scenario", "-o", out, "--disorder-fraction", "2")
                        .errors())
                .contains("--disorder-fraction");
        Run futureKafka =
                run("generate-scenario", "--kafka", "--labels", out, "--preset", "demo", "--start", "2099-01-01");
        assertThat(futureKafka.exitCode()).isEqualTo(2);
        assertThat(futureKafka.errors()).contains("earlier --start");
        assertThat(Files.exists(Path.of(out))).isFalse();
    }
}
