package io.crisisradar.timeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.time.Instant;

/**
 * The timeline as one JSON document: range, summary, notes, one object per episode and the score
 * series. Times are ISO instants; a value that does not exist (a gap in the series, the end of an
 * open episode, response figures without response records) is {@code null}, never a made-up zero.
 */
final class TimelineJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private TimelineJson() {}

    static String render(Timeline t) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("brand", t.brand());
        root.put("spec", t.spec());
        root.put("from", t.from().toString());
        root.put("to", t.to().toString());
        root.put("bucket_minutes", t.bucket().toMinutes());
        root.put("windows", t.windows());
        ObjectNode summary = root.putObject("summary");
        summary.put("episodes", t.episodes().size());
        summary.put("crisis", t.episodesOf("crisis"));
        summary.put("warning", t.episodesOf("warning"));
        summary.put("minutes_in_episodes", t.minutesInEpisodes());
        number(summary, "median_minutes_to_detect", t.medianMinutesToDetect());
        t.peak()
                .ifPresentOrElse(
                        p -> {
                            summary.put("peak_score", round(p.score(), 10));
                            summary.put("peak_at", p.at().toString());
                        },
                        () -> summary.putNull("peak_score").putNull("peak_at"));
        root.put("responses_indexed", t.responsesIndexed());
        ArrayNode notes = root.putArray("notes");
        t.notes().forEach(notes::add);
        ArrayNode episodes = root.putArray("episodes");
        for (Timeline.Episode e : t.episodes()) {
            episode(episodes.addObject(), e);
        }
        ArrayNode series = root.putArray("series");
        for (Timeline.Point p : t.series()) {
            ObjectNode point = series.addObject();
            point.put("at", p.at().toString());
            point.put("windows", p.windows());
            number(point, "score", round(p.score(), 10));
            number(point, "volume", p.volume());
            number(point, "expected_volume", round(p.expectedVolume(), 100));
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void episode(ObjectNode o, Timeline.Episode e) {
        o.put("id", e.id());
        o.put("status", e.open() ? "open" : "resolved");
        o.put("severity", e.severity());
        o.put("start", e.start().toString());
        o.put("detected_at", e.detectedAt().toString());
        o.put("minutes_to_detect", e.minutesToDetect());
        o.put("peak_at", e.peakAt().toString());
        o.put("peak_score", round(e.peakScore(), 10));
        time(o, "end", e.end());
        o.put("last_update", e.lastUpdate().toString());
        o.put("duration_minutes", e.durationMinutes());
        ArrayNode triggers = o.putArray("triggers");
        e.triggers().forEach(triggers::add);
        ArrayNode terms = o.putArray("unusual_terms");
        for (Timeline.Term term : e.unusualTerms()) {
            terms.addObject()
                    .put("term", term.term())
                    .put("count", term.count())
                    .put("expected", term.expected());
        }
        ArrayNode categories = o.putArray("categories");
        e.categories().forEach(c -> categories.addObject().put("name", c.name()).put("count", c.count()));
        ArrayNode platforms = o.putArray("platforms");
        e.platforms().forEach(c -> platforms.addObject().put("name", c.name()).put("count", c.count()));
        complaint(o, "loudest_complaint", e.loudestComplaint());
        o.put("peak_explanation", e.peakExplanation());
        Timeline.Responses r = e.responses();
        if (r == null) {
            o.putNull("responses");
        } else {
            ObjectNode responses = o.putObject("responses");
            responses.put("complaints", r.complaints());
            responses.put("answered", r.answered());
            number(responses, "answered_share", round(r.answeredShare(), 1000));
            responses.put("answered_late", r.answeredLate());
            number(responses, "median_first_response_minutes", r.medianFirstResponseMinutes());
            responses.put("breaches", r.breaches());
            complaint(responses, "loudest_unanswered", r.loudestUnanswered());
        }
    }

    private static void complaint(ObjectNode o, String field, Timeline.Complaint c) {
        if (c == null) {
            o.putNull(field);
        } else {
            ObjectNode complaint = o.putObject(field);
            complaint.put("author", c.author());
            complaint.put("platform", c.platform());
            complaint.put("reach", c.reach());
            time(complaint, "created_at", c.createdAt());
            complaint.put("text", c.text());
        }
    }

    private static void number(ObjectNode o, String field, double value) {
        if (Double.isNaN(value)) {
            o.putNull(field);
        } else {
            o.put(field, value);
        }
    }

    private static void time(ObjectNode o, String field, Instant at) {
        if (at == null) {
            o.putNull(field);
        } else {
            o.put(field, at.toString());
        }
    }

    private static double round(double value, double scale) {
        return Double.isNaN(value) ? value : Math.round(value * scale) / scale;
    }
}
