package io.crisisradar.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.crisisradar.enrich.Enrichment;
import io.crisisradar.enrich.MentionEnricher;
import io.crisisradar.mention.MentionParser;
import io.crisisradar.mention.ParsedRecord;
import io.crisisradar.mention.SourcePosition;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Generated texts must read to the job's own enrichment the way they were written: crisis texts
 * negative or with a complaint category, benign spikes not. Otherwise a detector evaluated on the
 * scenario would be judged on the generator's phrasing rather than on its detection.
 */
class ScenarioTextsTest {

    /** Mentions enriched per check: enough for stable shares, a second or two of work. */
    private static final int SAMPLE = 400;

    private static MentionEnricher enricher;
    private static final MentionParser PARSER = new MentionParser(64 * 1024, Clock.systemUTC());

    @BeforeAll
    static void loadEnrichmentOnce() {
        enricher = new MentionEnricher(ScenarioFixtures.brandRules());
    }

    /** A mention with what the enrichment made of it. */
    private record Read(GeneratedMention mention, Enrichment enrichment) {
        boolean negative() {
            return enrichment.sentimentLabel().equals("NEGATIVE");
        }

        boolean categorised() {
            return enrichment.categories().length > 0;
        }

        boolean rightCategory() {
            return mention.topic()
                    .category()
                    .map(c -> Arrays.asList(enrichment.categories()).contains(c.name()))
                    .orElse(false);
        }
    }

    @Test
    void crisisMentionsReadAsNegativeOrCarryAComplaintCategory() throws Exception {
        List<Read> crisis = read(eventMentions(EventKind.CRISIS));
        List<Read> complaints = crisis.stream()
                .filter(r -> r.mention().topic().category().isPresent())
                .toList();

        double negativeOrCategorised = share(crisis, r -> r.negative() || r.categorised());
        double negative = share(crisis, Read::negative);
        double rightCategory = share(complaints, Read::rightCategory);
        System.out.printf(
                Locale.ROOT,
                "scenario texts, crisis mentions (%d): negative or categorised %.1f %%, negative %.1f %%;"
                        + " complaints (%d) with their intended category %.1f %%%n",
                crisis.size(),
                100 * negativeOrCategorised,
                100 * negative,
                complaints.size(),
                100 * rightCategory);

        assertThat(crisis).hasSizeGreaterThan(300);
        assertThat(negativeOrCategorised).isGreaterThanOrEqualTo(0.8);
        assertThat(negative).isGreaterThanOrEqualTo(0.65);
        assertThat(rightCategory).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void benignSpikesReadAsPositiveOrNeutralAndUncategorised() throws Exception {
        List<Read> benign = read(eventMentions(EventKind.BENIGN));

        double notNegative = share(benign, r -> !r.negative());
        double uncategorised = share(benign, r -> !r.categorised());
        System.out.printf(
                Locale.ROOT,
                "scenario texts, benign mentions (%d): not negative %.1f %%, uncategorised %.1f %%%n",
                benign.size(),
                100 * notNegative,
                100 * uncategorised);

        assertThat(benign).hasSizeGreaterThan(300);
        assertThat(notNegative).isGreaterThanOrEqualTo(0.85);
        assertThat(uncategorised).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void everydayComplaintsCarryTheirCategoryAndPraiseReadsPositive() throws Exception {
        List<GeneratedMention> everyday = ScenarioFixtures.standardWeek().mentions().stream()
                .filter(m -> m.eventId() == null)
                .toList();
        List<Read> complaints = read(
                everyday.stream().filter(m -> m.topic().category().isPresent()).toList());
        List<Read> praise =
                read(everyday.stream().filter(m -> m.topic() == Topic.PRAISE).toList());
        List<Read> questions =
                read(everyday.stream().filter(m -> m.topic() == Topic.QUESTION).toList());

        double rightCategory = share(complaints, Read::rightCategory);
        double positivePraise =
                share(praise, r -> r.enrichment().sentimentLabel().equals("POSITIVE"));
        double uncategorisedQuestions = share(questions, r -> !r.categorised());
        System.out.printf(
                Locale.ROOT,
                "scenario texts, everyday: complaints with their category %.1f %% (%d), praise positive %.1f %% (%d),"
                        + " questions uncategorised %.1f %% (%d)%n",
                100 * rightCategory,
                complaints.size(),
                100 * positivePraise,
                praise.size(),
                100 * uncategorisedQuestions,
                questions.size());

        assertThat(rightCategory).isGreaterThanOrEqualTo(0.85);
        assertThat(positivePraise).isGreaterThanOrEqualTo(0.85);
        assertThat(uncategorisedQuestions).isGreaterThanOrEqualTo(0.9);
    }

    /** The events' own mentions of one kind, in both fixtures; brand-written posts left out. */
    private static List<GeneratedMention> eventMentions(EventKind kind) throws Exception {
        Set<String> ids = Stream.of(ScenarioFixtures.demo(), ScenarioFixtures.standardWeek())
                .flatMap(g -> g.labels().events().stream())
                .filter(e -> e.kind() == kind)
                .map(ScenarioLabels.EventLabel::id)
                .collect(Collectors.toSet());
        return Stream.concat(
                        ScenarioFixtures.demo().mentions().stream(),
                        ScenarioFixtures.standardWeek().mentions().stream())
                .filter(m -> ids.contains(m.eventId()))
                .filter(m -> !m.topic().byBrand())
                .toList();
    }

    /** Enriches an evenly spread sample of at most {@link #SAMPLE} mentions. */
    private static List<Read> read(List<GeneratedMention> mentions) {
        int step = Math.max(1, mentions.size() / SAMPLE);
        List<Read> out = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i += step) {
            GeneratedMention m = mentions.get(i);
            ParsedRecord parsed =
                    PARSER.parse(m.json().getBytes(StandardCharsets.UTF_8), new SourcePosition("scenario", 0, i, 0));
            out.add(new Read(m, enricher.enrich(parsed.mention()).enrichment()));
        }
        return out;
    }

    private static double share(List<Read> reads, Predicate<Read> test) {
        return reads.isEmpty() ? 0 : reads.stream().filter(test).count() / (double) reads.size();
    }
}
