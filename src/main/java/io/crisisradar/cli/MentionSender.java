package io.crisisradar.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crisisradar.config.CrisisRadarConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Sends mention records to the mentions topic for the loaders ({@code replay}, {@code
 * generate-scenario}): an idempotent producer that waits for all replicas, keys records by mention
 * id so that redeliveries of one mention share a partition, and reports the first failed send at
 * the next call instead of losing it in a callback.
 */
final class MentionSender implements AutoCloseable {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final KafkaProducer<byte[], byte[]> producer;
    private final String topic;
    private final AtomicLong acknowledged = new AtomicLong();
    private final AtomicReference<Exception> failure = new AtomicReference<>();
    private long sent;

    /** A sender to {@code topic}, or to the configured mentions topic when it is null. */
    MentionSender(CrisisRadarConfig config, String topic) {
        this.topic = topic != null ? topic : config.kafka().mentionsTopic();
        Properties properties = config.kafka().clientConfig();
        properties.put("acks", "all");
        properties.put("enable.idempotence", "true");
        properties.put("linger.ms", "5");
        this.producer = new KafkaProducer<>(properties, new ByteArraySerializer(), new ByteArraySerializer());
    }

    String topic() {
        return topic;
    }

    /** Sends a line as it is, keyed by its mention id when it has one. */
    void send(byte[] line) throws Exception {
        send(key(line), line);
    }

    /** Sends a line with a known key (null for none); throws the first earlier failure, if any. */
    void send(byte[] key, byte[] line) throws Exception {
        throwFailure();
        producer.send(new ProducerRecord<>(topic, key, line), (metadata, error) -> {
            if (error != null) {
                failure.compareAndSet(null, error);
            } else {
                acknowledged.incrementAndGet();
            }
        });
        sent++;
    }

    /** Waits until everything sent is acknowledged; throws if any send failed. */
    void flush() throws Exception {
        producer.flush();
        throwFailure();
    }

    long sent() {
        return sent;
    }

    long acknowledged() {
        return acknowledged.get();
    }

    @Override
    public void close() {
        producer.close();
    }

    private void throwFailure() throws Exception {
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    /** The mention id as key when the line has one, so redeliveries of one mention share a partition. */
    static byte[] key(byte[] line) {
        try {
            JsonNode id = MAPPER.readTree(line).get("id");
            return id != null && id.isTextual() ? id.textValue().getBytes(StandardCharsets.UTF_8) : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** Sleeps until {@code System.nanoTime()} reaches {@code dueNanos}: paces sending to a rate. */
    static void sleepUntil(long dueNanos) throws InterruptedException {
        long waitNanos = dueNanos - System.nanoTime();
        if (waitNanos > 0) {
            Thread.sleep(waitNanos / 1_000_000, (int) (waitNanos % 1_000_000));
        }
    }
}
