package io.crisisradar.dashboards;

import com.fasterxml.jackson.databind.JsonNode;
import io.crisisradar.dashboards.LensVisualization.Column;
import io.crisisradar.dashboards.LensVisualization.Filter;
import io.crisisradar.dashboards.LensVisualization.Layer;
import io.crisisradar.sink.elasticsearch.IndexNames;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks Kibana saved-object files without a Kibana: every line parses, ids are unique, every
 * reference resolves to an object in the files, every data view names one of the project's
 * indices (by its strict index template) with a date time field, and every field a Lens panel
 * aggregates or filters on is mapped with a type that supports the operation. Kibana itself
 * would accept a panel on a missing field and show an error only when someone opens it.
 *
 * <p>Multi-fields are fields of their own: {@code message} is {@code text} (no doc values, so no
 * terms, last value or sorting on it), {@code message.keyword} is its {@code keyword} copy, which a
 * table can show. A column on the text field is refused with a hint naming the keyword.
 */
public final class DashboardChecks {

    /** The index prefix the files are written for (the default {@code elasticsearch.index-prefix}). */
    public static final String INDEX_PREFIX = "crisis-radar";

    /** Kibana's dashboard grid is 48 columns wide. */
    static final int GRID_COLUMNS = 48;

    /**
     * The outcome of a check.
     *
     * @param problems what is wrong (empty when the files pass)
     * @param skipped what could not be checked, and why
     * @param checked what was checked, counted by kind ({@code data views}, {@code fields}, …)
     */
    public record Report(List<String> problems, List<String> skipped, Map<String, Integer> checked) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** All saved objects of some files, with a message for every line that is not one. */
    public record Loaded(List<SavedObject> objects, List<String> problems) {}

    private final List<SavedObject> objects;
    private final List<String> problems = new ArrayList<>();
    private final List<String> skipped = new ArrayList<>();
    private final Map<String, Integer> checked = new LinkedHashMap<>();
    private final Map<String, SavedObject> byId = new HashMap<>();

    private DashboardChecks(Loaded loaded) {
        this.objects = loaded.objects();
        this.problems.addAll(loaded.problems());
    }

    /** Reads every file; a file that cannot be read is a problem, not an exception. */
    public static Loaded load(List<Path> files) {
        List<SavedObject> objects = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path file : files) {
            try {
                SavedObject.FileContents contents = SavedObject.read(file);
                objects.addAll(contents.objects());
                problems.addAll(contents.problems());
            } catch (IOException e) {
                problems.add(file + ": cannot read: " + e.getMessage());
            }
        }
        return new Loaded(objects, problems);
    }

    public static Report check(List<Path> files) {
        return check(load(files));
    }

    public static Report check(Loaded loaded) {
        DashboardChecks checks = new DashboardChecks(loaded);
        checks.run();
        return new Report(List.copyOf(checks.problems), List.copyOf(checks.skipped), Map.copyOf(checks.checked));
    }

    /**
     * The index kind whose pattern (as {@link IndexNames#pattern} builds it, the pattern of its index
     * template) is the data view's title: {@code crisis-radar-metrics-*} → {@code metrics}. Empty
     * when the title is no such pattern.
     */
    public static Optional<String> kindOf(SavedObject dataView) {
        String title = dataView.attributes().path("title").asText("");
        IndexNames names = new IndexNames(INDEX_PREFIX);
        return Arrays.stream(IndexNames.Kind.values())
                .filter(kind -> names.pattern(kind).equals(title))
                .map(IndexNames.Kind::part)
                .findFirst();
    }

    private void run() {
        checkIdsAndReferences();
        Map<String, IndexMappings> mappingsByDataView = checkDataViews();
        Set<String> usedByDashboards = checkDashboards();
        for (SavedObject object : objects) {
            if (object.type().equals("lens")) {
                checkLens(object, mappingsByDataView);
                if (!usedByDashboards.contains(object.id())) {
                    problems.add(object.describe() + ": not on any dashboard");
                }
            } else if (!Set.of("index-pattern", "dashboard").contains(object.type())) {
                problems.add(object.describe() + ": type " + object.type()
                        + " is not checked here (only index-pattern, lens and dashboard are)");
            }
        }
    }

    private void count(String what) {
        checked.merge(what, 1, Integer::sum);
    }

    private void checkIdsAndReferences() {
        for (SavedObject object : objects) {
            SavedObject previous = byId.putIfAbsent(object.id(), object);
            if (previous != null) {
                problems.add(object.describe() + ": id already used by " + previous.describe());
            }
            count("objects");
        }
        for (SavedObject object : objects) {
            Set<String> names = new HashSet<>();
            for (SavedObject.Reference ref : object.references()) {
                if (!names.add(ref.name())) {
                    problems.add(object.describe() + ": two references named " + ref.name());
                }
                SavedObject target = byId.get(ref.id());
                if (target == null || !target.type().equals(ref.type())) {
                    problems.add(object.describe() + ": reference " + ref.name() + " to " + ref.type() + " " + ref.id()
                            + " does not resolve to an object in the files");
                }
                count("references");
            }
        }
    }

    private Map<String, IndexMappings> checkDataViews() {
        Map<String, IndexMappings> mappings = new HashMap<>();
        for (SavedObject view : objects) {
            if (!view.type().equals("index-pattern")) {
                continue;
            }
            count("data views");
            Optional<String> kind = kindOf(view);
            if (kind.isEmpty()) {
                problems.add(view.describe() + ": title '"
                        + view.attributes().path("title").asText()
                        + "' is not the pattern of any crisis-radar index template (" + INDEX_PREFIX
                        + "-<kind>-*, kind one of " + Arrays.toString(IndexNames.Kind.values()) + ")");
                continue;
            }
            Optional<IndexMappings> mapping = IndexMappings.forKind(kind.get());
            if (mapping.isEmpty()) {
                problems.add(view.describe() + ": there is no " + kind.get()
                        + ".component.json index template: the job writes no such index");
                continue;
            }
            mappings.put(view.id(), mapping.get());
            String timeField = view.attributes().path("timeFieldName").asText("");
            Optional<IndexMappings.Field> time = mapping.get().field(timeField);
            if (time.isEmpty() || !time.get().lensDataType().equals("date")) {
                problems.add(view.describe() + ": time field '" + timeField + "' is not a date field of the "
                        + kind.get() + " index");
            }
            if (view.attributes().has("fieldFormatMap")) {
                try {
                    for (Iterator<String> fields =
                                    view.jsonAttribute("fieldFormatMap").fieldNames();
                            fields.hasNext(); ) {
                        String field = fields.next();
                        if (mapping.get().field(field).isEmpty()) {
                            problems.add(view.describe() + ": fieldFormatMap names unmapped field " + field);
                        }
                    }
                } catch (IOException e) {
                    problems.add(view.describe() + ": fieldFormatMap: " + e.getMessage());
                }
            }
        }
        return mappings;
    }

    /** Checks every dashboard and returns the ids of the objects their panels show. */
    private Set<String> checkDashboards() {
        Set<String> used = new HashSet<>();
        for (SavedObject dashboard : objects) {
            if (!dashboard.type().equals("dashboard")) {
                continue;
            }
            count("dashboards");
            JsonNode attributes = dashboard.attributes();
            if (attributes.path("timeRestore").asBoolean(false)
                    && (!attributes.path("timeFrom").isTextual()
                            || !attributes.path("timeTo").isTextual())) {
                problems.add(dashboard.describe() + ": timeRestore without timeFrom/timeTo");
            }
            JsonNode panels;
            try {
                panels = dashboard.jsonAttribute("panelsJSON");
                dashboard.jsonAttribute("optionsJSON");
            } catch (IOException e) {
                problems.add(e.getMessage());
                continue;
            }
            Set<String> panelIndexes = new HashSet<>();
            for (JsonNode panel : panels) {
                count("panels");
                String index = panel.path("panelIndex").asText("");
                String where = dashboard.describe() + " panel " + index;
                if (index.isEmpty() || !panelIndexes.add(index)) {
                    problems.add(where + ": missing or repeated panelIndex");
                }
                JsonNode grid = panel.path("gridData");
                if (!grid.path("i").asText().equals(index)
                        || grid.path("x").asInt(-1) < 0
                        || grid.path("w").asInt(0) <= 0
                        || grid.path("x").asInt() + grid.path("w").asInt() > GRID_COLUMNS
                        || grid.path("h").asInt(0) <= 0) {
                    problems.add(where + ": gridData must have i = panelIndex, x >= 0, w > 0, h > 0 and x + w <= "
                            + GRID_COLUMNS);
                }
                // Kibana 8.x/9.x keep panel references as "<panelIndex>:<panelRefName>".
                String refName = index + ":" + panel.path("panelRefName").asText("");
                Optional<SavedObject.Reference> ref = dashboard.reference(refName);
                if (ref.isEmpty()) {
                    problems.add(where + ": no reference named " + refName);
                    continue;
                }
                if (!ref.get().type().equals(panel.path("type").asText())) {
                    problems.add(where + ": panel type " + panel.path("type").asText() + " but its reference is a "
                            + ref.get().type());
                }
                used.add(ref.get().id());
            }
        }
        return used;
    }

    private void checkLens(SavedObject object, Map<String, IndexMappings> mappingsByDataView) {
        count("visualizations");
        LensVisualization lens;
        try {
            lens = LensVisualization.parse(object);
        } catch (IllegalArgumentException e) {
            problems.add(object.describe() + ": " + e.getMessage());
            return;
        }
        String where = object.describe();
        if (!lens.query().isBlank()) {
            problems.add(where + ": has a KQL query; use phrase filters instead, which the checks and the"
                    + " end-to-end test can replay exactly");
        }
        Set<String> columnIds = new HashSet<>();
        Set<IndexMappings> layerMappings = new HashSet<>();
        String skippedBecause = null;
        for (Layer layer : lens.layers()) {
            if (layer.dataViewId() == null) {
                problems.add(where + ": layer " + layer.id() + " has no reference "
                        + LensVisualization.layerReferenceName(layer.id()));
                continue;
            }
            IndexMappings mapping = mappingsByDataView.get(layer.dataViewId());
            if (mapping == null) {
                skippedBecause = "its data view " + layer.dataViewId() + " could not be checked";
                continue;
            }
            layerMappings.add(mapping);
            for (Column column : layer.columns()) {
                columnIds.add(column.id());
                checkColumn(where + " column " + column.id(), column, layer, mapping);
            }
        }
        // A panel's filters apply to every layer, so they must make sense for each layer's index.
        for (IndexMappings mapping : layerMappings) {
            for (Filter filter : lens.filters()) {
                checkFilter(where, filter, mapping);
            }
        }
        if (skippedBecause != null) {
            skipped.add(where + " '" + object.title() + "': fields not checked, " + skippedBecause);
            return;
        }
        for (Filter filter : lens.filters()) {
            if (filter.dataViewId() == null) {
                problems.add(where + ": filter on " + filter.field() + " has no data view reference (indexRefName)");
            }
        }
        List<String> accessors = lens.accessors();
        for (String accessor : accessors) {
            if (!columnIds.contains(accessor)) {
                problems.add(where + ": the visualization shows column " + accessor + ", which no layer defines");
            }
        }
        for (String column : columnIds) {
            if (!accessors.contains(column)) {
                problems.add(where + ": column " + column + " is defined but not shown");
            }
        }
    }

    private void checkColumn(String where, Column column, Layer layer, IndexMappings mapping) {
        String op = column.operationType();
        if (op.equals("count") && "___records___".equals(column.sourceField())) {
            return;
        }
        if (column.sourceField() == null) {
            problems.add(where + ": operation " + op + " without a field");
            return;
        }
        Optional<IndexMappings.Field> mapped = mapping.field(column.sourceField());
        if (mapped.isEmpty()) {
            problems.add(where + ": field " + column.sourceField() + " is not in the " + mapping.kind() + " mapping");
            return;
        }
        count("fields");
        IndexMappings.Field field = mapped.get();
        String type = field.type();
        boolean supported =
                switch (op) {
                    case "terms" -> type.equals("keyword") || type.equals("boolean");
                    case "date_histogram" -> field.lensDataType().equals("date");
                    case "sum", "average", "min", "max", "median", "percentile", "standard_deviation" ->
                        field.numeric();
                    case "count", "unique_count", "last_value" -> true;
                    default -> {
                        problems.add(where + ": operation " + op + " is not supported by these checks");
                        yield true;
                    }
                };
        boolean valuesShown = op.equals("terms") || op.equals("last_value");
        if (valuesShown && !column.dataType().equals(field.lensDataType())) {
            problems.add(where + ": dataType " + column.dataType() + " but " + column.sourceField() + " is a " + type
                    + " field (" + field.lensDataType() + ")");
        }
        if (!supported) {
            problems.add(where + ": " + op + " on " + column.sourceField() + ", a " + type + " field"
                    + useInstead(column.sourceField(), mapping));
        } else if (!field.aggregatable()) {
            problems.add(where + ": " + op + " on " + column.sourceField() + ", which has no doc values (" + type
                    + ", not aggregatable)" + useInstead(column.sourceField(), mapping));
        }
        if (op.equals("terms")) {
            JsonNode orderBy = column.params().path("orderBy");
            if (orderBy.path("type").asText().equals("column")
                    && layer.column(orderBy.path("columnId").asText()) == null) {
                problems.add(where + ": ordered by column "
                        + orderBy.path("columnId").asText() + ", which the layer does not define");
            }
        }
        if (op.equals("last_value")) {
            String sortField = column.params().path("sortField").asText("");
            if (mapping.field(sortField)
                    .filter(f -> f.lensDataType().equals("date"))
                    .isEmpty()) {
                problems.add(where + ": last_value sorted by '" + sortField + "', which is not a date field");
            }
        }
    }

    /** A hint naming the keyword multi-field of a text field ({@code message} → {@code message.keyword}). */
    private static String useInstead(String field, IndexMappings mapping) {
        List<String> keywords = mapping.aggregatableMultiFields(field);
        return keywords.isEmpty() ? "" : "; use its multi-field " + String.join(" or ", keywords);
    }

    private void checkFilter(String where, Filter filter, IndexMappings mapping) {
        String what = where + " filter on " + filter.field();
        if (!filter.type().equals("phrase")) {
            problems.add(what + ": only phrase filters are supported here, got '" + filter.type() + "'");
            return;
        }
        JsonNode phrase = filter.query().path("match_phrase").path(filter.field());
        if (phrase.isMissingNode() || !phrase.asText().equals(filter.value())) {
            problems.add(what + ": its query is not match_phrase {" + filter.field() + ": " + filter.value() + "}");
        }
        Optional<IndexMappings.Field> field = mapping.field(filter.field());
        if (field.isEmpty()) {
            problems.add(what + ": not in the " + mapping.kind() + " mapping");
        } else if (!field.get().indexed()
                || !(field.get().type().equals("keyword") || field.get().type().equals("boolean"))) {
            problems.add(what + ": a phrase filter needs an indexed keyword or boolean field, this is "
                    + field.get().type() + useInstead(filter.field(), mapping));
        } else {
            count("fields");
        }
    }
}
