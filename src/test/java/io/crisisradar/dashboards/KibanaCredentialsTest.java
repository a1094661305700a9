package io.crisisradar.dashboards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KibanaCredentialsTest {

    @Test
    void noVariablesMeansAnUnsecuredKibana() {
        assertThat(KibanaCredentials.authorization(Map.of())).isEmpty();
    }

    @Test
    void anApiKey() {
        assertThat(KibanaCredentials.authorization(Map.of(KibanaCredentials.API_KEY, "aWQ6a2V5")))
                .contains("ApiKey aWQ6a2V5");
    }

    @Test
    void userAndPasswordFromAFile(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("password");
        Files.writeString(secret, "s3cret\n", StandardCharsets.UTF_8);

        assertThat(KibanaCredentials.authorization(Map.of(
                        KibanaCredentials.USERNAME,
                        "elastic",
                        KibanaCredentials.PASSWORD + "_FILE",
                        secret.toString())))
                .contains("Basic "
                        + Base64.getEncoder().encodeToString("elastic:s3cret".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void incompleteOrContradictoryVariablesAreRefused() {
        assertThatThrownBy(() -> KibanaCredentials.authorization(Map.of(KibanaCredentials.USERNAME, "elastic")))
                .hasMessageContaining("must be set together");
        assertThatThrownBy(() -> KibanaCredentials.authorization(
                        Map.of(KibanaCredentials.API_KEY, "k", KibanaCredentials.USERNAME, "elastic")))
                .hasMessageContaining("set only one");
    }
}
