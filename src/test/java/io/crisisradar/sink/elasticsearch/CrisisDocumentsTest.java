package io.crisisradar.sink.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.crisisradar.detect.crisis.BrandMonitor;
import io.crisisradar.detect.crisis.BrandTraffic;
import io.crisisradar.detect.crisis.CrisisAlert;
import io.crisisradar.detect.crisis.CrisisState;
import io.crisisradar.detect.crisis.EpisodeUpdate;
import io.crisisradar.detect.crisis.ScoredWindow;
import io.crisisradar.detect.window.WindowSummary;
import io.crisisradar.source.kafka.CrisisAlertSerializationSchema;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Scored windows, episodes and alerts of a real detection run, against the strict mappings. */
class CrisisDocumentsTest {

    private static final IndexNames NAMES = new IndexNames("crisis-radar");
    private static final long CRISIS_START = BrandTraffic.START
            + Duration.ofDays(2).toMillis()
            + Duration.ofHours(18).toMillis();

    private static final List<ScoredWindow> SCORED = new ArrayList<>();
    private static final List<EpisodeUpdate> UPDATES = new ArrayList<>();

    @BeforeAll
    static void detectOneCrisis() {
        BrandMonitor monitor = BrandMonitor.defaults(BrandTraffic.SPEC);
        CrisisState state = monitor.initial();
        BrandTraffic traffic = new BrandTraffic(21, BrandTraffic.daily(120))
                .burst(CRISIS_START, Duration.ofHours(1), 10, BrandTraffic.Tone.ANGRY, "twitter", "facebook", "tiktok");
        for (WindowSummary window :
                traffic.windows(CRISIS_START + Duration.ofHours(3).toMillis())) {
            for (BrandMonitor.Outcome outcome : monitor.onWindow(state, window)) {
                SCORED.add(new ScoredWindow(
                        outcome.window(), outcome.assessment(), outcome.episodeOpen(), outcome.filled()));
                UPDATES.addAll(outcome.updates());
            }
        }
    }

    private static ScoredWindow worst() {
        return SCORED.stream()
                .max((a, b) ->
                        Double.compare(a.assessment().score(), b.assessment().score()))
                .orElseThrow();
    }

    private static EpisodeUpdate resolved() {
        return UPDATES.stream()
                .filter(u -> u.kind() == EpisodeUpdate.Kind.RESOLVED)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aScoredWindowKeepsTheWindowsIdAndAddsItsScoreAndReasons() {
        ScoredWindow worst = worst();
        EsDocument doc = new ScoredWindowDocuments(NAMES).toDocument(worst);
        JsonNode crisis = Json.parseTrusted(new String(doc.source(), java.nio.charset.StandardCharsets.UTF_8))
                .path("crisis_radar")
                .path("crisis");

        assertThat(doc.id()).isEqualTo(worst.window().id()).startsWith("blysk|15m-1m|");
        assertThat(doc.index()).isEqualTo("crisis-radar-metrics-2026.11");
        assertThat(crisis.path("formula").asText()).isEqualTo("crisis-score-v1");
        assertThat(crisis.path("severity").asText()).isEqualTo("crisis");
        assertThat(crisis.path("score").asDouble()).isGreaterThanOrEqualTo(65);
        assertThat(crisis.path("signals").path("volume").asDouble()).isGreaterThan(0.5);
        assertThat(crisis.path("drivers").toString()).contains("negativity");
        assertThat(crisis.path("explanation").asText()).contains("expected");
        assertThat(crisis.path("episode_open").asBoolean()).isTrue();
    }

    @Test
    void everyFieldOfAScoredWindowIsInTheStrictMetricsMapping() {
        for (ScoredWindow scored : List.of(worst(), SCORED.get(0))) {
            assertThat(StrictMappings.unmapped(
                            Json.parseTrusted(new String(
                                    new ScoredWindowDocuments(NAMES)
                                            .toDocument(scored)
                                            .source(),
                                    java.nio.charset.StandardCharsets.UTF_8)),
                            StrictMappings.of("metrics")))
                    .isEmpty();
        }
    }

    @Test
    void everyVersionOfAnEpisodeOverwritesOneDocumentInTheMonthOfItsStart() {
        EpisodeDocuments documents = new EpisodeDocuments(NAMES);
        List<EsDocument> docs = UPDATES.stream().map(documents::toDocument).toList();

        assertThat(docs)
                .extracting(EsDocument::id)
                .containsOnly(UPDATES.get(0).episode().id());
        assertThat(docs).extracting(EsDocument::index).containsOnly("crisis-radar-episodes-2026.11");
        for (EpisodeUpdate update : UPDATES) {
            assertThat(StrictMappings.unmapped(EpisodeDocuments.source(update), StrictMappings.of("episodes")))
                    .as(update.kind().label())
                    .isEmpty();
        }
    }

    @Test
    void aResolvedEpisodeDocumentTellsTheWholeStory() {
        JsonNode episode =
                EpisodeDocuments.source(resolved()).path("crisis_radar").path("episode");

        assertThat(episode.path("status").asText()).isEqualTo("resolved");
        assertThat(episode.path("severity").asText()).isEqualTo("crisis");
        assertThat(Instant.parse(episode.path("start").asText()).toEpochMilli())
                .isBetween(CRISIS_START, CRISIS_START + Duration.ofMinutes(10).toMillis());
        assertThat(episode.path("minutes_to_detect").asLong()).isBetween(0L, 10L);
        assertThat(episode.path("end").asText()).isNotEmpty();
        // The hour of angry traffic, its last quarter leaving the window, a few minutes of the long scale.
        assertThat(episode.path("duration_minutes").asLong()).isBetween(45L, 100L);
        JsonNode evidence = episode.path("evidence");
        assertThat(evidence.path("unusual_terms").toString()).contains("#błyskstop");
        assertThat(evidence.path("top_negative_mentions")).hasSize(5);
        assertThat(evidence.path("top_negative_mentions").get(0).path("message").asText())
                .startsWith("text of");
        assertThat(evidence.path("platforms")).isNotEmpty();
        assertThat(evidence.path("top_authors")).isNotEmpty();
        assertThat(episode.path("timeline").size()).isGreaterThan(30);
    }

    @Test
    void alertsAreJsonKeyedByEpisode() throws Exception {
        CrisisAlert alert = CrisisAlert.of(UPDATES.get(0));
        JsonNode json = Json.MAPPER.readTree(CrisisAlertSerializationSchema.json(alert));

        assertThat(json.path("type").asText()).isEqualTo("opened");
        assertThat(json.path("brand").asText()).isEqualTo("blysk");
        assertThat(json.path("episode_id").asText())
                .isEqualTo(UPDATES.get(0).episode().id());
        assertThat(json.path("explanation").asText()).contains("mentions vs");
        assertThat(json.has("end")).isFalse();
        assertThat(Json.MAPPER
                        .readTree(CrisisAlertSerializationSchema.json(CrisisAlert.of(resolved())))
                        .path("end")
                        .asText())
                .isNotEmpty();
    }
}
