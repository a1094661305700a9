package io.crisisradar.source.file;

import static org.assertj.core.api.Assertions.assertThat;

import io.crisisradar.mention.ParsedRecord;
import io.crisisradar.mention.RejectionReason;
import io.crisisradar.sink.elasticsearch.DeadLetterDocuments;
import io.crisisradar.sink.elasticsearch.IndexNames;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.reader.StreamFormat;
import org.apache.flink.core.fs.local.LocalDataInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lines of a backfill file, read as the file source reads them. */
class MentionFileFormatTest {

    private static List<ParsedRecord> read(Path file) throws Exception {
        MentionFileFormat format = new MentionFileFormat(65_536, file.toString());
        List<ParsedRecord> records = new ArrayList<>();
        try (StreamFormat.Reader<ParsedRecord> reader =
                format.createReader(new Configuration(), new LocalDataInputStream(file.toFile()))) {
            for (ParsedRecord record = reader.read(); record != null; record = reader.read()) {
                records.add(record);
            }
        }
        return records;
    }

    @Test
    void linesBecomeMentionsOrDeadLettersNamedByFileAndLineAndDatedWhenRejected(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("history.ndjson");
        Files.writeString(
                file,
                "{\"id\":\"x:1\",\"platform\":\"x\",\"created_at\":\"2025-03-02T10:00:00Z\",\"text\":\"hej\"}\r\n"
                        + "\n"
                        + "not json\n",
                StandardCharsets.UTF_8);
        Instant before = Instant.now();

        List<ParsedRecord> records = read(file);

        assertThat(records).hasSize(2);
        assertThat(records.get(0).isMention()).isTrue();
        var deadLetter = records.get(1).deadLetter();
        assertThat(deadLetter.reason()).isEqualTo(RejectionReason.NOT_JSON);
        assertThat(deadLetter.source().topic()).isEqualTo(file.toString());
        assertThat(deadLetter.source().offset())
                .as("line number, counting from 1")
                .isEqualTo(3);
        assertThat(deadLetter.source().timestamp())
                .as("a file line has no record time, unlike a Kafka record")
                .isNegative();
        // So its document lands in the month it was rejected, not in a 1970 index.
        String index = new DeadLetterDocuments(new IndexNames("crisis-radar"))
                .toDocument(deadLetter)
                .index();
        YearMonth now = YearMonth.from(before.atZone(ZoneOffset.UTC));
        assertThat(index)
                .isIn(
                        "crisis-radar-deadletters-" + now.toString().replace('-', '.'),
                        "crisis-radar-deadletters-"
                                + now.plusMonths(1).toString().replace('-', '.'));
    }

    @Test
    void theDataOfSeveralFilesEndsAtTheirLatestMentionNotAtADeadLetter(@TempDir Path dir) throws Exception {
        Path january = dir.resolve("january.ndjson");
        Path february = dir.resolve("february.ndjson");
        Files.writeString(
                january,
                "{\"id\":\"x:2\",\"platform\":\"x\",\"created_at\":\"2026-01-31T23:00:00Z\",\"text\":\"a\"}\n"
                        + "{\"id\":\"x:1\",\"platform\":\"x\",\"created_at\":\"2026-01-02T10:00:00Z\",\"text\":\"b\"}\n");
        Files.writeString(february, "not json\n{\"id\":\"x:3\",\"platform\":\"x\",\"text\":\"no time\"}\n");

        assertThat(FileSources.lastMentionTime(
                        List.of(february, january),
                        new io.crisisradar.config.ConfigLoader(java.util.Map.of())
                                .load()
                                .job()))
                .contains(Instant.parse("2026-01-31T23:00:00Z"));
        assertThat(FileSources.lastMentionTime(
                        List.of(february),
                        new io.crisisradar.config.ConfigLoader(java.util.Map.of())
                                .load()
                                .job()))
                .isEmpty();
    }
}
