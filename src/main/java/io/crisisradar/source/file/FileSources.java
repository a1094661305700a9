package io.crisisradar.source.file;

import io.crisisradar.config.JobSettings;
import io.crisisradar.mention.ParsedRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.connector.file.src.reader.StreamFormat;
import org.apache.flink.core.fs.local.LocalDataInputStream;

/** Bounded sources of mentions from NDJSON files, for backfill: one source per file. */
public final class FileSources {

    private FileSources() {}

    /**
     * One bounded source per file, each with its own watermarks (a later file read at the same time
     * as an earlier one does not make the earlier one's mentions late).
     */
    public static List<Source<ParsedRecord, ?, ?>> mentions(List<Path> files, JobSettings job) {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no files to read");
        }
        List<Source<ParsedRecord, ?, ?>> sources = new ArrayList<>();
        for (Path file : files) {
            if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
                throw new IllegalArgumentException("not a readable file: " + file.toAbsolutePath());
            }
            Path absolute = file.toAbsolutePath().normalize();
            sources.add(FileSource.forRecordStreamFormat(
                            new MentionFileFormat(job.maxMentionBytes(), absolute.toString()),
                            new org.apache.flink.core.fs.Path(absolute.toUri()))
                    .build());
        }
        return sources;
    }

    /**
     * When the data of these files ends: the latest {@code created_at} of their mentions, read with
     * the same parser as the sources (dead letters do not count); empty when there is no mention. A
     * backfill ends its event time there ({@code job.data-ends-at}), so that deadlines and quiet
     * minutes after its last mention are not invented, the same on every subtask.
     */
    public static Optional<Instant> lastMentionTime(List<Path> files, JobSettings job) throws IOException {
        Instant last = null;
        for (Path file : files) {
            MentionFileFormat format = new MentionFileFormat(job.maxMentionBytes(), file.toString());
            try (StreamFormat.Reader<ParsedRecord> reader =
                    format.createReader(new Configuration(), new LocalDataInputStream(file.toFile()))) {
                for (ParsedRecord record = reader.read(); record != null; record = reader.read()) {
                    if (record.isMention()) {
                        Instant at = record.mention().createdAt();
                        if (last == null || at.isAfter(last)) {
                            last = at;
                        }
                    }
                }
            }
        }
        return Optional.ofNullable(last);
    }
}
