package io.crisisradar.source.file;

import io.crisisradar.config.JobSettings;
import io.crisisradar.mention.ParsedRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.connector.file.src.FileSource;

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
}
