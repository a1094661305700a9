package io.crisisradar.timeline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Reads the times an analyst types for {@code --from} and {@code --to}: an ISO instant ({@code
 * 2026-11-23T18:00:00Z}), a time with an offset ({@code 2026-11-23T19:00+01:00}), a local time
 * ({@code 2026-11-23T19:00} or {@code 2026-11-23 19:00}, in the display zone), a date ({@code
 * 2026-11-23}) or {@code now}.
 */
public final class TimeArguments {

    private TimeArguments() {}

    /**
     * The instant {@code text} names. A date is the start of that day in {@code zone} — or, as the end
     * of a range ({@code endOfRange}), the start of the next day, so {@code --to 2026-11-23} includes
     * the whole of the 23rd.
     *
     * @throws IllegalArgumentException with a message saying what is accepted
     */
    public static Instant parse(String text, ZoneId zone, boolean endOfRange) {
        String t = text.trim();
        if (t.equalsIgnoreCase("now")) {
            return Instant.now();
        }
        try {
            if (t.length() == 10) {
                LocalDate date = LocalDate.parse(t);
                return (endOfRange ? date.plusDays(1) : date).atStartOfDay(zone).toInstant();
            }
            String iso = t.replace(' ', 'T');
            if (iso.endsWith("Z") || iso.endsWith("z") || hasOffset(iso)) {
                // also reads instants without seconds (2026-11-23T18:00Z), which Instant.parse refuses
                return OffsetDateTime.parse(iso.toUpperCase(Locale.ROOT)).toInstant();
            }
            return LocalDateTime.parse(iso).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("cannot read the time '" + text
                    + "': use an ISO instant (2026-11-23T18:00:00Z), a local time (2026-11-23T19:00,"
                    + " in --zone), a date (2026-11-23) or now");
        }
    }

    /** An offset such as +01:00 or -0500 after the time part. */
    private static boolean hasOffset(String iso) {
        int timeStart = iso.indexOf('T');
        return timeStart > 0 && (iso.indexOf('+', timeStart) > 0 || iso.indexOf('-', timeStart) > 0);
    }
}
