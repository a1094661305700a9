package io.crisisradar.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The translation of a panel into an Elasticsearch search, and the reading of its answer. */
class PanelQueriesTest {

    private static LensVisualization lens(String id) throws IOException {
        ObjectNode json = DashboardDefinitions.objects().stream()
                .filter(o -> o.path("id").asText().equals(id))
                .findFirst()
                .orElseThrow();
        return LensVisualization.parse(new SavedObject("test", 1, json));
    }

    @Test
    void filtersBecomeTheQueryAndColumnsNestedAggregationsInLensOrder() throws IOException {
        LensVisualization volume = lens("crisis-radar-live-volume-vs-baseline");

        JsonNode body = PanelQueries.searchBody(volume, volume.layers().get(0), "30m");

        assertThat(body.path("query").path("bool").path("filter").toString())
                .isEqualTo("[{\"match_phrase\":{\"crisis_radar.window.dimension\":\"brand\"}},"
                        + "{\"match_phrase\":{\"crisis_radar.window.spec\":\"15m-1m\"}}]");
        JsonNode brand = body.path("aggs").path("brand");
        assertThat(brand.path("terms").toString())
                .isEqualTo("{\"field\":\"crisis_radar.window.brand\",\"size\":5,\"order\":{\"_order\":\"desc\"}}");
        assertThat(brand.path("aggs").path("_order").toString())
                .isEqualTo("{\"avg\":{\"field\":\"crisis_radar.metrics.volume\"}}");
        JsonNode time = brand.path("aggs").path("time");
        assertThat(time.path("date_histogram").path("fixed_interval").asText()).isEqualTo("30m");
        assertThat(time.path("aggs").path("expected").toString())
                .isEqualTo("{\"avg\":{\"field\":\"crisis_radar.crisis.expected_volume\"}}");
    }

    @Test
    void aTableRowShowsTheLastValueOfAField() throws IOException {
        LensVisualization table = lens("crisis-radar-live-top-negative-mentions");

        JsonNode mention = PanelQueries.searchBody(table, table.layers().get(0), "30m")
                .path("aggs")
                .path("mention");

        assertThat(mention.path("terms").path("order").toString()).isEqualTo("{\"_order\":\"desc\"}");
        assertThat(mention.path("aggs").path("_order").toString())
                .isEqualTo("{\"max\":{\"field\":\"crisis_radar.reach\"}}");
        assertThat(mention.path("aggs").path("platform").toString())
                .isEqualTo("{\"top_hits\":{\"size\":1,\"sort\":[{\"@timestamp\":{\"order\":\"desc\"}}],"
                        + "\"_source\":false,\"fields\":[\"crisis_radar.platform\"]}}");
    }

    @Test
    void anAnswerWithRowsButAColumnWithoutValuesIsReportedEmpty() throws IOException {
        LensVisualization volume = lens("crisis-radar-live-volume-vs-baseline");
        JsonNode answer = SavedObject.MAPPER.readTree(
                """
                {"hits":{"total":{"value":3}},"aggregations":{"brand":{"buckets":[
                  {"key":"blysk","doc_count":3,"time":{"buckets":[
                    {"key":1,"doc_count":2,"volume":{"value":12.5},"expected":{"value":null}},
                    {"key":2,"doc_count":0,"volume":{"value":null},"expected":{"value":null}}]}}]}}}""");

        PanelQueries.Outcome outcome = PanelQueries.read(volume.layers().get(0), answer);

        assertThat(outcome.rows()).isEqualTo(1);
        assertThat(outcome.emptyColumns()).containsExactly("expected (average of crisis_radar.crisis.expected_volume)");
    }

    @Test
    void aTableShowsWhatEachRowsLastValueIs() throws IOException {
        LensVisualization table = lens("crisis-radar-care-breached");
        JsonNode answer = SavedObject.MAPPER.readTree(
                """
                {"hits":{"total":{"value":2}},"aggregations":{"mention":{"buckets":[
                  {"key":"m1","doc_count":1,"text":{"hits":{"hits":[
                    {"fields":{"crisis_radar.response.message.keyword":["Parcel lost again"]}}]}}},
                  {"key":"m2","doc_count":1,"text":{"hits":{"hits":[{"fields":{}}]}}}]}}}""");

        PanelQueries.Outcome outcome = PanelQueries.read(table.layers().get(0), answer);

        assertThat(outcome.rows()).isEqualTo(2);
        assertThat(outcome.lastValues().get("text")).containsExactly("Parcel lost again", "");
        assertThat(outcome.emptyColumns()).doesNotContain("text (last_value of crisis_radar.response.message.keyword)");
    }

    @Test
    void aMetricTileWithoutBucketsCountsTheHits() throws IOException {
        LensVisualization tile = lens("crisis-radar-live-open-episodes-count");
        JsonNode none = SavedObject.MAPPER.readTree("{\"hits\":{\"total\":{\"value\":0}},\"aggregations\":{}}");
        JsonNode one = SavedObject.MAPPER.readTree("{\"hits\":{\"total\":{\"value\":1}}}");

        assertThat(PanelQueries.read(tile.layers().get(0), none).rows()).isZero();
        assertThat(PanelQueries.read(tile.layers().get(0), one).emptyColumns()).isEmpty();
    }
}
