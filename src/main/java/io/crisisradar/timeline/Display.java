package io.crisisradar.timeline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** How the readable formats (text, Markdown, the chart) show times, durations and numbers. */
final class Display {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    private Display() {}

    /** {@code 2026-11-24 18:07} in {@code zone}. */
    static String time(Instant at, ZoneId zone) {
        return DATE_TIME.format(at.atZone(zone));
    }

    /** Only the clock when {@code at} falls on the same day as {@code reference}, else date and time. */
    static String timeAfter(Instant at, Instant reference, ZoneId zone) {
        LocalDate day = at.atZone(zone).toLocalDate();
        return day.equals(reference.atZone(zone).toLocalDate()) ? CLOCK.format(at.atZone(zone)) : time(at, zone);
    }

    /** The zone as analysts read it: {@code UTC}, {@code Europe/Warsaw}. */
    static String zone(ZoneId zone) {
        return zone.normalized().getId().equals("Z") ? "UTC" : zone.getId();
    }

    /** {@code 45 min}, {@code 1 h 09 min}, {@code 2 d 03 h}. */
    static String duration(long minutes) {
        if (minutes < 60) {
            return minutes + " min";
        }
        if (minutes < 24 * 60) {
            return String.format(Locale.ROOT, "%d h %02d min", minutes / 60, minutes % 60);
        }
        return String.format(Locale.ROOT, "%d d %02d h", minutes / (24 * 60), minutes / 60 % 24);
    }

    /** A score with one decimal. */
    static String score(double score) {
        return String.format(Locale.ROOT, "%.1f", score);
    }

    /** {@code 4,320}. */
    static String count(long count) {
        return String.format(Locale.ROOT, "%,d", count);
    }

    /** {@code 64%}; a dash for NaN. */
    static String percent(double share) {
        return Double.isNaN(share) ? "—" : String.format(Locale.ROOT, "%.0f%%", 100 * share);
    }

    /** Whole minutes; a dash for NaN. */
    static String minutes(double minutes) {
        return Double.isNaN(minutes) ? "—" : String.format(Locale.ROOT, "%.0f min", minutes);
    }

    /** A number with at most one decimal, no trailing zero: {@code 0.3}, {@code 41}. */
    static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    /** Up to {@code limit} categories or platforms as {@code DELIVERY 38, CUSTOMER_SERVICE 12}. */
    static String counts(List<Timeline.Count> counts, int limit) {
        return counts.stream().limit(limit).map(c -> c.name() + " " + c.count()).collect(Collectors.joining(", "));
    }

    /** Up to {@code limit} unusual terms, as their names. */
    static String terms(List<Timeline.Term> terms, int limit) {
        return terms.stream().limit(limit).map(Timeline.Term::term).collect(Collectors.joining(", "));
    }

    /** One line of at most {@code max} chars: line breaks become spaces, a longer text ends in "…". */
    static String oneLine(String text, int max) {
        String line = text.replaceAll("\\s+", " ").trim();
        if (line.length() <= max) {
            return line;
        }
        int cut = max - 1;
        if (Character.isHighSurrogate(line.charAt(cut - 1))) {
            cut--;
        }
        return line.substring(0, cut) + "…";
    }
}
