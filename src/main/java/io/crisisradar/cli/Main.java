package io.crisisradar.cli;

import io.crisisradar.config.ConfigException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code crisis-radar} command line: one entry point for the job and every tool around it. */
@Command(
        name = "crisis-radar",
        mixinStandardHelpOptions = true,
        version = "crisis-radar 0.1.0",
        description = "Detects brand crises in a stream of social media mentions.",
        subcommands = {
            RunCommand.class,
            TemplatesCommand.class,
            TopicsCommand.class,
            ReplayCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Main {

    public static void main(String[] args) {
        int exitCode = commandLine().execute(args);
        // Only exit explicitly on failure: in Flink application mode main() runs inside the
        // JobManager, which a System.exit(0) after submitting the job would take down.
        if (exitCode != 0) {
            System.exit(exitCode);
        }
    }

    /** The configured command line; tests execute it without exiting the JVM. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new Main());
        // Bad configuration is the user's to fix: say what is wrong, not where in the code.
        commandLine.setExecutionExceptionHandler((e, cl, parseResult) -> {
            if (e instanceof ConfigException || e instanceof IllegalArgumentException) {
                cl.getErr().println("crisis-radar: " + e.getMessage());
                return 2;
            }
            throw e;
        });
        return commandLine;
    }
}
