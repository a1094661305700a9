package io.crisisradar.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crisisradar.config.CrisisRadarConfig;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Replays a file of mentions (one JSON object per line) into the mentions topic at a chosen rate.
 * Lines are sent as they are, invalid ones included: the job, not the loader, decides what is a
 * dead letter.
 */
@Command(
        name = "replay",
        mixinStandardHelpOptions = true,
        description = "Send an NDJSON file of mentions to the mentions topic, showing progress.")
final class ReplayCommand implements Callable<Integer> {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Parameters(paramLabel = "FILE", description = "NDJSON file of mentions, or - for standard input.")
    String file;

    @Option(
            names = "--rate",
            paramLabel = "N",
            description = "Records per second; 0 sends as fast as Kafka takes them (default: ${DEFAULT-VALUE}).",
            defaultValue = "0")
    double rate;

    @Option(names = "--topic", description = "Topic to send to (default: kafka.mentions-topic).")
    String topic;

    @Mixin
    ConfigOptions configOptions;

    @Override
    public Integer call() throws Exception {
        if (rate < 0) {
            throw new IllegalArgumentException("--rate must not be negative");
        }
        CrisisRadarConfig config = configOptions.load();
        String target = topic != null ? topic : config.kafka().mentionsTopic();
        Properties properties = config.kafka().clientConfig();
        properties.put("acks", "all");
        properties.put("enable.idempotence", "true");
        properties.put("linger.ms", "5");
        AtomicLong acknowledged = new AtomicLong();
        AtomicReference<Exception> failure = new AtomicReference<>();
        long sent = 0;
        long started = System.nanoTime();
        long lastReport = started;
        try (InputStream in = open();
                KafkaProducer<byte[], byte[]> producer =
                        new KafkaProducer<>(properties, new ByteArraySerializer(), new ByteArraySerializer())) {
            byte[] line;
            while ((line = nextLine(in)) != null) {
                if (isBlank(line)) {
                    continue;
                }
                if (failure.get() != null) {
                    throw failure.get();
                }
                producer.send(new ProducerRecord<>(target, key(line), line), (metadata, error) -> {
                    if (error != null) {
                        failure.compareAndSet(null, error);
                    } else {
                        acknowledged.incrementAndGet();
                    }
                });
                sent++;
                if (rate > 0) {
                    long dueNanos = started + (long) (sent * 1e9 / rate);
                    long waitNanos = dueNanos - System.nanoTime();
                    if (waitNanos > 0) {
                        Thread.sleep(waitNanos / 1_000_000, (int) (waitNanos % 1_000_000));
                    }
                }
                long now = System.nanoTime();
                if (now - lastReport > 1_000_000_000L) {
                    lastReport = now;
                    System.out.printf("replay: %d sent, %d acknowledged%n", sent, acknowledged.get());
                }
            }
            producer.flush();
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("replay: %d records sent to %s in %.1f s%n", sent, target, seconds);
        return 0;
    }

    private InputStream open() throws IOException {
        if (file.equals("-")) {
            return new BufferedInputStream(System.in);
        }
        Path path = Path.of(file);
        if (!Files.isReadable(path)) {
            throw new IllegalArgumentException("cannot read " + path.toAbsolutePath());
        }
        return new BufferedInputStream(Files.newInputStream(path));
    }

    /**
     * The next line's bytes as they are in the file (without the line break), or null at the end.
     * Not decoded: an invalid byte must reach the job and become a NOT_JSON dead letter, not be
     * silently replaced here.
     */
    static byte[] nextLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(512);
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            line.write(b);
        }
        if (b == -1 && line.size() == 0) {
            return null;
        }
        byte[] bytes = line.toByteArray();
        int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        return length == bytes.length ? bytes : Arrays.copyOf(bytes, length);
    }

    private static boolean isBlank(byte[] line) {
        for (byte b : line) {
            if (b != ' ' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    /** The mention id as key when the line has one, so redeliveries of one mention share a partition. */
    private static byte[] key(byte[] line) {
        try {
            JsonNode id = MAPPER.readTree(line).get("id");
            return id != null && id.isTextual() ? id.textValue().getBytes(StandardCharsets.UTF_8) : null;
        } catch (IOException e) {
            return null;
        }
    }
}
