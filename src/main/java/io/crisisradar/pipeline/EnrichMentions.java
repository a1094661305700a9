package io.crisisradar.pipeline;

import io.crisisradar.enrich.EnrichedMention;
import io.crisisradar.enrich.MentionEnricher;
import io.crisisradar.enrich.brand.BrandRule;
import io.crisisradar.mention.Mention;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;

/** Runs the enrichment chain; the chain is built in open() because it loads lexicons and models. */
public final class EnrichMentions extends RichMapFunction<Mention, EnrichedMention> {

    private final List<BrandRule> brandRules;
    private transient MentionEnricher enricher;

    public EnrichMentions(List<BrandRule> brandRules) {
        this.brandRules = List.copyOf(brandRules);
    }

    @Override
    public void open(OpenContext openContext) {
        enricher = new MentionEnricher(brandRules);
    }

    @Override
    public EnrichedMention map(Mention mention) {
        return enricher.enrich(mention);
    }
}
