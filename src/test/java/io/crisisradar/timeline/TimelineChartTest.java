package io.crisisradar.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimelineChartTest {

    @Test
    void writesAPngOfTheRequestedSizeWithTheScoreLineAndShadedEpisodes(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("charts/blysk.png");

        TimelineChart.writePng(Timelines.day(), ZoneOffset.UTC, 900, 420, file);

        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image).as("a PNG ImageIO can decode").isNotNull();
        assertThat(image.getWidth()).isEqualTo(900);
        assertThat(image.getHeight()).isEqualTo(420);
        assertThat(distinctColours(image)).as("not blank").isGreaterThan(50);
        assertThat(pixelsNear(image, TimelineChart.SCORE)).as("the score line").isGreaterThan(200);
        assertThat(pixelsNear(image, TimelineChart.VOLUME))
                .as("the volume line")
                .isGreaterThan(200);
        // the crisis shading is translucent red over white: pinkish, distinct from the score line
        assertThat(pixelsNear(image, new Color(246, 200, 200)))
                .as("a shaded crisis")
                .isGreaterThan(500);
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
                java.time.Duration.ofMinutes(2),
                0,
                java.util.List.of(),
                java.util.List.of(Timelines.crisis()),
                false,
                java.util.List.of());
        assertThat(distinctColours(TimelineChart.render(empty, ZoneOffset.UTC, 640, 320)))
                .isGreaterThan(10);
    }

    @Test
    void theTitleNamesTheBrandAndTheRange() {
        assertThat(TimelineChart.title(Timelines.day(), ZoneOffset.UTC))
                .isEqualTo("blysk: crisis timeline 2026-11-23 00:00 – 2026-11-24 00:00 (UTC)");
        assertThat(TimelineChart.chart(Timelines.day(), ZoneOffset.UTC)
                        .getTitle()
                        .getText())
                .startsWith("blysk");
    }

    @Test
    void runsHeadless() {
        TimelineChart.render(Timelines.day(), ZoneOffset.UTC, 200, 100);
        assertThat(java.awt.GraphicsEnvironment.isHeadless()).isTrue();
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
