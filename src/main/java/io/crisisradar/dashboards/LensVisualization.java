package io.crisisradar.dashboards;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * What a Lens saved object asks Elasticsearch for, read from its state: per layer the data view,
 * the columns in execution order (buckets, then metrics) and the filters. Only the form-based
 * (aggregation) datasource is read; the offline checks reject anything else, so that every panel
 * can be checked field by field and replayed as an Elasticsearch query.
 *
 * @param object the saved object
 * @param visualizationType {@code lnsXY}, {@code lnsDatatable}, {@code lnsMetric}, {@code lnsPie}, …
 * @param layers the datasource layers
 * @param filters the panel's own filters (applied to every layer)
 * @param query the panel's KQL query text ("" when none)
 */
public record LensVisualization(
        SavedObject object, String visualizationType, List<Layer> layers, List<Filter> filters, String query) {

    /** The reference name Lens uses for the data view of a layer. */
    public static String layerReferenceName(String layerId) {
        return "indexpattern-datasource-layer-" + layerId;
    }

    /**
     * One datasource layer.
     *
     * @param dataViewId the data view it queries (resolved through the object's references), or
     *     null when the reference is missing
     * @param columns in {@code columnOrder}: Lens nests bucket aggregations in this order
     */
    public record Layer(String id, String dataViewId, List<Column> columns) {

        public List<Column> buckets() {
            return columns.stream().filter(Column::bucketed).toList();
        }

        public List<Column> metrics() {
            return columns.stream().filter(c -> !c.bucketed()).toList();
        }

        public Column column(String columnId) {
            return columns.stream()
                    .filter(c -> c.id().equals(columnId))
                    .findFirst()
                    .orElse(null);
        }
    }

    /**
     * One column: an aggregation on a field.
     *
     * @param dataType what Lens expects the values to be: {@code string}, {@code number}, {@code date},
     *     {@code boolean}
     * @param sourceField the field, or {@code ___records___} for a document count
     * @param params the operation's parameters (size, orderBy, interval, percentile, sortField, …)
     */
    public record Column(
            String id,
            String label,
            String operationType,
            String dataType,
            String sourceField,
            boolean bucketed,
            JsonNode params) {}

    /**
     * A panel filter. Only phrase filters are used here: their {@code query} is the Elasticsearch
     * query itself, so the end-to-end test can run exactly what Kibana runs.
     *
     * @param type {@code meta.type} ({@code phrase})
     * @param field {@code meta.key}
     * @param value {@code meta.params.query}
     * @param query the Elasticsearch query Kibana sends for it
     * @param dataViewId the data view named by {@code meta.indexRefName}, or null
     */
    public record Filter(
            String type,
            String field,
            String value,
            boolean negate,
            boolean disabled,
            JsonNode query,
            String dataViewId) {}

    /** Reads a Lens saved object; throws {@link IllegalArgumentException} naming what is malformed. */
    public static LensVisualization parse(SavedObject object) {
        JsonNode state = object.attributes().path("state");
        if (!state.isObject()) {
            throw new IllegalArgumentException("no state object");
        }
        JsonNode datasources = state.path("datasourceStates");
        for (Iterator<String> names = datasources.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!name.equals("formBased")
                    && !datasources.path(name).path("layers").isEmpty()) {
                throw new IllegalArgumentException("datasource '" + name
                        + "' is not supported here: only formBased (aggregation) layers can be checked");
            }
        }
        JsonNode layersNode = datasources.path("formBased").path("layers");
        if (!layersNode.isObject() || layersNode.isEmpty()) {
            throw new IllegalArgumentException("no formBased layers");
        }
        List<Layer> layers = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = layersNode.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            layers.add(parseLayer(object, entry.getKey(), entry.getValue()));
        }
        List<Filter> filters = new ArrayList<>();
        for (JsonNode f : state.path("filters")) {
            JsonNode meta = f.path("meta");
            String refName = meta.path("indexRefName").asText(null);
            String dataView = refName == null
                    ? null
                    : object.reference(refName).map(SavedObject.Reference::id).orElse(null);
            filters.add(new Filter(
                    meta.path("type").asText(""),
                    meta.path("key").asText(""),
                    meta.path("params").path("query").asText(""),
                    meta.path("negate").asBoolean(false),
                    meta.path("disabled").asBoolean(false),
                    f.path("query"),
                    dataView));
        }
        return new LensVisualization(
                object,
                object.attributes().path("visualizationType").asText(""),
                layers,
                filters,
                state.path("query").path("query").asText(""));
    }

    private static Layer parseLayer(SavedObject object, String layerId, JsonNode layer) {
        JsonNode columns = layer.path("columns");
        List<Column> ordered = new ArrayList<>();
        for (JsonNode id : layer.path("columnOrder")) {
            JsonNode c = columns.path(id.asText());
            if (!c.isObject()) {
                throw new IllegalArgumentException(
                        "layer " + layerId + ": columnOrder names column " + id + " that is not defined");
            }
            ordered.add(new Column(
                    id.asText(),
                    c.path("label").asText(""),
                    c.path("operationType").asText(""),
                    c.path("dataType").asText(""),
                    c.path("sourceField").asText(null),
                    c.path("isBucketed").asBoolean(false),
                    c.path("params")));
        }
        if (ordered.size() != columns.size()) {
            throw new IllegalArgumentException("layer " + layerId + ": columnOrder lists " + ordered.size()
                    + " columns but " + columns.size() + " are defined");
        }
        String dataView = object.reference(layerReferenceName(layerId))
                .map(SavedObject.Reference::id)
                .orElse(null);
        return new Layer(layerId, dataView, ordered);
    }

    /** Every column id the visualization part of the state uses (accessors, table columns, groups). */
    public List<String> accessors() {
        JsonNode vis = object.attributes().path("state").path("visualization");
        List<String> ids = new ArrayList<>();
        collectAccessors(vis, ids);
        for (JsonNode layer : vis.path("layers")) {
            collectAccessors(layer, ids);
        }
        return ids;
    }

    private static void collectAccessors(JsonNode node, List<String> into) {
        for (String key : List.of(
                "xAccessor", "splitAccessor", "metricAccessor", "secondaryMetricAccessor", "breakdownByAccessor")) {
            if (node.path(key).isTextual()) {
                into.add(node.path(key).asText());
            }
        }
        for (String key : List.of("accessors", "primaryGroups", "metrics")) {
            node.path(key).forEach(a -> into.add(a.asText()));
        }
        node.path("columns").forEach(c -> {
            if (c.path("columnId").isTextual()) {
                into.add(c.path("columnId").asText());
            }
        });
    }
}
