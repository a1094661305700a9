package io.crisisradar.cli;

import io.crisisradar.config.CrisisRadarConfig;
import io.crisisradar.config.KafkaSettings;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Creates the job's Kafka topics if they do not exist yet. */
@Command(
        name = "topics",
        mixinStandardHelpOptions = true,
        description =
                "Create the mentions, dead-letter and alerts topics (idempotent; replication is the broker default).")
final class TopicsCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions configOptions;

    @Override
    public Integer call() throws Exception {
        CrisisRadarConfig config = configOptions.load();
        createTopics(config.kafka());
        return 0;
    }

    static void createTopics(KafkaSettings kafka) throws InterruptedException, ExecutionException {
        List<NewTopic> topics = List.of(
                new NewTopic(kafka.mentionsTopic(), Optional.of(kafka.topicPartitions()), Optional.empty()),
                // Compacted: keyed by source position, a dead letter repeated after a failover is kept once.
                new NewTopic(kafka.deadLetterTopic(), Optional.of(1), Optional.empty())
                        .configs(Map.of("cleanup.policy", "compact")),
                new NewTopic(kafka.alertsTopic(), Optional.of(1), Optional.empty()));
        try (Admin admin = Admin.create(kafka.clientConfig())) {
            for (NewTopic topic : topics) {
                try {
                    admin.createTopics(List.of(topic)).all().get(60, TimeUnit.SECONDS);
                    System.out.println(
                            "created topic " + topic.name() + " with " + topic.numPartitions() + " partitions");
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                    System.out.println("topic " + topic.name() + " exists");
                } catch (java.util.concurrent.TimeoutException e) {
                    throw new IllegalStateException(
                            "Kafka at " + kafka.bootstrapServers() + " did not answer within 60 s; is it running?", e);
                }
            }
        }
    }
}
