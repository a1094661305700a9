package io.crisisradar.mention;

/** Machine-readable reasons why a record became a dead letter. */
public enum RejectionReason {
    /** Larger than {@code job.max-mention-bytes}; not parsed at all. */
    OVERSIZED,
    /** Empty payload (e.g. a tombstone). */
    EMPTY,
    /** Not well-formed JSON, or not UTF-8. */
    NOT_JSON,
    /** Well-formed JSON, but not an object. */
    NOT_AN_OBJECT,
    /** A required field ({@code id}, {@code platform}, {@code created_at}, {@code text}) is absent or null. */
    MISSING_FIELD,
    /** A field has the wrong type or an impossible value (negative follower count, blank id, …). */
    INVALID_FIELD,
    /** {@code created_at} is not an ISO-8601 instant with a zone or offset. */
    UNPARSABLE_TIME,
    /** Elasticsearch refused the document for a reason that retrying cannot fix (e.g. mapping). */
    ELASTICSEARCH_REJECTED
}
