package io.crisisradar.pipeline;

import io.crisisradar.mention.DeadLetter;
import io.crisisradar.mention.Mention;
import io.crisisradar.mention.ParsedRecord;
import io.crisisradar.mention.RejectionReason;
import java.util.EnumMap;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.MetricGroup;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Sends mentions on and dead letters to a side output, counting dead letters per reason (metric
 * {@code deadLetters} with a {@code reason} group) so a spike of one kind of bad input shows up on
 * a dashboard.
 */
public final class RouteParsedRecords extends ProcessFunction<ParsedRecord, Mention> {

    /** Side output of records rejected while parsing. */
    public static final OutputTag<DeadLetter> DEAD_LETTERS = new OutputTag<>("dead-letters") {};

    private transient Map<RejectionReason, Counter> deadLetters;

    @Override
    public void open(OpenContext openContext) {
        MetricGroup group = getRuntimeContext().getMetricGroup().addGroup("deadLetters");
        deadLetters = new EnumMap<>(RejectionReason.class);
        for (RejectionReason reason : RejectionReason.values()) {
            deadLetters.put(reason, group.addGroup("reason", reason.name()).counter("count"));
        }
    }

    @Override
    public void processElement(ParsedRecord record, Context context, Collector<Mention> out) {
        if (record.isMention()) {
            out.collect(record.mention());
        } else {
            deadLetters.get(record.deadLetter().reason()).inc();
            context.output(DEAD_LETTERS, record.deadLetter());
        }
    }
}
