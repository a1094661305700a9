package io.crisisradar.cli;

import io.crisisradar.dashboards.DashboardChecks;
import io.crisisradar.dashboards.DashboardFiles;
import io.crisisradar.dashboards.KibanaCredentials;
import io.crisisradar.dashboards.KibanaImporter;
import io.crisisradar.dashboards.SavedObject;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Imports the dashboards into a Kibana through its saved-objects import API. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Import the dashboards (data views, Lens visualizations, dashboards) into a Kibana 9.x.",
            "Credentials come from the environment only: CRISIS_RADAR_KIBANA_API_KEY, or"
                    + " CRISIS_RADAR_KIBANA_USERNAME and CRISIS_RADAR_KIBANA_PASSWORD (each secret also as"
                    + " <NAME>_FILE naming a file that holds it).",
            "Exit code 0 when every object was imported, 1 when Kibana refused any."
        })
final class DashboardsImportCommand implements Callable<Integer> {

    @Option(names = "--kibana", required = true, paramLabel = "URL", description = "Kibana's base URL.")
    URI kibana;

    @Option(names = "--space", paramLabel = "SPACE", description = "Kibana space id (default: the default space).")
    String space;

    @Option(names = "--overwrite", description = "Replace objects that exist already (same ids).")
    boolean overwrite;

    @Option(
            names = "--files",
            paramLabel = "FILE|DIR",
            description = "An NDJSON file, or a folder of them (default: ${DEFAULT-VALUE}).",
            defaultValue = "dashboards")
    Path files;

    @Option(
            names = "--index-prefix",
            paramLabel = "PREFIX",
            description = "The job's elasticsearch.index-prefix; data views are pointed at <PREFIX>-<kind>-*"
                    + " (default: ${DEFAULT-VALUE}).",
            defaultValue = DashboardChecks.INDEX_PREFIX)
    String indexPrefix;

    @Option(names = "--no-check", description = "Import even if the offline checks find problems.")
    boolean noCheck;

    @Override
    public Integer call() throws Exception {
        List<Path> paths = DashboardFiles.resolve(files);
        if (!noCheck) {
            DashboardChecks.Report report = DashboardChecks.check(paths);
            if (!report.ok()) {
                DashboardsCheckCommand.report(report);
                System.err.println("not imported: fix the problems above, or import anyway with --no-check");
                return 1;
            }
        }
        KibanaImporter importer = new KibanaImporter(
                kibana,
                Optional.ofNullable(space),
                KibanaCredentials.authorization(System.getenv()),
                KibanaImporter.defaultClient(),
                KibanaImporter.Retry.DEFAULT,
                message -> System.err.println("crisis-radar: " + message));
        System.out.println("importing into " + importer.endpoint(overwrite));
        boolean allImported = true;
        for (Path file : paths) {
            byte[] content = DashboardFiles.withIndexPrefix(Files.readAllBytes(file), indexPrefix);
            KibanaImporter.Result result;
            try {
                result = importer.importFile(file.getFileName().toString(), content, overwrite);
            } catch (KibanaImporter.KibanaException e) {
                System.err.println("crisis-radar: " + e.getMessage());
                return 1;
            }
            result.warnings().forEach(w -> System.out.println("Kibana warning: " + w));
            System.out.println(file + ": " + result.successCount() + " objects imported");
            if (!result.success() || !result.errors().isEmpty()) {
                allImported = false;
                System.err.println(
                        file + ": Kibana did not import " + result.errors().size() + " object(s):");
                result.errors().forEach(e -> System.err.println("  " + e));
            }
        }
        if (allImported) {
            printDashboards(paths);
        }
        return allImported ? 0 : 1;
    }

    /** Where to open each imported dashboard. */
    private void printDashboards(List<Path> paths) {
        String base = kibana.toString().replaceAll("/+$", "") + (space == null ? "" : "/s/" + space);
        for (SavedObject object : DashboardChecks.load(paths).objects()) {
            if (object.type().equals("dashboard")) {
                System.out.println("  " + object.title() + ": " + base + "/app/dashboards#/view/" + object.id());
            }
        }
    }
}
