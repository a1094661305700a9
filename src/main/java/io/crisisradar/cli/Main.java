package io.crisisradar.cli;

import io.crisisradar.config.ConfigException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Optional;
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
            DashboardsCommand.class,
            TopicsCommand.class,
            ReplayCommand.class,
            GenerateScenarioCommand.class,
            EvaluateSentimentCommand.class,
            EvaluateLanguageCommand.class,
            EvaluateCategoriesCommand.class,
            EvaluateNabCommand.class,
            EvaluateScenariosCommand.class,
            TimelineCommand.class,
            BackfillCommand.class,
            io.crisisradar.enrich.sentiment.train.SentimentResourceBuilder.class,
            io.crisisradar.enrich.sentiment.train.SentimentBenchmark.class,
            CommandLine.HelpCommand.class
        })
public final class Main {

    public static void main(String[] args) {
        CommandLine commandLine = commandLine();
        if (runsInsideFlink()) {
            // Submitted to a cluster, main() runs inside the JobManager: System.exit would take it
            // down with every job on it. Fail by exception instead, so that the submitter (REST or
            // CLI) gets the reason in its answer.
            StringWriter errors = new StringWriter();
            commandLine.setErr(new PrintWriter(errors, true));
            int exitCode = commandLine.execute(args);
            if (exitCode != 0) {
                throw new IllegalArgumentException("crisis-radar failed (exit code " + exitCode + "): " + errors);
            }
            return;
        }
        int exitCode = commandLine.execute(args);
        if (exitCode != 0) {
            System.exit(exitCode);
        }
    }

    /** Loaded by Flink's user-code class loader (a submitted jar) rather than from the classpath. */
    private static boolean runsInsideFlink() {
        return Main.class.getClassLoader() != ClassLoader.getSystemClassLoader();
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
            Optional<String> portInUse = webUiPortInUse(e);
            if (portInUse.isPresent()) {
                cl.getErr().println("crisis-radar: " + portInUse.get());
                return 1;
            }
            throw e;
        });
        return commandLine;
    }

    /**
     * A local job whose web UI port is taken (the demo's job, another backfill) fails deep inside
     * Flink's MiniCluster with a BindException; say which setting to change instead of a trace.
     */
    static Optional<String> webUiPortInUse(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            // Flink's own words, a BindException "Could not start rest endpoint on any port in port
            // range 8081"; other BindExceptions (a client's connect) are not this.
            String message = cause.getMessage();
            if (cause instanceof java.net.BindException && message != null && message.contains("rest endpoint")) {
                return Optional.of("the Flink web UI port is in use (" + message
                        + "): is another crisis-radar job or the demo running? Choose a free port with"
                        + " -s job.web-ui-port=PORT");
            }
        }
        return Optional.empty();
    }
}
