package io.crisisradar.scenario;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Ready-made scenarios.
 *
 * <ul>
 *   <li>{@code standard}: four brands for 14 days (7 to 120 with {@code days}), five crises of
 *       every crisis shape, some strong and some moderate, and two benign spikes; every event
 *       starts after at least three days of history and ends well before the stream does, so
 *       that a detector has a warmed-up baseline and the episode can close.
 *   <li>{@code demo}: 31 hours of the same four brands, the last 7 with a viral delivery
 *       complaint against Błysk that opens and resolves, and a FreshCo campaign nearby that must
 *       not be called a crisis; both start after a day of history (the crisis score's volume
 *       baseline is warm after 6 hours; a day shows it every hour once). About 9,000 mentions.
 * </ul>
 *
 * Times of day are local (Europe/Warsaw): a delivery wave in the morning, a viral post in the
 * evening, a scandal with the morning news, a TV campaign in prime time.
 */
public final class ScenarioPresets {

    public static final ZoneId ZONE = ZoneId.of("Europe/Warsaw");

    public static final List<String> NAMES = List.of("standard", "demo");

    static final int STANDARD_DAYS = 14;
    static final int MIN_STANDARD_DAYS = 7;
    static final int MAX_DAYS = 120;

    /** The first Monday of November 2026, local midnight: a full week of weekdays and weekends. */
    static final LocalDate STANDARD_START = LocalDate.of(2026, 11, 2);

    /** Sunday afternoon before the day of the demo's crisis. */
    static final LocalDateTime DEMO_START = LocalDateTime.of(2026, 11, 22, 16, 0);

    static final Duration DEMO_LENGTH = Duration.ofHours(31);

    private ScenarioPresets() {}

    /**
     * What a user may change about a preset.
     *
     * @param seed random seed; empty for the preset's own
     * @param start first instant; empty for the preset's own
     * @param days length in days (standard only); empty for the preset's own
     * @param rateMultiplier scales every brand's everyday rate (events scale with it)
     * @param intensity scales every event's extra volume: peak multiple m becomes 1 + intensity x (m - 1)
     */
    public record Options(
            Optional<Long> seed,
            Optional<Instant> start,
            Optional<Integer> days,
            double rateMultiplier,
            double intensity) {

        public static Options defaults() {
            return new Options(Optional.empty(), Optional.empty(), Optional.empty(), 1, 1);
        }
    }

    /** The preset of that name; fails with a message naming the valid presets. */
    public static Scenario create(String name, Options options) {
        if (!(options.rateMultiplier() > 0)) {
            throw new IllegalArgumentException("rate multiplier must be positive, got " + options.rateMultiplier());
        }
        if (!(options.intensity() > 0)) {
            throw new IllegalArgumentException("intensity must be positive, got " + options.intensity());
        }
        return switch (name) {
            case "standard" -> standard(options);
            case "demo" -> demo(options);
            default ->
                throw new IllegalArgumentException(
                        "unknown scenario preset '" + name + "'; choose one of " + String.join(", ", NAMES));
        };
    }

    static Scenario standard(Options o) {
        int days = o.days().orElse(STANDARD_DAYS);
        if (days < MIN_STANDARD_DAYS || days > MAX_DAYS) {
            throw new IllegalArgumentException("the standard scenario needs " + MIN_STANDARD_DAYS + " to " + MAX_DAYS
                    + " days (three days of history before the first event), got " + days);
        }
        Instant start = o.start().orElse(STANDARD_START.atStartOfDay(ZONE).toInstant());
        // Events sit on local days counted from the first local midnight of the stream, so that
        // each has at least three full days of history, spread over the days that remain.
        ZonedDateTime local = start.atZone(ZONE);
        LocalDate firstMidnight = local.toLocalTime().equals(LocalTime.MIDNIGHT)
                ? local.toLocalDate()
                : local.toLocalDate().plusDays(1);
        Placer at = (position, time) -> {
            long day = 3 + Math.round(position * (days - 6));
            return firstMidnight.plusDays(day).atTime(time).atZone(ZONE).toInstant();
        };
        List<InjectedEvent> events = new ArrayList<>();
        events.add(event(
                "e1-novabank-service-outage",
                BrandCatalog.NOVABANK,
                EventShape.SERVICE_OUTAGE,
                "OUTAGE",
                0.8,
                at.place(0, LocalTime.of(12, 10)),
                5,
                "#NovaBankAwaria",
                o));
        events.add(event(
                "e2-blysk-delivery-delay-wave",
                BrandCatalog.BLYSK,
                EventShape.DELIVERY_DELAY_WAVE,
                "DELIVERY",
                0.8,
                at.place(1 / 8.0, LocalTime.of(9, 30)),
                10,
                "#BłyskStop",
                o));
        events.add(event(
                "e3-freshco-viral-defect-post",
                BrandCatalog.FRESHCO,
                EventShape.VIRAL_DEFECT_POST,
                "PRODUCT_DEFECT",
                0.85,
                at.place(3 / 8.0, LocalTime.of(19, 40)),
                12,
                "#FreshCoFail",
                o));
        events.add(event(
                "e4-mobilix-ignored-complaints-snowball",
                BrandCatalog.MOBILIX,
                EventShape.IGNORED_COMPLAINTS_SNOWBALL,
                "CUSTOMER_SERVICE",
                0.85,
                at.place(5 / 8.0, LocalTime.of(8, 0)),
                6,
                "#MobilixOlewa",
                o));
        events.add(event(
                "e5-blysk-giveaway",
                BrandCatalog.BLYSK,
                EventShape.GIVEAWAY,
                "CONTEST",
                0.8,
                at.place(6 / 8.0, LocalTime.of(12, 0)),
                3.5,
                "#BłyskKonkurs",
                o));
        events.add(event(
                "e6-novabank-pr-scandal",
                BrandCatalog.NOVABANK,
                EventShape.PR_SCANDAL,
                "ETHICS_SCANDAL",
                0.7,
                at.place(7 / 8.0, LocalTime.of(7, 30)),
                8,
                "#BojkotNovaBank",
                o));
        events.add(event(
                "e7-freshco-campaign-launch",
                BrandCatalog.FRESHCO,
                EventShape.CAMPAIGN_LAUNCH,
                "CAMPAIGN",
                0.8,
                at.place(1, LocalTime.of(20, 15)),
                7,
                "#FreshCoGotuje",
                o));
        return new Scenario(
                "standard",
                o.seed().orElse(20261102L),
                start,
                Duration.ofDays(days),
                ZONE,
                BrandCatalog.all(),
                events,
                o.rateMultiplier(),
                0,
                0);
    }

    static Scenario demo(Options o) {
        if (o.days().isPresent()) {
            throw new IllegalArgumentException("the demo scenario has a fixed length of " + DEMO_LENGTH.toHours()
                    + " hours; --days applies to" + " the standard scenario");
        }
        Instant start = o.start().orElse(DEMO_START.atZone(ZONE).toInstant());
        List<InjectedEvent> events = List.of(
                event(
                        "d1-freshco-campaign-launch",
                        BrandCatalog.FRESHCO,
                        EventShape.CAMPAIGN_LAUNCH,
                        EventShape.CAMPAIGN_LAUNCH.defaultCurve().stretched(0.6),
                        "CAMPAIGN",
                        0.8,
                        start.plus(Duration.ofMinutes(24 * 60 + 15)),
                        6,
                        "#FreshCoGotuje",
                        o),
                event(
                        "d2-blysk-viral-delivery-post",
                        BrandCatalog.BLYSK,
                        EventShape.VIRAL_DEFECT_POST,
                        EventShape.VIRAL_DEFECT_POST.defaultCurve().stretched(0.8),
                        "DELIVERY",
                        0.85,
                        start.plus(Duration.ofHours(25)),
                        12,
                        "#BłyskStop",
                        o));
        return new Scenario(
                "demo",
                o.seed().orElse(20261123L),
                start,
                DEMO_LENGTH,
                ZONE,
                BrandCatalog.all(),
                events,
                o.rateMultiplier(),
                0,
                0);
    }

    /** Places an event at a relative position in the event window, at a local time of day. */
    @FunctionalInterface
    private interface Placer {
        Instant place(double position, LocalTime time);
    }

    private static InjectedEvent event(
            String id,
            BrandProfile brand,
            EventShape shape,
            String cause,
            double polishShare,
            Instant start,
            double peakMultiple,
            String hashtag,
            Options o) {
        return event(id, brand, shape, shape.defaultCurve(), cause, polishShare, start, peakMultiple, hashtag, o);
    }

    private static InjectedEvent event(
            String id,
            BrandProfile brand,
            EventShape shape,
            EventCurve curve,
            String cause,
            double polishShare,
            Instant start,
            double peakMultiple,
            String hashtag,
            Options o) {
        double multiple = 1 + o.intensity() * (peakMultiple - 1);
        return new InjectedEvent(
                id,
                brand.id(),
                shape,
                cause,
                polishShare >= 0.5 ? "pl" : "en",
                polishShare,
                start,
                multiple,
                curve,
                hashtag);
    }

    /**
     * Reads a start time: an instant with a zone or offset ("2026-11-02T08:00:00Z"), a local
     * date-time in the scenario's zone ("2026-11-02T08:00"), or a date, meaning its local midnight.
     */
    public static Instant parseStart(String text) {
        String t = text.strip();
        try {
            if (t.length() == 10) {
                return LocalDate.parse(t).atStartOfDay(ZONE).toInstant();
            }
            if (t.endsWith("Z") || t.matches(".*[+-]\\d\\d:?\\d\\d$")) {
                return OffsetDateTime.parse(t).toInstant();
            }
            return LocalDateTime.parse(t).atZone(ZONE).toInstant();
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("cannot read start time '" + text
                    + "': use a date (2026-11-02), a local time (2026-11-02T08:00) or an instant"
                    + " (2026-11-02T07:00:00Z)");
        }
    }
}
