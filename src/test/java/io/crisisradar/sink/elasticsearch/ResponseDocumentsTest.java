package io.crisisradar.sink.elasticsearch;

import static io.crisisradar.care.Conversations.BRAND;
import static io.crisisradar.care.Conversations.ONE_HOUR_LATER;
import static io.crisisradar.care.Conversations.THREE_HOURS_LATER;
import static io.crisisradar.care.Conversations.TWENTY_FIVE_MINUTES_LATER;
import static io.crisisradar.care.Conversations.complaint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crisisradar.care.BrandReply;
import io.crisisradar.care.ResponseRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Response records as documents, against the strict responses mapping. */
class ResponseDocumentsTest {

    private static final IndexNames NAMES = new IndexNames("crisis-radar");

    private static final ResponseRecord AWAITING =
            ResponseRecord.awaiting(complaint("twitter:1001"), BRAND, ONE_HOUR_LATER);
    private static final ResponseRecord BREACHED = AWAITING.breached();
    private static final ResponseRecord ANSWERED =
            AWAITING.answeredBy(new BrandReply("twitter:1002", BRAND, TWENTY_FIVE_MINUTES_LATER));
    private static final ResponseRecord ANSWERED_LATE =
            BREACHED.answeredBy(new BrandReply("twitter:1002", BRAND, THREE_HOURS_LATER));
    private static final List<ResponseRecord> EVERY_VERSION = List.of(AWAITING, BREACHED, ANSWERED, ANSWERED_LATE);

    /** The fields the Kibana dashboards are built on: the mapping holds these, no more, no fewer. */
    private static final List<String> AGREED_FIELDS = List.of(
            "/@timestamp",
            "/crisis_radar/response/mention_id",
            "/crisis_radar/response/brand",
            "/crisis_radar/response/platform",
            "/crisis_radar/response/status",
            "/crisis_radar/response/created_at",
            "/crisis_radar/response/deadline",
            "/crisis_radar/response/deadline_minutes",
            "/crisis_radar/response/answered_at",
            "/crisis_radar/response/reply_id",
            "/crisis_radar/response/first_response_minutes",
            "/crisis_radar/response/reach",
            "/crisis_radar/response/author",
            "/crisis_radar/response/message",
            "/crisis_radar/response/categories",
            "/crisis_radar/response/negative",
            "/crisis_radar/response/sentiment_score",
            "/crisis_radar/response/overdue");

    private static JsonNode response(ResponseRecord record) {
        return ResponseDocuments.source(record).path("crisis_radar").path("response");
    }

    @Test
    void everyVersionOfAComplaintsClockOverwritesOneDocumentInTheMonthItWasPosted() {
        ResponseDocuments documents = new ResponseDocuments(NAMES);

        assertThat(EVERY_VERSION.stream().map(documents::toDocument))
                .extracting(EsDocument::index, EsDocument::id)
                .containsOnly(tuple("crisis-radar-responses-2026.11", "twitter:1001|inpost"));
    }

    @Test
    void everyFieldOfEveryVersionIsInTheStrictMapping() {
        for (ResponseRecord record : EVERY_VERSION) {
            assertThat(StrictMappings.unmapped(ResponseDocuments.source(record), StrictMappings.of("responses")))
                    .as(record.status().label())
                    .isEmpty();
        }
    }

    @Test
    void theMappingHoldsExactlyTheAgreedFieldsAndDocumentsUseThemAll() {
        List<String> mapped = new ArrayList<>();
        leaves("", StrictMappings.of("responses"), mapped);
        assertThat(mapped).containsExactlyInAnyOrderElementsOf(AGREED_FIELDS);
        assertThat(StrictMappings.of("responses")
                        .at("/properties/crisis_radar/properties/response/properties/message/index")
                        .asBoolean(true))
                .as("message is stored, not searched")
                .isFalse();

        TreeSet<String> written = new TreeSet<>();
        for (ResponseRecord record : EVERY_VERSION) {
            documentLeaves("", ResponseDocuments.source(record), written);
        }
        assertThat(written).containsExactlyInAnyOrderElementsOf(AGREED_FIELDS);
    }

    @Test
    void anAnsweredComplaintCarriesItsAnswerAndResponseTime() {
        JsonNode answered = response(ANSWERED);

        assertThat(answered.path("status").asText()).isEqualTo("answered");
        assertThat(answered.path("reply_id").asText()).isEqualTo("twitter:1002");
        assertThat(answered.path("answered_at").asText()).isEqualTo("2026-11-23T12:25:00Z");
        assertThat(answered.path("first_response_minutes").asDouble()).isEqualTo(25.0);
        assertThat(answered.path("deadline").asText()).isEqualTo("2026-11-23T13:00:00Z");
        assertThat(answered.path("deadline_minutes").asLong()).isEqualTo(60);
        assertThat(answered.path("overdue").asBoolean()).isFalse();
        assertThat(answered.path("author").asText()).isEqualTo("twitter:@ania_k");
        assertThat(answered.path("categories").get(0).asText()).isEqualTo("DELIVERY");
        assertThat(answered.path("negative").asBoolean()).isTrue();
        assertThat(answered.path("sentiment_score").asDouble()).isEqualTo(-0.7);
        assertThat(ResponseDocuments.source(ANSWERED).path("@timestamp").asText())
                .isEqualTo("2026-11-23T12:00:00Z");
    }

    @Test
    void statusesAreLowerCaseAndOverdueMeansBreachedOrLate() {
        assertThat(EVERY_VERSION.stream().map(r -> response(r).path("status").asText()))
                .containsExactly("awaiting", "breached", "answered", "answered_late");
        assertThat(EVERY_VERSION.stream().map(r -> response(r).path("overdue").asBoolean()))
                .containsExactly(false, true, false, true);
        assertThat(response(AWAITING).has("answered_at")).isFalse();
        assertThat(response(BREACHED).has("first_response_minutes")).isFalse();
        assertThat(response(ANSWERED_LATE).path("first_response_minutes").asDouble())
                .isEqualTo(180.0);
    }

    /** Paths of the leaf fields of a mapping. */
    private static void leaves(String path, JsonNode mapping, List<String> out) {
        mapping.path("properties").fields().forEachRemaining(field -> {
            String fieldPath = path + "/" + field.getKey();
            if (field.getValue().has("type")) {
                out.add(fieldPath);
            } else {
                leaves(fieldPath, field.getValue(), out);
            }
        });
    }

    /** Paths of the leaf fields of a document (an array counts as its field). */
    private static void documentLeaves(String path, JsonNode doc, TreeSet<String> out) {
        ((ObjectNode) doc).fields().forEachRemaining(field -> {
            String fieldPath = path + "/" + field.getKey();
            if (field.getValue().isObject()) {
                documentLeaves(fieldPath, field.getValue(), out);
            } else {
                out.add(fieldPath);
            }
        });
    }
}
