package io.crisisradar.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The fields of the strict mappings as the dashboard checks see them, multi-fields included. */
class IndexMappingsTest {

    @Test
    void aMultiFieldIsAFieldOfItsOwnWithItsOwnTypeIndexAndDocValues() throws IOException {
        JsonNode mappings = SavedObject.MAPPER.readTree(
                """
                {"dynamic": "strict", "properties": {
                  "message": {"type": "text", "index": false, "fields": {
                    "keyword": {"type": "keyword", "ignore_above": 512},
                    "english": {"type": "text", "analyzer": "english"},
                    "stored_only": {"type": "keyword", "index": false, "doc_values": false}}},
                  "post": {"properties": {"count": {"type": "long"}}}}}""");

        IndexMappings fields = IndexMappings.of("test", mappings);

        IndexMappings.Field message = fields.field("message").orElseThrow();
        assertThat(message.text()).isTrue();
        assertThat(message.aggregatable()).isFalse();
        assertThat(message.indexed()).isFalse();
        assertThat(message.multiFieldOf()).isNull();

        IndexMappings.Field keyword = fields.field("message.keyword").orElseThrow();
        assertThat(keyword.type()).isEqualTo("keyword");
        assertThat(keyword.aggregatable()).isTrue();
        assertThat(keyword.indexed()).as("not inherited from the text").isTrue();
        assertThat(keyword.lensDataType()).isEqualTo("string");
        assertThat(keyword.multiFieldOf()).isEqualTo("message");
        assertThat(keyword.ignoreAbove()).isEqualTo(512);

        assertThat(fields.field("message.english").orElseThrow().aggregatable()).isFalse();
        IndexMappings.Field storedOnly = fields.field("message.stored_only").orElseThrow();
        assertThat(storedOnly.aggregatable()).isFalse();
        assertThat(storedOnly.indexed()).isFalse();

        assertThat(fields.aggregatableMultiFields("message")).containsExactly("message.keyword");
        assertThat(fields.aggregatableMultiFields("post.count")).isEmpty();
        assertThat(fields.field("post.count").orElseThrow().multiFieldOf()).isNull();
        assertThat(fields.field("message.keyword.keyword")).isEmpty();
    }

    @Test
    void theTextsTheDashboardsShowHaveAKeywordInTheTemplates() {
        assertKeywordOfText("mentions", "message");
        assertKeywordOfText("responses", "crisis_radar.response.message");
        assertKeywordOfText("metrics", "crisis_radar.crisis.explanation");
        assertKeywordOfText("episodes", "crisis_radar.episode.opening_explanation");
        assertKeywordOfText("episodes", "crisis_radar.episode.peak_explanation");
        // The complaint text of a response record stays out of the search index (only the keyword).
        assertThat(IndexMappings.forKind("responses")
                        .orElseThrow()
                        .field("crisis_radar.response.message")
                        .orElseThrow()
                        .indexed())
                .isFalse();
    }

    @Test
    void theEvidenceTextsInsideArraysHaveNoKeyword() {
        IndexMappings metrics = IndexMappings.forKind("metrics").orElseThrow();
        IndexMappings episodes = IndexMappings.forKind("episodes").orElseThrow();

        assertThat(metrics.field("crisis_radar.top_negative_mentions.message")).isPresent();
        assertThat(metrics.aggregatableMultiFields("crisis_radar.top_negative_mentions.message"))
                .isEmpty();
        assertThat(episodes.aggregatableMultiFields("crisis_radar.episode.evidence.top_negative_mentions.message"))
                .isEmpty();
        assertThat(episodes.aggregatableMultiFields("crisis_radar.episode.responses.unanswered_high_reach.message"))
                .isEmpty();
    }

    private static void assertKeywordOfText(String kind, String path) {
        IndexMappings mapping = IndexMappings.forKind(kind).orElseThrow();
        assertThat(mapping.field(path).orElseThrow().text())
                .as(kind + " " + path)
                .isTrue();
        assertThat(mapping.aggregatableMultiFields(path)).as(kind + " " + path).containsExactly(path + ".keyword");
        IndexMappings.Field keyword = mapping.field(path + ".keyword").orElseThrow();
        assertThat(keyword.type()).isEqualTo("keyword");
        assertThat(keyword.indexed()).isTrue();
        assertThat(keyword.ignoreAbove())
                .as(kind + " " + path + ".keyword ignore_above")
                .isNotNull();
    }
}
