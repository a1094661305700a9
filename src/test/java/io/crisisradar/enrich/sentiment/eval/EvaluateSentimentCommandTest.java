package io.crisisradar.enrich.sentiment.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.crisisradar.cli.EvaluateSentimentCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Runs the evaluation command on small labelled files written here, never on ../shared. */
class EvaluateSentimentCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cmd = new CommandLine(new EvaluateSentimentCommand());
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        return cmd.execute(args);
    }

    @Test
    void printsMetricsAndConfusionMatrixForAFile() throws IOException {
        Path f = Files.writeString(
                dir.resolve("reviews.tsv"),
                "text\tlabel\nFatalna obsługa , nie polecam .\tminus_m\nŚwietny lekarz , polecam .\tplus_m\n",
                StandardCharsets.UTF_8);
        assertThat(run("--quiet", f.toString())).isZero();
        assertThat(out.toString())
                .contains("n=2", "accuracy=1.000", "macro-F1=", "macro-recall=", "gold\\pred", "ambivalent");
    }

    @Test
    void saysWhichKnownSetsAreAbsent() {
        assertThat(run("--quiet", "--data-dir", dir.toString())).isEqualTo(2);
        assertThat(out.toString()).contains("tweeteval-val: ABSENT", "mozetic-pl-tweets: ABSENT");
        assertThat(err.toString()).contains("no known data set under");
    }

    @Test
    void failsWithTheLineOfAMalformedRecord() throws IOException {
        Path f = Files.writeString(
                dir.resolve("bad.tsv"),
                "tweet_id\tlabel\ttext\n1\tPositive\tok\n2\tNeutral\thmm\n",
                StandardCharsets.UTF_8);
        assertThat(run("--quiet", f.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("bad.tsv:3");
    }
}
