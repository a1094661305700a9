package io.crisisradar.sink.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.crisisradar.detect.window.MentionEvidence;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The keyword copies of text fields in the index templates ({@code message.keyword} and the
 * explanations' keywords), which let Kibana tables show the texts: present where the dashboards need
 * them, and sized so that no text can make Elasticsearch refuse a document.
 */
class TextKeywordMappingTest {

    /**
     * The most UTF-16 characters whose UTF-8 form always fits Lucene's 32,766-byte term limit (as
     * Elasticsearch's ignore_above documentation puts it, 32766 / 4). A keyword longer than the limit
     * makes the whole document fail ("immense term"); with ignore_above at or below this, a longer
     * text is only left out of the keyword.
     */
    static final int LUCENE_SAFE_IGNORE_ABOVE = 8191;

    @Test
    void everyKeywordCopyOfATextHasAnIgnoreAboveThatLuceneAccepts() {
        Map<String, JsonNode> keywords = keywordCopiesOfTexts();

        assertThat(keywords).isNotEmpty();
        keywords.forEach((path, keyword) -> {
            assertThat(keyword.path("type").asText()).as(path).isEqualTo("keyword");
            assertThat(keyword.path("ignore_above").isInt())
                    .as(path + " needs ignore_above: a text is unbounded")
                    .isTrue();
            assertThat(keyword.path("ignore_above").asInt()).as(path).isBetween(1, LUCENE_SAFE_IGNORE_ABOVE);
        });
    }

    @Test
    void theTextsTheDashboardTablesShowHaveAKeywordCopy() {
        assertThat(keywordCopiesOfTexts())
                .containsKeys(
                        "mentions message.keyword",
                        "responses crisis_radar.response.message.keyword",
                        "metrics crisis_radar.crisis.explanation.keyword",
                        "episodes crisis_radar.episode.opening_explanation.keyword",
                        "episodes crisis_radar.episode.peak_explanation.keyword")
                // Not the evidence texts inside object arrays: no panel can tie them to their row.
                .allSatisfy((path, keyword) -> assertThat(path).doesNotContain("top_negative_mentions", "unanswered"));
    }

    @Test
    void aMentionTextIsKeptWholeInItsKeywordUpToTheLuceneLimit() {
        // Raw mentions are bounded only by job.max-mention-bytes (64 KiB): long reviews, forum posts
        // and articles, often the ones with the largest reach, must still show in the table.
        assertThat(keywordCopiesOfTexts()
                        .get("mentions message.keyword")
                        .path("ignore_above")
                        .asInt())
                .isEqualTo(LUCENE_SAFE_IGNORE_ABOVE);
    }

    @Test
    void theKeywordOfAComplaintHoldsEveryTextTheJobWritesThere() {
        // ResponseRecord texts are cut to MentionEvidence.MAX_TEXT_CHARS: raising that cut above the
        // keyword's ignore_above would silently empty the care table's text column.
        assertThat(keywordCopiesOfTexts()
                        .get("responses crisis_radar.response.message.keyword")
                        .path("ignore_above")
                        .asInt())
                .isGreaterThanOrEqualTo(MentionEvidence.MAX_TEXT_CHARS);
    }

    @Test
    void theTextOfAComplaintStaysUnsearchableSoExistingIndicesAcceptTheNewMapping() {
        // templates install puts the mapping onto existing indices, and Elasticsearch refuses to change
        // `index` of an existing field: the multi-field is added, the text itself stays as it was.
        JsonNode message =
                StrictMappings.of("responses").at("/properties/crisis_radar/properties/response/properties/message");
        assertThat(message.path("type").asText()).isEqualTo("text");
        assertThat(message.path("index").asBoolean(true)).isFalse();
    }

    /** Every multi-field of a text field in every template, as "kind dotted.path.name". */
    private static Map<String, JsonNode> keywordCopiesOfTexts() {
        Map<String, JsonNode> found = new LinkedHashMap<>();
        for (IndexNames.Kind kind : IndexNames.Kind.values()) {
            collect(kind.part() + " ", StrictMappings.of(kind.part()).path("properties"), found);
        }
        return found;
    }

    private static void collect(String prefix, JsonNode properties, Map<String, JsonNode> into) {
        for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String path = prefix + field.getKey();
            JsonNode mapping = field.getValue();
            if (mapping.has("properties")) {
                collect(path + ".", mapping.get("properties"), into);
            } else if (mapping.path("type").asText().equals("text")) {
                mapping.path("fields")
                        .fields()
                        .forEachRemaining(multi -> into.put(path + "." + multi.getKey(), multi.getValue()));
            }
        }
    }
}
