package io.crisisradar.detect.window;

import io.crisisradar.enrich.EnrichedMention;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An observation with the window key it counts for: a brand ({@code blysk}), or a brand and a
 * category ({@code blysk|category=DELIVERY}) or platform ({@code blysk|platform=twitter}).
 */
public record KeyedObservation(String key, Observation observation) implements Serializable {

    /** Which keys a mention is counted under besides its brands. */
    public enum Dimension {
        /** One key per brand. */
        BRAND,
        /** One key per brand and complaint category of the mention. */
        BRAND_CATEGORY,
        /** One key per brand and the mention's platform. */
        BRAND_PLATFORM
    }

    /**
     * The keyed observations of one mention: one per brand it names (not only the first), times the
     * dimensions asked for. The text is tokenised once and shared by all of them. A mention that
     * names no brand yields none.
     */
    public static List<KeyedObservation> of(EnrichedMention mention, Set<Dimension> dimensions) {
        String[] brands = mention.enrichment().brands();
        if (brands == null || brands.length == 0) {
            return List.of();
        }
        Observation observation = Observation.of(mention);
        List<KeyedObservation> keyed = new ArrayList<>(brands.length * dimensions.size() + 2);
        for (String brand : brands) {
            if (dimensions.contains(Dimension.BRAND)) {
                keyed.add(new KeyedObservation(brand, observation));
            }
            if (dimensions.contains(Dimension.BRAND_CATEGORY)) {
                for (String category : observation.categories()) {
                    keyed.add(new KeyedObservation(brand + "|category=" + category, observation));
                }
            }
            if (dimensions.contains(Dimension.BRAND_PLATFORM)) {
                keyed.add(new KeyedObservation(brand + "|platform=" + observation.platform(), observation));
            }
        }
        return keyed;
    }
}
