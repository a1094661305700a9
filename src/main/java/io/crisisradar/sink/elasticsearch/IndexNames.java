package io.crisisradar.sink.elasticsearch;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Names of the project's indices. Indices are monthly by <em>event</em> date (UTC), so a document
 * always lands in the same index whenever it is (re)written, and its deterministic id then
 * overwrites rather than duplicates. Monthly rather than daily keeps a backfill of years of
 * history to a sensible number of shards.
 */
public record IndexNames(String prefix) implements Serializable {

    /** The kinds of index; the name is the kind's part of every index name and template. */
    public enum Kind {
        MENTIONS("mentions"),
        DEAD_LETTERS("deadletters"),
        /** Window summaries per brand and dimension; brand windows carry their crisis score. */
        METRICS("metrics"),
        /** Crisis episodes, one document per episode. */
        EPISODES("episodes"),
        /** Complaints against their first-response deadline, one document per complaint. */
        RESPONSES("responses");

        private final String part;

        Kind(String part) {
            this.part = part;
        }

        public String part() {
            return part;
        }
    }

    private static final DateTimeFormatter MONTH =
            DateTimeFormatter.ofPattern("yyyy.MM").withZone(ZoneOffset.UTC);

    /** The index that holds documents of this kind with this event time. */
    public String index(Kind kind, Instant eventTime) {
        return prefix + "-" + kind.part() + "-" + MONTH.format(eventTime);
    }

    /** The wildcard pattern that matches every index of this kind (templates, searches, data views). */
    public String pattern(Kind kind) {
        return prefix + "-" + kind.part() + "-*";
    }

    /** The name of the composable index template for this kind. */
    public String templateName(Kind kind) {
        return prefix + "-" + kind.part();
    }
}
