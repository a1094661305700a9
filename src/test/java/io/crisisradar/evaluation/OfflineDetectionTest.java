package io.crisisradar.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.crisisradar.detect.crisis.BrandMonitor;
import io.crisisradar.detect.crisis.Episode;
import io.crisisradar.detect.window.WindowSpec;
import io.crisisradar.enrich.brand.BrandRulesFile;
import io.crisisradar.scenario.BrandCatalog;
import io.crisisradar.scenario.EventShape;
import io.crisisradar.scenario.InjectedEvent;
import io.crisisradar.scenario.Scenario;
import io.crisisradar.scenario.ScenarioGenerator;
import io.crisisradar.testing.LocalServices;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The offline chain on a small generated scenario: the crisis becomes one episode, nothing else does. */
class OfflineDetectionTest {

    private static final Instant START = Instant.parse("2026-11-23T00:00:00Z");
    private static final Instant CRISIS_START = START.plus(Duration.ofHours(8));

    @Test
    void findsTheInjectedCrisisAndCountsWhatItRead() throws Exception {
        InjectedEvent scandal = new InjectedEvent(
                "t-novabank-scandal",
                BrandCatalog.NOVABANK.id(),
                EventShape.PR_SCANDAL,
                "ETHICS_SCANDAL",
                "pl",
                0.8,
                CRISIS_START,
                8,
                EventShape.PR_SCANDAL.defaultCurve().stretched(0.25),
                "#NovaBankWstyd");
        Scenario scenario = new Scenario(
                "t",
                3,
                START,
                Duration.ofHours(12),
                ZoneId.of("Europe/Warsaw"),
                List.of(BrandCatalog.NOVABANK, BrandCatalog.FRESHCO),
                List.of(scandal),
                1,
                0,
                0);
        OfflineDetection detection = new OfflineDetection(
                BrandRulesFile.load(LocalServices.projectDir().resolve("jobs/local/brands.json")),
                BrandMonitor.defaults(WindowSpec.FIFTEEN_MINUTES),
                Duration.ofSeconds(30));
        var labels = new ScenarioGenerator(scenario)
                .generate(m -> detection.accept(m.json().getBytes(StandardCharsets.UTF_8)));
        detection.accept("not json".getBytes(StandardCharsets.UTF_8));
        detection.finish();

        assertThat(detection.counts().mentions()).isEqualTo(labels.mentions());
        assertThat(detection.counts().deadLetters()).isEqualTo(1);
        assertThat(detection.brands()).contains("novabank", "freshco");
        List<Episode> episodes = detection.episodes();
        assertThat(episodes).singleElement().satisfies(e -> {
            assertThat(e.brand()).isEqualTo("novabank");
            assertThat(e.open()).as("resolved within the quiet tail").isFalse();
            assertThat(Instant.ofEpochMilli(e.detectedAt()))
                    .isBetween(CRISIS_START, CRISIS_START.plus(Duration.ofMinutes(20)));
        });
    }
}
