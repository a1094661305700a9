package io.crisisradar.sink.elasticsearch;

import java.io.Serializable;
import java.time.Instant;

/**
 * One document to index: where, under which id, and its JSON source.
 *
 * @param timestamp the document's event time; it chose the index and dates a dead letter made from
 *     this document, so that a replay puts that dead letter in the same index
 */
public record EsDocument(String index, String id, Instant timestamp, byte[] source) implements Serializable {

    /** Approximate bytes this document adds to a bulk request (source plus action line). */
    public long estimatedBytes() {
        return source.length + index.length() + id.length() + 48L;
    }
}
