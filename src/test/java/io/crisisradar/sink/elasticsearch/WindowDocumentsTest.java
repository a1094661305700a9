package io.crisisradar.sink.elasticsearch;

import static io.crisisradar.detect.window.WindowFixtures.NOON;
import static io.crisisradar.detect.window.WindowFixtures.by;
import static io.crisisradar.detect.window.WindowFixtures.negativeMention;
import static io.crisisradar.detect.window.WindowFixtures.observation;
import static io.crisisradar.detect.window.WindowFixtures.withCategories;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.crisisradar.detect.window.Pane;
import io.crisisradar.detect.window.WindowSpec;
import io.crisisradar.detect.window.WindowSummary;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Window summaries as metrics documents, checked against the strict metrics mapping offline. */
class WindowDocumentsTest {

    private static final long FIFTEEN_MINUTES_AFTER_NOON = NOON + 15 * 60_000;

    private static WindowSummary windowWithEvidence() {
        Pane pane = Pane.starting(NOON);
        pane.add(by("ala"));
        pane.add(by("ala"));
        pane.add(observation("ela", "v", false, 0.3, 70_000, "twitter"));
        pane.add(negativeMention("m-1", "ola", 1_200, NOON + 5_000));
        pane.add(withCategories(observation("ula", "v", false, 0.0, 300, "facebook"), "DELIVERY"));
        return WindowSummary.assemble(
                "blysk|category=DELIVERY",
                WindowSpec.FIFTEEN_MINUTES,
                FIFTEEN_MINUTES_AFTER_NOON,
                List.of(pane),
                false);
    }

    private static JsonNode metricsMapping() {
        return StrictMappings.of("metrics");
    }

    @Test
    void carriesTheTopAuthorsAndNegativeMentionsOfTheWindow() {
        JsonNode cr = WindowDocuments.source(windowWithEvidence()).path("crisis_radar");

        assertThat(cr.path("top_authors").get(0).asText()).isEqualTo("twitter:@ala");
        assertThat(cr.path("top_author_counts").get(0).asLong()).isEqualTo(2);
        JsonNode mentions = cr.path("top_negative_mentions");
        assertThat(mentions).hasSize(2);
        JsonNode first = mentions.get(0);
        assertThat(first.path("mention_id").asText()).isEqualTo("m-1");
        assertThat(first.path("message").asText()).isEqualTo("text of m-1");
        assertThat(first.path("author").asText()).isEqualTo("twitter:@ola");
        assertThat(first.path("platform").asText()).isEqualTo("twitter");
        assertThat(first.path("reach").asLong()).isEqualTo(1_200);
        assertThat(first.path("created_at").asText()).isEqualTo("2026-11-23T12:00:05Z");
        assertThat(first.path("sentiment").path("score").asDouble()).isEqualTo(-0.8);
        assertThat(mentions.get(1).path("categories").get(0).asText()).isEqualTo("DELIVERY");
        assertThat(mentions.toString())
                .as("the neutral uncategorised mention with the largest reach is no evidence")
                .doesNotContain("twitter:@ela");
    }

    @Test
    void everyFieldOfADocumentIsInTheStrictMetricsMapping() {
        JsonNode mapping = metricsMapping();
        assertThat(mapping.path("dynamic").asText()).isEqualTo("strict");

        assertThat(StrictMappings.unmapped(WindowDocuments.source(windowWithEvidence()), mapping))
                .as("a field missing from a strict mapping sends the document to dead letters")
                .isEmpty();
    }

    @Test
    void mapsEvidenceIdsAsKeywordsReachAsLongAndTextUnindexed() {
        JsonNode evidence = metricsMapping().at("/properties/crisis_radar/properties/top_negative_mentions/properties");

        assertThat(evidence.at("/mention_id/type").asText()).isEqualTo("keyword");
        assertThat(evidence.at("/reach/type").asText()).isEqualTo("long");
        assertThat(evidence.at("/created_at/type").asText()).isEqualTo("date");
        assertThat(evidence.at("/message/index").asBoolean(true)).isFalse();
        assertThat(metricsMapping()
                        .at("/properties/crisis_radar/properties/top_authors/type")
                        .asText())
                .isEqualTo("keyword");
    }
}
