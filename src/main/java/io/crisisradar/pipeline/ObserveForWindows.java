package io.crisisradar.pipeline;

import io.crisisradar.detect.window.KeyedObservation;
import io.crisisradar.enrich.EnrichedMention;
import java.util.EnumSet;
import java.util.Set;
import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.util.Collector;

/**
 * Turns a mention into what the windows count, once per key it belongs to (each brand it names,
 * and brand x category, brand x platform). Splitting the text into terms happens here, before the
 * shuffle, so the window operator does no text work.
 */
public final class ObserveForWindows implements FlatMapFunction<EnrichedMention, KeyedObservation> {

    private final EnumSet<KeyedObservation.Dimension> dimensions;

    public ObserveForWindows(Set<KeyedObservation.Dimension> dimensions) {
        this.dimensions = EnumSet.copyOf(dimensions);
    }

    @Override
    public void flatMap(EnrichedMention mention, Collector<KeyedObservation> out) {
        for (KeyedObservation observation : KeyedObservation.of(mention, dimensions)) {
            out.collect(observation);
        }
    }
}
