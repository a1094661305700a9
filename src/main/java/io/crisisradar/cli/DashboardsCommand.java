package io.crisisradar.cli;

import picocli.CommandLine.Command;

/** The Kibana dashboards: import them into a Kibana, check them offline, regenerate them. */
@Command(
        name = "dashboards",
        mixinStandardHelpOptions = true,
        description = "Kibana dashboards (dashboards/ in the repository): import, check offline, generate.",
        subcommands = {DashboardsImportCommand.class, DashboardsCheckCommand.class, DashboardsGenerateCommand.class})
final class DashboardsCommand {}
