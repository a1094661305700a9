package io.crisisradar.sink.elasticsearch;

import java.io.Serializable;

/** Turns a stream element into the document that stores it. */
@FunctionalInterface
public interface DocumentMapper<T> extends Serializable {
    EsDocument toDocument(T element);
}
