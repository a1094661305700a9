package io.crisisradar.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.crisisradar.sink.elasticsearch.IndexNames;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The dashboard files in {@code dashboards/} as they are committed: generated from {@link
 * DashboardDefinitions}, and passing every offline check (parse, unique ids, references, data views
 * on our index templates, fields and types against the strict mappings).
 */
class DashboardFilesTest {

    static Path dashboardsDirectory() {
        return Path.of(System.getProperty("crisisradar.project.dir", "."))
                .toAbsolutePath()
                .resolve(DashboardFiles.DEFAULT_DIRECTORY);
    }

    static List<SavedObject> committedObjects() throws IOException {
        DashboardChecks.Loaded loaded = DashboardChecks.load(DashboardFiles.resolve(dashboardsDirectory()));
        assertThat(loaded.problems()).isEmpty();
        return loaded.objects();
    }

    @Test
    void theCommittedFileIsWhatTheDefinitionsGenerate() throws IOException {
        String committed =
                Files.readString(dashboardsDirectory().resolve(DashboardFiles.FILE_NAME), StandardCharsets.UTF_8);
        assertThat(committed)
                .as("dashboards/crisis-radar.ndjson differs from DashboardDefinitions: run"
                        + " `jobs/local/crisis-radar dashboards generate` and commit the file")
                .isEqualTo(DashboardDefinitions.ndjson());
    }

    @Test
    void theFilesPassEveryOfflineCheck() throws IOException {
        DashboardChecks.Report report = DashboardChecks.check(DashboardFiles.resolve(dashboardsDirectory()));

        assertThat(report.problems()).isEmpty();
        assertThat(report.skipped()).isEmpty();
        assertThat(report.checked())
                .containsEntry("dashboards", 4)
                .containsEntry("data views", IndexNames.Kind.values().length);
        assertThat(report.checked().get("fields")).isGreaterThan(100);
    }

    @Test
    void everyIndexKindHasADataViewOnItsTemplatePatternWithTheEventTime() throws IOException {
        IndexNames names = new IndexNames(DashboardChecks.INDEX_PREFIX);
        Map<String, JsonNode> views = committedObjects().stream()
                .filter(o -> o.type().equals("index-pattern"))
                .collect(Collectors.toMap(o -> o.attributes().path("title").asText(), SavedObject::attributes));

        assertThat(views.keySet())
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(IndexNames.Kind.values())
                        .map(names::pattern)
                        .toList());
        views.values().forEach(v -> assertThat(v.path("timeFieldName").asText()).isEqualTo("@timestamp"));
    }

    @Test
    void idsAreStableAndReadable() throws IOException {
        assertThat(committedObjects()).allSatisfy(o -> assertThat(o.id()).matches("crisis-radar(-[a-z0-9]+)+"));
    }

    @Test
    void theLiveDashboardOpensOnTheLastHoursAndRefreshesItself() throws IOException {
        JsonNode live = dashboard("crisis-radar-live").attributes();

        assertThat(live.path("timeRestore").asBoolean()).isTrue();
        assertThat(live.path("timeFrom").asText()).isEqualTo("now-6h");
        assertThat(live.path("timeTo").asText()).isEqualTo("now");
        assertThat(live.path("refreshInterval").path("pause").asBoolean()).isFalse();
        assertThat(live.path("refreshInterval").path("value").asInt()).isEqualTo(30_000);
    }

    @Test
    void eachDashboardReadsTheIndicesItIsAbout() throws IOException {
        assertThat(dataViewsOf("crisis-radar-live"))
                .containsExactlyInAnyOrder(
                        DashboardDefinitions.MENTIONS, DashboardDefinitions.METRICS, DashboardDefinitions.EPISODES);
        assertThat(dataViewsOf("crisis-radar-timeline"))
                .containsExactlyInAnyOrder(DashboardDefinitions.EPISODES, DashboardDefinitions.METRICS);
        assertThat(dataViewsOf("crisis-radar-brand-health"))
                .containsExactlyInAnyOrder(DashboardDefinitions.MENTIONS, DashboardDefinitions.METRICS);
        assertThat(dataViewsOf("crisis-radar-care")).containsExactly(DashboardDefinitions.RESPONSES);
    }

    @Test
    void theScorePanelsReadOnlyTheScoredBrandWindows() throws IOException {
        List<LensVisualization> onMetrics = committedObjects().stream()
                .filter(o -> o.type().equals("lens"))
                .map(LensVisualization::parse)
                .filter(l -> l.layers().get(0).dataViewId().equals(DashboardDefinitions.METRICS))
                .toList();

        assertThat(onMetrics).isNotEmpty().allSatisfy(lens -> assertThat(lens.filters())
                .extracting(f -> f.field() + "=" + f.value())
                .contains("crisis_radar.window.dimension=brand", "crisis_radar.window.spec=15m-1m"));
    }

    @Test
    void theTablesShowWhatPeopleWroteAndWhyAnEpisodePeaked() throws IOException {
        assertThat(tableFields("crisis-radar-live-top-negative-mentions"))
                .contains(
                        "message.keyword",
                        "user.name",
                        "crisis_radar.platform",
                        "crisis_radar.reach",
                        "crisis_radar.sentiment.score");
        assertThat(tableFields("crisis-radar-care-breached")).contains("crisis_radar.response.message.keyword");
        assertThat(tableFields("crisis-radar-timeline-episodes"))
                .contains("crisis_radar.episode.peak_explanation.keyword");
    }

    /** The fields of a table's columns, every one of which the table shows. */
    private static List<String> tableFields(String lensId) throws IOException {
        SavedObject object = committedObjects().stream()
                .filter(o -> o.id().equals(lensId))
                .findFirst()
                .orElseThrow();
        LensVisualization lens = LensVisualization.parse(object);
        assertThat(lens.visualizationType()).isEqualTo("lnsDatatable");
        return lens.layers().get(0).columns().stream()
                .filter(c -> lens.accessors().contains(c.id()))
                .map(LensVisualization.Column::sourceField)
                .toList();
    }

    private static SavedObject dashboard(String id) throws IOException {
        return committedObjects().stream()
                .filter(o -> o.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static Set<String> dataViewsOf(String dashboardId) throws IOException {
        List<SavedObject> objects = committedObjects();
        Set<String> lensIds = dashboard(dashboardId).references().stream()
                .map(SavedObject.Reference::id)
                .collect(Collectors.toSet());
        return objects.stream()
                .filter(o -> lensIds.contains(o.id()))
                .flatMap(o -> o.references().stream())
                .filter(r -> r.type().equals("index-pattern"))
                .map(SavedObject.Reference::id)
                .collect(Collectors.toSet());
    }
}
