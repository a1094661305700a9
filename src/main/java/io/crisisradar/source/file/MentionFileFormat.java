package io.crisisradar.source.file;

import io.crisisradar.mention.MentionParser;
import io.crisisradar.mention.ParsedRecord;
import io.crisisradar.mention.SourcePosition;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.reader.SimpleStreamFormat;
import org.apache.flink.connector.file.src.reader.StreamFormat;
import org.apache.flink.core.fs.FSDataInputStream;

/**
 * Reads a file of mentions, one JSON object per line, parsing each line inside the source exactly
 * as the Kafka source does (so a backfill makes the same mentions and dead letters as streaming):
 * lines are handed to {@link MentionParser} as the bytes they are, invalid UTF-8 included. A dead
 * letter's position is its file and line (topic = the file name given here, partition 0, offset =
 * line number from 1), so dead letters of different files never share an id. One format per file:
 * the file is read whole by one reader (not split), in order.
 */
public final class MentionFileFormat extends SimpleStreamFormat<ParsedRecord> {

    private final int maxMentionBytes;
    private final String file;

    /**
     * @param maxMentionBytes longer lines become OVERSIZED dead letters
     * @param file the file's name as dead letters report it
     */
    public MentionFileFormat(int maxMentionBytes, String file) {
        this.maxMentionBytes = maxMentionBytes;
        this.file = file;
    }

    @Override
    public StreamFormat.Reader<ParsedRecord> createReader(Configuration config, FSDataInputStream stream) {
        return new LineReader(stream, new MentionParser(maxMentionBytes, Clock.systemUTC()), file);
    }

    @Override
    public TypeInformation<ParsedRecord> getProducedType() {
        return TypeInformation.of(ParsedRecord.class);
    }

    /** Splits the stream into lines (LF, an optional CR before it dropped) and parses each. */
    private static final class LineReader implements StreamFormat.Reader<ParsedRecord> {

        private final InputStream in;
        private final MentionParser parser;
        private final String file;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream(1024);
        private long lineNumber;

        LineReader(FSDataInputStream stream, MentionParser parser, String file) {
            this.in = new BufferedInputStream(stream, 64 * 1024);
            this.parser = parser;
            this.file = file;
        }

        @Override
        public ParsedRecord read() throws IOException {
            while (true) {
                line.reset();
                int b = in.read();
                if (b < 0) {
                    return null;
                }
                while (b >= 0 && b != '\n') {
                    line.write(b);
                    b = in.read();
                }
                lineNumber++;
                byte[] bytes = line.toByteArray();
                int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                if (isBlank(bytes, length)) {
                    continue; // blank lines are layout, not records (replay skips them too)
                }
                byte[] record = length == bytes.length ? bytes : java.util.Arrays.copyOf(bytes, length);
                // A line has no record time (-1, unlike a Kafka record): a dead letter is dated when rejected.
                return parser.parse(record, new SourcePosition(file, 0, lineNumber, -1));
            }
        }

        private static boolean isBlank(byte[] bytes, int length) {
            for (int i = 0; i < length; i++) {
                if (bytes[i] != ' ' && bytes[i] != '\t') {
                    return false;
                }
            }
            return true;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
