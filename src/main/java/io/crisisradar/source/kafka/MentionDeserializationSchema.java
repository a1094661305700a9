package io.crisisradar.source.kafka;

import io.crisisradar.mention.MentionParser;
import io.crisisradar.mention.ParsedRecord;
import io.crisisradar.mention.SourcePosition;
import java.time.Clock;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Parses mentions inside the Kafka source. Parsing here, not in a later operator, lets the source
 * generate watermarks per partition from event time; a separate parse step with fewer subtasks
 * than partitions interleaves partitions and drops valid events as late (see recipes). Every
 * record yields exactly one {@link ParsedRecord}, a mention or a dead letter.
 */
public final class MentionDeserializationSchema implements KafkaRecordDeserializationSchema<ParsedRecord> {

    private final int maxMentionBytes;
    private transient MentionParser parser;

    public MentionDeserializationSchema(int maxMentionBytes) {
        this.maxMentionBytes = maxMentionBytes;
    }

    @Override
    public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<ParsedRecord> out) {
        if (parser == null) {
            parser = new MentionParser(maxMentionBytes, Clock.systemUTC());
        }
        SourcePosition position =
                new SourcePosition(record.topic(), record.partition(), record.offset(), record.timestamp());
        out.collect(parser.parse(record.value(), position));
    }

    @Override
    public TypeInformation<ParsedRecord> getProducedType() {
        return TypeInformation.of(ParsedRecord.class);
    }
}
