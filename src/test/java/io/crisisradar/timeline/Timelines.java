package io.crisisradar.timeline;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Hand-made timelines for the formatter and chart tests. */
final class Timelines {

    static final Instant FROM = Instant.parse("2026-11-23T00:00:00Z");
    static final Instant TO = Instant.parse("2026-11-24T00:00:00Z");

    private Timelines() {}

    /**
     * A day of blysk in 2-minute buckets: calm traffic with a gap at night (the job was down), a
     * warning episode in the morning and a crisis in the evening; response figures for both.
     */
    static Timeline day() {
        return new Timeline(
                "blysk",
                "15m-1m",
                FROM,
                TO,
                Duration.ofMinutes(2),
                1_380,
                series(),
                List.of(
                        warning().withResponses(new Timeline.Responses(12, 9, 1, 3, 41.5, null)),
                        crisis().withResponses(new Timeline.Responses(
                                140,
                                56,
                                20,
                                84,
                                95,
                                new Timeline.Complaint(
                                        "facebook:Marek Nowak",
                                        "facebook",
                                        48_000,
                                        at("18:30"),
                                        "Trzeci dzień czekam na zwrot, Błysk milczy")))),
                true,
                List.of());
    }

    /** The same day without response figures and with the crisis still open. */
    static Timeline dayWithoutResponses() {
        Timeline.Episode crisis = crisis();
        Timeline.Episode open = new Timeline.Episode(
                crisis.id(),
                crisis.severity(),
                crisis.start(),
                crisis.detectedAt(),
                crisis.peakAt(),
                crisis.peakScore(),
                null,
                at("18:50"),
                crisis.minutesToDetect(),
                crisis.triggers(),
                crisis.unusualTerms(),
                crisis.categories(),
                crisis.platforms(),
                crisis.loudestComplaint(),
                crisis.peakExplanation(),
                null);
        return new Timeline(
                "blysk",
                "15m-1m",
                FROM,
                TO,
                Duration.ofMinutes(2),
                1_380,
                series(),
                List.of(warning(), open),
                false,
                List.of());
    }

    static Timeline.Episode warning() {
        return new Timeline.Episode(
                "blysk|2026-11-23T09:58:00Z",
                "warning",
                at("09:58"),
                at("10:03"),
                at("10:10"),
                51.24,
                at("10:40"),
                at("11:10"),
                5,
                List.of("negativity"),
                List.of(new Timeline.Term("aplikacja", 9, 1.2)),
                List.of(new Timeline.Count("APP", 9), new Timeline.Count("PAYMENT", 2)),
                List.of(new Timeline.Count("twitter", 14)),
                null,
                "negative 60% vs 20% usual",
                null);
    }

    static Timeline.Episode crisis() {
        return new Timeline.Episode(
                "blysk|2026-11-23T18:03:00Z",
                "crisis",
                at("18:03"),
                at("18:07"),
                at("18:21"),
                78.44,
                at("19:12"),
                at("19:42"),
                4,
                List.of("volume", "negativity"),
                List.of(new Timeline.Term("#błyskstop", 41, 0.3), new Timeline.Term("paczka", 30, 6.25)),
                List.of(
                        new Timeline.Count("DELIVERY", 38),
                        new Timeline.Count("CUSTOMER_SERVICE", 12),
                        new Timeline.Count("REFUND", 3),
                        new Timeline.Count("APP", 1)),
                List.of(new Timeline.Count("twitter", 30), new Timeline.Count("tiktok", 9)),
                new Timeline.Complaint(
                        "twitter:@anna_k",
                        "twitter",
                        120_000,
                        at("18:01"),
                        "Kurier Błysk przetrzymuje paczki od tygodnia,\nnikt nie odbiera telefonu | \"skandal\""),
                "58 mentions vs 19 expected (p=3e-05)",
                null);
    }

    /** Minute of day "HH:mm" on the 23rd. */
    static Instant at(String hhmm) {
        return Instant.parse("2026-11-23T" + hhmm + ":00Z");
    }

    private static List<Timeline.Point> series() {
        List<Timeline.Point> points = new ArrayList<>();
        for (Instant t = FROM; t.isBefore(TO); t = t.plus(Duration.ofMinutes(2))) {
            double hour = (t.getEpochSecond() - FROM.getEpochSecond()) / 3600.0;
            if (hour >= 2 && hour < 3) {
                points.add(new Timeline.Point(t, 0, Double.NaN, Double.NaN, Double.NaN));
                continue;
            }
            double expected = 10 + 8 * Math.sin(Math.PI * (hour - 6) / 12);
            double score = 5;
            double volume = expected;
            if (hour >= 10 && hour < 10.7) {
                score = 52;
                volume = expected * 1.5;
            } else if (hour >= 18 && hour < 19.2) {
                score = 78 - 20 * Math.abs(hour - (18 + 20 / 60.0));
                volume = expected * 4;
            }
            points.add(new Timeline.Point(t, 2, score, Math.round(volume), expected));
        }
        return points;
    }
}
