package io.crisisradar.testing;

import io.crisisradar.config.ConfigLoader;
import io.crisisradar.config.CrisisRadarConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the real Kafka broker and Elasticsearch node once per test run, with the same
 * {@code jobs/local/services.sh} a user runs, on ports of their own so that a running demo is not
 * disturbed. They are stopped when the run ends, unless they were already running before it.
 */
public final class LocalServices implements BeforeAllCallback {

    /**
     * Ports and instance folder of the test services. Overridable (e.g. {@code
     * -Dcrisisradar.test.port-offset=1000}) so that two checkouts can run their end-to-end tests at
     * the same time without sharing a broker.
     */
    private static final int PORT_OFFSET = Integer.getInteger("crisisradar.test.port-offset", 0);

    public static final int KAFKA_PORT = 19092 + PORT_OFFSET;
    public static final int ES_PORT = 19200 + PORT_OFFSET;

    private static final Duration START_TIMEOUT = Duration.ofMinutes(10);

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot()
                .getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Running.class, key -> Running.start(), Running.class);
    }

    /** A configuration pointing at the test services, isolated by a fresh topic, group and index prefix. */
    public static CrisisRadarConfig isolatedConfig(Map<String, String> overrides) {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> values = new HashMap<>();
        values.put("kafka.bootstrap-servers", "127.0.0.1:" + KAFKA_PORT);
        values.put("kafka.mentions-topic", "mentions-" + run);
        values.put("kafka.dead-letter-topic", "deadletters-" + run);
        values.put("kafka.alerts-topic", "alerts-" + run);
        values.put("kafka.group-id", "it-" + run);
        values.put("kafka.topic-partitions", "2");
        values.put("elasticsearch.hosts", "http://127.0.0.1:" + ES_PORT);
        values.put("elasticsearch.index-prefix", "it-" + run);
        values.put("job.parallelism", "2");
        values.put("job.checkpoint-interval", "1s");
        values.put("job.web-ui-port", "0");
        values.putAll(overrides);
        return new ConfigLoader(Map.of()).load(Optional.empty(), values);
    }

    public static Path projectDir() {
        return Path.of(System.getProperty("crisisradar.project.dir", ".")).toAbsolutePath();
    }

    /** The started services; closed by JUnit when the whole run ends. */
    static final class Running implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        private final boolean startedHere;

        private Running(boolean startedHere) {
            this.startedHere = startedHere;
        }

        static Running start() {
            boolean alreadyRunning = run("status", Duration.ofMinutes(1), false) == 0;
            if (!alreadyRunning) {
                if (run("start", START_TIMEOUT, true) != 0) {
                    throw new IllegalStateException("jobs/local/services.sh start failed for the test services;"
                            + " see its output above and the logs under target/test-runtime");
                }
            }
            return new Running(!alreadyRunning);
        }

        @Override
        public void close() {
            if (startedHere) {
                run("stop", Duration.ofMinutes(2), true);
            }
        }

        private static int run(String command, Duration timeout, boolean inheritOutput) {
            Path project = projectDir();
            ProcessBuilder builder = new ProcessBuilder(
                    List.of("bash", project.resolve("jobs/local/services.sh").toString(), command));
            builder.directory(project.toFile());
            Map<String, String> env = builder.environment();
            env.put(
                    "CRISIS_RADAR_INSTANCE_DIR",
                    project.resolve("target/test-runtime" + (PORT_OFFSET == 0 ? "" : "-" + PORT_OFFSET))
                            .toString());
            env.put("KAFKA_PORT", String.valueOf(KAFKA_PORT));
            env.put("KAFKA_CONTROLLER_PORT", String.valueOf(KAFKA_PORT + 1));
            env.put("ES_HTTP_PORT", String.valueOf(ES_PORT));
            env.put("ES_TRANSPORT_PORT", String.valueOf(ES_PORT + 100));
            builder.redirectErrorStream(true);
            try {
                Path log = Files.createTempFile("services-" + command, ".log");
                builder.redirectOutput(
                        inheritOutput ? ProcessBuilder.Redirect.INHERIT : ProcessBuilder.Redirect.to(log.toFile()));
                Process process = builder.start();
                if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException("services.sh " + command + " did not finish within " + timeout);
                }
                return process.exitValue();
            } catch (IOException e) {
                throw new IllegalStateException("cannot run jobs/local/services.sh " + command, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while running services.sh " + command, e);
            }
        }
    }
}
