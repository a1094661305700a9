package io.crisisradar.dashboards;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/**
 * Kibana credentials from the environment, never from the command line (where every user of the
 * machine sees them in the process list): {@code CRISIS_RADAR_KIBANA_API_KEY}, or {@code
 * CRISIS_RADAR_KIBANA_USERNAME} with {@code CRISIS_RADAR_KIBANA_PASSWORD}. Like the Elasticsearch
 * secrets, the key and the password may instead be in a file named by the same variable with
 * {@code _FILE} appended.
 */
public final class KibanaCredentials {

    public static final String API_KEY = "CRISIS_RADAR_KIBANA_API_KEY";
    public static final String USERNAME = "CRISIS_RADAR_KIBANA_USERNAME";
    public static final String PASSWORD = "CRISIS_RADAR_KIBANA_PASSWORD";

    private KibanaCredentials() {}

    /**
     * The {@code Authorization} header these variables describe, or empty for an unsecured Kibana.
     *
     * @throws IllegalArgumentException when they are contradictory or incomplete
     */
    public static Optional<String> authorization(Map<String, String> env) {
        Optional<String> apiKey = secret(env, API_KEY);
        Optional<String> username = Optional.ofNullable(env.get(USERNAME)).filter(s -> !s.isBlank());
        Optional<String> password = secret(env, PASSWORD);
        if (apiKey.isPresent() && username.isPresent()) {
            throw new IllegalArgumentException("both " + API_KEY + " and " + USERNAME + " are set; set only one");
        }
        if (apiKey.isPresent()) {
            // Kibana takes the encoded key ("id:key" base64), as Elasticsearch's API returns it.
            return Optional.of("ApiKey " + apiKey.get());
        }
        if (username.isPresent() != password.isPresent()) {
            throw new IllegalArgumentException(
                    USERNAME + " and " + PASSWORD + " (or " + PASSWORD + "_FILE) must be set together");
        }
        return username.map(u -> "Basic "
                + Base64.getEncoder().encodeToString((u + ":" + password.get()).getBytes(StandardCharsets.UTF_8)));
    }

    private static Optional<String> secret(Map<String, String> env, String variable) {
        String value = env.get(variable);
        if (value != null && !value.isBlank()) {
            return Optional.of(value.strip());
        }
        String file = env.get(variable + "_FILE");
        if (file == null || file.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(
                    Files.readString(Path.of(file), StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            throw new IllegalArgumentException(
                    "cannot read the file named by " + variable + "_FILE (" + file + "): " + e.getMessage(), e);
        }
    }
}
