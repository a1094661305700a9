package io.crisisradar.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crisisradar.cli.Main;
import io.crisisradar.config.CrisisRadarConfig;
import io.crisisradar.detect.crisis.BrandMonitor;
import io.crisisradar.detect.crisis.BrandTraffic;
import io.crisisradar.detect.crisis.CrisisState;
import io.crisisradar.detect.crisis.Episode;
import io.crisisradar.detect.crisis.EpisodeUpdate;
import io.crisisradar.detect.crisis.ScoredWindow;
import io.crisisradar.detect.window.MentionEvidence;
import io.crisisradar.detect.window.WindowSummary;
import io.crisisradar.sink.elasticsearch.BulkClient;
import io.crisisradar.sink.elasticsearch.ElasticsearchBulkClient;
import io.crisisradar.sink.elasticsearch.EpisodeDocuments;
import io.crisisradar.sink.elasticsearch.EsDocument;
import io.crisisradar.sink.elasticsearch.IndexNames;
import io.crisisradar.sink.elasticsearch.IndexTemplates;
import io.crisisradar.sink.elasticsearch.ScoredWindowDocuments;
import io.crisisradar.testing.LocalServices;
import io.crisisradar.testing.TestClients;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The timeline command against real Elasticsearch with the index templates installed: three days of
 * one brand's scored windows and its crisis episode, produced by the job's own detector ({@link
 * BrandMonitor}, as the Flink operator runs it) and written through the job's own document mappers,
 * so the command reads exactly what the job writes — without a MiniCluster run, to keep CI fast
 * ({@code CrisisDetectionIT} covers the job end to end).
 *
 * <p>Ordered: later tests add episodes the first ones must not see.
 */
@ExtendWith(LocalServices.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TimelineIT {

    /** Day 3, 18:00 UTC: an hour of angry traffic on three platforms. */
    private static final Instant CRISIS_START =
            Instant.ofEpochMilli(BrandTraffic.START).plus(Duration.ofDays(2).plusHours(18));

    private static CrisisRadarConfig config;
    private static IndexNames names;
    private static int windows;
    private static Episode crisis;

    @BeforeAll
    static void indexThreeDaysOfDetection() throws Exception {
        config = LocalServices.isolatedConfig(Map.of());
        names = new IndexNames(config.elasticsearch().indexPrefix());
        BrandMonitor monitor = BrandMonitor.defaults(BrandTraffic.SPEC);
        CrisisState state = monitor.initial();
        BrandTraffic traffic = new BrandTraffic(21, BrandTraffic.daily(120))
                .burst(
                        CRISIS_START.toEpochMilli(),
                        Duration.ofHours(1),
                        10,
                        BrandTraffic.Tone.ANGRY,
                        "twitter",
                        "facebook",
                        "tiktok");
        ScoredWindowDocuments windowDocuments = new ScoredWindowDocuments(names);
        Map<String, EsDocument> documents = new LinkedHashMap<>();
        Map<String, EpisodeUpdate> episodes = new LinkedHashMap<>();
        boolean answersCounted = false;
        for (WindowSummary window :
                traffic.windows(CRISIS_START.plus(Duration.ofHours(3)).toEpochMilli())) {
            if (state.episode.open && !answersCounted) {
                // The response clock's records, counted into the open episode as DetectCrises does.
                countAnswers(monitor, state);
                answersCounted = true;
            }
            for (BrandMonitor.Outcome outcome : monitor.onWindow(state, window)) {
                EsDocument doc = windowDocuments.toDocument(new ScoredWindow(
                        outcome.window(), outcome.assessment(), outcome.episodeOpen(), outcome.filled()));
                documents.put(doc.id(), doc);
                // every update rewrites the episode's document, as in the job: the last one stays
                outcome.updates().forEach(u -> episodes.put(u.episode().id(), u));
            }
        }
        windows = documents.size();
        assertThat(episodes).as("the detector found the crisis").hasSize(1);
        crisis = episodes.values().iterator().next().episode();
        EpisodeDocuments episodeDocuments = new EpisodeDocuments(names);
        episodes.values().forEach(u -> {
            EsDocument doc = episodeDocuments.toDocument(u);
            documents.put(doc.id(), doc);
        });
        try (ElasticsearchClient client = TestClients.elasticsearch(config)) {
            new IndexTemplates(names).install(client);
            index(client, new ArrayList<>(documents.values()));
        }
    }

    /** One complaint answered in 10 minutes, one answered late after 90, one left unanswered. */
    private static final long HOUR = Duration.ofHours(1).toMillis();

    private static void countAnswers(BrandMonitor monitor, CrisisState state) {
        long postedAt = state.episode.start + 60_000;
        monitor.onResponse(state, "answered", postedAt, postedAt + HOUR, 10.0, complaint("twitter:c1", postedAt, 800));
        monitor.onResponse(
                state, "breached", postedAt, postedAt + HOUR, null, complaint("twitter:c2", postedAt, 1_200));
        monitor.onResponse(
                state, "answered_late", postedAt, postedAt + HOUR, 90.0, complaint("twitter:c2", postedAt, 1_200));
        monitor.onResponse(
                state, "breached", postedAt, postedAt + HOUR, null, complaint("twitter:c3", postedAt, 52_000));
    }

    private static MentionEvidence complaint(String id, long postedAt, long reach) {
        return new MentionEvidence(
                id,
                "@Blysk paczka " + id + " nie dotarła",
                "twitter:@" + id.substring(8),
                "twitter",
                reach,
                postedAt,
                -0.8,
                new String[] {"DELIVERY"});
    }

    @Test
    @Order(1)
    void printsTheCrisisWithItsEvidenceAndDrawsTheChart(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("docs/blysk.png");

        Result result = run(
                "--brand",
                "blysk",
                "--from",
                "2026-11-04",
                "--to",
                "2026-11-04T22:00:00Z",
                "--png",
                png.toString(),
                "--width",
                "800",
                "--height",
                "400");

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out())
                .startsWith("Crisis timeline of blysk\n")
                .contains("range     2026-11-04 00:00 – 2026-11-04 22:00 (UTC)")
                .contains("scored windows of 15m-1m, one point per 2 min; highest score")
                .contains("#1   CRISIS   2026-11-04 18:")
                .contains("detected   18:")
                .contains("drivers    " + String.join(", ", crisis.triggers()))
                .contains("#błyskstop")
                .contains("platforms  ")
                .contains("loudest    ")
                .contains("responses  3 complaints came due, 33% answered in time, 2 breaches (1 answered late),"
                        + " median first response 50 min")
                .contains("unanswered twitter:@c3, reach 52,000: \"@Blysk paczka twitter:c3 nie dotarła\"")
                .contains("Summary: 1 episode (1 crisis, 0 warning)");
        assertThat(result.err()).contains("wrote " + png);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(800);
        assertThat(image.getHeight()).isEqualTo(400);
        assertThat(pixelsNear(image, TimelineChart.SCORE)).as("the score line").isGreaterThan(100);
        assertThat(pixelsNear(image, TimelineChart.VOLUME))
                .as("the volume line")
                .isGreaterThan(100);
    }

    @Test
    @Order(2)
    void allReadsTheWholeHistoryAsJsonWithTheScoreSeries() throws Exception {
        Result result = run("--brand", "blysk", "--all", "--format", "json");

        assertThat(result.exit()).as(result.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(new StringReader(result.out()));
        assertThat(json.path("windows").asLong())
                .as("every scored window, counted by aggregation")
                .isEqualTo(windows);
        assertThat(Instant.parse(json.path("from").asText()))
                .isBetween(
                        Instant.ofEpochMilli(BrandTraffic.START),
                        Instant.ofEpochMilli(BrandTraffic.START).plus(Duration.ofMinutes(20)));
        assertThat(json.path("bucket_minutes").asInt()).isEqualTo(5);
        assertThat(json.path("series").size()).isBetween(300, 1000);
        assertThat(json.path("summary").path("peak_score").asDouble())
                .isCloseTo(crisis.peakScore(), org.assertj.core.data.Offset.offset(0.1));
        JsonNode episode = json.path("episodes").get(0);
        assertThat(episode.path("id").asText()).isEqualTo(crisis.id());
        assertThat(episode.path("status").asText()).isEqualTo("resolved");
        assertThat(episode.path("responses").path("complaints").asLong()).isEqualTo(3);
        assertThat(episode.path("responses")
                        .path("loudest_unanswered")
                        .path("reach")
                        .asLong())
                .isEqualTo(52_000);
    }

    @Test
    @Order(3)
    void aBrandWithoutDataIsExitCodeOneNamingTheBrandsThatHaveData() {
        Result result = run("--brand", "nobody", "--all");

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err())
                .startsWith("crisis-radar timeline: no data for brand 'nobody'")
                .contains("brands with data: blysk")
                .doesNotContain("\tat ");
        assertThat(result.out()).isEmpty();
    }

    @Test
    @Order(4)
    void aRangeWithoutDataSaysWhereTheDataIs() {
        Result result = run("--brand", "blysk", "--from", "2025-01-01", "--to", "2025-01-02");

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err())
                .contains("no data for brand 'blysk' between 2025-01-01 00:00 and 2025-01-03 00:00 (UTC)")
                .contains("run from 2026-11-02 00:");
    }

    @Test
    @Order(5)
    void episodesArePagedWithSearchAfter() throws Exception {
        // 23 short episodes of another brand, read 5 per page
        List<EsDocument> documents = new ArrayList<>();
        Instant first = Instant.parse("2026-11-03T00:00:00Z");
        for (int i = 0; i < 23; i++) {
            Instant start = first.plus(Duration.ofHours(2L * i));
            documents.add(
                    episode("freshco", i % 3 == 0 ? "crisis" : "warning", start, start.plus(Duration.ofMinutes(20))));
        }
        try (ElasticsearchClient client = TestClients.elasticsearch(config)) {
            index(client, documents);
            Timeline timeline = new TimelineReader(client, names, 5)
                    .read("freshco", "15m-1m", first, first.plus(Duration.ofDays(3)));

            assertThat(timeline.episodes()).hasSize(23);
            Set<String> ids = new LinkedHashSet<>();
            timeline.episodes().forEach(e -> ids.add(e.id()));
            assertThat(ids).hasSize(23);
            assertThat(timeline.episodes().get(22).start()).isEqualTo(first.plus(Duration.ofHours(44)));
            assertThat(timeline.episodesOf("crisis")).isEqualTo(8);
            assertThat(timeline.notes()).anyMatch(n -> n.contains("no scored windows of spec 15m-1m"));
            // overlapping a range: an episode that ended before it is left out
            assertThat(new TimelineReader(client, names, 5)
                            .read(
                                    "freshco",
                                    "15m-1m",
                                    first.plus(Duration.ofMinutes(30)),
                                    first.plus(Duration.ofHours(3)))
                            .episodes())
                    .hasSize(1);
        }
    }

    private record Result(int exit, String out, String err) {}

    private static Result run(String... args) {
        List<String> all = new ArrayList<>(List.of("timeline"));
        all.addAll(List.of(args));
        all.addAll(List.of(
                "--set",
                "elasticsearch.hosts=" + config.elasticsearch().hosts().get(0),
                "--set",
                "elasticsearch.index-prefix=" + names.prefix()));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exit = commandLine.execute(all.toArray(String[]::new));
        return new Result(exit, out.toString(), err.toString());
    }

    /** A small resolved episode document, written by hand (fields of the strict episodes template). */
    private static EsDocument episode(String brand, String severity, Instant start, Instant end) {
        String id = brand + "|" + start;
        String json = "{\"@timestamp\":\"" + start + "\",\"crisis_radar\":{\"episode\":{"
                + "\"id\":\"" + id + "\",\"brand\":\"" + brand + "\",\"status\":\"resolved\","
                + "\"severity\":\"" + severity + "\",\"start\":\"" + start + "\","
                + "\"detected_at\":\"" + start.plusSeconds(120) + "\",\"peak_at\":\"" + start.plusSeconds(300)
                + "\",\"end\":\"" + end + "\",\"last_update\":\"" + end.plus(Duration.ofMinutes(30)) + "\","
                + "\"minutes_to_detect\":2,\"peak_score\":55.5,\"triggers\":[\"negativity\"]}}}";
        return new EsDocument(
                names.index(IndexNames.Kind.EPISODES, start),
                id,
                start,
                json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static void index(ElasticsearchClient client, List<EsDocument> documents) throws Exception {
        BulkClient bulk = new ElasticsearchBulkClient(client); // not closed: it would close the client
        for (int from = 0; from < documents.size(); from += 1000) {
            List<EsDocument> batch = documents.subList(from, Math.min(documents.size(), from + 1000));
            for (BulkClient.ItemResult item : bulk.bulk(batch)) {
                assertThat(item.status()).as(item.errorReason()).isLessThan(300);
            }
        }
        client.indices().refresh(r -> r.index(names.prefix() + "-*"));
    }

    private static int pixelsNear(BufferedImage image, Color colour) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                Color c = new Color(image.getRGB(x, y));
                if (Math.abs(c.getRed() - colour.getRed()) < 25
                        && Math.abs(c.getGreen() - colour.getGreen()) < 25
                        && Math.abs(c.getBlue() - colour.getBlue()) < 25) {
                    count++;
                }
            }
        }
        return count;
    }
}
