package io.crisisradar.mention;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns raw Kafka payloads into {@link Mention}s or {@link DeadLetter}s. It never throws for bad
 * input: every way a record can be wrong is a {@link RejectionReason}, so one bad producer cannot
 * stop the job.
 */
public final class MentionParser {

    static final int MAX_ID_CHARS = 512;
    // Elasticsearch limits _id to 512 bytes for the whole bulk request: one longer id would fail
    // every item and loop the job through restarts. 480 leaves room for the "elasticsearch-"
    // prefix of a dead letter made from the mention.
    static final int MAX_ID_BYTES = 480;
    // Platforms' clocks and time zones are off by hours at most; a mention dated further after its
    // Kafka record is a bug upstream and would drag the partition's watermark into the future.
    static final long MAX_FUTURE_MILLIS = 24 * 3600 * 1000L;
    static final int MAX_SHORT_FIELD_CHARS = 256;
    // Event times outside these bounds are typos or unit mix-ups (seconds read as millis); they
    // would open windows decades away and hold back or jump watermarks, so they are rejected.
    static final Instant EARLIEST = Instant.parse("1990-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("2200-01-01T00:00:00Z");

    private static final Set<String> KNOWN_ROOT_FIELDS = Set.of(
            "id",
            "platform",
            "created_at",
            "text",
            "brand",
            "lang",
            "author",
            "engagement",
            "url",
            "in_reply_to",
            "sentiment");
    private static final Set<String> KNOWN_AUTHOR_FIELDS = Set.of("id", "handle", "followers", "verified");
    private static final Set<String> KNOWN_ENGAGEMENT_FIELDS = Set.of("likes", "shares", "comments", "views");

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final int maxBytes;
    private final Clock clock;

    /**
     * @param maxBytes payloads larger than this are rejected unparsed
     * @param clock supplies the rejection time of dead letters
     */
    public MentionParser(int maxBytes, Clock clock) {
        this.maxBytes = maxBytes;
        this.clock = clock;
    }

    /** Parses one payload read at {@code source}; a null payload is a Kafka tombstone. */
    public ParsedRecord parse(byte[] payload, SourcePosition source) {
        try {
            Mention mention = parseOrThrow(payload);
            if (source.timestamp() > 0 && mention.createdAt().toEpochMilli() > source.timestamp() + MAX_FUTURE_MILLIS) {
                throw new Rejection(
                        RejectionReason.UNPARSABLE_TIME,
                        "created_at " + mention.createdAt() + " is more than a day after the Kafka record's time "
                                + Instant.ofEpochMilli(source.timestamp()),
                        mention.id());
            }
            return ParsedRecord.of(mention);
        } catch (Rejection rejection) {
            return ParsedRecord.rejected(deadLetter(
                    rejection.reason, rejection.getMessage(), "parse", rejection.mentionId, source, payload));
        }
    }

    /** Builds a dead letter for a payload rejected at any stage. */
    public DeadLetter deadLetter(
            RejectionReason reason,
            String detail,
            String stage,
            String mentionId,
            SourcePosition source,
            byte[] payload) {
        int size = payload == null ? 0 : payload.length;
        String text = payload == null ? "" : new String(payload, 0, size, StandardCharsets.UTF_8);
        boolean truncated = text.length() > DeadLetter.MAX_PAYLOAD_CHARS;
        if (truncated) {
            text = text.substring(0, DeadLetter.MAX_PAYLOAD_CHARS);
        }
        return new DeadLetter(reason, detail, stage, mentionId, source, text, size, truncated, clock.instant());
    }

    private Mention parseOrThrow(byte[] payload) throws Rejection {
        if (payload == null || payload.length == 0) {
            throw new Rejection(RejectionReason.EMPTY, "empty payload", null);
        }
        if (payload.length > maxBytes) {
            throw new Rejection(
                    RejectionReason.OVERSIZED,
                    "payload of " + payload.length + " bytes exceeds the limit of " + maxBytes + " bytes",
                    null);
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(payload);
        } catch (JsonProcessingException e) {
            throw new Rejection(RejectionReason.NOT_JSON, e.getOriginalMessage(), null);
        } catch (IOException e) {
            throw new Rejection(RejectionReason.NOT_JSON, String.valueOf(e.getMessage()), null);
        }
        if (root == null || !root.isObject()) {
            throw new Rejection(
                    RejectionReason.NOT_AN_OBJECT,
                    "expected a JSON object, got " + (root == null ? "nothing" : root.getNodeType()),
                    null);
        }
        String id = requiredString(root, "id", MAX_ID_CHARS, null);
        if (id.getBytes(StandardCharsets.UTF_8).length > MAX_ID_BYTES) {
            throw new Rejection(
                    RejectionReason.INVALID_FIELD,
                    "field 'id' is longer than " + MAX_ID_BYTES + " bytes in UTF-8 (Elasticsearch's limit)",
                    null);
        }
        String platform =
                requiredString(root, "platform", MAX_SHORT_FIELD_CHARS, id).toLowerCase(Locale.ROOT);
        Instant createdAt = eventTime(requiredString(root, "created_at", MAX_SHORT_FIELD_CHARS, id), id);
        JsonNode textNode = root.get("text");
        if (textNode == null || textNode.isNull()) {
            throw new Rejection(RejectionReason.MISSING_FIELD, "required field 'text' is missing", id);
        }
        if (!textNode.isTextual()) {
            throw new Rejection(
                    RejectionReason.INVALID_FIELD, "field 'text' must be a string, got " + textNode.getNodeType(), id);
        }
        ObjectNode extra = MAPPER.createObjectNode();
        collectUnknown(root, KNOWN_ROOT_FIELDS, extra);
        return new Mention(
                id,
                platform,
                createdAt,
                textNode.textValue(),
                optionalString(root, "brand", id),
                optionalString(root, "lang", id),
                author(root.get("author"), id, extra),
                engagement(root.get("engagement"), id, extra),
                optionalString(root, "url", id),
                optionalString(root, "in_reply_to", id),
                optionalNumber(root, "sentiment", id),
                extra.isEmpty() ? null : extra.toString());
    }

    private static Author author(JsonNode node, String id, ObjectNode extra) throws Rejection {
        if (node == null || node.isNull()) {
            return Author.UNKNOWN;
        }
        requireObject(node, "author", id);
        ObjectNode unknown = MAPPER.createObjectNode();
        collectUnknown(node, KNOWN_AUTHOR_FIELDS, unknown);
        if (!unknown.isEmpty()) {
            extra.set("author", unknown);
        }
        JsonNode verified = node.get("verified");
        if (verified != null && !verified.isNull() && !verified.isBoolean()) {
            throw new Rejection(RejectionReason.INVALID_FIELD, "field 'author.verified' must be true or false", id);
        }
        return new Author(
                idLike(node, "author.id", node.get("id"), id),
                optionalString(node, "handle", id),
                count(node, "author.followers", node.get("followers"), id),
                verified == null || verified.isNull() ? null : verified.booleanValue());
    }

    private static Engagement engagement(JsonNode node, String id, ObjectNode extra) throws Rejection {
        if (node == null || node.isNull()) {
            return Engagement.NONE;
        }
        requireObject(node, "engagement", id);
        ObjectNode unknown = MAPPER.createObjectNode();
        collectUnknown(node, KNOWN_ENGAGEMENT_FIELDS, unknown);
        if (!unknown.isEmpty()) {
            extra.set("engagement", unknown);
        }
        return new Engagement(
                count(node, "engagement.likes", node.get("likes"), id),
                count(node, "engagement.shares", node.get("shares"), id),
                count(node, "engagement.comments", node.get("comments"), id),
                count(node, "engagement.views", node.get("views"), id));
    }

    private static void requireObject(JsonNode node, String name, String id) throws Rejection {
        if (!node.isObject()) {
            throw new Rejection(
                    RejectionReason.INVALID_FIELD,
                    "field '" + name + "' must be an object, got " + node.getNodeType(),
                    id);
        }
    }

    private static void collectUnknown(JsonNode node, Set<String> known, ObjectNode into) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!known.contains(field.getKey())) {
                into.set(field.getKey(), field.getValue());
            }
        }
    }

    private static String requiredString(JsonNode root, String field, int maxChars, String id) throws Rejection {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            throw new Rejection(RejectionReason.MISSING_FIELD, "required field '" + field + "' is missing", id);
        }
        if (!node.isTextual()) {
            throw new Rejection(
                    RejectionReason.INVALID_FIELD,
                    "field '" + field + "' must be a string, got " + node.getNodeType(),
                    id);
        }
        String value = node.textValue().trim();
        if (value.isEmpty()) {
            throw new Rejection(RejectionReason.INVALID_FIELD, "field '" + field + "' must not be blank", id);
        }
        if (value.length() > maxChars) {
            throw new Rejection(
                    RejectionReason.INVALID_FIELD,
                    "field '" + field + "' is longer than " + maxChars + " characters",
                    id == null && field.equals("id") ? null : id);
        }
        return value;
    }

    private static String optionalString(JsonNode parent, String field, String id) throws Rejection {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw new Rejection(
                    RejectionReason.INVALID_FIELD,
                    "field '" + field + "' must be a string, got " + node.getNodeType(),
                    id);
        }
        String value = node.textValue().trim();
        return value.isEmpty() ? null : value;
    }

    /** Author ids are strings on some platforms and numbers on others; both are kept as text. */
    private static String idLike(JsonNode parent, String name, JsonNode node, String id) throws Rejection {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isTextual() || node.isIntegralNumber()) {
            return node.asText();
        }
        throw new Rejection(RejectionReason.INVALID_FIELD, "field '" + name + "' must be a string or integer", id);
    }

    private static Long count(JsonNode parent, String name, JsonNode node, String id) throws Rejection {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong() || node.longValue() < 0) {
            throw new Rejection(
                    RejectionReason.INVALID_FIELD,
                    "field '" + name + "' must be a non-negative integer, got " + node,
                    id);
        }
        return node.longValue();
    }

    private static Double optionalNumber(JsonNode parent, String field, String id) throws Rejection {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isNumber() || !Double.isFinite(node.doubleValue())) {
            throw new Rejection(
                    RejectionReason.INVALID_FIELD, "field '" + field + "' must be a number, got " + node, id);
        }
        return node.doubleValue();
    }

    private static Instant eventTime(String value, String id) throws Rejection {
        Instant instant;
        try {
            TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parse(value);
            if (!parsed.isSupported(ChronoField.OFFSET_SECONDS) && !parsed.isSupported(ChronoField.INSTANT_SECONDS)) {
                throw new Rejection(
                        RejectionReason.UNPARSABLE_TIME,
                        "created_at '" + value + "' has no zone or offset, so its instant is ambiguous",
                        id);
            }
            instant = Instant.from(parsed);
        } catch (DateTimeException e) {
            throw new Rejection(
                    RejectionReason.UNPARSABLE_TIME,
                    "created_at '" + value + "' is not an ISO-8601 date-time with offset: " + e.getMessage(),
                    id);
        }
        if (instant.isBefore(EARLIEST) || !instant.isBefore(LATEST)) {
            throw new Rejection(
                    RejectionReason.UNPARSABLE_TIME,
                    "created_at '" + value + "' is outside the plausible range " + EARLIEST + " .. " + LATEST,
                    id);
        }
        return instant;
    }

    /** Internal control flow for a rejected record; never leaves this class. */
    private static final class Rejection extends Exception {
        private final RejectionReason reason;
        private final String mentionId;

        Rejection(RejectionReason reason, String message, String mentionId) {
            super(message, null, false, false);
            this.reason = reason;
            this.mentionId = mentionId;
        }
    }
}
