package io.crisisradar.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each offline check catches the mistake it is there for: the generated objects, broken one way at a time. */
class DashboardChecksTest {

    @TempDir
    Path dir;

    @Test
    void theGeneratedObjectsPass() throws IOException {
        assertThat(check(DashboardDefinitions.objects()).problems()).isEmpty();
    }

    @Test
    void aLineThatIsNotJsonOrNotASavedObject() throws IOException {
        Path file = dir.resolve("broken.ndjson");
        Files.writeString(
                file, "{\"type\":\"lens\",\n[1,2]\n{\"type\":\"lens\",\"id\":\"x\"}\n\n", StandardCharsets.UTF_8);

        assertThat(DashboardChecks.check(List.of(file)).problems())
                .anySatisfy(p -> assertThat(p).startsWith("broken.ndjson:1: not JSON"))
                .anySatisfy(p -> assertThat(p).isEqualTo("broken.ndjson:2: not a JSON object"))
                .anySatisfy(p -> assertThat(p).startsWith("broken.ndjson:3: a saved object needs"))
                .hasSize(3);
    }

    @Test
    void aRepeatedId() throws IOException {
        List<ObjectNode> objects = DashboardDefinitions.objects();
        objects.add(objects.get(0).deepCopy());

        assertThat(check(objects).problems()).anySatisfy(p -> assertThat(p).contains("id already used by"));
    }

    @Test
    void aReferenceToAnObjectThatIsNotInTheFiles() throws IOException {
        List<ObjectNode> objects = without(DashboardDefinitions.objects(), "crisis-radar-live-score");

        assertThat(check(objects).problems()).anySatisfy(p -> assertThat(p)
                .contains("dashboard crisis-radar-live")
                .contains("reference score:panel_score to lens crisis-radar-live-score does not resolve"));
    }

    @Test
    void aDataViewOnAnIndexTheJobDoesNotWrite() throws IOException {
        List<ObjectNode> objects = DashboardDefinitions.objects();
        attributes(objects, DashboardDefinitions.METRICS).put("title", "crisis-radar-metric-*");

        assertThat(check(objects).problems()).anySatisfy(p -> assertThat(p)
                .contains("title 'crisis-radar-metric-*' is not the pattern of any crisis-radar index template"));
    }

    @Test
    void aDataViewWhoseTimeFieldIsNotADate() throws IOException {
        List<ObjectNode> objects = DashboardDefinitions.objects();
        attributes(objects, DashboardDefinitions.EPISODES).put("timeFieldName", "crisis_radar.episode.brand");

        assertThat(check(objects).problems())
                .anySatisfy(p -> assertThat(p).contains("time field 'crisis_radar.episode.brand' is not a date field"));
    }

    @Test
    void aFieldThatIsNotInTheMapping() throws IOException {
        List<ObjectNode> objects = DashboardDefinitions.objects();
        column(objects, "crisis-radar-live-score", "score").put("sourceField", "crisis_radar.crisis.scor");

        assertThat(check(objects).problems()).anySatisfy(p -> assertThat(p)
                .contains("crisis-radar-live-score")
                .contains("field crisis_radar.crisis.scor is not in the metrics mapping"));
    }

    @Test
    void anAggregationTheFieldTypeDoesNotSupport() throws IOException {
        List<ObjectNode> objects = DashboardDefinitions.objects();
        // max of a keyword
        column(objects, "crisis-radar-live-score", "score").put("sourceField", "crisis_radar.crisis.severity");
        // terms on a number
        column(objects, "crisis-radar-live-volume-vs-baseline", "brand")
                .put("sourceField", "crisis_radar.metrics.volume");
        // date histogram on a keyword
        column(objects, "crisis-radar-live-sentiment", "time").put("sourceField", "crisis_radar.window.key");

        assertThat(check(objects).problems())
                .anySatisfy(p -> assertThat(p).contains("max on crisis_radar.crisis.severity, a keyword field"))
                .anySatisfy(p -> assertThat(p).contains("terms on crisis_radar.metrics.volume, a long field"))
                .anySatisfy(p -> assertThat(p).contains("date_histogram on crisis_radar.window.key, a keyword field"));
    }

    @Test
    void aTextFieldCannotBeAggregated() throws IOException {
        List<ObjectNode> objects = DashboardDefinitions.objects();
        // The mention text: what a care team would like in the table, and what Lens cannot show.
        column(objects, "crisis-radar-live-top-negative-mentions", "author").put("sourceField", "message");

        assertThat(check(objects).problems())
                .anySatisfy(p -> assertThat(p).contains("last_value on message, which has no doc values"));
    }

    @Test
    void aKeywordMultiFieldOfATextFieldIsResolvedFromTheMapping() throws IOException {
        List<ObjectNode> objects = DashboardDefinitions.objects();
        // Rows by the text itself (a terms aggregation) and an explanation as a last value: both keywords.
        column(objects, "crisis-radar-live-top-negative-mentions", "mention").put("sourceField", "message.keyword");
        column(objects, "crisis-radar-live-open-episodes", "severity")
                .put("sourceField", "crisis_radar.episode.opening_explanation.keyword");
        column(objects, "crisis-radar-timeline-episodes", "explanation")
                .put("sourceField", "crisis_radar.episode.peak_explanation.keyword");
        column(objects, "crisis-radar-care-breached", "text")
                .put("sourceField", "crisis_radar.response.message.keyword");

        DashboardChecks.Report report = check(objects);

        assertThat(report.problems()).isEmpty();
        assertThat(report.checked().get("fields"))
                .isEqualTo(check(DashboardDefinitions.objects()).checked().get("fields"));
    }

    @Test
    void aMultiFieldTheMappingDoesNotHave() throws IOException {
        List<ObjectNode> objects = DashboardDefinitions.objects();
        column(objects, "crisis-radar-live-top-negative-mentions", "text").put("sourceField", "message.raw");
        // The evidence texts inside arrays have no keyword copy.
        column(objects, "crisis-radar-live-open-episodes", "terms")
                .put("sourceField", "crisis_radar.episode.evidence.top_negative_mentions.message.keyword");

        assertThat(check(objects).problems())
                .anySatisfy(p -> assertThat(p).contains("field message.raw is not in the mentions mapping"))
                .anySatisfy(p -> assertThat(p)
                        .contains("field crisis_radar.episode.evidence.top_negative_mentions.message.keyword"
                                + " is not in the episodes mapping"));
    }

    @Test
    void aTextFieldIsStillRefusedAndTheMessageNamesItsKeyword() throws IOException {
        List<ObjectNode> objects = DashboardDefinitions.objects();
        // terms on the text, and the care table's text column on the text instead of its keyword
        column(objects, "crisis-radar-live-top-negative-mentions", "mention").put("sourceField", "message");
        column(objects, "crisis-radar-care-breached", "text").put("sourceField", "crisis_radar.response.message");
        // a filter on an explanation
        JsonNode filters = lensState(objects, "crisis-radar-live-highest-score").path("filters");
        ((ObjectNode) filters.get(0).path("meta")).put("key", "crisis_radar.crisis.explanation");
        ((ObjectNode) filters.get(0).path("query").path("match_phrase"))
                .put("crisis_radar.crisis.explanation", "brand");

        assertThat(check(objects).problems())
                .anySatisfy(p -> assertThat(p)
                        .contains("lens crisis-radar-live-top-negative-mentions")
                        .contains("column mention: ")
                        .contains("terms on message, a text field; use its multi-field message.keyword"))
                .anySatisfy(p -> assertThat(p)
                        .contains("last_value on crisis_radar.response.message, which has no doc values (text, not"
                                + " aggregatable); use its multi-field crisis_radar.response.message.keyword"))
                .anySatisfy(p -> assertThat(p)
                        .contains("filter on crisis_radar.crisis.explanation: a phrase filter needs an indexed keyword"
                                + " or boolean field, this is text; use its multi-field"
                                + " crisis_radar.crisis.explanation.keyword"));
    }

    @Test
    void aFilterOnAFieldThatCannotBeFilteredOrAQueryThatDoesNotMatchItsPill() throws IOException {
        List<ObjectNode> objects = DashboardDefinitions.objects();
        JsonNode filters =
                lensState(objects, "crisis-radar-live-negative-count").path("filters");
        ((ObjectNode) filters.get(0).path("meta")).put("key", "message");
        ((ObjectNode) filters.get(0).path("query").path("match_phrase")).put("message", "NEGATIVE");
        JsonNode other = lensState(objects, "crisis-radar-live-open-episodes").path("filters");
        ((ObjectNode) other.get(0).path("query").path("match_phrase")).put("crisis_radar.episode.status", "resolved");

        assertThat(check(objects).problems())
                .anySatisfy(p -> assertThat(p).contains("filter on message: a phrase filter needs an indexed keyword"))
                .anySatisfy(p ->
                        assertThat(p).contains("its query is not match_phrase {crisis_radar.episode.status: open}"));
    }

    @Test
    void aKqlQueryIsRefusedBecauseItCannotBeReplayedExactly() throws IOException {
        List<ObjectNode> objects = DashboardDefinitions.objects();
        ((ObjectNode) lensState(objects, "crisis-radar-live-score").path("query"))
                .put("query", "crisis_radar.brand : x");

        assertThat(check(objects).problems()).anySatisfy(p -> assertThat(p).contains("has a KQL query"));
    }

    @Test
    void aColumnTheChartDoesNotShowOrAnAccessorWithoutColumn() throws IOException {
        List<ObjectNode> objects = DashboardDefinitions.objects();
        ArrayNode accessors = (ArrayNode) lensState(objects, "crisis-radar-live-volume-vs-baseline")
                .path("visualization")
                .path("layers")
                .get(0)
                .path("accessors");
        accessors.remove(1);
        accessors.add("nothing");

        assertThat(check(objects).problems())
                .anySatisfy(p -> assertThat(p).contains("column expected is defined but not shown"))
                .anySatisfy(p -> assertThat(p).contains("shows column nothing, which no layer defines"));
    }

    @Test
    void aPanelOffTheGridOrWithoutItsReference() throws IOException {
        List<ObjectNode> objects = DashboardDefinitions.objects();
        ObjectNode live = object(objects, "crisis-radar-live");
        ArrayNode panels = (ArrayNode) SavedObject.MAPPER.readTree(
                live.path("attributes").path("panelsJSON").asText());
        ((ObjectNode) panels.get(0).path("gridData")).put("x", 40);
        ((ObjectNode) panels.get(1)).put("panelRefName", "panel_elsewhere");
        ((ObjectNode) live.path("attributes")).put("panelsJSON", panels.toString());

        assertThat(check(objects).problems())
                .anySatisfy(p -> assertThat(p).contains("panel open-episodes-count: gridData must have"))
                .anySatisfy(p ->
                        assertThat(p).contains("panel highest-score: no reference named highest-score:panel_elsewhere"))
                .anySatisfy(p -> assertThat(p)
                        .contains("lens crisis-radar-live-highest-score")
                        .contains("not on any dashboard"));
    }

    @Test
    void aLensLayerWithoutItsDataView() throws IOException {
        List<ObjectNode> objects = DashboardDefinitions.objects();
        ArrayNode references =
                (ArrayNode) object(objects, "crisis-radar-care-breached").path("references");
        references.remove(0);

        assertThat(check(objects).problems()).anySatisfy(p -> assertThat(p)
                .contains("layer main has no reference indexpattern-datasource-layer-main"));
    }

    private DashboardChecks.Report check(List<ObjectNode> objects) throws IOException {
        Path file = dir.resolve("objects.ndjson");
        StringBuilder text = new StringBuilder();
        objects.forEach(o -> text.append(o).append('\n'));
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return DashboardChecks.check(List.of(file));
    }

    private static ObjectNode object(List<ObjectNode> objects, String id) {
        return objects.stream()
                .filter(o -> o.path("id").asText().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static List<ObjectNode> without(List<ObjectNode> objects, String id) {
        objects.removeIf(o -> o.path("id").asText().equals(id));
        return objects;
    }

    private static ObjectNode attributes(List<ObjectNode> objects, String id) {
        return (ObjectNode) object(objects, id).path("attributes");
    }

    private static ObjectNode lensState(List<ObjectNode> objects, String id) {
        return (ObjectNode) attributes(objects, id).path("state");
    }

    private static ObjectNode column(List<ObjectNode> objects, String lensId, String columnId) {
        return (ObjectNode) lensState(objects, lensId)
                .path("datasourceStates")
                .path("formBased")
                .path("layers")
                .path(SavedObjectBuilders.LAYER)
                .path("columns")
                .path(columnId);
    }
}
