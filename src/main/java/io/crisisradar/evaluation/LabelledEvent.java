package io.crisisradar.evaluation;

import java.time.Instant;

/**
 * An event injected into a scenario, as its labels file describes it.
 *
 * @param id event id
 * @param brand brand id
 * @param crisis whether it is a crisis (to be detected) or a benign spike (not to be called one)
 * @param shape how it unfolds, e.g. {@code VIRAL_DEFECT_POST}
 * @param start first extra mention
 * @param end last extra mention
 */
public record LabelledEvent(String id, String brand, boolean crisis, String shape, Instant start, Instant end) {

    /** Whether {@code [from, to]} overlaps this event. */
    public boolean overlaps(long from, long to) {
        return from <= end.toEpochMilli() && to >= start.toEpochMilli();
    }
}
