package io.crisisradar.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;
import java.util.function.Predicate;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimelineChartTest {

    /** The shading over white: a light pink for a crisis, a light orange for a warning. */
    private static final Color CRISIS_SHADE = over(TimelineChart.CRISIS);

    private static final Color WARNING_SHADE = over(TimelineChart.WARNING);

    @Test
    void writesAPngOfTheRequestedSizeWithTheLinesAndShadedEpisodes(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("charts/blysk.png");

        TimelineChart.writePng(Timelines.day(), ZoneOffset.UTC, 900, 420, file);

        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image).as("a PNG ImageIO can decode").isNotNull();
        assertThat(image.getWidth()).isEqualTo(900);
        assertThat(image.getHeight()).isEqualTo(420);
        assertThat(distinctColours(image)).as("not blank").isGreaterThan(50);
        assertThat(count(image, ink(TimelineChart.SCORE))).as("the score line").isGreaterThan(200);
        assertThat(count(image, ink(TimelineChart.VOLUME)))
                .as("the volume line")
                .isGreaterThan(200);
        assertThat(count(image, shade(CRISIS_SHADE))).as("a shaded crisis").isGreaterThan(1000);
        assertThat(count(image, shade(WARNING_SHADE))).as("a shaded warning").isGreaterThan(500);
    }

    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({"900, 420", "1013, 437", "800, 400", "1400, 600"})
    void eachEpisodeIsShadedInItsSeverityColourOverItsTimeAndNowhereElse(int width, int height) {
        TimelineChart.Drawing d = TimelineChart.draw(Timelines.day(), ZoneOffset.UTC, width, height);
        // Rows of the score axis from 80 to 92: above every line of the fixture but the crisis'
        // volume, below the episode labels.
        int top = d.scoreY(92);
        int bottom = d.scoreY(80);
        assertThat(bottom - top).as("a plot of some height").isGreaterThan(20);

        // the crisis runs 18:03 → 19:12, the warning 09:58 → 10:40
        assertThat(share(d, "18:10", "19:05", top, bottom, shade(CRISIS_SHADE)))
                .as("crisis columns shaded pink")
                .isGreaterThan(0.8);
        assertThat(share(d, "10:05", "10:35", top, bottom, shade(WARNING_SHADE)))
                .as("warning columns shaded orange")
                .isGreaterThan(0.8);

        assertThat(count(d, "10:05", "10:35", top, bottom, shade(CRISIS_SHADE)))
                .as("no crisis colour on the warning")
                .isZero();
        assertThat(count(d, "18:10", "19:05", top, bottom, shade(WARNING_SHADE)))
                .as("no warning colour on the crisis")
                .isZero();
        for (String[] calm : new String[][] {{"05:00", "09:50"}, {"10:50", "17:55"}, {"19:20", "23:50"}}) {
            assertThat(count(
                            d,
                            calm[0],
                            calm[1],
                            top,
                            bottom,
                            shade(CRISIS_SHADE).or(shade(WARNING_SHADE))))
                    .as("no shading between %s and %s", calm[0], calm[1])
                    .isZero();
        }
    }

    @Test
    void anEpisodeShorterThanABucketIsStillShadedOneBucketWide() {
        Timeline.Episode blip = episode("crisis", "14:00", "14:00");
        Timeline day = Timelines.day();
        Timeline t = new Timeline(
                day.brand(),
                day.spec(),
                day.from(),
                day.to(),
                Duration.ofMinutes(15),
                day.windows(),
                day.series(),
                List.of(blip),
                false,
                List.of());

        TimelineChart.Drawing d = TimelineChart.draw(t, ZoneOffset.UTC, 900, 420);

        assertThat(share(d, "14:04", "14:11", d.scoreY(92), d.scoreY(80), shade(CRISIS_SHADE)))
                .isGreaterThan(0.8);
        assertThat(count(d, "14:20", "15:00", d.scoreY(92), d.scoreY(80), shade(CRISIS_SHADE)))
                .isZero();
    }

    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({"900, 420", "1013, 437", "800, 400", "1400, 600"})
    void aGapInTheSeriesIsLeftEmptyNotDrawnAsZero(int width, int height) {
        // Timelines.day() has no windows from 02:00 to 03:00 (the job was down)
        TimelineChart.Drawing d = TimelineChart.draw(Timelines.day(), ZoneOffset.UTC, width, height);
        int top = d.scoreY(100) + 1;
        int bottom = d.scoreY(0) - 1; // a zero would be drawn here, on the bottom edge
        Predicate<Color> anyLine =
                ink(TimelineChart.SCORE).or(ink(TimelineChart.VOLUME)).or(ink(TimelineChart.EXPECTED));
        // (the dotted threshold lines do cross the gap)
        Set<Integer> thresholds = new HashSet<>();
        for (int score : new int[] {TimelineChart.WARNING_THRESHOLD, TimelineChart.CRISIS_THRESHOLD}) {
            for (int y = d.scoreY(score) - 3; y <= d.scoreY(score) + 3; y++) {
                thresholds.add(y);
            }
        }
        Predicate<Integer> notThreshold = y -> !thresholds.contains(y);

        assertThat(count(d, "02:15", "02:45", top, bottom, anyLine, notThreshold))
                .as("nothing drawn in the gap")
                .isZero();
        assertThat(count(d, "03:15", "05:45", top, bottom, ink(TimelineChart.SCORE), notThreshold))
                .as("the score line after the gap")
                .isGreaterThan(10);
        assertThat(count(d, "03:15", "05:45", top, bottom, ink(TimelineChart.VOLUME), notThreshold))
                .as("the volume line after the gap")
                .isGreaterThan(10);
        assertThat(count(d, "03:15", "05:45", top, bottom, ink(TimelineChart.EXPECTED), notThreshold))
                .as("the expected line after the gap")
                .isGreaterThan(10);
    }

    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({"900, 420", "1013, 437", "800, 400", "1400, 600"})
    void theScoreIsDrawnOnItsOwnZeroToHundredAxisWithTheThresholds(int width, int height) {
        TimelineChart.Drawing d = TimelineChart.draw(Timelines.day(), ZoneOffset.UTC, width, height);

        // the score is 5 all afternoon, 52 during the warning
        assertThat(count(d, "14:00", "16:00", d.scoreY(5) - 3, d.scoreY(5) + 3, ink(TimelineChart.SCORE)))
                .as("the score at 5")
                .isGreaterThan(50);
        assertThat(count(d, "10:05", "10:35", d.scoreY(52) - 3, d.scoreY(52) + 3, ink(TimelineChart.SCORE)))
                .as("the score at 52")
                .isGreaterThan(12);
        // while the volume, 18 at noon, is on its own axis
        assertThat(count(d, "11:50", "13:10", d.mentionsY(18) - 3, d.mentionsY(18) + 3, ink(TimelineChart.VOLUME)))
                .as("the volume at 18")
                .isGreaterThan(30);
        Predicate<Color> orange =
                c -> c.getRed() > 200 && c.getGreen() > 130 && c.getGreen() < 220 && c.getBlue() < 150;
        Predicate<Color> red = c -> c.getRed() > 180 && c.getGreen() < 150 && c.getBlue() < 150;
        assertThat(count(d, "12:00", "17:00", d.scoreY(45) - 1, d.scoreY(45) + 1, orange))
                .as("the dotted warning threshold at 45")
                .isGreaterThan(40);
        assertThat(count(d, "12:00", "17:00", d.scoreY(65) - 1, d.scoreY(65) + 1, red))
                .as("the dotted crisis threshold at 65")
                .isGreaterThan(40);
    }

    @Test
    void drawsAnOpenEpisodeAndEmptySeriesWithoutFailing() {
        BufferedImage image = TimelineChart.render(Timelines.dayWithoutResponses(), ZoneOffset.UTC, 640, 320);
        assertThat(image.getWidth()).isEqualTo(640);

        Timeline empty = new Timeline(
                "blysk",
                "15m-1m",
                Timelines.FROM,
                Timelines.TO,
                Duration.ofMinutes(2),
                0,
                List.of(),
                List.of(Timelines.crisis()),
                false,
                List.of());
        TimelineChart.Drawing d = TimelineChart.draw(empty, ZoneOffset.UTC, 640, 320);
        assertThat(distinctColours(d.image())).isGreaterThan(10);
        assertThat(share(d, "18:10", "19:05", d.scoreY(92), d.scoreY(80), shade(CRISIS_SHADE)))
                .as("the episode, even without a series")
                .isGreaterThan(0.8);
    }

    @Test
    void drawsAtTheSmallestSizeTheCommandAllows() {
        BufferedImage image = TimelineChart.render(Timelines.day(), ZoneOffset.UTC, 100, 100);

        assertThat(image.getWidth()).isEqualTo(100);
        assertThat(image.getHeight()).isEqualTo(100);
    }

    @Test
    void theSamePictureEveryTime(@TempDir Path dir) throws Exception {
        Path first = dir.resolve("first.png");
        Path second = dir.resolve("second.png");

        TimelineChart.writePng(Timelines.day(), ZoneId.of("Europe/Warsaw"), 800, 400, first);
        TimelineChart.writePng(Timelines.day(), ZoneId.of("Europe/Warsaw"), 800, 400, second);

        assertThat(Files.mismatch(first, second)).as("byte for byte").isEqualTo(-1L);
    }

    @Test
    void theTitleNamesTheBrandAndTheRangeAndTheAxesTheirUnits() {
        assertThat(TimelineChart.title(Timelines.day(), ZoneOffset.UTC))
                .isEqualTo("blysk: crisis timeline 2026-11-23 00:00 – 2026-11-24 00:00 (UTC)");
        var chart = TimelineChart.chart(Timelines.day(), ZoneId.of("Europe/Warsaw"));
        assertThat(chart.getTitle())
                .isEqualTo("blysk: crisis timeline 2026-11-23 01:00 – 2026-11-24 01:00 (Europe/Warsaw)");
        assertThat(chart.getXAxisTitle()).isEqualTo("time (Europe/Warsaw)");
        assertThat(chart.getYAxisGroupTitle(TimelineChart.MENTIONS_AXIS)).isEqualTo("mentions per 15m-1m window");
        assertThat(chart.getYAxisGroupTitle(TimelineChart.SCORE_AXIS)).isEqualTo("crisis score");
        assertThat(TimelineChart.LEGEND.stream().map(TimelineChart.Key::label))
                .containsExactly(
                        "mentions per window (highest)",
                        "expected mentions (seasonal baseline)",
                        "crisis score (highest)",
                        "warning episode",
                        "crisis episode");
    }

    @Test
    void theLegendIsBelowThePlotAndWrapsWhenNarrow() {
        for (int width : new int[] {1400, 640}) {
            TimelineChart.Drawing d = TimelineChart.draw(Timelines.day(), ZoneOffset.UTC, width, 420);
            BufferedImage image = d.image();
            // below the plot, its tick labels and the axis title
            BufferedImage below = image.getSubimage(0, d.scoreY(0) + 35, width, 420 - d.scoreY(0) - 35);

            assertThat(count(below, ink(TimelineChart.VOLUME)))
                    .as("volume key at %d", width)
                    .isGreaterThan(20);
            assertThat(count(below, ink(TimelineChart.SCORE)))
                    .as("score key at %d", width)
                    .isGreaterThan(20);
            assertThat(count(below, shade(WARNING_SHADE)))
                    .as("warning key at %d", width)
                    .isGreaterThan(50);
            assertThat(count(below, shade(CRISIS_SHADE)))
                    .as("crisis key at %d", width)
                    .isGreaterThan(50);
            assertThat(count(image.getSubimage(width - 3, 0, 3, 420), c -> !c.equals(Color.WHITE)))
                    .as("nothing cut off at the right edge at %d", width)
                    .isZero();
        }
    }

    @Test
    void timesAreShownInTheZoneOnTicksRoundInIt() {
        ZoneId warsaw = ZoneId.of("Europe/Warsaw");
        Instant from = Instant.parse("2026-11-23T00:00:00Z");

        TimelineChart.TimeScale winter = TimelineChart.TimeScale.of(warsaw, from, from.plus(Duration.ofDays(7)));
        assertThat(winter.shiftMillis())
                .as("one offset all along: shifted by it")
                .isEqualTo(3_600_000L);
        assertThat(winter.timeZone().getID()).isEqualTo("UTC");
        assertThat(winter.date(from)).isEqualTo(new java.util.Date(from.toEpochMilli() + 3_600_000L));

        // daylight saving time ends on 2026-10-25 in Warsaw
        TimelineChart.TimeScale change = TimelineChart.TimeScale.of(
                warsaw, Instant.parse("2026-10-24T00:00:00Z"), Instant.parse("2026-10-26T00:00:00Z"));
        assertThat(change.shiftMillis())
                .as("across a change: instants, labelled in the zone")
                .isZero();
        assertThat(change.timeZone()).isEqualTo(TimeZone.getTimeZone(warsaw));

        assertThat(TimelineChart.TimeScale.of(ZoneOffset.UTC, from, from.plus(Duration.ofDays(400)))
                        .shiftMillis())
                .isZero();
        assertThat(TimelineChart.TimeScale.of(ZoneId.of("Asia/Kolkata"), from, from.plus(Duration.ofDays(400)))
                        .shiftMillis())
                .isEqualTo(19_800_000L);
    }

    @Test
    void runsHeadless() {
        TimelineChart.render(Timelines.day(), ZoneOffset.UTC, 200, 100);
        assertThat(java.awt.GraphicsEnvironment.isHeadless()).isTrue();
    }

    private static Timeline.Episode episode(String severity, String start, String end) {
        Timeline.Episode c = Timelines.crisis();
        return new Timeline.Episode(
                "blysk|" + Timelines.at(start),
                severity,
                Timelines.at(start),
                Timelines.at(start),
                Timelines.at(start),
                70,
                Timelines.at(end),
                Timelines.at(end),
                0,
                c.triggers(),
                c.unusualTerms(),
                c.categories(),
                c.platforms(),
                null,
                c.peakExplanation(),
                null);
    }

    /** Share of the pixels between two times (columns) and two rows that match. */
    private static double share(
            TimelineChart.Drawing d, String from, String to, int top, int bottom, Predicate<Color> match) {
        int columns = d.x(Timelines.at(to)) - d.x(Timelines.at(from)) + 1;
        return (double) count(d, from, to, top, bottom, match) / (columns * (bottom - top + 1));
    }

    private static int count(
            TimelineChart.Drawing d, String from, String to, int top, int bottom, Predicate<Color> match) {
        return count(d, from, to, top, bottom, match, y -> true);
    }

    /** Pixels between two times (columns) and two rows, in the rows {@code rows} accepts, that match. */
    private static int count(
            TimelineChart.Drawing d,
            String from,
            String to,
            int top,
            int bottom,
            Predicate<Color> match,
            Predicate<Integer> rows) {
        int left = d.x(Timelines.at(from));
        int right = d.x(Timelines.at(to));
        assertThat(left).isLessThan(right);
        assertThat(top).isLessThan(bottom);
        int count = 0;
        for (int y = top; y <= bottom; y++) {
            if (!rows.test(y)) {
                continue;
            }
            for (int x = left; x <= right; x++) {
                if (match.test(new Color(d.image().getRGB(x, y)))) {
                    count++;
                }
            }
        }
        return count;
    }

    private static int count(BufferedImage image, Predicate<Color> match) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (match.test(new Color(image.getRGB(x, y)))) {
                    count++;
                }
            }
        }
        return count;
    }

    /**
     * A pixel of a line in {@code colour} drawn over white: antialiased, a thin line fills a row
     * only partly, so at least half covered, i.e. between white and the colour and closer to it.
     */
    private static Predicate<Color> ink(Color colour) {
        return c -> {
            int[] pixel = {c.getRed(), c.getGreen(), c.getBlue()};
            int[] ink = {colour.getRed(), colour.getGreen(), colour.getBlue()};
            int strongest = 0;
            for (int i = 1; i < 3; i++) {
                if (ink[i] < ink[strongest]) {
                    strongest = i;
                }
            }
            double coverage = (255.0 - pixel[strongest]) / (255.0 - ink[strongest]);
            if (coverage < 0.5 || coverage > 1.1) {
                return false;
            }
            for (int i = 0; i < 3; i++) {
                if (Math.abs(pixel[i] - (255 - coverage * (255 - ink[i]))) > 20) {
                    return false;
                }
            }
            return true;
        };
    }

    /** A pixel of the shading {@code colour} (the two shadings are only 26 apart in green). */
    private static Predicate<Color> shade(Color colour) {
        return c -> Math.abs(c.getRed() - colour.getRed()) < 8
                && Math.abs(c.getGreen() - colour.getGreen()) < 8
                && Math.abs(c.getBlue() - colour.getBlue()) < 8;
    }

    /** {@code colour} at the shading's opacity over white. */
    private static Color over(Color colour) {
        float a = Math.round(255 * TimelineChart.SHADE_ALPHA) / 255f;
        return new Color(
                Math.round(255 - a * (255 - colour.getRed())),
                Math.round(255 - a * (255 - colour.getGreen())),
                Math.round(255 - a * (255 - colour.getBlue())));
    }

    private static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
