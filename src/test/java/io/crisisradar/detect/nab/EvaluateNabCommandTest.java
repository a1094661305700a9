package io.crisisradar.detect.nab;

import static org.assertj.core.api.Assertions.assertThat;

import io.crisisradar.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The evaluate-nab command end to end on a small generated NAB-format corpus (not ../shared). */
class EvaluateNabCommandTest {

    private static final LocalDateTime FIRST_ROW = LocalDateTime.parse("2015-03-02T00:02:53");
    private static final int ROWS = 2_000;
    private static final int SPIKE_ROW = 1_500;
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private static String timestamp(int row) {
        return FIRST_ROW.plus(Duration.ofMinutes(5L * row)).format(TIMESTAMP);
    }

    @Test
    void writesResultsFilesAndPrintsScoresPerProfile(@TempDir Path root) throws Exception {
        Path data = root.resolve("realTweets");
        Files.createDirectories(data);
        List<String> lines = new ArrayList<>(List.of("timestamp,value"));
        for (int i = 0; i < ROWS; i++) {
            lines.add(timestamp(i) + "," + (i == SPIKE_ROW ? 400 : 20 + (i * 7) % 5));
        }
        Files.write(data.resolve("Twitter_volume_TEST.csv"), lines);
        Files.writeString(
                root.resolve("windows.json"),
                "{\"realTweets/Twitter_volume_TEST.csv\": [[\"" + timestamp(SPIKE_ROW - 50) + ".000000\", \""
                        + timestamp(SPIKE_ROW + 50) + ".000000\"]]}");
        Path output = root.resolve("results");

        CommandLine commandLine = Main.commandLine();
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int exitCode;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            exitCode = commandLine.execute(
                    "evaluate-nab", "--data-dir", data.toString(), "--output", output.toString(), "--no-tuning");
        } finally {
            System.setOut(original);
        }

        assertThat(exitCode).isZero();
        String printed = captured.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("volume-burst-v1", "standard", "reward_low_FP_rate", "reward_low_FN_rate");
        // The spike is in the middle of its 101-row window: 100 (sigma(-51 / 101) / sigma(-1) + 1) / 2 = 93.2.
        assertThat(printed).containsPattern("volume-burst-v1 +standard +[0-9.]+ +93\\.2 +1/1 +0");
        Path results = output.resolve("volume-burst-v1/realTweets/volume-burst-v1_Twitter_volume_TEST.csv");
        List<String> written = Files.readAllLines(results);
        assertThat(written).hasSize(ROWS + 1);
        assertThat(written.get(0)).isEqualTo("timestamp,value,anomaly_score,label");
        assertThat(written.get(SPIKE_ROW + 1))
                .startsWith(timestamp(SPIKE_ROW) + ",400,")
                .endsWith(",1");
    }

    @Test
    void saysSoWhenTheDataIsAbsent(@TempDir Path root) {
        int exitCode = Main.commandLine()
                .execute("evaluate-nab", "--data-dir", root.resolve("missing").toString());
        assertThat(exitCode).isEqualTo(2);
    }
}
