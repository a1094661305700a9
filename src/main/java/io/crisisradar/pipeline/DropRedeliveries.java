package io.crisisradar.pipeline;

import io.crisisradar.mention.Mention;
import java.time.Duration;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Drops exact re-deliveries: keyed by mention id, the first delivery passes and later ones within
 * the time-to-live are counted ({@code redeliveriesDropped}) and dropped. The TTL bounds state;
 * a re-delivery after it would only overwrite the same document in Elasticsearch.
 */
public final class DropRedeliveries extends KeyedProcessFunction<String, Mention, Mention> {

    private final Duration ttl;
    private transient ValueState<Boolean> seen;
    private transient Counter dropped;

    public DropRedeliveries(Duration ttl) {
        this.ttl = ttl;
    }

    @Override
    public void open(OpenContext openContext) {
        ValueStateDescriptor<Boolean> descriptor = new ValueStateDescriptor<>("seen", Boolean.class);
        descriptor.enableTimeToLive(StateTtlConfig.newBuilder(ttl)
                .setUpdateType(StateTtlConfig.UpdateType.OnCreateAndWrite)
                .setStateVisibility(StateTtlConfig.StateVisibility.NeverReturnExpired)
                .build());
        seen = getRuntimeContext().getState(descriptor);
        dropped = getRuntimeContext().getMetricGroup().counter("redeliveriesDropped");
    }

    @Override
    public void processElement(Mention mention, Context context, Collector<Mention> out) throws Exception {
        if (seen.value() != null) {
            dropped.inc();
            return;
        }
        seen.update(Boolean.TRUE);
        out.collect(mention);
    }
}
