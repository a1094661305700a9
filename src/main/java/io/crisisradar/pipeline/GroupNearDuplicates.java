package io.crisisradar.pipeline;

import io.crisisradar.enrich.EnrichedMention;
import io.crisisradar.enrich.dedup.NearDuplicateGroups;
import java.time.Duration;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Puts each mention in its near-duplicate group ({@link NearDuplicateGroups}), keyed by its
 * primary brand: reposts of one complaint concern the same brand. Band keys expire after the
 * time-to-live, which bounds state.
 */
public final class GroupNearDuplicates extends KeyedProcessFunction<String, EnrichedMention, EnrichedMention> {

    private final Duration ttl;
    private transient MapState<Long, Long> groups;

    public GroupNearDuplicates(Duration ttl) {
        this.ttl = ttl;
    }

    @Override
    public void open(OpenContext openContext) {
        MapStateDescriptor<Long, Long> descriptor = new MapStateDescriptor<>("band-key-groups", Long.class, Long.class);
        descriptor.enableTimeToLive(StateTtlConfig.newBuilder(ttl)
                .setUpdateType(StateTtlConfig.UpdateType.OnCreateAndWrite)
                .setStateVisibility(StateTtlConfig.StateVisibility.NeverReturnExpired)
                .build());
        groups = getRuntimeContext().getMapState(descriptor);
    }

    @Override
    public void processElement(EnrichedMention mention, Context context, Collector<EnrichedMention> out)
            throws Exception {
        long group = NearDuplicateGroups.assign(
                mention.enrichment().fingerprint(),
                mention.enrichment().bucketKeys(),
                NearDuplicateGroups.ownGroup(mention.mention().id()),
                new NearDuplicateGroups.Store() {
                    @Override
                    public Long groupOf(long bandKey) throws Exception {
                        return groups.get(bandKey);
                    }

                    @Override
                    public void put(long bandKey, long group) throws Exception {
                        groups.put(bandKey, group);
                    }
                });
        out.collect(new EnrichedMention(
                mention.mention(), mention.enrichment().withNearDuplicateGroup(NearDuplicateGroups.format(group))));
    }
}
