package io.crisisradar.enrich;

import io.crisisradar.mention.Mention;
import java.io.Serializable;

/** A mention with what the enrichment chain understood of it. */
public record EnrichedMention(Mention mention, Enrichment enrichment) implements Serializable {

    /** The key for per-brand state: the first brand, or {@link #NO_BRAND}. */
    public String primaryBrand() {
        String[] brands = enrichment.brands();
        return brands.length == 0 ? NO_BRAND : brands[0];
    }

    /** Key of mentions that match no configured brand. */
    public static final String NO_BRAND = "_none";
}
