package io.crisisradar.scenario;

import io.crisisradar.enrich.category.ComplaintCategory;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A crisis or benign spike placed into a scenario, with everything the labels report about it.
 *
 * @param id unique within the scenario, e.g. "e01-blysk-delivery-delay-wave"
 * @param brand id of the brand it concerns
 * @param cause for a crisis the complaint category its texts are about (a {@code
 *     ComplaintCategory} name); for a benign spike "CAMPAIGN" or "CONTEST"
 * @param language the dominant language of its texts, "pl" or "en"
 * @param polishShare share of its texts written in Polish
 * @param start when the first extra mention appears
 * @param peakMultiple expected total rate at the peak as a multiple of the brand's everyday rate
 *     at that time (10 means ten times the usual volume)
 * @param curve the time profile of the extra mentions
 * @param hashtag the tag people use for it (e.g. "#BłyskStop"), added to some of its texts
 */
public record InjectedEvent(
        String id,
        String brand,
        EventShape shape,
        String cause,
        String language,
        double polishShare,
        Instant start,
        double peakMultiple,
        EventCurve curve,
        String hashtag) {

    public InjectedEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(brand, "brand");
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(curve, "curve");
        if (!(peakMultiple > 1)) {
            throw new IllegalArgumentException("event " + id + ": peak multiple must be above 1, got " + peakMultiple);
        }
        if (shape.kind() == EventKind.CRISIS && !isCategory(cause)) {
            throw new IllegalArgumentException(
                    "event " + id + ": a crisis needs a complaint category as its cause, got " + cause);
        }
        if (polishShare < 0 || polishShare > 1) {
            throw new IllegalArgumentException("event " + id + ": polishShare must be in [0, 1]");
        }
    }

    public EventKind kind() {
        return shape.kind();
    }

    public Instant peak() {
        return start.plus(minutes(curve.peakMinutes()));
    }

    public Instant end() {
        return start.plus(minutes(curve.endMinutes()));
    }

    /** The level of the curve at an instant, 0 outside the event. */
    double level(Instant at) {
        return curve.at((at.toEpochMilli() - start.toEpochMilli()) / 60_000.0);
    }

    /** Minutes since the start at an instant. */
    double minutesSinceStart(Instant at) {
        return (at.toEpochMilli() - start.toEpochMilli()) / 60_000.0;
    }

    private static boolean isCategory(String cause) {
        for (ComplaintCategory c : ComplaintCategory.values()) {
            if (c.name().equals(cause)) {
                return true;
            }
        }
        return false;
    }

    private static Duration minutes(double minutes) {
        return Duration.ofSeconds(Math.round(minutes * 60));
    }
}
