package io.crisisradar.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import io.crisisradar.config.CrisisRadarConfig;
import io.crisisradar.pipeline.CrisisRadarJob;
import io.crisisradar.scenario.BrandCatalog;
import io.crisisradar.scenario.GeneratedMention;
import io.crisisradar.scenario.InjectedEvent;
import io.crisisradar.scenario.Scenario;
import io.crisisradar.scenario.ScenarioGenerator;
import io.crisisradar.scenario.SmallScenarios;
import io.crisisradar.sink.elasticsearch.IndexNames;
import io.crisisradar.sink.elasticsearch.IndexTemplates;
import io.crisisradar.testing.LocalServices;
import io.crisisradar.testing.TestClients;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every dashboard panel against real data: a generated scenario (two brands, each hit by a viral
 * complaint after the detector's warm-up) through the real job on Flink's MiniCluster
 * into the real Elasticsearch, then, for each panel, the Elasticsearch search its definition
 * amounts to (data view, filters, bucket and metric columns; {@link PanelQueries}) must return
 * rows with values in every column. A panel on a field the job never fills, or a filter value it
 * never writes ("open", "NEGATIVE", "15m-1m"), fails here even though its mapping is fine.
 *
 * <p>The stream stops while the second crisis is still on and the job runs unbounded (as in
 * production), so that episode is still open when the panels are queried, beside the resolved
 * first one: a bounded run would end event time and resolve every episode, leaving the "open
 * episodes" panels nothing to show.
 */
@ExtendWith(LocalServices.class)
class DashboardsIT {

    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1)
            .setNumberSlotsPerTaskManager(2)
            .build());

    /** Monday 2026-11-23, 01:00 in Warsaw. */
    private static final Instant START = Instant.parse("2026-11-23T00:00:00Z");

    /** A short crisis of FreshCo after the detector's warm-up: over and resolved by the end. */
    private static final Instant FIRST_CRISIS = START.plus(Duration.ofHours(7));

    /** Błysk's crisis, still going on when the stream ends. */
    private static final Instant SECOND_CRISIS = START.plus(Duration.ofMinutes(9 * 60 + 30));

    /** The stream ends an hour into Błysk's crisis, past its peak but long before it calms down. */
    private static final Instant CUT = SECOND_CRISIS.plus(Duration.ofMinutes(60));

    private static final Duration SETTLE_TIMEOUT = Duration.ofMinutes(8);

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** Two brands and two viral complaints, so that the episode panels have a resolved and an open episode. */
    static Scenario scenario() {
        InjectedEvent first = SmallScenarios.viralPost(
                "dashboards-freshco-viral-defect-post",
                BrandCatalog.FRESHCO,
                "PRODUCT_DEFECT",
                FIRST_CRISIS,
                0.3,
                "#FreshCoFail");
        InjectedEvent second = SmallScenarios.viralPost(
                "dashboards-blysk-viral-delivery-post",
                BrandCatalog.BLYSK,
                "DELIVERY",
                SECOND_CRISIS,
                0.5,
                "#BłyskStop");
        return SmallScenarios.of(
                "dashboards-it",
                11,
                START,
                Duration.ofHours(13),
                List.of(BrandCatalog.BLYSK, BrandCatalog.FRESHCO),
                List.of(first, second));
    }

    @TestFactory
    List<DynamicTest> everyPanelShowsDataFromTheJob() throws Exception {
        CrisisRadarConfig config = LocalServices.isolatedConfig(Map.of(
                "detect.windows",
                "15m/1m",
                "enrich.brands-file",
                LocalServices.projectDir().resolve("jobs/local/brands.json").toString()));
        IndexNames names = new IndexNames(config.elasticsearch().indexPrefix());
        runTheJobUntilItSettles(config, names);

        List<SavedObject> objects = DashboardChecks.load(
                        DashboardFiles.resolve(DashboardFilesTest.dashboardsDirectory()))
                .objects();
        Map<String, SavedObject> byId =
                objects.stream().collect(Collectors.toMap(SavedObject::id, o -> o, (a, b) -> a, LinkedHashMap::new));
        List<DynamicTest> tests = new ArrayList<>();
        for (SavedObject dashboard : objects) {
            if (!dashboard.type().equals("dashboard")) {
                continue;
            }
            for (SavedObject.Reference panel : dashboard.references()) {
                SavedObject lens = byId.get(panel.id());
                String name = dashboard.title() + " / " + lens.title() + " (" + lens.id() + ")";
                tests.add(DynamicTest.dynamicTest(name, () -> checkPanel(config, names, byId, lens)));
            }
        }
        return tests;
    }

    private static void checkPanel(
            CrisisRadarConfig config, IndexNames names, Map<String, SavedObject> byId, SavedObject object)
            throws Exception {
        LensVisualization lens = LensVisualization.parse(object);
        for (LensVisualization.Layer layer : lens.layers()) {
            SavedObject dataView = byId.get(layer.dataViewId());
            String kind = DashboardChecks.kindOf(dataView).orElseThrow();
            // The care panels read an index built alongside the dashboards: checked once it exists.
            Assumptions.assumeTrue(
                    IndexMappings.forKind(kind).isPresent(),
                    () -> "SKIPPED " + object.id() + ": the " + kind + " index template does not exist yet");
            String index = dataView.attributes()
                    .path("title")
                    .asText()
                    .replaceFirst("^" + DashboardChecks.INDEX_PREFIX, names.prefix());
            JsonNode body = PanelQueries.searchBody(lens, layer, "30m");
            JsonNode response = search(config, index, body.toString());
            PanelQueries.Outcome outcome = PanelQueries.read(layer, response);
            System.out.println("panel " + object.id() + ": " + outcome.rows() + " rows from " + index);
            assertThat(outcome.rows())
                    .as("rows of %s on %s for %s", object.id(), index, body)
                    .isPositive();
            assertThat(outcome.emptyColumns())
                    .as("columns of %s without any value (query %s)", object.id(), body)
                    .isEmpty();
            assertTextColumnsShowText(object, layer, IndexMappings.forKind(kind).orElseThrow(), outcome);
        }
    }

    /**
     * A column on the keyword copy of a text ({@code message.keyword}, an explanation's keyword) must
     * show the text in every row, not just in some: every mention, complaint and episode has one, so an
     * empty cell would mean the keyword is missing (mapping not applied, or the text over ignore_above).
     */
    private static void assertTextColumnsShowText(
            SavedObject object, LensVisualization.Layer layer, IndexMappings mapping, PanelQueries.Outcome outcome) {
        for (LensVisualization.Column column : layer.metrics()) {
            boolean keywordOfText = mapping.field(column.sourceField())
                    .map(IndexMappings.Field::multiFieldOf)
                    .flatMap(mapping::field)
                    .filter(IndexMappings.Field::text)
                    .isPresent();
            if (!keywordOfText) {
                continue;
            }
            List<String> shown = outcome.lastValues().get(column.id());
            System.out.println("panel " + object.id() + " column " + column.id() + " (" + column.sourceField()
                    + "), first rows: " + shown.stream().limit(2).toList());
            assertThat(shown)
                    .as("text column %s of %s, row by row", column.id(), object.id())
                    .hasSize(outcome.rows())
                    .allSatisfy(text -> assertThat(text).isNotBlank());
        }
    }

    /**
     * Runs the job on the scenario until the stream is in Elasticsearch, an episode is open and no
     * index changes any more, then cancels it.
     */
    private static void runTheJobUntilItSettles(CrisisRadarConfig config, IndexNames names) throws Exception {
        TestClients.createTopics(config, 2);
        try (ElasticsearchClient client = TestClients.elasticsearch(config)) {
            new IndexTemplates(names).install(client);
        }
        List<GeneratedMention> stream = new ScenarioGenerator(scenario())
                .generateAll().stream().filter(m -> m.createdAt().isBefore(CUT)).toList();
        long distinctIds = stream.stream().map(GeneratedMention::id).distinct().count();
        TestClients.produce(
                config,
                stream.stream()
                        .map(m -> m.json().getBytes(StandardCharsets.UTF_8))
                        .toList());

        JobClient job = CrisisRadarJob.start(config);
        try {
            long deadline = System.nanoTime() + SETTLE_TIMEOUT.toNanos();
            Map<String, Long> previous = Map.of();
            int unchanged = 0;
            while (true) {
                Map<String, Long> counts = counts(config, names);
                boolean allMentions = counts.get(IndexNames.Kind.MENTIONS.part()) >= distinctIds;
                boolean openEpisode = episodes(config, names, "open") > 0;
                boolean resolvedEpisode = episodes(config, names, "resolved") > 0;
                unchanged = counts.equals(previous) ? unchanged + 1 : 0;
                previous = counts;
                if (allMentions && openEpisode && resolvedEpisode && unchanged >= 3) {
                    System.out.println("DashboardsIT: " + stream.size() + " mentions sent; in Elasticsearch " + counts);
                    return;
                }
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("the job did not settle within " + SETTLE_TIMEOUT + ": " + counts
                            + " (expected " + distinctIds + " mentions), open episode: " + openEpisode
                            + ", resolved episode: " + resolvedEpisode);
                }
                Thread.sleep(2000);
            }
        } finally {
            job.cancel().get();
        }
    }

    private static long episodes(CrisisRadarConfig config, IndexNames names, String status) throws Exception {
        return count(
                config,
                names.pattern(IndexNames.Kind.EPISODES),
                "{\"query\":{\"term\":{\"crisis_radar.episode.status\":\"" + status + "\"}}}");
    }

    private static Map<String, Long> counts(CrisisRadarConfig config, IndexNames names) throws Exception {
        Map<String, Long> counts = new TreeMap<>();
        for (IndexNames.Kind kind : IndexNames.Kind.values()) {
            counts.put(kind.part(), count(config, names.pattern(kind), "{\"query\":{\"match_all\":{}}}"));
        }
        return counts;
    }

    private static long count(CrisisRadarConfig config, String index, String query) throws Exception {
        post(config, "/" + index + "/_refresh?allow_no_indices=true&ignore_unavailable=true", "");
        JsonNode answer = post(config, "/" + index + "/_count?allow_no_indices=true&ignore_unavailable=true", query);
        return answer.path("count").asLong();
    }

    private static JsonNode search(CrisisRadarConfig config, String index, String body) throws Exception {
        JsonNode answer = post(config, "/" + index + "/_search?allow_no_indices=true", body);
        if (answer.has("error")) {
            throw new AssertionError("Elasticsearch refused the panel's search on " + index + ": "
                    + answer.path("error") + "\nsearch: " + body);
        }
        return answer;
    }

    private static JsonNode post(CrisisRadarConfig config, String path, String body)
            throws IOException, InterruptedException {
        String host = config.elasticsearch().hosts().get(0).toString().replaceAll("/+$", "");
        HttpRequest request = HttpRequest.newBuilder(URI.create(host + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        return SavedObject.MAPPER.readTree(response.body());
    }
}
