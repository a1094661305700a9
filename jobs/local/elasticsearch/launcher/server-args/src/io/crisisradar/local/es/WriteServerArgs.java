package io.crisisradar.local.es;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.elasticsearch.bootstrap.ServerArgs;
import org.elasticsearch.common.io.stream.OutputStreamStreamOutput;
import org.elasticsearch.common.settings.KeyStoreWrapper;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.node.InternalSettingsPreparer;

/**
 * Writes the {@link ServerArgs} that {@code org.elasticsearch.bootstrap.Elasticsearch} reads from
 * stdin, doing the part of the (unpublished) {@code server-cli} that a background node needs.
 *
 * <p>Usage: {@code WriteServerArgs <es home> <config dir> <pid file> <output file> [key=value...]}.
 * Settings are prepared exactly as the CLI does ({@code InternalSettingsPreparer} over
 * {@code elasticsearch.yml} in the config dir, {@code key=value} pairs acting like {@code -E}).
 * The node is told to daemonize: it then closes stdout/stderr once ready and does not watch stdin
 * for a parent CLI, so reading its arguments from a file is enough to keep it running.
 */
public final class WriteServerArgs {

    private WriteServerArgs() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println(
                    "usage: WriteServerArgs <es home> <config dir> <pid file> <output file> [key=value...]");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        Path configDir = Path.of(args[1]).toAbsolutePath();
        Path pidFile = Path.of(args[2]).toAbsolutePath();
        Path output = Path.of(args[3]).toAbsolutePath();

        Map<String, String> overrides = new HashMap<>();
        overrides.put("path.home", home.toString());
        for (int i = 4; i < args.length; i++) {
            int eq = args[i].indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("expected key=value, got: " + args[i]);
            }
            overrides.put(args[i].substring(0, eq), args[i].substring(eq + 1));
        }
        Environment env =
                InternalSettingsPreparer.prepareEnvironment(
                        Settings.EMPTY, overrides, configDir, () -> "crisis-radar-local");

        // An empty in-memory keystore with a bootstrap seed, as the CLI creates on first start;
        // the local node has no secure settings (no security plugin).
        KeyStoreWrapper keystore = KeyStoreWrapper.create();
        KeyStoreWrapper.addBootstrapSeed(keystore);

        ServerArgs serverArgs =
                new ServerArgs(
                        true, // daemonize: see class comment
                        false, // quiet: keep logging to stdout until ready, it lands in a log file
                        pidFile,
                        keystore,
                        env.settings(),
                        env.configDir(),
                        env.logsDir());
        Files.createDirectories(output.getParent());
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(output));
                OutputStreamStreamOutput streamOutput = new OutputStreamStreamOutput(out)) {
            serverArgs.writeTo(streamOutput);
        }
    }
}
