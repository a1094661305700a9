package io.crisisradar.cli;

import io.crisisradar.config.CrisisRadarConfig;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
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
        long started = System.nanoTime();
        long lastReport = started;
        String target;
        long sent;
        try (InputStream in = open();
                MentionSender sender = new MentionSender(config, topic)) {
            target = sender.topic();
            byte[] line;
            while ((line = nextLine(in)) != null) {
                if (isBlank(line)) {
                    continue;
                }
                sender.send(line);
                if (rate > 0) {
                    MentionSender.sleepUntil(started + (long) (sender.sent() * 1e9 / rate));
                }
                long now = System.nanoTime();
                if (now - lastReport > 1_000_000_000L) {
                    lastReport = now;
                    System.out.printf("replay: %d sent, %d acknowledged%n", sender.sent(), sender.acknowledged());
                }
            }
            sender.flush();
            sent = sender.sent();
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
}
