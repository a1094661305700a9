package io.crisisradar.dashboards;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crisisradar.dashboards.LensVisualization.Column;
import io.crisisradar.dashboards.LensVisualization.Filter;
import io.crisisradar.dashboards.LensVisualization.Layer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a Lens panel's definition into the Elasticsearch search that asks the same question: its
 * phrase filters as the query, its bucket columns as nested aggregations in Lens's order, its
 * metric columns as the innermost aggregations. Then reads the answer back: which columns came out
 * empty. This is how the end-to-end test checks every panel against real data without a Kibana.
 *
 * <p>Close to what Lens sends, not identical: the date histogram uses a fixed interval instead of
 * Kibana's "auto", there is no time range (the whole generated stream is in range), and empty
 * buckets are left out (Lens fills them in for drawing).
 */
final class PanelQueries {

    /** Name of the sub-aggregation a terms aggregation is ordered by (Elasticsearch orders by a direct child). */
    private static final String ORDER = "_order";

    private PanelQueries() {}

    /** The search body for one layer of a panel. */
    static ObjectNode searchBody(LensVisualization lens, Layer layer, String interval) {
        ObjectNode body = SavedObject.MAPPER.createObjectNode();
        body.put("size", 0);
        body.put("track_total_hits", true);
        ObjectNode bool = body.putObject("query").putObject("bool");
        ArrayNode filter = bool.putArray("filter");
        ArrayNode mustNot = bool.putArray("must_not");
        for (Filter f : lens.filters()) {
            if (!f.disabled()) {
                (f.negate() ? mustNot : filter).add(f.query().deepCopy());
            }
        }
        ObjectNode aggs = body.putObject("aggs");
        for (Column bucket : layer.buckets()) {
            ObjectNode agg = aggs.putObject(bucket.id());
            ObjectNode inner = SavedObject.MAPPER.createObjectNode();
            switch (bucket.operationType()) {
                case "terms" -> {
                    ObjectNode terms = agg.putObject("terms");
                    terms.put("field", bucket.sourceField());
                    terms.put("size", bucket.params().path("size").asInt(10));
                    String direction = bucket.params().path("orderDirection").asText("desc");
                    Column orderBy = layer.column(
                            bucket.params().path("orderBy").path("columnId").asText(""));
                    if (orderBy == null || orderBy.operationType().equals("count")) {
                        terms.putObject("order").put("_count", direction);
                    } else {
                        terms.putObject("order").put(orderPath(orderBy), direction);
                        inner.set(ORDER, metricAggregation(orderBy));
                    }
                }
                case "date_histogram" ->
                    agg.putObject("date_histogram")
                            .put("field", bucket.sourceField())
                            .put("fixed_interval", interval)
                            .put("min_doc_count", 1);
                default ->
                    throw new IllegalArgumentException(
                            "bucket operation " + bucket.operationType() + " is not translated");
            }
            agg.set("aggs", inner);
            aggs = inner;
        }
        for (Column metric : layer.metrics()) {
            if (!metric.operationType().equals("count")) {
                aggs.set(metric.id(), metricAggregation(metric));
            }
        }
        return body;
    }

    private static String orderPath(Column metric) {
        return switch (metric.operationType()) {
            case "median" -> ORDER + ".50";
            case "percentile" ->
                ORDER + "." + metric.params().path("percentile").asInt();
            default -> ORDER;
        };
    }

    private static ObjectNode metricAggregation(Column metric) {
        ObjectNode agg = SavedObject.MAPPER.createObjectNode();
        String field = metric.sourceField();
        switch (metric.operationType()) {
            case "sum", "min", "max" -> agg.putObject(metric.operationType()).put("field", field);
            case "average" -> agg.putObject("avg").put("field", field);
            case "unique_count" -> agg.putObject("cardinality").put("field", field);
            case "median" ->
                agg.putObject("percentiles")
                        .put("field", field)
                        .putArray("percents")
                        .add(50);
            case "percentile" ->
                agg.putObject("percentiles")
                        .put("field", field)
                        .putArray("percents")
                        .add(metric.params().path("percentile").asInt());
            case "last_value" -> {
                ObjectNode topHits = agg.putObject("top_hits");
                topHits.put("size", 1);
                topHits.putArray("sort")
                        .addObject()
                        .putObject(metric.params().path("sortField").asText("@timestamp"))
                        .put("order", "desc");
                topHits.put("_source", false);
                topHits.putArray("fields").add(field);
            }
            default ->
                throw new IllegalArgumentException("metric operation " + metric.operationType() + " is not translated");
        }
        return agg;
    }

    /**
     * What one layer's answer shows.
     *
     * @param rows rows with documents
     * @param emptyColumns metric columns without a value in any row
     * @param lastValues per last-value column, what each row shows: its first value, "" when none
     */
    record Outcome(int rows, List<String> emptyColumns, Map<String, List<String>> lastValues) {}

    /**
     * Counts the rows (innermost buckets with documents) and lists the metric columns that have no
     * value in any row: a panel passes when it has rows and no empty column.
     */
    static Outcome read(Layer layer, JsonNode response) {
        List<JsonNode> rows = new ArrayList<>();
        JsonNode root = response.path("aggregations");
        if (layer.buckets().isEmpty()) {
            // One row: the whole result, with the hit count as its document count.
            long hits = response.path("hits").path("total").path("value").asLong();
            if (hits > 0) {
                ObjectNode row = root.isObject() ? root.deepCopy() : SavedObject.MAPPER.createObjectNode();
                rows.add(row.put("doc_count", hits));
            }
        } else {
            collectRows(root, layer.buckets(), 0, rows);
        }
        List<String> empty = new ArrayList<>();
        for (Column metric : layer.metrics()) {
            boolean anyValue = rows.stream().anyMatch(row -> hasValue(metric, row));
            if (!anyValue) {
                empty.add(metric.id() + " (" + metric.operationType() + " of " + metric.sourceField() + ")");
            }
        }
        Map<String, List<String>> lastValues = new LinkedHashMap<>();
        for (Column metric : layer.metrics()) {
            if (metric.operationType().equals("last_value")) {
                lastValues.put(
                        metric.id(),
                        rows.stream().map(row -> lastValue(metric, row)).toList());
            }
        }
        return new Outcome(rows.size(), empty, lastValues);
    }

    private static void collectRows(JsonNode level, List<Column> buckets, int depth, List<JsonNode> rows) {
        for (JsonNode bucket : level.path(buckets.get(depth).id()).path("buckets")) {
            if (bucket.path("doc_count").asLong() == 0) {
                continue;
            }
            if (depth == buckets.size() - 1) {
                rows.add(bucket);
            } else {
                collectRows(bucket, buckets, depth + 1, rows);
            }
        }
    }

    private static String lastValue(Column metric, JsonNode row) {
        JsonNode hits = row.path(metric.id()).path("hits").path("hits");
        if (hits.isEmpty()) {
            return "";
        }
        JsonNode values = hits.get(0).path("fields").path(metric.sourceField());
        return values.isEmpty() ? "" : values.get(0).asText();
    }

    private static boolean hasValue(Column metric, JsonNode row) {
        JsonNode agg = row.path(metric.id());
        return switch (metric.operationType()) {
            case "count" -> row.path("doc_count").asLong() > 0;
            case "median" ->
                !agg.path("values").path("50.0").isNull()
                        && !agg.path("values").path("50.0").isMissingNode();
            case "percentile" -> {
                JsonNode values = agg.path("values");
                yield values.size() > 0 && !values.elements().next().isNull();
            }
            case "last_value" -> {
                JsonNode hits = agg.path("hits").path("hits");
                yield hits.size() > 0
                        && hits.get(0).path("fields").path(metric.sourceField()).size() > 0;
            }
            default -> agg.has("value") && !agg.path("value").isNull();
        };
    }
}
