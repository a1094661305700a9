package io.crisisradar.timeline;

import java.time.ZoneId;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The timeline as text for a terminal: a header with the range and the series, one block per
 * episode (start, peak, end, duration, severity, drivers, time to detect, evidence, responses), and a
 * summary line.
 */
final class TimelineText {

    /** Unusual terms listed per episode. */
    static final int TERMS = 6;

    /** Categories and platforms listed per episode. */
    static final int COUNTS = 3;

    private TimelineText() {}

    static String render(Timeline t, ZoneId zone) {
        StringBuilder out = new StringBuilder();
        out.append("Crisis timeline of ").append(t.brand()).append('\n');
        out.append("  range     ")
                .append(Display.time(t.from(), zone))
                .append(" – ")
                .append(Display.time(t.to(), zone))
                .append(" (")
                .append(Display.zone(zone))
                .append(")\n");
        out.append("  series    ")
                .append(Display.count(t.windows()))
                .append(" scored windows of ")
                .append(t.spec())
                .append(", one point per ")
                .append(Display.duration(t.bucket().toMinutes()));
        t.peak().ifPresent(p -> out.append("; highest score ")
                .append(Display.score(p.score()))
                .append(" at ")
                .append(Display.time(p.at(), zone)));
        out.append('\n');
        for (String note : t.notes()) {
            out.append("  note      ").append(note).append('\n');
        }
        out.append('\n');
        if (t.episodes().isEmpty()) {
            out.append("No crisis episode in this range.\n\n");
        }
        int number = 1;
        for (Timeline.Episode e : t.episodes()) {
            episode(out, number++, e, zone);
        }
        out.append(summary(t, zone)).append('\n');
        return out.toString();
    }

    private static void episode(StringBuilder out, int number, Timeline.Episode e, ZoneId zone) {
        out.append(String.format(
                        Locale.ROOT, "#%-3d %-8s ", number, e.severity().toUpperCase(Locale.ROOT)))
                .append(Display.time(e.start(), zone))
                .append(" → ");
        if (e.open()) {
            out.append("open (")
                    .append(Display.duration(e.durationMinutes()))
                    .append(" so far, last update ")
                    .append(Display.timeAfter(e.lastUpdate(), e.start(), zone))
                    .append(")\n");
        } else {
            out.append(Display.timeAfter(e.end(), e.start(), zone))
                    .append(" (")
                    .append(Display.duration(e.durationMinutes()))
                    .append(")\n");
        }
        line(out, "peak", Display.score(e.peakScore()) + " at " + Display.timeAfter(e.peakAt(), e.start(), zone));
        line(
                out,
                "detected",
                Display.timeAfter(e.detectedAt(), e.start(), zone) + ", " + e.minutesToDetect()
                        + " min after the start");
        line(out, "drivers", e.triggers().isEmpty() ? "—" : String.join(", ", e.triggers()));
        if (!e.unusualTerms().isEmpty()) {
            line(
                    out,
                    "unusual",
                    e.unusualTerms().stream()
                            .limit(TERMS)
                            .map(term ->
                                    term.term() + " (" + term.count() + " vs " + Display.number(term.expected()) + ")")
                            .collect(Collectors.joining(", ")));
        }
        if (!e.categories().isEmpty()) {
            line(out, "categories", Display.counts(e.categories(), COUNTS));
        }
        if (!e.platforms().isEmpty()) {
            line(out, "platforms", Display.counts(e.platforms(), COUNTS));
        }
        if (e.loudestComplaint() != null) {
            line(out, "loudest", complaint(e.loudestComplaint()));
        }
        line(out, "responses", responses(e.responses()));
        if (e.responses() != null && e.responses().loudestUnanswered() != null) {
            line(out, "unanswered", complaint(e.responses().loudestUnanswered()));
        }
        out.append('\n');
    }

    private static String complaint(Timeline.Complaint c) {
        return (c.author().isEmpty() ? c.platform() : c.author()) + ", reach " + Display.count(c.reach()) + ": \""
                + Display.oneLine(c.text(), 100) + "\"";
    }

    static String responses(Timeline.Responses r) {
        if (r == null) {
            return "no response figures (written without the response clock)";
        }
        if (r.complaints() == 0) {
            return "no complaint came due during the episode";
        }
        return String.format(
                Locale.ROOT,
                "%s complaints came due, %s answered in time, %s breaches (%s answered late), median first"
                        + " response %s",
                Display.count(r.complaints()),
                Display.percent(r.answeredShare()),
                Display.count(r.breaches()),
                Display.count(r.answeredLate()),
                Display.minutes(r.medianFirstResponseMinutes()));
    }

    private static void line(StringBuilder out, String label, String value) {
        out.append(String.format(Locale.ROOT, "     %-11s", label))
                .append(value)
                .append('\n');
    }

    /** One line: episodes by severity, time in episodes, time to detect, the highest peak. */
    static String summary(Timeline t, ZoneId zone) {
        int n = t.episodes().size();
        StringBuilder s = new StringBuilder("Summary: ")
                .append(n)
                .append(n == 1 ? " episode" : " episodes")
                .append(" (")
                .append(t.episodesOf("crisis"))
                .append(" crisis, ")
                .append(t.episodesOf("warning"))
                .append(" warning)");
        if (n > 0) {
            s.append(", ")
                    .append(Display.duration(t.minutesInEpisodes()))
                    .append(" in episodes, median ")
                    .append(Display.number(t.medianMinutesToDetect()))
                    .append(" min to detect");
            Timeline.Episode worst = t.episodes().stream()
                    .max((a, b) -> Double.compare(a.peakScore(), b.peakScore()))
                    .orElseThrow();
            s.append(", highest peak ")
                    .append(Display.score(worst.peakScore()))
                    .append(" at ")
                    .append(Display.time(worst.peakAt(), zone));
        }
        return s.append('.').toString();
    }
}
