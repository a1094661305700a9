package io.crisisradar.cli;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.crisisradar.config.CrisisRadarConfig;
import io.crisisradar.pipeline.CrisisRadarJob;
import io.crisisradar.sink.elasticsearch.ElasticsearchClients;
import io.crisisradar.sink.elasticsearch.IndexNames;
import io.crisisradar.sink.elasticsearch.IndexTemplates;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Runs the streaming job (locally in a mini-cluster, or on the cluster it was submitted to). */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description = "Run the crisis-radar job: Kafka mentions -> Elasticsearch. Installs index templates first.")
final class RunCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions configOptions;

    @Option(names = "--skip-templates", description = "Do not install index templates at start.")
    boolean skipTemplates;

    @Override
    public Integer call() throws Exception {
        CrisisRadarConfig config = configOptions.load();
        System.out.println("crisis-radar: " + config.kafka());
        System.out.println("crisis-radar: " + config.elasticsearch());
        if (!skipTemplates) {
            TemplatesCommand.installAndVerify(config);
        }
        if (config.job().webUiPort() > 0) {
            System.out.println("crisis-radar: local runs serve the Flink web UI at http://127.0.0.1:"
                    + config.job().webUiPort());
        }
        CrisisRadarJob.run(config);
        return 0;
    }

    static ElasticsearchClient client(CrisisRadarConfig config) {
        return ElasticsearchClients.create(config.elasticsearch());
    }

    static IndexTemplates templates(CrisisRadarConfig config) {
        return new IndexTemplates(new IndexNames(config.elasticsearch().indexPrefix()));
    }
}
