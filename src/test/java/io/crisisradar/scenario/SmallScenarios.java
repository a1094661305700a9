package io.crisisradar.scenario;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * Small scenarios for end-to-end tests: a few brands for some hours with viral complaint posts,
 * short enough for every CI run.
 */
public final class SmallScenarios {

    private SmallScenarios() {}

    /**
     * An influencer's viral complaint in Polish (peak 12 times the usual volume), its curve {@code
     * stretch} times as long as the default.
     */
    public static InjectedEvent viralPost(
            String id, BrandProfile brand, String cause, Instant start, double stretch, String hashtag) {
        return new InjectedEvent(
                id,
                brand.id(),
                EventShape.VIRAL_DEFECT_POST,
                cause,
                "pl",
                0.9,
                start,
                12,
                EventShape.VIRAL_DEFECT_POST.defaultCurve().stretched(stretch),
                hashtag);
    }

    /** A scenario of {@code brands} in Warsaw time, sorted, no disorder. */
    public static Scenario of(
            String name,
            long seed,
            Instant start,
            Duration length,
            List<BrandProfile> brands,
            List<InjectedEvent> events) {
        return new Scenario(name, seed, start, length, ZoneId.of("Europe/Warsaw"), brands, events, 1, 0, 0);
    }
}
