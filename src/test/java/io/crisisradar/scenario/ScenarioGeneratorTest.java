package io.crisisradar.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crisisradar.mention.Mention;
import io.crisisradar.mention.MentionParser;
import io.crisisradar.mention.ParsedRecord;
import io.crisisradar.mention.SourcePosition;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioGeneratorTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> CONTRACT_FIELDS = Set.of(
            "id",
            "platform",
            "created_at",
            "text",
            "brand",
            "lang",
            "author",
            "engagement",
            "url",
            "in_reply_to",
            "sentiment");

    @Test
    void theSameSeedGivesByteIdenticalOutputAndAnotherSeedAnotherStream() throws Exception {
        ScenarioPresets.Options small =
                new ScenarioPresets.Options(Optional.of(42L), Optional.empty(), Optional.empty(), 0.3, 1);
        Scenario scenario = ScenarioPresets.create("demo", small);

        String first = lines(ScenarioFixtures.generate(scenario));
        String second = lines(ScenarioFixtures.generate(scenario));
        String otherSeed = lines(ScenarioFixtures.generate(ScenarioPresets.create(
                "demo", new ScenarioPresets.Options(Optional.of(43L), Optional.empty(), Optional.empty(), 0.3, 1))));

        assertThat(first).isNotEmpty();
        assertThat(second.getBytes(StandardCharsets.UTF_8)).isEqualTo(first.getBytes(StandardCharsets.UTF_8));
        assertThat(otherSeed).isNotEqualTo(first);
    }

    @Test
    void everyLineIsAValidMentionOfTheContractWithUniqueIdsInTimeOrder() throws Exception {
        List<GeneratedMention> mentions = ScenarioFixtures.demo().mentions();
        MentionParser parser = new MentionParser(64 * 1024, Clock.systemUTC());
        Set<String> ids = new HashSet<>();
        Instant previous = Instant.MIN;
        long withBrand = 0;
        long withLang = 0;
        for (int i = 0; i < mentions.size(); i++) {
            GeneratedMention g = mentions.get(i);
            ParsedRecord parsed =
                    parser.parse(g.json().getBytes(StandardCharsets.UTF_8), new SourcePosition("scenario", 0, i, 0));
            assertThat(parsed.isMention()).as(g.json()).isTrue();
            Mention m = parsed.mention();
            assertThat(m.extraJson())
                    .as("no fields beyond the contract: %s", g.json())
                    .isNull();
            assertThat(m.id()).matches(m.platform() + ":\\d+");
            assertThat(ids.add(m.id())).as("unique id %s", m.id()).isTrue();
            assertThat(m.createdAt()).isAfterOrEqualTo(previous);
            assertThat(m.createdAt().getNano()).isZero();
            previous = m.createdAt();
            assertThat(m.text()).isNotBlank();
            assertThat(m.author().handle()).isNotBlank();
            if (m.engagement().views() != null && m.engagement().likes() != null) {
                assertThat(m.engagement().views())
                        .isGreaterThanOrEqualTo(m.engagement().likes());
            }
            withBrand += m.brand() != null ? 1 : 0;
            withLang += m.lang() != null ? 1 : 0;
            JsonNode node = JSON.readTree(g.json());
            node.fieldNames().forEachRemaining(f -> assertThat(CONTRACT_FIELDS).contains(f));
        }
        assertThat(withBrand)
                .as("most mentions leave brand matching to the job")
                .isLessThan(mentions.size() / 8);
        assertThat(withBrand).isPositive();
        assertThat(withLang).isBetween(mentions.size() / 5L, mentions.size() * 7L / 10);
    }

    @Test
    void mentionsFollowTheDayEveningsBusyNightsQuiet() throws Exception {
        ScenarioFixtures.Generated week = ScenarioFixtures.standardWeek();
        long evening = 0;
        long night = 0;
        for (GeneratedMention m : week.mentions()) {
            if (m.eventId() != null) {
                continue;
            }
            ZonedDateTime local = m.createdAt().atZone(ScenarioFixtures.WARSAW);
            int hour = local.getHour();
            if (hour >= 18 && hour < 22) {
                evening++;
            } else if (hour >= 2 && hour < 6) {
                night++;
            }
        }
        assertThat(night).isPositive();
        // Profile: 02-06 is about 15 % of the evening peak; both windows are four hours long.
        assertThat((double) evening / night).isBetween(3.5, 9.0);
    }

    @Test
    void weekendsDifferPerBrand() throws Exception {
        ScenarioFixtures.Generated week = ScenarioFixtures.standardWeek();
        Map<String, long[]> byBrand = new HashMap<>();
        for (GeneratedMention m : week.mentions()) {
            if (m.eventId() != null) {
                continue;
            }
            DayOfWeek day = m.createdAt().atZone(ScenarioFixtures.WARSAW).getDayOfWeek();
            long[] counts = byBrand.computeIfAbsent(m.brand(), b -> new long[2]);
            if (day == DayOfWeek.SUNDAY) {
                counts[1]++;
            } else if (day == DayOfWeek.TUESDAY) {
                counts[0]++;
            }
        }
        // The courier rests on Sundays (factor 0.4), the grocer less so (0.85).
        double courier = (double) byBrand.get("blysk")[1] / byBrand.get("blysk")[0];
        double grocer = (double) byBrand.get("freshco")[1] / byBrand.get("freshco")[0];
        assertThat(courier).isLessThan(0.6);
        assertThat(grocer).isGreaterThan(courier + 0.2);
    }

    @Test
    void everyCrisisCarriesClearlyMoreThanTheBrandsUsualVolumeAroundItsPeak() throws Exception {
        ScenarioFixtures.Generated week = ScenarioFixtures.standardWeek();
        for (ScenarioLabels.EventLabel e : week.labels().events()) {
            if (e.kind() != EventKind.CRISIS) {
                continue;
            }
            long inPeakHour = ScenarioFixtures.count(
                    week.mentions(),
                    e.brand(),
                    e.peak().minus(Duration.ofMinutes(30)),
                    e.peak().plus(Duration.ofMinutes(30)));
            // The same hour a day earlier is the brand's ordinary traffic at that time of day.
            long dayBefore = ScenarioFixtures.count(
                    week.mentions(),
                    e.brand(),
                    e.peak().minus(Duration.ofHours(24).plusMinutes(30)),
                    e.peak().minus(Duration.ofHours(23).plusMinutes(30)));
            double expectedMultiple = Math.min(3.0, e.peakMultiple() / 2);
            assertThat((double) inPeakHour)
                    .as(
                            "%s: %d mentions in its peak hour, baseline %.1f/h",
                            e.id(), inPeakHour, e.baselineHourlyRateAtPeak())
                    .isGreaterThan(expectedMultiple * e.baselineHourlyRateAtPeak());
            assertThat(inPeakHour).as(e.id()).isGreaterThan(2 * Math.max(dayBefore, 1));
        }
    }

    @Test
    void benignSpikesArePositiveOrNeutral() throws Exception {
        ScenarioFixtures.Generated week = ScenarioFixtures.standardWeek();
        Set<String> benign = week.labels().events().stream()
                .filter(e -> e.kind() == EventKind.BENIGN)
                .map(ScenarioLabels.EventLabel::id)
                .collect(Collectors.toSet());
        assertThat(benign).hasSize(2);
        List<GeneratedMention> mentions = week.mentions().stream()
                .filter(m -> benign.contains(m.eventId()))
                .toList();
        long negative =
                mentions.stream().filter(m -> m.topic().tone() == Tone.NEGATIVE).count();
        long complaints =
                mentions.stream().filter(m -> m.topic().category().isPresent()).count();
        assertThat(mentions).hasSizeGreaterThan(300);
        assertThat((double) negative / mentions.size()).isLessThan(0.1);
        assertThat(complaints).isZero();
    }

    @Test
    void labelsAgreeWithTheStream(@TempDir Path dir) throws Exception {
        ScenarioFixtures.Generated week = ScenarioFixtures.standardWeek();
        ScenarioLabels labels = week.labels();
        List<GeneratedMention> mentions = week.mentions();

        assertThat(labels.mentions()).isEqualTo(mentions.size());
        assertThat(labels.start()).isEqualTo(week.scenario().start());
        assertThat(labels.end()).isEqualTo(week.scenario().end());
        Map<String, Long> byBrand =
                mentions.stream().collect(Collectors.groupingBy(GeneratedMention::brand, Collectors.counting()));
        for (ScenarioLabels.BrandLabel b : labels.brands()) {
            assertThat(b.mentions()).as(b.id()).isEqualTo(byBrand.get(b.id()));
            assertThat(b.normalHourlyRate()).isBetween(0.3 * b.peakHourlyRate(), 0.8 * b.peakHourlyRate());
        }
        Map<String, Long> byEvent = mentions.stream()
                .filter(m -> m.eventId() != null)
                .collect(Collectors.groupingBy(GeneratedMention::eventId, Collectors.counting()));
        assertThat(labels.events()).hasSize(7);
        assertThat(labels.events()).extracting(ScenarioLabels.EventLabel::shape).contains(EventShape.values());
        for (ScenarioLabels.EventLabel e : labels.events()) {
            assertThat(e.mentions()).as(e.id()).isEqualTo(byEvent.get(e.id()));
            assertThat((double) e.mentions())
                    .as(e.id())
                    .isBetween(0.6 * e.expectedMentions(), 1.6 * e.expectedMentions() + 10);
            assertThat(e.start()).isBefore(e.peak());
            assertThat(e.peak()).isBefore(e.end());
            assertThat(e.kind()).isEqualTo(e.shape().kind());
        }
        for (GeneratedMention m : mentions) {
            if (m.eventId() == null) {
                continue;
            }
            ScenarioLabels.EventLabel e = labels.events().stream()
                    .filter(l -> l.id().equals(m.eventId()))
                    .findFirst()
                    .orElseThrow();
            assertThat(m.brand()).isEqualTo(e.brand());
            assertThat(m.createdAt()).as(m.json()).isBetween(e.start(), e.end().plusSeconds(120));
            assertThat(m.json()).doesNotContain(e.id()).doesNotContain("\"kind\"");
        }

        Path file = dir.resolve("labels.json");
        labels.write(file);
        assertThat(ScenarioLabels.read(file)).isEqualTo(labels);
    }

    @Test
    void disorderOnlyDelaysAFractionOfRecordsWithinTheBound() throws Exception {
        Scenario ordered = ScenarioPresets.create(
                "demo", new ScenarioPresets.Options(Optional.empty(), Optional.empty(), Optional.empty(), 0.3, 1));
        List<GeneratedMention> inOrder = ScenarioFixtures.generate(ordered).mentions();
        List<GeneratedMention> late =
                ScenarioFixtures.generate(ordered.withDisorder(300, 0.2)).mentions();

        assertThat(late).hasSameSizeAs(inOrder);
        assertThat(late.stream().map(GeneratedMention::json).sorted().toList())
                .as("the same records, only sent in another order")
                .isEqualTo(inOrder.stream().map(GeneratedMention::json).sorted().toList());
        long delayed = 0;
        long outOfOrder = 0;
        Instant previousSend = Instant.MIN;
        Instant latestCreated = Instant.MIN;
        for (GeneratedMention m : late) {
            Duration delay = Duration.between(m.createdAt(), m.emittedAt());
            assertThat(delay).isBetween(Duration.ZERO, Duration.ofSeconds(300));
            assertThat(m.emittedAt()).isAfterOrEqualTo(previousSend);
            previousSend = m.emittedAt();
            delayed += delay.isZero() ? 0 : 1;
            outOfOrder += m.createdAt().isBefore(latestCreated) ? 1 : 0;
            latestCreated = m.createdAt().isAfter(latestCreated) ? m.createdAt() : latestCreated;
        }
        assertThat((double) delayed / late.size()).isBetween(0.15, 0.25);
        assertThat(outOfOrder).isPositive();
    }

    @Test
    void repliesAnswerEarlierMentionsOfTheSameBrandFromItsCareAccount() throws Exception {
        List<GeneratedMention> mentions = ScenarioFixtures.demo().mentions();
        Map<String, GeneratedMention> byId = new HashMap<>();
        int replies = 0;
        for (GeneratedMention m : mentions) {
            byId.put(m.id(), m);
            JsonNode node = JSON.readTree(m.json());
            if (node.has("in_reply_to")) {
                replies++;
                GeneratedMention original = byId.get(node.get("in_reply_to").asText());
                assertThat(original).as("answered mention precedes its reply").isNotNull();
                assertThat(original.brand()).isEqualTo(m.brand());
                BrandProfile brand = BrandCatalog.byId(m.brand()).orElseThrow();
                assertThat("@" + node.get("author").get("handle").asText())
                        .isEqualTo(brand.names().careHandle());
                assertThat(node.get("brand").asText()).isEqualTo(m.brand());
            }
        }
        assertThat(replies).isGreaterThan(mentions.size() / 50);
    }

    @Test
    void authorsFollowAHeavyTailedDistribution() throws Exception {
        List<Long> followers = new ArrayList<>();
        for (GeneratedMention m : ScenarioFixtures.standardWeek().mentions()) {
            JsonNode author = JSON.readTree(m.json()).get("author");
            if (author.has("followers")) {
                followers.add(author.get("followers").asLong());
            }
        }
        followers.sort(null);
        long median = followers.get(followers.size() / 2);
        long p99 = followers.get(followers.size() * 99 / 100);
        assertThat(median).isBetween(50L, 500L);
        assertThat(p99).as("a thin tail of big accounts").isGreaterThan(50 * median);
        assertThat(followers.get(followers.size() - 1)).isGreaterThan(100_000L);
    }

    private static String lines(ScenarioFixtures.Generated g) {
        StringBuilder out = new StringBuilder();
        for (Iterator<GeneratedMention> it = g.mentions().iterator(); it.hasNext(); ) {
            out.append(it.next().json()).append('\n');
        }
        return out.toString();
    }
}
