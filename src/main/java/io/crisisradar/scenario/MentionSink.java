package io.crisisradar.scenario;

/** Receives generated mentions in the order they are sent: a file, Kafka, a list in a test. */
@FunctionalInterface
public interface MentionSink {

    void accept(GeneratedMention mention) throws Exception;
}
