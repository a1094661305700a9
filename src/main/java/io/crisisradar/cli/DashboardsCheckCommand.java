package io.crisisradar.cli;

import io.crisisradar.dashboards.DashboardChecks;
import io.crisisradar.dashboards.DashboardFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Checks the dashboard files against the index templates, without a Kibana. */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = {
            "Check the saved-object files without Kibana: every line parses, ids are unique, references"
                    + " resolve, data views match the index templates, and every field a panel uses is"
                    + " mapped with a type its operation supports.",
            "Exit code 0 when they pass, 1 when there are problems."
        })
final class DashboardsCheckCommand implements Callable<Integer> {

    @Option(
            names = "--files",
            paramLabel = "FILE|DIR",
            description = "An NDJSON file, or a folder of them (default: ${DEFAULT-VALUE}).",
            defaultValue = "dashboards")
    Path files;

    @Override
    public Integer call() throws Exception {
        List<Path> paths = DashboardFiles.resolve(files);
        return report(DashboardChecks.check(paths)) ? 0 : 1;
    }

    /** Prints what was checked, skipped and found; true when there are no problems. */
    static boolean report(DashboardChecks.Report report) {
        Map<String, Integer> checked = report.checked();
        System.out.println("checked: "
                + checked.entrySet().stream()
                        .sorted(Map.Entry.comparingByKey())
                        .map(e -> e.getValue() + " " + e.getKey())
                        .collect(Collectors.joining(", ")));
        report.skipped().forEach(s -> System.out.println("skipped: " + s));
        report.problems().forEach(p -> System.err.println("problem: " + p));
        if (report.ok()) {
            System.out.println("dashboards OK");
        } else {
            System.err.println(report.problems().size() + " problem(s) in the dashboard files");
        }
        return report.ok();
    }
}
