package io.crisisradar.cli;

import io.crisisradar.dashboards.DashboardChecks;
import io.crisisradar.dashboards.DashboardDefinitions;
import io.crisisradar.dashboards.DashboardFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Writes the dashboard file from its definition in code, then checks it. */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        description = "Write dashboards/crisis-radar.ndjson from io.crisisradar.dashboards.DashboardDefinitions"
                + " (after changing the definitions), then check it.")
final class DashboardsGenerateCommand implements Callable<Integer> {

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Where to write (default: ${DEFAULT-VALUE}).",
            defaultValue = "dashboards/" + DashboardFiles.FILE_NAME)
    Path output;

    @Override
    public Integer call() throws Exception {
        if (output.toAbsolutePath().getParent() != null) {
            Files.createDirectories(output.toAbsolutePath().getParent());
        }
        Files.writeString(output, DashboardDefinitions.ndjson(), StandardCharsets.UTF_8);
        System.out.println("wrote " + output);
        return DashboardsCheckCommand.report(DashboardChecks.check(List.of(output))) ? 0 : 1;
    }
}
