package io.crisisradar.mention;

import static org.assertj.core.api.Assertions.assertThat;

import io.crisisradar.testing.LocalServices;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The committed sample streams: the counts in mentions.expected (used by the cluster walkthrough and
 * the benchmarks) and the demo's invalid records must be what the parser really makes of them.
 */
class SampleStreamTest {

    private static final Path SAMPLE = LocalServices.projectDir().resolve("jobs/local/sample");

    @Test
    void expectedCountsMatchWhatTheParserMakesOfTheSample() throws IOException {
        MentionParser parser = new MentionParser(64 * 1024, Clock.systemUTC());
        List<String> lines = Files.readAllLines(SAMPLE.resolve("mentions.ndjson"), StandardCharsets.UTF_8);
        Set<String> ids = new HashSet<>();
        int deadLetters = 0;
        for (int i = 0; i < lines.size(); i++) {
            ParsedRecord parsed =
                    parser.parse(lines.get(i).getBytes(StandardCharsets.UTF_8), new SourcePosition("sample", 0, i, 0));
            if (parsed.isMention()) {
                ids.add(parsed.mention().id());
            } else {
                deadLetters++;
            }
        }
        Properties expected = new Properties();
        expected.load(Files.newBufferedReader(SAMPLE.resolve("mentions.expected")));

        assertThat(ids).hasSize(Integer.parseInt(expected.getProperty("mentions")));
        assertThat(deadLetters).isEqualTo(Integer.parseInt(expected.getProperty("dead_letters")));
    }

    @Test
    void everyInvalidDemoRecordIsADeadLetterWithADifferentStory() throws IOException {
        MentionParser parser = new MentionParser(64 * 1024, Clock.systemUTC());
        List<String> lines = Files.readAllLines(SAMPLE.resolve("invalid.ndjson"), StandardCharsets.UTF_8);
        Set<String> details = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            ParsedRecord parsed =
                    parser.parse(lines.get(i).getBytes(StandardCharsets.UTF_8), new SourcePosition("demo", 0, i, 0));
            assertThat(parsed.isMention()).as(lines.get(i)).isFalse();
            details.add(parsed.deadLetter().reason() + " " + parsed.deadLetter().detail());
        }
        assertThat(lines).hasSize(7);
        assertThat(details).hasSize(7);
    }
}
