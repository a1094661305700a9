package io.crisisradar.timeline;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The timeline as a table with one row per episode: CSV (RFC 4180) or a Markdown report. */
final class TimelineTables {

    static final List<String> CSV_COLUMNS = List.of(
            "episode_id",
            "brand",
            "status",
            "severity",
            "start",
            "detected_at",
            "minutes_to_detect",
            "peak_at",
            "peak_score",
            "end",
            "last_update",
            "duration_minutes",
            "triggers",
            "unusual_terms",
            "top_categories",
            "top_platforms",
            "complaints",
            "answered_share",
            "answered_late",
            "median_first_response_minutes",
            "breaches");

    private TimelineTables() {}

    /**
     * A header and one row per episode. Times are ISO instants; lists are joined with {@code "; "},
     * counts as {@code NAME:count}; response columns are empty without response records.
     */
    static String csv(Timeline t) {
        StringBuilder out = new StringBuilder();
        csvRow(out, CSV_COLUMNS);
        for (Timeline.Episode e : t.episodes()) {
            Timeline.Responses r = e.responses();
            csvRow(
                    out,
                    List.of(
                            e.id(),
                            t.brand(),
                            e.open() ? "open" : "resolved",
                            e.severity(),
                            e.start().toString(),
                            e.detectedAt().toString(),
                            String.valueOf(e.minutesToDetect()),
                            e.peakAt().toString(),
                            Display.score(e.peakScore()),
                            e.open() ? "" : e.end().toString(),
                            e.lastUpdate().toString(),
                            String.valueOf(e.durationMinutes()),
                            String.join("; ", e.triggers()),
                            e.unusualTerms().stream().map(Timeline.Term::term).collect(Collectors.joining("; ")),
                            csvCounts(e.categories()),
                            csvCounts(e.platforms()),
                            r == null ? "" : String.valueOf(r.complaints()),
                            r == null || r.complaints() == 0
                                    ? ""
                                    : String.format(Locale.ROOT, "%.3f", r.answeredShare()),
                            r == null ? "" : String.valueOf(r.answeredLate()),
                            r == null || Double.isNaN(r.medianFirstResponseMinutes())
                                    ? ""
                                    : String.format(Locale.ROOT, "%.1f", r.medianFirstResponseMinutes()),
                            r == null ? "" : String.valueOf(r.breaches())));
        }
        return out.toString();
    }

    private static String csvCounts(List<Timeline.Count> counts) {
        return counts.stream()
                .limit(TimelineText.COUNTS)
                .map(c -> c.name() + ":" + c.count())
                .collect(Collectors.joining("; "));
    }

    private static void csvRow(StringBuilder out, List<String> cells) {
        out.append(cells.stream().map(TimelineTables::csvCell).collect(Collectors.joining(",")))
                .append("\r\n");
    }

    /** Quoted when it holds a comma, quote or line break; quotes doubled (RFC 4180). */
    static String csvCell(String cell) {
        if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
            return "\"" + cell.replace("\"", "\"\"") + "\"";
        }
        return cell;
    }

    /** A titled report: range, notes, a table of the episodes and the summary line. */
    static String markdown(Timeline t, ZoneId zone) {
        StringBuilder out = new StringBuilder();
        out.append("# Crisis timeline: ").append(md(t.brand())).append("\n\n");
        out.append(Display.time(t.from(), zone))
                .append(" – ")
                .append(Display.time(t.to(), zone))
                .append(" (")
                .append(Display.zone(zone))
                .append("), ")
                .append(Display.count(t.windows()))
                .append(" scored windows of ")
                .append(t.spec());
        t.peak().ifPresent(p -> out.append(", highest score ")
                .append(Display.score(p.score()))
                .append(" at ")
                .append(Display.time(p.at(), zone)));
        out.append(".\n\n");
        for (String note : t.notes()) {
            out.append("> ").append(md(note)).append("\n");
        }
        if (!t.notes().isEmpty()) {
            out.append('\n');
        }
        if (t.episodes().isEmpty()) {
            out.append("No crisis episode in this range.\n\n");
        } else {
            List<String> header = new ArrayList<>(List.of(
                    "#",
                    "start",
                    "peak",
                    "end",
                    "duration",
                    "severity",
                    "drivers",
                    "minutes to detect",
                    "unusual terms",
                    "top categories"));
            if (t.responsesIndexed()) {
                header.addAll(List.of("complaints due", "answered in time", "median first response", "breaches"));
            }
            mdRow(out, header);
            mdRow(out, header.stream().map(h -> "---").toList());
            int number = 1;
            for (Timeline.Episode e : t.episodes()) {
                List<String> row = new ArrayList<>(List.of(
                        String.valueOf(number++),
                        Display.time(e.start(), zone),
                        Display.score(e.peakScore()) + " at " + Display.timeAfter(e.peakAt(), e.start(), zone),
                        e.open() ? "open" : Display.timeAfter(e.end(), e.start(), zone),
                        Display.duration(e.durationMinutes()),
                        e.severity(),
                        String.join(", ", e.triggers()),
                        String.valueOf(e.minutesToDetect()),
                        Display.terms(e.unusualTerms(), TimelineText.TERMS),
                        Display.counts(e.categories(), TimelineText.COUNTS)));
                if (t.responsesIndexed()) {
                    // Episodes written before the response clock have no figures: empty cells.
                    Timeline.Responses r = e.responses();
                    row.addAll(
                            r == null
                                    ? List.of("", "", "", "")
                                    : List.of(
                                            Display.count(r.complaints()),
                                            Display.percent(r.answeredShare()),
                                            Display.minutes(r.medianFirstResponseMinutes()),
                                            Display.count(r.breaches())));
                }
                mdRow(out, row);
            }
            out.append('\n');
        }
        if (!t.responsesIndexed() && !t.episodes().isEmpty()) {
            out.append("Responses: no response figures (the episodes were written without the response clock).\n\n");
        }
        out.append("**")
                .append(TimelineText.summary(t, zone).replaceFirst(":", ":**"))
                .append('\n');
        return out.toString();
    }

    private static void mdRow(StringBuilder out, List<String> cells) {
        out.append("| ")
                .append(cells.stream().map(TimelineTables::md).collect(Collectors.joining(" | ")))
                .append(" |\n");
    }

    /** Text safe inside a Markdown table cell. */
    static String md(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replaceAll("\\s+", " ");
    }
}
