package io.crisisradar.timeline;

import io.crisisradar.detect.crisis.Severity;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import javax.imageio.ImageIO;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.Styler.YAxisPosition;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Draws a {@link Timeline} as a PNG with XChart: mentions and expected mentions over time on the
 * left axis, the crisis score on the right axis (0–100, with the warning and crisis thresholds), and
 * each episode shaded in the colour of its severity. Buckets without windows are gaps in the lines,
 * not zeros.
 *
 * <p>XChart has no interval marker, so each episode is a translucent {@link
 * XYSeriesRenderStyle#PolygonArea} rectangle on the score axis reaching far beyond both ends of it
 * (the plot clips it to its own height), added before the lines so that they are drawn over it.
 * XChart paints the plot, axes and lines; this class draws around it what XChart cannot: the title
 * with a subtitle and the legend, both wrapped to the width (XChart has one title line and a
 * one-row legend that is cut off on a narrow chart), and over it the threshold and episode labels
 * in their own colours (XChart's annotations share one font and colour), at the positions XChart's
 * axes give.
 *
 * <p>Runs headless: the command line is used on servers without a display, and XChart draws
 * through Java2D onto an image, so nothing needs one. The output depends only on the timeline, the
 * zone, the size and the fonts installed: no clock, no default locale or zone.
 */
public final class TimelineChart {

    static {
        // Before any AWT class asks: no display is needed, or wanted, to draw into an image.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    static final Color VOLUME = new Color(31, 119, 180);
    static final Color EXPECTED = new Color(120, 120, 120);
    static final Color SCORE = new Color(200, 30, 30);
    static final Color WARNING = new Color(255, 160, 0);
    static final Color CRISIS = new Color(220, 40, 40);

    /** The scores at which the detector calls a warning and a crisis, drawn as dotted lines. */
    static final int WARNING_THRESHOLD = Severity.WARNING.threshold();

    static final int CRISIS_THRESHOLD = Severity.CRISIS.threshold();

    /** Opacity of the episode shading over the white plot. */
    static final float SHADE_ALPHA = 0.22f;

    /** The y-axis groups: mentions on the left, the score on the right. */
    static final int MENTIONS_AXIS = 0;

    static final int SCORE_AXIS = 1;

    private static final BasicStroke VOLUME_STROKE =
            new BasicStroke(1.4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    private static final BasicStroke EXPECTED_STROKE = dashed(1.2f, 5f, 4f);
    private static final BasicStroke SCORE_STROKE =
            new BasicStroke(1.8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);

    private static final Color GRID = new Color(225, 225, 225);
    private static final Color TEXT = new Color(40, 40, 40);
    private static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 16);
    private static final Font SUBTITLE_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final Font AXIS_TITLE_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    private static final Font LEGEND_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final Font EPISODE_LABEL_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 11);
    private static final Font THRESHOLD_LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 10);

    /** Beyond this many episodes their "#n" labels would only be clutter. */
    private static final int MAX_LABELLED_EPISODES = 30;

    /** Score values far beyond the axis: the shading rectangles reach past the plot and are clipped. */
    private static final double SHADE_BOTTOM = -1_000;

    private static final double SHADE_TOP = 1_100;

    private TimelineChart() {}

    /** The chart as an image of {@code width} × {@code height} pixels; times shown in {@code zone}. */
    public static BufferedImage render(Timeline timeline, ZoneId zone, int width, int height) {
        return draw(timeline, zone, width, height).image();
    }

    /** Writes the chart as a PNG file, creating its folder if needed. */
    public static void writePng(Timeline timeline, ZoneId zone, int width, int height, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        BufferedImage image = render(timeline, zone, width, height);
        try (OutputStream out = Files.newOutputStream(file)) {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer in this Java runtime");
            }
        }
    }

    /**
     * A drawn chart: the image, and the chart and time scale that place a time or score on it (the
     * chart's coordinates start {@code top} pixels below the image's, under the title).
     */
    record Drawing(BufferedImage image, XYChart chart, TimeScale scale, int top) {

        /** Image column of {@code at}. */
        int x(Instant at) {
            return (int) Math.round(chart.getScreenXFromChart(scale.x(at)));
        }

        /** Image row of a crisis score. */
        int scoreY(double score) {
            return top + (int) Math.round(chart.getScreenYFromChart(score, SCORE_AXIS));
        }

        /** Image row of a mentions value. */
        int mentionsY(double mentions) {
            return top + (int) Math.round(chart.getScreenYFromChart(mentions, MENTIONS_AXIS));
        }
    }

    static Drawing draw(Timeline t, ZoneId zone, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);

            TimeScale scale = TimeScale.of(zone, t.from(), t.to());
            XYChart chart = chart(t, zone, scale);
            int top = header(g, t, zone, width);
            List<List<Key>> legendRows = legendRows(g, width);
            int legendHeight = legendRows.size() * legendRowHeight(g) + 4;
            g.translate(0, top);
            chart.paint(g, width, Math.max(1, height - top - legendHeight));
            g.translate(0, -top);
            Drawing drawing = new Drawing(image, chart, scale, top);
            labels(g, t, drawing);
            legend(g, legendRows, width, height - legendHeight);
            return drawing;
        } finally {
            g.dispose();
        }
    }

    static XYChart chart(Timeline t, ZoneId zone) {
        return chart(t, zone, TimeScale.of(zone, t.from(), t.to()));
    }

    private static XYChart chart(Timeline t, ZoneId zone, TimeScale scale) {
        XYChart chart = new XYChart(1400, 600);
        chart.setTitle(title(t, zone));
        chart.setXAxisTitle("time (" + Display.zone(zone) + ")");
        chart.setYAxisGroupTitle(MENTIONS_AXIS, "mentions per " + t.spec() + " window");
        chart.setYAxisGroupTitle(SCORE_AXIS, "crisis score");
        style(chart.getStyler(), t, scale);

        List<Date> times = new ArrayList<>(t.series().size());
        List<Double> volume = new ArrayList<>(t.series().size());
        List<Double> expected = new ArrayList<>(t.series().size());
        List<Double> score = new ArrayList<>(t.series().size());
        for (Timeline.Point p : t.series()) {
            times.add(scale.date(p.at()));
            volume.add(p.volume());
            expected.add(p.expectedVolume());
            score.add(p.score());
        }
        if (times.isEmpty()) {
            // XChart refuses an empty series: one gap instead.
            times.add(scale.date(t.from()));
            volume.add(Double.NaN);
            expected.add(Double.NaN);
            score.add(Double.NaN);
        }
        chart.getStyler().setYAxisMax(MENTIONS_AXIS, mentionsMax(volume, expected));

        // Painted in the order added: the shading under the threshold lines, under the data lines,
        // under the score.
        int number = 1;
        for (Timeline.Episode e : t.episodes()) {
            // at least one bucket wide, or a short episode on a long range would be invisible
            Date from = scale.date(e.start());
            Date to = scale.date(shadedEnd(e, t));
            XYSeries shade = chart.addSeries(
                    "episode #" + number++,
                    List.of(from, from, to, to),
                    List.of(SHADE_BOTTOM, SHADE_TOP, SHADE_TOP, SHADE_BOTTOM));
            area(shade, severityColour(e.severity()));
        }
        threshold(chart, scale, t, "warning threshold", WARNING_THRESHOLD, WARNING);
        threshold(chart, scale, t, "crisis threshold", CRISIS_THRESHOLD, CRISIS);

        XYSeries expectedLine = chart.addSeries("expected mentions (seasonal baseline)", times, expected);
        line(expectedLine, EXPECTED, EXPECTED_STROKE, MENTIONS_AXIS);
        XYSeries volumeLine = chart.addSeries("mentions per window (highest)", times, volume);
        line(volumeLine, VOLUME, VOLUME_STROKE, MENTIONS_AXIS);
        XYSeries scoreLine = chart.addSeries("crisis score (highest)", times, score);
        line(scoreLine, SCORE, SCORE_STROKE, SCORE_AXIS);
        return chart;
    }

    private static void style(XYStyler s, Timeline t, TimeScale scale) {
        s.setLocale(Locale.ROOT);
        s.setTimezone(scale.timeZone());
        s.setChartBackgroundColor(Color.WHITE);
        s.setChartFontColor(TEXT);
        s.setChartTitleVisible(false); // drawn by header(), with the subtitle XChart has no room for,
        // and both wrapped when the chart is narrow
        s.setChartPadding(10);
        s.setAntiAlias(true);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotBorderVisible(true);
        s.setPlotBorderColor(new Color(160, 160, 160));
        s.setPlotGridLinesVisible(true);
        s.setPlotGridLinesColor(GRID);
        s.setPlotGridLinesStroke(new BasicStroke(1f));
        s.setPlotTicksMarksVisible(false);
        // The range nearly edge to edge (XChart's default leaves 4% inside each axis end); not quite,
        // as XChart leaves out the tick labels at the very edges (0 and 100 of the score).
        s.setPlotContentSize(0.98);
        s.setAxisTicksLineVisible(false);
        s.setAxisTitleFont(AXIS_TITLE_FONT);
        s.setAxisTickLabelsFont(TICK_FONT);
        s.setAxisTickLabelsColor(TEXT);
        s.setAxisTitlePadding(6);
        s.setYAxisGroupPosition(MENTIONS_AXIS, YAxisPosition.Left);
        s.setYAxisGroupPosition(SCORE_AXIS, YAxisPosition.Right);
        s.setYAxisGroupTitleColor(MENTIONS_AXIS, VOLUME.darker());
        s.setYAxisGroupTitleColor(SCORE_AXIS, SCORE.darker());
        s.setXAxisMin((double) scale.x(t.from()));
        s.setXAxisMax((double) scale.x(t.to()));
        s.setYAxisMin(MENTIONS_AXIS, 0.0);
        s.setYAxisMin(SCORE_AXIS, 0.0);
        s.setYAxisMax(SCORE_AXIS, 100.0);
        s.setLegendVisible(false); // drawn by legend(), in as many rows as the width needs
        s.setToolTipsEnabled(false);
        s.setCursorEnabled(false);
        s.setZoomEnabled(false);
    }

    /** The top of the mentions axis: the highest value and a little room, and at least 10. */
    private static double mentionsMax(List<Double> volume, List<Double> expected) {
        double max = 0;
        for (List<Double> values : List.of(volume, expected)) {
            for (double v : values) {
                if (!Double.isNaN(v)) {
                    max = Math.max(max, v);
                }
            }
        }
        return Math.max(10, max * 1.05);
    }

    /** A dotted line across the range at a severity threshold of the score axis (not in the legend). */
    private static void threshold(XYChart chart, TimeScale scale, Timeline t, String name, int score, Color colour) {
        XYSeries line = chart.addSeries(
                name, List.of(scale.date(t.from()), scale.date(t.to())), List.of((double) score, (double) score));
        line(line, colour, dashed(1f, 2f, 3f), SCORE_AXIS);
    }

    /**
     * A line series: straight segments from point to point. A dashed one is drawn "smooth", which in
     * XChart means one path per run of points between gaps, so that the dashes run on across
     * hundreds of one-pixel segments instead of restarting (and looking solid) in each; between two
     * points that curve stays within their values (its control points are level with them).
     */
    private static void line(XYSeries series, Color colour, BasicStroke stroke, int axis) {
        series.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
        series.setSmooth(stroke.getDashArray() != null);
        series.setLineColor(colour);
        series.setLineStyle(stroke);
        series.setMarker(SeriesMarkers.NONE);
        series.setYAxisGroup(axis);
    }

    /** An episode's translucent shading, on the score axis, without outline or markers. */
    private static void area(XYSeries series, Color colour) {
        series.setXYSeriesRenderStyle(XYSeriesRenderStyle.PolygonArea);
        series.setFillColor(translucent(colour));
        series.setLineColor(translucent(colour));
        series.setLineStyle(SeriesLines.NONE);
        series.setMarker(SeriesMarkers.NONE);
        series.setYAxisGroup(SCORE_AXIS);
    }

    private static BasicStroke dashed(float width, float dash, float space) {
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {dash, space}, 0f);
    }

    /** Draws the title and the subtitle, centred, wrapped to the width; returns the height they take. */
    private static int header(Graphics2D g, Timeline t, ZoneId zone, int width) {
        int y = centredLines(g, TITLE_FONT, title(t, zone), width, 8);
        return centredLines(g, SUBTITLE_FONT, subtitle(t), width, y + 1);
    }

    /** Draws {@code text} wrapped and centred from {@code top} down; returns the bottom. */
    private static int centredLines(Graphics2D g, Font font, String text, int width, int top) {
        FontMetrics metrics = g.getFontMetrics(font);
        g.setColor(TEXT);
        int y = top;
        for (String line : wrap(text, metrics, width - 20)) {
            text(g, font, line, width / 2.0, y + metrics.getAscent());
            y += metrics.getHeight();
        }
        return y;
    }

    /** {@code text} in lines no wider than {@code width}, broken at spaces (a longer word stays whole). */
    static List<String> wrap(String text, FontMetrics metrics, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && metrics.stringWidth(line + " " + word) > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    /** One legend entry: a sample of a line in its stroke, or of the shading (no stroke). */
    record Key(String label, Color colour, BasicStroke stroke) {}

    static final List<Key> LEGEND = List.of(
            new Key("mentions per window (highest)", VOLUME, VOLUME_STROKE),
            new Key("expected mentions (seasonal baseline)", EXPECTED, EXPECTED_STROKE),
            new Key("crisis score (highest)", SCORE, SCORE_STROKE),
            new Key("warning episode", WARNING, null),
            new Key("crisis episode", CRISIS, null));

    private static final int LINE_SAMPLE = 28;
    private static final int BOX_SAMPLE = 12;
    private static final int KEY_GAP = 18;

    /** The legend entries in rows that fit the width (XChart's own legend is one row, cut off). */
    private static List<List<Key>> legendRows(Graphics2D g, int width) {
        FontMetrics metrics = g.getFontMetrics(LEGEND_FONT);
        List<List<Key>> rows = new ArrayList<>();
        List<Key> row = new ArrayList<>();
        int used = 0;
        for (Key key : LEGEND) {
            int keyWidth = keyWidth(key, metrics);
            if (!row.isEmpty() && used + KEY_GAP + keyWidth > width - 20) {
                rows.add(row);
                row = new ArrayList<>();
                used = 0;
            }
            used += (row.isEmpty() ? 0 : KEY_GAP) + keyWidth;
            row.add(key);
        }
        rows.add(row);
        return rows;
    }

    private static int legendRowHeight(Graphics2D g) {
        return Math.max(g.getFontMetrics(LEGEND_FONT).getHeight(), BOX_SAMPLE) + 4;
    }

    private static int keyWidth(Key key, FontMetrics metrics) {
        return (key.stroke() == null ? BOX_SAMPLE : LINE_SAMPLE) + 6 + metrics.stringWidth(key.label());
    }

    /** Draws the legend rows, each centred, from {@code top} down. */
    private static void legend(Graphics2D g, List<List<Key>> rows, int width, int top) {
        FontMetrics metrics = g.getFontMetrics(LEGEND_FONT);
        int rowHeight = legendRowHeight(g);
        int y = top;
        for (List<Key> row : rows) {
            int rowWidth = -KEY_GAP;
            for (Key key : row) {
                rowWidth += KEY_GAP + keyWidth(key, metrics);
            }
            int x = Math.max(0, (width - rowWidth) / 2);
            int middle = y + rowHeight / 2;
            for (Key key : row) {
                int sample;
                if (key.stroke() == null) {
                    sample = BOX_SAMPLE;
                    int boxTop = middle - BOX_SAMPLE / 2;
                    g.setColor(translucent(key.colour()));
                    g.fillRect(x, boxTop, BOX_SAMPLE, BOX_SAMPLE);
                    g.setColor(key.colour());
                    g.setStroke(new BasicStroke(1f));
                    g.drawRect(x, boxTop, BOX_SAMPLE - 1, BOX_SAMPLE - 1);
                } else {
                    sample = LINE_SAMPLE;
                    g.setColor(key.colour());
                    g.setStroke(key.stroke());
                    // on the middle of a pixel row, so that a thin line fills one row in its colour
                    g.draw(new Line2D.Double(x, middle + 0.5, x + LINE_SAMPLE, middle + 0.5));
                }
                g.setColor(TEXT);
                g.setFont(LEGEND_FONT);
                int textX = x + sample + 6;
                g.drawString(key.label(), textX, middle + (metrics.getAscent() - metrics.getDescent()) / 2);
                x = textX + metrics.stringWidth(key.label()) + KEY_GAP;
            }
            y += rowHeight;
        }
    }

    /**
     * The labels XChart's annotations cannot draw (they share one font and colour): the thresholds,
     * in their colours above their lines at the left, and the episode numbers at the top of their
     * shading, as in the text timeline.
     */
    private static void labels(Graphics2D g, Timeline t, Drawing d) {
        g.setFont(THRESHOLD_LABEL_FONT);
        g.setColor(WARNING.darker());
        g.drawString("warning " + WARNING_THRESHOLD, d.x(t.from()) + 4, d.scoreY(WARNING_THRESHOLD) - 3);
        g.setColor(CRISIS.darker());
        g.drawString("crisis " + CRISIS_THRESHOLD, d.x(t.from()) + 4, d.scoreY(CRISIS_THRESHOLD) - 3);
        if (t.episodes().size() > MAX_LABELLED_EPISODES) {
            return;
        }
        // Close episodes on a long range: a label that would overlap the one before goes a line lower,
        // or is left out if it overlaps there too.
        FontMetrics metrics = g.getFontMetrics(EPISODE_LABEL_FONT);
        int[] rowEnds = {Integer.MIN_VALUE, Integer.MIN_VALUE};
        int number = 1;
        for (Timeline.Episode e : t.episodes()) {
            Instant start = max(e.start(), t.from());
            Instant end = min(shadedEnd(e, t), t.to());
            String label = "#" + number++;
            if (!start.isBefore(end)) {
                continue;
            }
            double centre = (d.x(start) + d.x(end)) / 2.0;
            int left = (int) Math.round(centre - metrics.stringWidth(label) / 2.0);
            for (int row = 0; row < rowEnds.length; row++) {
                if (left > rowEnds[row] + 3) {
                    g.setColor(Color.DARK_GRAY);
                    text(
                            g,
                            EPISODE_LABEL_FONT,
                            label,
                            centre,
                            d.scoreY(100) + 4 + metrics.getAscent() + row * metrics.getHeight());
                    rowEnds[row] = left + metrics.stringWidth(label);
                    break;
                }
            }
        }
    }

    /** Draws {@code text} centred on {@code centre}. */
    private static void text(Graphics2D g, Font font, String text, double centre, int baseline) {
        g.setFont(font);
        int x = (int) Math.round(centre - g.getFontMetrics(font).stringWidth(text) / 2.0);
        g.drawString(text, x, baseline);
    }

    /** The end of an episode's shading: its end (or latest update), at least one bucket after its start. */
    static Instant shadedEnd(Timeline.Episode e, Timeline t) {
        Instant atLeast = e.start().plus(t.bucket());
        return e.endOrLatest().isBefore(atLeast) ? atLeast : e.endOrLatest();
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    static String title(Timeline t, ZoneId zone) {
        return t.brand() + ": crisis timeline " + Display.time(t.from(), zone) + " – " + Display.time(t.to(), zone)
                + " (" + Display.zone(zone) + ")";
    }

    private static String subtitle(Timeline t) {
        int n = t.episodes().size();
        String peak =
                t.peak().map(p -> ", highest score " + Display.score(p.score())).orElse("");
        return n + (n == 1 ? " episode" : " episodes") + peak + "; one point per "
                + Display.duration(t.bucket().toMinutes()) + " (highest score and volume of its " + t.spec()
                + " windows)";
    }

    static Color severityColour(String severity) {
        return "crisis".equals(severity) ? CRISIS : WARNING;
    }

    private static Color translucent(Color c) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), Math.round(255 * SHADE_ALPHA));
    }

    /**
     * Where times go on the x axis. XChart places date ticks at whole multiples of the step since
     * the epoch in UTC, and labels them in the styler's zone: in a zone 1 h from UTC, 4-hour ticks
     * would fall at 01:00, 05:00… So when the zone keeps one offset over the whole range (UTC, any
     * fixed offset, or a range without a daylight-saving change), times are shifted by that offset
     * and labelled as UTC: ticks fall on the zone's round hours and midnights and read as its local
     * times. Across a change of offset times are not shifted and labelled in the zone itself, so
     * every label stays true (ticks of 2 hours and more may then fall on odd hours).
     */
    record TimeScale(long shiftMillis, TimeZone timeZone) {

        static TimeScale of(ZoneId zone, Instant from, Instant to) {
            ZoneRules rules = zone.getRules();
            ZoneOffsetTransition next = rules.nextTransition(from);
            if (rules.isFixedOffset() || next == null || !next.getInstant().isBefore(to)) {
                return new TimeScale(rules.getOffset(from).getTotalSeconds() * 1000L, TimeZone.getTimeZone("UTC"));
            }
            return new TimeScale(0, TimeZone.getTimeZone(zone));
        }

        long x(Instant at) {
            return at.toEpochMilli() + shiftMillis;
        }

        Date date(Instant at) {
            return new Date(x(at));
        }
    }
}
