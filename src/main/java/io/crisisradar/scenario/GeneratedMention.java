package io.crisisradar.scenario;

import java.time.Instant;

/**
 * One generated mention: the JSON line that goes into the stream, and the ground truth about it
 * that never does (which event it belongs to, what it was written to say).
 *
 * @param emittedAt when it is sent: its {@code createdAt}, or later for records sent out of order
 * @param eventId the injected event it belongs to, or null for everyday traffic and brand replies
 * @param json the mention as one line of JSON, in the input contract of DESIGN.md
 */
public record GeneratedMention(
        String id,
        String platform,
        Instant createdAt,
        Instant emittedAt,
        String brand,
        String eventId,
        Topic topic,
        String language,
        String text,
        String json) {

    GeneratedMention withEmittedAt(Instant at) {
        return new GeneratedMention(id, platform, createdAt, at, brand, eventId, topic, language, text, json);
    }
}
