package io.crisisradar.sink.elasticsearch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crisisradar.care.ResponseRecord;

/**
 * Maps a complaint's response record to its document under {@code crisis_radar.response}. The id
 * is the complaint's mention id and the brand ({@code twitter:1001|blysk}: a complaint naming two
 * brands has a clock for each) and the index is chosen by its creation time, so every version
 * (awaiting, then breached, answered or answered late) overwrites one document. Fields that do not
 * apply yet (the answer) are left out rather than written as null.
 */
public final class ResponseDocuments implements DocumentMapper<ResponseRecord> {

    private final IndexNames indexNames;

    public ResponseDocuments(IndexNames indexNames) {
        this.indexNames = indexNames;
    }

    @Override
    public EsDocument toDocument(ResponseRecord record) {
        return new EsDocument(
                indexNames.index(IndexNames.Kind.RESPONSES, record.createdAt()),
                id(record),
                record.createdAt(),
                Json.bytes(source(record)));
    }

    /** The document id: one per complaint and brand. */
    public static String id(ResponseRecord record) {
        return record.mentionId() + "|" + record.brand();
    }

    static ObjectNode source(ResponseRecord record) {
        ObjectNode doc = Json.object();
        doc.put("@timestamp", record.createdAt().toString());
        ObjectNode response = doc.putObject("crisis_radar").putObject("response");
        response.put("mention_id", record.mentionId());
        response.put("brand", record.brand());
        response.put("platform", record.platform());
        response.put("status", record.status().label());
        response.put("created_at", record.createdAt().toString());
        response.put("deadline", record.deadline().toString());
        response.put("deadline_minutes", record.deadlineMinutes());
        if (record.answeredAt() != null) {
            response.put("answered_at", record.answeredAt().toString());
            response.put("reply_id", record.replyId());
        }
        record.firstResponseMinutes()
                .ifPresent(
                        minutes -> response.put("first_response_minutes", ScoredWindowDocuments.round(minutes, 100)));
        response.put("reach", record.reach());
        if (!record.author().isEmpty()) {
            response.put("author", record.author());
        }
        response.put("message", record.text());
        ArrayNode categories = response.putArray("categories");
        for (String category : record.categories()) {
            categories.add(category);
        }
        response.put("negative", record.negative());
        response.put("sentiment_score", ScoredWindowDocuments.round(record.sentimentScore(), 10_000));
        response.put("overdue", record.overdue());
        return doc;
    }
}
