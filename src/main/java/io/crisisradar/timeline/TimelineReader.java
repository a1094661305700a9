package io.crisisradar.timeline;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.DateHistogramBucket;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.JsonNode;
import io.crisisradar.sink.elasticsearch.IndexNames;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a brand's {@link Timeline} from Elasticsearch: the score series as a date histogram over the
 * scored brand windows of the metrics indices (a bucket per few minutes to a few hours, so a year of
 * one-minute windows costs one small response, not a million documents), the overlapping episodes
 * page by page with {@code search_after} (no 10,000-hit limit), and — when a {@code
 * <prefix>-responses-*} index exists — response figures per episode, also aggregated.
 *
 * <p>It only reads, so it works on live indices and on history written by a backfill alike.
 */
public final class TimelineReader {

    /** Most points a series gets; the bucket is the smallest round width that stays below. */
    static final int MAX_BUCKETS = 1000;

    /** Episodes per page of {@code search_after}. */
    static final int EPISODE_PAGE = 500;

    private static final String WINDOW = "crisis_radar.window.";
    private static final String CRISIS = "crisis_radar.crisis.";
    private static final String EPISODE = "crisis_radar.episode.";

    /** Round bucket widths in minutes; windows slide by at least a minute, so nothing finer. */
    private static final long[] ROUND_MINUTES = {1, 2, 5, 10, 15, 30, 60, 120, 180, 360, 720, 1440, 2880, 10_080};

    private final ElasticsearchClient client;
    private final IndexNames names;

    private final int episodePage;

    public TimelineReader(ElasticsearchClient client, IndexNames names) {
        this(client, names, EPISODE_PAGE);
    }

    /** With a page size of its own: tests page through a few episodes as through many. */
    TimelineReader(ElasticsearchClient client, IndexNames names, int episodePage) {
        this.client = client;
        this.names = names;
        this.episodePage = episodePage;
    }

    /** First and last time with data for a brand: window ends and episode times. */
    public record Extent(Instant first, Instant last) {}

    /**
     * The brand's timeline between {@code from} (inclusive) and {@code to} (exclusive), windows of
     * {@code spec} (e.g. {@code 15m-1m}). An empty timeline ({@link Timeline#isEmpty()}) when there is
     * nothing in the range.
     */
    public Timeline read(String brand, String spec, Instant from, Instant to) throws IOException {
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("the range is empty: --from " + from + " is not before --to " + to);
        }
        Duration bucket = bucketFor(Duration.between(from, to));
        List<Timeline.Point> series = series(brand, spec, from, to, bucket);
        long windows = series.stream().mapToLong(Timeline.Point::windows).sum();
        List<Timeline.Episode> episodes = episodes(brand, from, to);
        List<String> notes = new ArrayList<>();
        // Response figures are the job's own, counted into each episode as it ran (docs/care.md):
        // one definition, the same live, in Kibana and here. Episodes written without the response
        // clock have none.
        boolean responsesIndexed = episodes.stream().anyMatch(e -> e.responses() != null);
        if (windows == 0 && !episodes.isEmpty()) {
            notes.add("no scored windows of spec " + spec + " in the range: is " + spec
                    + " the scored window (detect.score-window)?");
        } else if (windows > 0 && series.stream().allMatch(p -> Double.isNaN(p.score()))) {
            notes.add("the windows of spec " + spec + " carry no crisis score: only the scored window"
                    + " (detect.score-window) does");
        }
        return new Timeline(brand, spec, from, to, bucket, windows, series, episodes, responsesIndexed, notes);
    }

    /** The first and last time the brand has windows of {@code spec} or episodes; empty if never. */
    public Optional<Extent> extent(String brand, String spec) throws IOException {
        SearchResponse<Void> windows = aggregate(
                names.pattern(IndexNames.Kind.METRICS),
                windowsOf(brand, spec),
                Map.of("first", min(WINDOW + "end"), "last", max(WINDOW + "end")));
        SearchResponse<Void> episodes = aggregate(
                names.pattern(IndexNames.Kind.EPISODES),
                term(EPISODE + "brand", brand),
                Map.of("first", min(EPISODE + "start"), "last", max(EPISODE + "last_update")));
        Double first = smaller(
                metric(windows.aggregations().get("first")),
                metric(episodes.aggregations().get("first")));
        Double last = larger(
                metric(windows.aggregations().get("last")),
                metric(episodes.aggregations().get("last")));
        if (first == null || last == null) {
            return Optional.empty();
        }
        return Optional.of(new Extent(Instant.ofEpochMilli(first.longValue()), Instant.ofEpochMilli(last.longValue())));
    }

    /** Brands that have scored windows of {@code spec}, most windows first (for "did you mean"). */
    public List<String> brands(String spec) throws IOException {
        SearchResponse<Void> response = aggregate(
                names.pattern(IndexNames.Kind.METRICS),
                all(term(WINDOW + "dimension", "brand"), term(WINDOW + "spec", spec)),
                Map.of(
                        "brands",
                        Aggregation.of(
                                a -> a.terms(t -> t.field(WINDOW + "brand").size(50)))));
        Aggregate brands = response.aggregations().get("brands");
        if (brands == null || !brands.isSterms()) {
            return List.of();
        }
        return brands.sterms().buckets().array().stream()
                .map(StringTermsBucket::key)
                .map(FieldValue::stringValue)
                .toList();
    }

    /**
     * Why the brand has nothing between {@code from} and {@code to}, and what the analyst can do:
     * where its data is, or which brands have data when it has none (a misspelt id, another index
     * prefix).
     */
    public String whyEmpty(String brand, String spec, Instant from, Instant to, ZoneId zone) throws IOException {
        Optional<Extent> extent = extent(brand, spec);
        if (extent.isPresent()) {
            return "no data for brand '" + brand + "' between " + Display.time(from, zone) + " and "
                    + Display.time(to, zone) + " (" + Display.zone(zone) + "); its windows and episodes run from "
                    + Display.time(extent.get().first(), zone) + " to "
                    + Display.time(extent.get().last(), zone)
                    + ": pass --from/--to in that range, or --all";
        }
        List<String> brands = brands(spec);
        String where = names.pattern(IndexNames.Kind.METRICS) + " and " + names.pattern(IndexNames.Kind.EPISODES);
        if (brands.isEmpty()) {
            return "no data for brand '" + brand + "': no scored windows of " + spec + " in " + where
                    + " at all (is elasticsearch.index-prefix right? has the job or a backfill run?)";
        }
        return "no data for brand '" + brand + "' in " + where + " (windows of " + spec + "); brands with data: "
                + String.join(", ", brands);
    }

    /**
     * The smallest round bucket width that keeps {@code range} at most {@value #MAX_BUCKETS} points:
     * 2 minutes for a day, 15 minutes for a week, 12 hours for a year.
     */
    static Duration bucketFor(Duration range) {
        long minutes = Math.max(1, range.toMinutes());
        for (long round : ROUND_MINUTES) {
            if (minutes <= round * MAX_BUCKETS) {
                return Duration.ofMinutes(round);
            }
        }
        long days = (minutes + 1440L * MAX_BUCKETS - 1) / (1440L * MAX_BUCKETS);
        return Duration.ofDays(days);
    }

    /** The scored brand windows: dimension {@code brand} (not brand × category or platform). */
    private static Query windowsOf(String brand, String spec) {
        return all(term(WINDOW + "brand", brand), term(WINDOW + "dimension", "brand"), term(WINDOW + "spec", spec));
    }

    private List<Timeline.Point> series(String brand, String spec, Instant from, Instant to, Duration bucket)
            throws IOException {
        Query inRange = all(windowsOf(brand, spec), range(WINDOW + "end", from, to));
        Map<String, Aggregation> perBucket = Map.of(
                "score", max(CRISIS + "score"),
                "volume", max("crisis_radar.metrics.volume"),
                "expected", Aggregation.of(a -> a.avg(m -> m.field(CRISIS + "expected_volume"))));
        // min_doc_count 0 without bounds: empty buckets between the first and the last window come
        // back too, so quiet stretches are gaps rather than skipped.
        Aggregation histogram = Aggregation.of(a -> a.dateHistogram(h -> h.field(WINDOW + "end")
                        .fixedInterval(t -> t.time(bucket.toMinutes() + "m"))
                        .minDocCount(0))
                .aggregations(perBucket));
        SearchResponse<Void> response =
                aggregate(names.pattern(IndexNames.Kind.METRICS), inRange, Map.of("series", histogram));
        Aggregate series = response.aggregations().get("series");
        List<Timeline.Point> points = new ArrayList<>();
        if (series == null) {
            return points;
        }
        for (DateHistogramBucket b : series.dateHistogram().buckets().array()) {
            points.add(new Timeline.Point(
                    Instant.ofEpochMilli(b.key()),
                    b.docCount(),
                    nan(metric(b.aggregations().get("score"))),
                    nan(metric(b.aggregations().get("volume"))),
                    expected(metric(b.aggregations().get("expected")))));
        }
        return points;
    }

    private List<Timeline.Episode> episodes(String brand, Instant from, Instant to) throws IOException {
        // Overlapping the range: started before its end, and ended (or, while open, was still being
        // updated) after its start. Open episodes are bounded by their last update so that an
        // episode left open when a job stopped does not haunt every later range.
        Query resolvedInRange = atLeast(EPISODE + "end", from);
        Query openInRange = Query.of(
                q -> q.bool(b -> b.mustNot(exists(EPISODE + "end")).filter(atLeast(EPISODE + "last_update", from))));
        Query overlapping = all(
                term(EPISODE + "brand", brand),
                before(EPISODE + "start", to),
                Query.of(q -> q.bool(b -> b.should(resolvedInRange, openInRange).minimumShouldMatch("1"))));
        List<Timeline.Episode> episodes = new ArrayList<>();
        List<FieldValue> after = null;
        while (true) {
            SearchRequest.Builder request = new SearchRequest.Builder()
                    .index(names.pattern(IndexNames.Kind.EPISODES))
                    .allowNoIndices(true)
                    .ignoreUnavailable(true)
                    .size(episodePage)
                    .query(overlapping)
                    // the score timeline is long and the series shows it
                    .source(src -> src.filter(f -> f.excludes(EPISODE + "timeline", EPISODE + "opening_explanation")))
                    .sort(ascending(EPISODE + "start"), ascending(EPISODE + "id"));
            if (after != null) {
                request.searchAfter(after);
            }
            SearchResponse<JsonNode> page = client.search(request.build(), JsonNode.class);
            List<Hit<JsonNode>> hits = page.hits().hits();
            for (Hit<JsonNode> hit : hits) {
                episodes.add(episode(hit.source().path("crisis_radar").path("episode")));
            }
            if (hits.size() < episodePage) {
                return episodes;
            }
            after = hits.get(hits.size() - 1).sort();
        }
    }

    /** An episode from the {@code crisis_radar.episode} object of its document. */
    static Timeline.Episode episode(JsonNode e) {
        JsonNode evidence = e.path("evidence");
        List<Timeline.Term> terms = new ArrayList<>();
        for (JsonNode term : evidence.path("unusual_terms")) {
            terms.add(new Timeline.Term(
                    term.path("term").asText(),
                    term.path("count").asLong(),
                    term.path("expected").asDouble()));
        }
        Timeline.Complaint loudest = loudest(evidence.path("top_negative_mentions"));
        return new Timeline.Episode(
                e.path("id").asText(),
                e.path("severity").asText(),
                instant(e.path("start")),
                instant(e.path("detected_at")),
                instant(e.path("peak_at")),
                e.path("peak_score").asDouble(),
                instant(e.path("end")),
                instant(e.path("last_update")),
                e.path("minutes_to_detect").asLong(),
                strings(e.path("triggers")),
                terms,
                counts(evidence.path("categories"), evidence.path("category_counts")),
                counts(evidence.path("platforms"), evidence.path("platform_counts")),
                loudest,
                e.path("peak_explanation").asText(""),
                responses(e.path("responses")));
    }

    /** The highest-reach mention of an evidence list, or null when it is empty. */
    private static Timeline.Complaint loudest(JsonNode mentions) {
        Timeline.Complaint loudest = null;
        for (JsonNode m : mentions) {
            if (loudest == null || m.path("reach").asLong() > loudest.reach()) {
                loudest = new Timeline.Complaint(
                        m.path("author").asText(),
                        m.path("platform").asText(),
                        m.path("reach").asLong(),
                        instant(m.path("created_at")),
                        m.path("message").asText());
            }
        }
        return loudest;
    }

    /** The episode's response statistics as the job counted them; null when it has none. */
    static Timeline.Responses responses(JsonNode r) {
        if (r.isMissingNode() || r.isNull()) {
            return null;
        }
        JsonNode median = r.path("median_first_response_minutes");
        return new Timeline.Responses(
                r.path("complaints").asLong(),
                r.path("answered").asLong(),
                r.path("answered_late").asLong(),
                r.path("breached").asLong(),
                median.isNumber() ? median.asDouble() : Double.NaN,
                loudest(r.path("unanswered_high_reach")));
    }

    /** A search that returns only aggregations, tolerating a pattern that matches no index yet. */
    private SearchResponse<Void> aggregate(String index, Query query, Map<String, Aggregation> aggregations)
            throws IOException {
        return client.search(
                s -> s.index(index)
                        .allowNoIndices(true)
                        .ignoreUnavailable(true)
                        .size(0)
                        .query(query)
                        .aggregations(aggregations),
                Void.class);
    }

    private static Query term(String field, String value) {
        return Query.of(q -> q.term(t -> t.field(field).value(value)));
    }

    /** {@code from <= field < to}. */
    private static Query range(String field, Instant from, Instant to) {
        return Query.of(q ->
                q.range(r -> r.date(d -> d.field(field).gte(from.toString()).lt(to.toString()))));
    }

    private static Query atLeast(String field, Instant from) {
        return Query.of(q -> q.range(r -> r.date(d -> d.field(field).gte(from.toString()))));
    }

    private static Query before(String field, Instant to) {
        return Query.of(q -> q.range(r -> r.date(d -> d.field(field).lt(to.toString()))));
    }

    private static Query exists(String field) {
        return Query.of(q -> q.exists(e -> e.field(field)));
    }

    /** Every one of {@code filters} (a filter context: no scoring). */
    private static Query all(Query... filters) {
        return Query.of(q -> q.bool(b -> b.filter(List.of(filters))));
    }

    private static Aggregation min(String field) {
        return Aggregation.of(a -> a.min(m -> m.field(field)));
    }

    private static Aggregation max(String field) {
        return Aggregation.of(a -> a.max(m -> m.field(field)));
    }

    private static SortOptions ascending(String field) {
        return SortOptions.of(o -> o.field(f -> f.field(field).order(SortOrder.Asc)));
    }

    /** The value of a single-value metric aggregation; null when it had no documents. */
    private static Double metric(Aggregate aggregate) {
        if (aggregate == null) {
            return null;
        }
        if (aggregate.isMax()) {
            return aggregate.max().value();
        }
        if (aggregate.isMin()) {
            return aggregate.min().value();
        }
        return aggregate.avg().value();
    }

    /**
     * The bucket's expected volume; NaN for 0, which the score writes while the seasonal baseline
     * warms up: no expectation yet, not an expectation of silence.
     */
    private static double expected(Double value) {
        return value == null || value == 0 ? Double.NaN : value;
    }

    private static double nan(Double value) {
        return value == null ? Double.NaN : value;
    }

    /** The smaller of two values that may be missing (null). */
    private static Double smaller(Double a, Double b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return Math.min(a, b);
    }

    /** The larger of two values that may be missing (null). */
    private static Double larger(Double a, Double b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return Math.max(a, b);
    }

    private static Instant instant(JsonNode node) {
        return node.isMissingNode() || node.isNull() || node.asText().isEmpty() ? null : Instant.parse(node.asText());
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static List<Timeline.Count> counts(JsonNode names, JsonNode counts) {
        List<Timeline.Count> values = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            values.add(new Timeline.Count(names.get(i).asText(), counts.path(i).asLong()));
        }
        return values;
    }
}
