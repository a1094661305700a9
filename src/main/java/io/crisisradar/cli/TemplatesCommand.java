package io.crisisradar.cli;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.crisisradar.config.CrisisRadarConfig;
import io.crisisradar.sink.elasticsearch.IndexTemplates;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** Installs or verifies the Elasticsearch index templates. */
@Command(
        name = "templates",
        mixinStandardHelpOptions = true,
        description = "Install (and verify) or only verify the Elasticsearch index templates.")
final class TemplatesCommand implements Callable<Integer> {

    enum Action {
        install,
        verify
    }

    @Parameters(
            paramLabel = "ACTION",
            description = "install or verify (default: ${DEFAULT-VALUE})",
            defaultValue = "install")
    Action action;

    @Mixin
    ConfigOptions configOptions;

    @Override
    public Integer call() throws Exception {
        CrisisRadarConfig config = configOptions.load();
        if (action == Action.install) {
            installAndVerify(config);
            return 0;
        }
        try (ElasticsearchClient client = RunCommand.client(config)) {
            return report(RunCommand.templates(config).verify(client)) ? 0 : 1;
        }
    }

    /** Installs every template, then verifies them; throws when verification finds problems. */
    static void installAndVerify(CrisisRadarConfig config) throws IOException {
        try (ElasticsearchClient client = RunCommand.client(config)) {
            IndexTemplates templates = RunCommand.templates(config);
            for (String installed : templates.install(client)) {
                System.out.println("installed " + installed);
            }
            if (!report(templates.verify(client))) {
                throw new IllegalStateException("index templates did not verify after installation");
            }
        }
    }

    private static boolean report(List<String> problems) {
        if (problems.isEmpty()) {
            System.out.println("index templates verified: every index kind gets the strict crisis-radar mapping");
            return true;
        }
        problems.forEach(problem -> System.err.println("template problem: " + problem));
        return false;
    }
}
