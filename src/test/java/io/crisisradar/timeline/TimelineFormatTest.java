package io.crisisradar.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineFormatTest {

    private static final ZoneId UTC = ZoneOffset.UTC;

    @Test
    void textShowsEachEpisodeWithEvidenceResponsesAndASummary() {
        String text = TimelineFormat.TEXT.render(Timelines.day(), UTC);

        assertThat(text)
                .startsWith("Crisis timeline of blysk\n")
                .contains("range     2026-11-23 00:00 – 2026-11-24 00:00 (UTC)")
                .contains("1,380 scored windows of 15m-1m, one point per 2 min; highest score 78.0 at 2026-11-23 18:20")
                .contains("#1   WARNING  2026-11-23 09:58 → 10:40 (42 min)")
                .contains("#2   CRISIS   2026-11-23 18:03 → 19:12 (1 h 09 min)")
                .contains("peak       78.4 at 18:21")
                .contains("detected   18:07, 4 min after the start")
                .contains("drivers    volume, negativity")
                .contains("unusual    #błyskstop (41 vs 0.3), paczka (30 vs 6.3)")
                .contains("categories DELIVERY 38, CUSTOMER_SERVICE 12, REFUND 3")
                .doesNotContain("APP 1")
                .contains(
                        "loudest    twitter:@anna_k, reach 120,000: \"Kurier Błysk przetrzymuje paczki od tygodnia, nikt")
                .contains("responses  140 complaints came due, 40% answered in time, 84 breaches (20 answered"
                        + " late), median first response 95 min")
                .contains("unanswered facebook:Marek Nowak, reach 48,000: \"Trzeci dzień czekam na zwrot, Błysk"
                        + " milczy\"")
                .contains("responses  12 complaints came due, 75% answered in time, 3 breaches (1 answered late),"
                        + " median first response 42 min")
                .endsWith("Summary: 2 episodes (1 crisis, 1 warning), 1 h 51 min in episodes, median 4.5 min to"
                        + " detect, highest peak 78.4 at 2026-11-23 18:21.\n");
    }

    @Test
    void textSaysWhenThereAreNoResponseFiguresAndWhenAnEpisodeIsStillOpen() {
        String text = TimelineFormat.TEXT.render(Timelines.dayWithoutResponses(), UTC);

        assertThat(text)
                .contains("#2   CRISIS   2026-11-23 18:03 → open (47 min so far, last update 18:50)")
                .contains("responses  no response figures (written without the response clock)");
    }

    @Test
    void textShowsTimesInTheDisplayZone() {
        String text = TimelineFormat.TEXT.render(Timelines.day(), ZoneId.of("Europe/Warsaw"));

        assertThat(text)
                .contains("range     2026-11-23 01:00 – 2026-11-24 01:00 (Europe/Warsaw)")
                .contains("#2   CRISIS   2026-11-23 19:03 → 20:12");
    }

    @Test
    void aRangeWithoutEpisodesSaysSo() {
        Timeline quiet = new Timeline(
                "blysk",
                "15m-1m",
                Timelines.FROM,
                Timelines.TO,
                java.time.Duration.ofMinutes(2),
                10,
                List.of(),
                List.of(),
                true,
                List.of());

        assertThat(TimelineFormat.TEXT.render(quiet, UTC))
                .contains("No crisis episode in this range.")
                .contains("Summary: 0 episodes (0 crisis, 0 warning).");
    }

    @Test
    void csvHasOneRowPerEpisodeWithIsoTimesAndQuotedCells() {
        String csv = TimelineFormat.CSV.render(Timelines.day(), ZoneId.of("Europe/Warsaw"));
        List<String> lines = csv.lines().toList();

        assertThat(csv).endsWith("\r\n");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo(String.join(",", TimelineTables.CSV_COLUMNS));
        assertThat(lines.get(2))
                .isEqualTo("blysk|2026-11-23T18:03:00Z,blysk,resolved,crisis,2026-11-23T18:03:00Z,"
                        + "2026-11-23T18:07:00Z,4,2026-11-23T18:21:00Z,78.4,2026-11-23T19:12:00Z,"
                        + "2026-11-23T19:42:00Z,69,volume; negativity,#błyskstop; paczka,"
                        + "DELIVERY:38; CUSTOMER_SERVICE:12; REFUND:3,twitter:30; tiktok:9,140,0.400,20,95.0,84");
        assertThat(TimelineTables.csvCell("a, \"b\"")).isEqualTo("\"a, \"\"b\"\"\"");
    }

    @Test
    void csvLeavesResponseColumnsAndTheEndOfAnOpenEpisodeEmpty() {
        List<String> lines = TimelineFormat.CSV
                .render(Timelines.dayWithoutResponses(), UTC)
                .lines()
                .toList();

        assertThat(lines.get(2)).contains(",open,").contains(",2026-11-23T18:21:00Z,78.4,,2026-11-23T18:50:00Z,");
        assertThat(lines.get(2)).endsWith(",twitter:30; tiktok:9,,,,,");
    }

    @Test
    void markdownIsAReportWithATableAndResponseColumnsWhenThereAreResponses() {
        String md = TimelineFormat.MARKDOWN.render(Timelines.day(), UTC);

        assertThat(md)
                .startsWith("# Crisis timeline: blysk\n\n")
                .contains("| # | start | peak | end | duration | severity | drivers | minutes to detect |"
                        + " unusual terms | top categories | complaints due | answered in time | median first"
                        + " response | breaches |")
                .contains("| 2 | 2026-11-23 18:03 | 78.4 at 18:21 | 19:12 | 1 h 09 min | crisis | volume, negativity"
                        + " | 4 | #błyskstop, paczka | DELIVERY 38, CUSTOMER_SERVICE 12, REFUND 3 | 140 | 40% |"
                        + " 95 min | 84 |")
                .contains("**Summary:** 2 episodes");
        String withoutResponses = TimelineFormat.MARKDOWN.render(Timelines.dayWithoutResponses(), UTC);
        assertThat(withoutResponses)
                .doesNotContain("| complaints due |")
                .contains("Responses: no response figures (the episodes were written without the response clock).")
                .contains("| open |");
        assertThat(TimelineTables.md("a|b\nc")).isEqualTo("a\\|b c");
    }

    @Test
    void markdownOfARangeWhereOnlySomeEpisodesHaveResponseFiguresLeavesTheirCellsEmpty() {
        Timeline day = Timelines.day();
        Timeline mixed = new Timeline(
                day.brand(),
                day.spec(),
                day.from(),
                day.to(),
                day.bucket(),
                day.windows(),
                day.series(),
                List.of(Timelines.warning(), day.episodes().get(1)),
                true,
                List.of());

        assertThat(TimelineFormat.MARKDOWN.render(mixed, UTC))
                .contains("| complaints due |")
                .contains("| DELIVERY 38, CUSTOMER_SERVICE 12, REFUND 3 | 140 | 40% | 95 min | 84 |")
                .containsPattern("\\| 1 \\| .*\\|  \\|  \\|  \\|  \\|\n");
    }

    @Test
    void jsonCarriesEpisodesAndTheScoreSeriesWithNullForGaps() throws Exception {
        JsonNode json = new ObjectMapper().readTree(TimelineFormat.JSON.render(Timelines.day(), UTC));

        assertThat(json.path("brand").asText()).isEqualTo("blysk");
        assertThat(json.path("bucket_minutes").asInt()).isEqualTo(2);
        assertThat(json.path("summary").path("episodes").asInt()).isEqualTo(2);
        assertThat(json.path("summary").path("peak_score").asDouble()).isEqualTo(78.0);
        JsonNode crisis = json.path("episodes").get(1);
        assertThat(crisis.path("severity").asText()).isEqualTo("crisis");
        assertThat(crisis.path("end").asText()).isEqualTo("2026-11-23T19:12:00Z");
        assertThat(crisis.path("unusual_terms").get(0).path("term").asText()).isEqualTo("#błyskstop");
        assertThat(crisis.path("responses").path("answered_share").asDouble()).isEqualTo(0.4);
        assertThat(crisis.path("responses").path("answered_late").asLong()).isEqualTo(20);
        assertThat(crisis.path("responses")
                        .path("loudest_unanswered")
                        .path("reach")
                        .asLong())
                .isEqualTo(48_000);
        assertThat(crisis.path("loudest_complaint").path("reach").asLong()).isEqualTo(120_000);
        JsonNode series = json.path("series");
        assertThat(series).hasSize(720);
        assertThat(series.get(0).path("at").asText()).isEqualTo("2026-11-23T00:00:00Z");
        JsonNode gap = series.get(60);
        assertThat(gap.path("at").asText()).isEqualTo("2026-11-23T02:00:00Z");
        assertThat(gap.path("score").isNull()).isTrue();
        assertThat(gap.path("volume").isNull()).isTrue();

        JsonNode open = new ObjectMapper()
                .readTree(TimelineFormat.JSON.render(Timelines.dayWithoutResponses(), UTC))
                .path("episodes")
                .get(1);
        assertThat(open.path("status").asText()).isEqualTo("open");
        assertThat(open.path("end").isNull()).isTrue();
        assertThat(open.path("responses").isNull()).isTrue();
    }

    @Test
    void formatsAreNamedInAnyCaseAndAnUnknownOneListsTheKnownOnes() {
        assertThat(TimelineFormat.parse("Markdown")).isEqualTo(TimelineFormat.MARKDOWN);
        assertThatThrownBy(() -> TimelineFormat.parse("xml"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("text, csv, json, markdown");
    }

    @Test
    void durationsReadNaturally() {
        assertThat(Display.duration(45)).isEqualTo("45 min");
        assertThat(Display.duration(69)).isEqualTo("1 h 09 min");
        assertThat(Display.duration(3 * 1440 + 5 * 60 + 7)).isEqualTo("3 d 05 h");
        assertThat(Display.oneLine("a\n b  c", 10)).isEqualTo("a b c");
        assertThat(Display.oneLine("abcdefghijk", 5)).isEqualTo("abcd…");
    }
}
