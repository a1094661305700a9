package io.crisisradar.dashboards;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Small builders for the Kibana saved objects the dashboards consist of (data views, Lens
 * visualizations by reference, dashboards), in the format of Kibana 8.9+ exports, which Kibana 9.x
 * imports and migrates. They keep {@link DashboardDefinitions} readable: a panel is a few lines of
 * what it shows rather than a page of Lens state.
 */
final class SavedObjectBuilders {

    /**
     * Migration versions stamped on every object. They tell Kibana which of its migrations the object
     * has already been through: without them it would run every Lens migration since 7.7 on state
     * that is already in the 8.9 shape. 8.9.0 is the last legacy Lens migration; Kibana 9 applies
     * its newer model versions on import. Index patterns are at their 8.0.0 shape.
     */
    static final String CORE_MIGRATION_VERSION = "8.8.0";

    static final String LENS_MIGRATION_VERSION = "8.9.0";
    static final String DASHBOARD_MIGRATION_VERSION = "8.9.0";
    static final String INDEX_PATTERN_MIGRATION_VERSION = "8.0.0";

    /** The one layer of every visualization here: single-layer panels are simplest to check and replay. */
    static final String LAYER = "main";

    private SavedObjectBuilders() {}

    static ObjectNode object(String type, String id, String migrationVersion) {
        ObjectNode object = SavedObject.MAPPER.createObjectNode();
        object.put("type", type);
        object.put("id", id);
        object.putObject("attributes");
        object.putArray("references");
        object.put("coreMigrationVersion", CORE_MIGRATION_VERSION);
        object.put("typeMigrationVersion", migrationVersion);
        object.put("managed", false);
        return object;
    }

    static void reference(ObjectNode object, String name, String type, String id) {
        ((ArrayNode) object.get("references"))
                .addObject()
                .put("name", name)
                .put("type", type)
                .put("id", id);
    }

    /** A Lens column; built by the static factories below. */
    record Column(String id, ObjectNode json) {
        boolean bucketed() {
            return json.path("isBucketed").asBoolean();
        }
    }

    private static ObjectNode column(String label, String dataType, String operation, String field, boolean bucket) {
        ObjectNode c = SavedObject.MAPPER.createObjectNode();
        c.put("label", label);
        c.put("customLabel", true);
        c.put("dataType", dataType);
        c.put("operationType", operation);
        c.put("sourceField", field);
        c.put("isBucketed", bucket);
        c.put("scale", bucket ? (operation.equals("date_histogram") ? "interval" : "ordinal") : "ratio");
        return c;
    }

    /** Time buckets on {@code @timestamp}; "auto" lets Kibana pick the interval for the time range. */
    static Column dateHistogram(String id) {
        ObjectNode c = column("@timestamp", "date", "date_histogram", "@timestamp", true);
        c.put("customLabel", false);
        c.putObject("params")
                .put("interval", "auto")
                .put("includeEmptyRows", true)
                .put("dropPartials", false);
        return new Column(id, c);
    }

    /** The top {@code size} values of a keyword field, ordered by a metric column, largest first. */
    static Column terms(String id, String label, String field, int size, String orderByColumn) {
        return terms(id, label, field, size, orderByColumn, "desc");
    }

    /** The values of a keyword field with the smallest metric first (e.g. the worst sentiment). */
    static Column termsSmallestFirst(String id, String label, String field, int size, String orderByColumn) {
        return terms(id, label, field, size, orderByColumn, "asc");
    }

    private static Column terms(String id, String label, String field, int size, String orderBy, String direction) {
        ObjectNode c = column(label, "string", "terms", field, true);
        ObjectNode params = c.putObject("params");
        params.put("size", size);
        params.putObject("orderBy").put("type", "column").put("columnId", orderBy);
        params.put("orderDirection", direction);
        params.put("otherBucket", false);
        params.put("missingBucket", false);
        params.putObject("parentFormat").put("id", "terms");
        return new Column(id, c);
    }

    /** Number of documents. */
    static Column count(String id, String label) {
        ObjectNode c = column(label, "number", "count", "___records___", false);
        c.putObject("params").put("emptyAsNull", true);
        return new Column(id, c);
    }

    /** {@code sum}, {@code average}, {@code max}, {@code min} or {@code median} of a numeric field. */
    static Column metric(String id, String label, String operation, String field) {
        ObjectNode c = column(label, "number", operation, field, false);
        c.putObject("params").put("emptyAsNull", true);
        return new Column(id, c);
    }

    static Column percentile(String id, String label, String field, int percentile) {
        ObjectNode c = column(label, "number", "percentile", field, false);
        c.putObject("params").put("percentile", percentile);
        return new Column(id, c);
    }

    /**
     * The value of a field in the latest document of the row (by {@code @timestamp}), arrays shown
     * whole: how a table shows an attribute of a row that is one document (an episode, a mention).
     */
    static Column lastValue(String id, String label, String field, String dataType) {
        ObjectNode c = column(label, dataType, "last_value", field, false);
        if (!dataType.equals("number")) {
            c.put("scale", "ordinal");
        }
        c.putObject("params").put("sortField", "@timestamp").put("showArrayValues", true);
        return new Column(id, c);
    }

    /** A Lens visualization saved object under construction. */
    static final class Lens {
        private final ObjectNode object;
        private final String dataViewId;
        private final List<Column> columns = new ArrayList<>();
        private final ArrayNode filters;
        private ObjectNode visualization;

        Lens(String id, String title, String description, String visualizationType, String dataViewId) {
            this.object = object("lens", id, LENS_MIGRATION_VERSION);
            this.dataViewId = dataViewId;
            ObjectNode attributes = (ObjectNode) object.get("attributes");
            attributes.put("title", title);
            attributes.put("description", description);
            attributes.put("visualizationType", visualizationType);
            ObjectNode state = attributes.putObject("state");
            state.putObject("query").put("query", "").put("language", "kuery");
            filters = state.putArray("filters");
            reference(object, LensVisualization.layerReferenceName(LAYER), "index-pattern", dataViewId);
        }

        /**
         * Keeps only documents whose field has this value: a phrase filter, whose query is the
         * Elasticsearch query itself.
         */
        Lens filter(String field, Object value) {
            String refName = "filter-index-pattern-" + filters.size();
            ObjectNode filter = filters.addObject();
            ObjectNode meta = filter.putObject("meta");
            meta.putNull("alias");
            meta.put("negate", false);
            meta.put("disabled", false);
            meta.put("type", "phrase");
            meta.put("key", field);
            ObjectNode params = meta.putObject("params");
            ObjectNode phrase = filter.putObject("query").putObject("match_phrase");
            if (value instanceof Boolean b) {
                params.put("query", b);
                phrase.put(field, b);
            } else {
                params.put("query", value.toString());
                phrase.put(field, value.toString());
            }
            meta.put("indexRefName", refName);
            filter.putObject("$state").put("store", "appState");
            reference(object, refName, "index-pattern", dataViewId);
            return this;
        }

        /** The columns, in the order Lens nests them: buckets first (outer to inner), then metrics. */
        Lens columns(Column... cs) {
            columns.addAll(List.of(cs));
            return this;
        }

        /** A line/bar/area chart over {@code x}, one series per metric (and per split value). */
        Lens xy(String seriesType, String x, String split, String... metrics) {
            visualization = SavedObject.MAPPER.createObjectNode();
            visualization.putObject("legend").put("isVisible", true).put("position", "right");
            visualization.put("valueLabels", "hide");
            visualization.put("fittingFunction", "None");
            visualization
                    .putObject("axisTitlesVisibilitySettings")
                    .put("x", false)
                    .put("yLeft", false)
                    .put("yRight", false);
            visualization.put("preferredSeriesType", seriesType);
            ObjectNode layer = visualization.putArray("layers").addObject();
            layer.put("layerId", LAYER);
            layer.put("layerType", "data");
            layer.put("seriesType", seriesType);
            layer.put("xAccessor", x);
            ArrayNode accessors = layer.putArray("accessors");
            for (String m : metrics) {
                accessors.add(m);
            }
            if (split != null) {
                layer.put("splitAccessor", split);
            }
            return this;
        }

        /** Fixes the left axis to a range (the crisis score is 0–100). */
        Lens yRange(double lower, double upper) {
            visualization
                    .putObject("yLeftExtent")
                    .put("mode", "custom")
                    .put("lowerBound", lower)
                    .put("upperBound", upper);
            return this;
        }

        /** A table: one row per bucket of the bucket columns, every column shown, sorted by one. */
        Lens table(String sortColumn) {
            visualization = SavedObject.MAPPER.createObjectNode();
            visualization.put("layerId", LAYER);
            visualization.put("layerType", "data");
            ArrayNode cs = visualization.putArray("columns");
            for (Column c : columns) {
                cs.addObject().put("columnId", c.id()).put("isTransposed", false);
            }
            visualization.putObject("sorting").put("columnId", sortColumn).put("direction", "desc");
            visualization.put("rowHeight", "auto");
            return this;
        }

        /**
         * Fixes the width of a table column, in pixels (Kibana's column state; the others share the
         * rest). Call after {@link #table}.
         */
        Lens columnWidth(String columnId, int pixels) {
            if (visualization == null || !visualization.has("columns")) {
                throw new IllegalStateException(id() + ": columnWidth before table");
            }
            for (JsonNode c : visualization.get("columns")) {
                if (c.path("columnId").asText().equals(columnId)) {
                    ((ObjectNode) c).put("width", pixels);
                    return this;
                }
            }
            throw new IllegalArgumentException(id() + ": no table column " + columnId);
        }

        /** One big number. */
        Lens metricTile(String metric) {
            visualization = SavedObject.MAPPER.createObjectNode();
            visualization.put("layerId", LAYER);
            visualization.put("layerType", "data");
            visualization.put("metricAccessor", metric);
            return this;
        }

        /** A donut of one metric by one bucket column. */
        Lens donut(String group, String metric) {
            visualization = SavedObject.MAPPER.createObjectNode();
            visualization.put("shape", "donut");
            ObjectNode layer = visualization.putArray("layers").addObject();
            layer.put("layerId", LAYER);
            layer.put("layerType", "data");
            layer.putArray("primaryGroups").add(group);
            layer.putArray("metrics").add(metric);
            layer.put("numberDisplay", "percent");
            layer.put("categoryDisplay", "default");
            layer.put("legendDisplay", "default");
            layer.put("nestedLegend", false);
            return this;
        }

        String id() {
            return object.path("id").asText();
        }

        ObjectNode build() {
            if (visualization == null) {
                throw new IllegalStateException(id() + ": no visualization chosen");
            }
            ObjectNode state = (ObjectNode) object.path("attributes").path("state");
            state.set("visualization", visualization);
            ObjectNode layer = state.putObject("datasourceStates")
                    .putObject("formBased")
                    .putObject("layers")
                    .putObject(LAYER);
            ObjectNode cs = layer.putObject("columns");
            ArrayNode order = layer.putArray("columnOrder");
            // Lens expects bucket columns before metric columns in columnOrder.
            columns.stream().filter(Column::bucketed).forEach(c -> order.add(c.id()));
            columns.stream().filter(c -> !c.bucketed()).forEach(c -> order.add(c.id()));
            for (Column c : columns) {
                cs.set(c.id(), c.json());
            }
            layer.putObject("incompleteColumns");
            state.putArray("internalReferences");
            state.putObject("adHocDataViews");
            return object;
        }
    }

    /** A dashboard under construction: panels on Kibana's 48-column grid, by reference. */
    static final class Dashboard {
        private final ObjectNode object;
        private final ArrayNode panels = SavedObject.MAPPER.createArrayNode();

        Dashboard(String id, String title, String description) {
            object = object("dashboard", id, DASHBOARD_MIGRATION_VERSION);
            ObjectNode attributes = (ObjectNode) object.get("attributes");
            attributes.put("title", title);
            attributes.put("description", description);
        }

        /**
         * The time range the dashboard opens with, and its auto-refresh ({@code refreshSeconds} 0:
         * none).
         */
        Dashboard time(String from, String to, int refreshSeconds) {
            ObjectNode attributes = (ObjectNode) object.get("attributes");
            attributes.put("timeRestore", true);
            attributes.put("timeFrom", from);
            attributes.put("timeTo", to);
            attributes
                    .putObject("refreshInterval")
                    .put("pause", refreshSeconds == 0)
                    .put("value", (refreshSeconds == 0 ? 60 : refreshSeconds) * 1000);
            return this;
        }

        /** Places a visualization; {@code panel} is its readable panel id on this dashboard. */
        Dashboard panel(String panel, Lens lens, int x, int y, int w, int h) {
            ObjectNode p = panels.addObject();
            p.put("type", "lens");
            p.putObject("gridData")
                    .put("x", x)
                    .put("y", y)
                    .put("w", w)
                    .put("h", h)
                    .put("i", panel);
            p.put("panelIndex", panel);
            p.putObject("embeddableConfig").putObject("enhancements");
            p.put("panelRefName", "panel_" + panel);
            reference(object, panel + ":panel_" + panel, "lens", lens.id());
            return this;
        }

        ObjectNode build() {
            ObjectNode attributes = (ObjectNode) object.get("attributes");
            attributes.put("panelsJSON", panels.toString());
            ObjectNode options = SavedObject.MAPPER.createObjectNode();
            options.put("useMargins", true);
            options.put("syncColors", true);
            options.put("syncCursor", true);
            options.put("syncTooltips", true);
            options.put("hidePanelTitles", false);
            attributes.put("optionsJSON", options.toString());
            ObjectNode search = SavedObject.MAPPER.createObjectNode();
            search.putObject("query").put("query", "").put("language", "kuery");
            search.putArray("filter");
            attributes.putObject("kibanaSavedObjectMeta").put("searchSourceJSON", search.toString());
            return object;
        }
    }

    /** A data view on all monthly indices of one kind, with {@code @timestamp} as its time field. */
    static ObjectNode dataView(String id, String kind, String name, JsonNode fieldFormats) {
        ObjectNode object = object("index-pattern", id, INDEX_PATTERN_MIGRATION_VERSION);
        ObjectNode attributes = (ObjectNode) object.get("attributes");
        attributes.put("title", DashboardChecks.INDEX_PREFIX + "-" + kind + "-*");
        attributes.put("name", name);
        attributes.put("timeFieldName", "@timestamp");
        if (fieldFormats != null) {
            attributes.put("fieldFormatMap", fieldFormats.toString());
        }
        return object;
    }
}
