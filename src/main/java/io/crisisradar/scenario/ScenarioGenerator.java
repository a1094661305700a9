package io.crisisradar.scenario;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Generates a labelled stream of mentions from a {@link Scenario}: everyday traffic of every
 * brand plus the injected events, minute by minute, handed to a {@link MentionSink} in send
 * order, and returns the labels. Deterministic: the same scenario gives the same mentions in the
 * same order, byte for byte. Memory stays small whatever the length, since mentions leave as soon
 * as they are due.
 */
public final class ScenarioGenerator {

    /** Hears about progress once per generated hour. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (at, mentions, done) -> {};

        /**
         * @param at event time reached
         * @param mentions mentions sent so far
         * @param done share of the scenario generated, 0 to 1
         */
        void update(Instant at, long mentions, double done);
    }

    private final Scenario scenario;

    public ScenarioGenerator(Scenario scenario) {
        this.scenario = scenario;
    }

    public ScenarioLabels generate(MentionSink sink) throws Exception {
        return generate(sink, Progress.NONE);
    }

    public ScenarioLabels generate(MentionSink sink, Progress progress) throws Exception {
        Generation g = new Generation(scenario);
        Map<String, BackgroundTraffic> background = new LinkedHashMap<>();
        for (BrandProfile brand : scenario.brands()) {
            background.put(brand.id(), new BackgroundTraffic(g, brand));
        }
        List<EventTraffic> events = new ArrayList<>();
        for (InjectedEvent event : scenario.events()) {
            BrandProfile brand = brand(event.brand());
            events.add(new EventTraffic(g, event, brand, background.get(event.brand())));
        }
        long minutes = scenario.duration().toMinutes();
        Map<String, Double> expectedRateSum = new LinkedHashMap<>();
        for (long k = 0; k < minutes; k++) {
            Instant minute = scenario.start().plusSeconds(60 * k);
            for (Map.Entry<String, BackgroundTraffic> b : background.entrySet()) {
                b.getValue().minute(minute);
                expectedRateSum.merge(b.getKey(), b.getValue().expectedHourlyRate(minute.plusSeconds(30)), Double::sum);
            }
            for (EventTraffic e : events) {
                e.minute(minute);
            }
            g.release(minute.plusSeconds(60), sink);
            if (k % 60 == 59) {
                progress.update(minute.plusSeconds(60), g.released(), (k + 1) / (double) minutes);
            }
        }
        g.releaseAll(sink);
        progress.update(scenario.end(), g.released(), 1);
        return labels(g, background, events, expectedRateSum, minutes);
    }

    /** Generates into a list: for tests and small scenarios. */
    public List<GeneratedMention> generateAll() throws Exception {
        List<GeneratedMention> all = new ArrayList<>();
        generate(all::add);
        return all;
    }

    private ScenarioLabels labels(
            Generation g,
            Map<String, BackgroundTraffic> background,
            List<EventTraffic> traffic,
            Map<String, Double> expectedRateSum,
            long minutes) {
        List<ScenarioLabels.BrandLabel> brands = new ArrayList<>();
        for (BrandProfile b : scenario.brands()) {
            brands.add(new ScenarioLabels.BrandLabel(
                    b.id(),
                    b.sector().name(),
                    ScenarioLabels.round2(expectedRateSum.get(b.id()) / minutes),
                    ScenarioLabels.round2(b.peakHourlyRate() * scenario.rateMultiplier()),
                    b.polishShare(),
                    g.mentionsOfBrand(b.id())));
        }
        List<ScenarioLabels.EventLabel> events = new ArrayList<>();
        for (int i = 0; i < scenario.events().size(); i++) {
            InjectedEvent e = scenario.events().get(i);
            events.add(new ScenarioLabels.EventLabel(
                    e.id(),
                    e.brand(),
                    e.kind(),
                    e.shape(),
                    e.cause(),
                    e.language(),
                    e.start(),
                    e.peak(),
                    e.end(),
                    ScenarioLabels.round2(e.peakMultiple()),
                    ScenarioLabels.round2(background.get(e.brand()).expectedHourlyRate(e.peak())),
                    Math.round(traffic.get(i).expectedMentions()),
                    g.mentionsOfEvent(e.id()),
                    describe(e)));
        }
        return new ScenarioLabels(
                ScenarioLabels.FORMAT,
                scenario.name(),
                scenario.seed(),
                scenario.start(),
                scenario.end(),
                scenario.zone().getId(),
                scenario.rateMultiplier(),
                g.released(),
                brands,
                events);
    }

    private BrandProfile brand(String id) {
        for (BrandProfile b : scenario.brands()) {
            if (b.id().equals(id)) {
                return b;
            }
        }
        throw new IllegalArgumentException("unknown brand " + id);
    }

    /** One sentence on what the event looks like in the stream, for people reading the labels. */
    static String describe(InjectedEvent e) {
        return switch (e.shape()) {
            case VIRAL_DEFECT_POST ->
                "An influencer's " + e.cause()
                        + " complaint goes viral: reposts and same-here quotes within the hour, decaying over hours.";
            case DELIVERY_DELAY_WAVE -> e.cause() + " complaints ramp up over an hour, stay high for hours, then fade.";
            case SERVICE_OUTAGE -> e.cause() + " complaints jump within minutes while the service is down, then fade.";
            case IGNORED_COMPLAINTS_SNOWBALL ->
                "Unanswered " + e.cause() + " complaints grow exponentially for hours until the brand reacts.";
            case PR_SCANDAL ->
                "A " + e.cause() + " story breaks in the news and spreads to social platforms, decaying slowly.";
            case CAMPAIGN_LAUNCH -> "The brand's campaign launches: a large, mostly positive spike.";
            case GIVEAWAY -> "A contest: copy-paste entries tagging friends until the deadline.";
        };
    }
}
