package io.crisisradar.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    @TempDir
    Path dir;

    @Test
    void defaultsTargetTheLocalRuntime() {
        CrisisRadarConfig config = new ConfigLoader(Map.of()).load();

        assertThat(config.kafka().bootstrapServers()).isEqualTo("127.0.0.1:9092");
        assertThat(config.elasticsearch().hosts())
                .extracting(Object::toString)
                .containsExactly("http://127.0.0.1:9200");
        assertThat(config.elasticsearch().bulk().flushInterval()).isEqualTo(Duration.ofSeconds(1));
        assertThat(config.job().maxMentionBytes()).isEqualTo(64 * 1024);
        assertThat(config.kafka().startingOffsets()).isEqualTo(KafkaSettings.StartingOffsets.COMMITTED_OR_EARLIEST);
    }

    @Test
    void commandLineOverridesWinOverTheFile() throws IOException {
        Path file = dir.resolve("job.properties");
        Files.writeString(file, "job.parallelism=4\nkafka.mentions-topic=from-file\n");

        CrisisRadarConfig config = new ConfigLoader(Map.of())
                .load(Optional.of(file), ConfigLoader.parseOverrides(List.of("job.parallelism=8")));

        assertThat(config.job().parallelism()).isEqualTo(8);
        assertThat(config.kafka().mentionsTopic()).isEqualTo("from-file");
    }

    @Test
    void theDataEndOfABoundedRunIsAnInstantAndUnsetByDefault() {
        assertThat(new ConfigLoader(Map.of()).load().job().endOfInputTimeMillis())
                .as("unknown: the final watermark lets every timer fire")
                .isEqualTo(Long.MAX_VALUE);
        CrisisRadarConfig config =
                new ConfigLoader(Map.of()).load(Optional.empty(), Map.of("job.data-ends-at", "2026-11-23T18:00:00Z"));
        assertThat(config.job().dataEndsAt()).contains(java.time.Instant.parse("2026-11-23T18:00:00Z"));
        assertThatThrownBy(() ->
                        new ConfigLoader(Map.of()).load(Optional.empty(), Map.of("job.data-ends-at", "yesterday")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("job.data-ends-at must be an ISO instant");
    }

    @Test
    void refusesSecretsOnTheCommandLineAndNamesTheVariableToUse() {
        assertThatThrownBy(() ->
                        new ConfigLoader(Map.of()).load(Optional.empty(), Map.of("elasticsearch.password", "hunter2")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("CRISIS_RADAR_ES_PASSWORD");
    }

    @Test
    void refusesAnySecretLookingKafkaPropertyOnTheCommandLineAndCredentialsInHostUrls() {
        ConfigLoader loader = new ConfigLoader(Map.of());
        assertThatThrownBy(() ->
                        loader.load(Optional.empty(), Map.of("kafka.properties.ssl.keystore.password", "changeit")))
                .hasMessageContaining("secret");
        assertThatThrownBy(() ->
                        loader.load(Optional.empty(), Map.of("elasticsearch.hosts", "https://elastic:hunter2@es:9200")))
                .hasMessageContaining("must not contain credentials")
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void readsSecretsFromTheEnvironmentOrAFileAndNeverPrintsThem() throws IOException {
        Path secret = dir.resolve("password");
        Files.writeString(secret, "s3cret\n");

        CrisisRadarConfig config = new ConfigLoader(Map.of("CRISIS_RADAR_ES_PASSWORD_FILE", secret.toString()))
                .load(Optional.empty(), Map.of("elasticsearch.username", "elastic"));

        assertThat(config.elasticsearch().password()).contains("s3cret");
        assertThat(config.elasticsearch().toString()).doesNotContain("s3cret").contains("basic(elastic)");
    }

    @Test
    void passesKafkaClientPropertiesThroughWithoutPrintingTheirValues() {
        CrisisRadarConfig config = new ConfigLoader(Map.of("CRISIS_RADAR_KAFKA_SASL_JAAS_CONFIG", "jaas password=x"))
                .load(Optional.empty(), Map.of("kafka.properties.security.protocol", "SASL_SSL"));

        assertThat(config.kafka().clientConfig())
                .containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("sasl.jaas.config", "jaas password=x");
        assertThat(config.kafka().toString()).doesNotContain("password=x");
    }

    @Test
    void rejectsUnknownKeysMalformedValuesAndHalfGivenCredentials() {
        ConfigLoader loader = new ConfigLoader(Map.of());
        assertThatThrownBy(() -> loader.load(Optional.empty(), Map.of("job.paralelism", "2")))
                .hasMessageContaining("job.paralelism");
        assertThatThrownBy(() -> loader.load(Optional.empty(), Map.of("job.checkpoint-interval", "soon")))
                .hasMessageContaining("job.checkpoint-interval");
        assertThatThrownBy(() -> loader.load(Optional.empty(), Map.of("kafka.starting-offsets", "middle")))
                .hasMessageContaining("earliest");
        assertThatThrownBy(() -> loader.load(Optional.empty(), Map.of("elasticsearch.username", "elastic")))
                .hasMessageContaining("together");
        assertThatThrownBy(() -> ConfigLoader.parseOverrides(List.of("noequals")))
                .hasMessageContaining("key=value");
    }

    @Test
    void parsesDurationsAndSizesInEveryDocumentedForm() {
        assertThat(ConfigLoader.duration(Map.of("k", "500ms"), "k")).isEqualTo(Duration.ofMillis(500));
        assertThat(ConfigLoader.duration(Map.of("k", "2m"), "k")).isEqualTo(Duration.ofMinutes(2));
        assertThat(ConfigLoader.duration(Map.of("k", "PT10S"), "k")).isEqualTo(Duration.ofSeconds(10));
        assertThat(ConfigLoader.size(Map.of("k", "5mb"), "k")).isEqualTo(5L * 1024 * 1024);
        assertThat(ConfigLoader.size(Map.of("k", "65536"), "k")).isEqualTo(65536L);
    }

    @Test
    void careDeadlinesDefaultToWhatCustomersExpectPerPlatform() {
        CareSettings care = new ConfigLoader(Map.of()).load().care();

        assertThat(care.deadlineOn("twitter")).isEqualTo(Duration.ofHours(1));
        assertThat(care.deadlineOn("x")).isEqualTo(Duration.ofHours(1));
        assertThat(care.deadlineOn("instagram")).isEqualTo(Duration.ofHours(12));
        assertThat(care.deadlineOn("facebook")).isEqualTo(Duration.ofHours(24));
        assertThat(care.deadlineOn("news")).isEqualTo(Duration.ofHours(48));
        assertThat(care.deadlineOn("linkedin")).as("the default").isEqualTo(Duration.ofHours(24));
        assertThat(care.deadlines())
                .doesNotContainKey(CareSettings.DEFAULT_PLATFORM)
                .hasSize(9);
        assertThat(care.lateAnswerWindow()).isEqualTo(Duration.ofDays(7));
    }

    @Test
    void careDeadlinesAreReadAsPlatformDurationPairs() {
        CareSettings care = new ConfigLoader(Map.of())
                .load(
                        Optional.empty(),
                        Map.of(
                                "care.deadlines", " Twitter = 30m , forum=PT72H,default=2d ",
                                "care.late-answer-window", "36h"))
                .care();

        assertThat(care.deadlines())
                .containsExactly(
                        Map.entry("forum", Duration.ofHours(72)), Map.entry("twitter", Duration.ofMinutes(30)));
        assertThat(care.defaultDeadline()).isEqualTo(Duration.ofDays(2));
        assertThat(care.lateAnswerWindow()).isEqualTo(Duration.ofHours(36));
    }

    @Test
    void rejectsMalformedCareDeadlinesNamingWhatIsWrong() {
        ConfigLoader loader = new ConfigLoader(Map.of());
        assertThatThrownBy(() -> loader.load(Optional.empty(), Map.of("care.deadlines", "twitter=1h")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("care.deadlines")
                .hasMessageContaining("default=24h");
        assertThatThrownBy(() -> loader.load(Optional.empty(), Map.of("care.deadlines", "twitter:1h,default=1d")))
                .hasMessageContaining("platform=duration")
                .hasMessageContaining("twitter:1h");
        assertThatThrownBy(() -> loader.load(Optional.empty(), Map.of("care.deadlines", "twitter=soon,default=1d")))
                .hasMessageContaining("care.deadlines entry twitter")
                .hasMessageContaining("soon");
        assertThatThrownBy(() -> loader.load(Optional.empty(), Map.of("care.deadlines", "x=1h,X=2h,default=1d")))
                .hasMessageContaining("x twice");
        assertThatThrownBy(() -> loader.load(Optional.empty(), Map.of("care.deadlines", "twitter=0s,default=1d")))
                .hasMessageContaining("twitter must be positive");
        assertThatThrownBy(() -> loader.load(Optional.empty(), Map.of("care.deadlines", "face book=1h,default=1d")))
                .hasMessageContaining("'face book' is not a platform name");
        assertThatThrownBy(() -> loader.load(Optional.empty(), Map.of("care.late-answer-window", "a week")))
                .hasMessageContaining("care.late-answer-window");
        assertThatThrownBy(() -> loader.load(Optional.empty(), Map.of("care.deadline", "twitter=1h")))
                .as("a misspelt key")
                .hasMessageContaining("care.deadline");
    }
}
