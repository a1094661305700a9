package io.crisisradar.timeline;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Date;
import java.util.TimeZone;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.time.FixedMillisecond;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

/**
 * Draws a {@link Timeline} as a PNG with JFreeChart: mentions and expected mentions over time on the
 * left axis, the crisis score on the right axis (0–100, with the warning and crisis thresholds), and
 * each episode shaded in the colour of its severity. Buckets without windows are gaps in the lines,
 * not zeros.
 *
 * <p>Runs headless: the command line is used on servers without a display, and JFreeChart draws
 * through Java2D onto an image, so nothing needs one.
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

    /** Beyond this many episodes their "#n" labels would only be clutter. */
    private static final int MAX_LABELLED_EPISODES = 30;

    private TimelineChart() {}

    /** The chart as an image of {@code width} × {@code height} pixels; times shown in {@code zone}. */
    public static BufferedImage render(Timeline timeline, ZoneId zone, int width, int height) {
        return chart(timeline, zone).createBufferedImage(width, height, BufferedImage.TYPE_INT_RGB, null);
    }

    /** Writes the chart as a PNG file, creating its folder if needed. */
    public static void writePng(Timeline timeline, ZoneId zone, int width, int height, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            ChartUtils.writeChartAsPNG(out, chart(timeline, zone), width, height);
        }
    }

    static JFreeChart chart(Timeline t, ZoneId zone) {
        TimeSeries volume = new TimeSeries("mentions per window (highest)");
        TimeSeries expected = new TimeSeries("expected mentions (seasonal baseline)");
        TimeSeries score = new TimeSeries("crisis score (highest)");
        for (Timeline.Point p : t.series()) {
            FixedMillisecond at = new FixedMillisecond(p.at().toEpochMilli());
            volume.add(at, orNull(p.volume()));
            expected.add(at, orNull(p.expectedVolume()));
            score.add(at, orNull(p.score()));
        }
        TimeSeriesCollection mentions = new TimeSeriesCollection();
        mentions.addSeries(volume);
        mentions.addSeries(expected);

        DateAxis time = new DateAxis("time (" + Display.zone(zone) + ")");
        time.setTimeZone(TimeZone.getTimeZone(zone));
        time.setRange(Date.from(t.from()), Date.from(t.to()));
        NumberAxis mentionsAxis = new NumberAxis("mentions per " + t.spec() + " window");
        mentionsAxis.setAutoRangeIncludesZero(true);
        mentionsAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        XYLineAndShapeRenderer mentionLines = new XYLineAndShapeRenderer(true, false);
        // one path per series, so the dashes run on across hundreds of short segments (gaps stay gaps)
        mentionLines.setDrawSeriesLineAsPath(true);
        mentionLines.setSeriesPaint(0, VOLUME);
        mentionLines.setSeriesStroke(0, new BasicStroke(1.4f));
        mentionLines.setSeriesPaint(1, EXPECTED);
        mentionLines.setSeriesStroke(
                1, new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {5f, 4f}, 0f));

        XYPlot plot = new XYPlot(mentions, time, mentionsAxis, mentionLines);
        NumberAxis scoreAxis = new NumberAxis("crisis score");
        scoreAxis.setRange(0, 100);
        plot.setRangeAxis(1, scoreAxis);
        plot.setRangeAxisLocation(1, AxisLocation.BOTTOM_OR_RIGHT);
        plot.setDataset(1, new TimeSeriesCollection(score));
        plot.mapDatasetToRangeAxis(1, 1);
        XYLineAndShapeRenderer scoreLine = new XYLineAndShapeRenderer(true, false);
        scoreLine.setDrawSeriesLineAsPath(true);
        scoreLine.setSeriesPaint(0, SCORE);
        scoreLine.setSeriesStroke(0, new BasicStroke(1.8f));
        plot.setRenderer(1, scoreLine);
        // The score over the volume: it is what the chart is about.
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);

        threshold(plot, 45, "warning", WARNING);
        threshold(plot, 65, "crisis", CRISIS);
        int number = 1;
        boolean labelled = t.episodes().size() <= MAX_LABELLED_EPISODES;
        long minimumWidth = t.bucket().toMillis();
        for (Timeline.Episode e : t.episodes()) {
            long start = e.start().toEpochMilli();
            // at least one bucket wide, or a short episode on a long range would be invisible
            long end = Math.max(e.endOrLatest().toEpochMilli(), start + minimumWidth);
            IntervalMarker shade = new IntervalMarker(start, end, severityColour(e.severity()));
            shade.setAlpha(0.22f);
            if (labelled) {
                shade.setLabel("#" + number);
                shade.setLabelFont(new Font(Font.SANS_SERIF, Font.BOLD, 11));
                shade.setLabelPaint(Color.DARK_GRAY);
                shade.setLabelAnchor(RectangleAnchor.TOP);
                shade.setLabelTextAnchor(TextAnchor.TOP_CENTER);
                shade.setLabelOffset(new RectangleInsets(4, 0, 0, 0));
            }
            plot.addDomainMarker(shade, Layer.BACKGROUND);
            number++;
        }

        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(225, 225, 225));
        plot.setRangeGridlinePaint(new Color(225, 225, 225));
        plot.setFixedLegendItems(legend(plot));

        JFreeChart chart = new JFreeChart(title(t, zone), new Font(Font.SANS_SERIF, Font.BOLD, 16), plot, true);
        chart.addSubtitle(new TextTitle(subtitle(t), new Font(Font.SANS_SERIF, Font.PLAIN, 12)));
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        return chart;
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

    /** A dashed line across the score axis at a severity threshold. */
    private static void threshold(XYPlot plot, double score, String label, Color colour) {
        ValueMarker line = new ValueMarker(score);
        line.setPaint(colour);
        line.setStroke(
                new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {2f, 3f}, 0f));
        line.setLabel(label + " " + (int) score);
        line.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        line.setLabelPaint(colour.darker());
        line.setLabelBackgroundColor(new Color(255, 255, 255, 0));
        line.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        line.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        plot.addRangeMarker(1, line, Layer.BACKGROUND);
    }

    /** The series' own legend items, plus one per severity for the shading. */
    private static LegendItemCollection legend(XYPlot plot) {
        LegendItemCollection series = plot.getLegendItems();
        LegendItemCollection items = new LegendItemCollection();
        for (int i = 0; i < series.getItemCount(); i++) {
            items.add(series.get(i));
        }
        items.add(new LegendItem("warning episode", translucent(WARNING)));
        items.add(new LegendItem("crisis episode", translucent(CRISIS)));
        return items;
    }

    static Color severityColour(String severity) {
        return "crisis".equals(severity) ? CRISIS : WARNING;
    }

    /** The colour a shaded area shows on white (legend squares are drawn opaque). */
    private static Paint translucent(Color c) {
        float alpha = 0.35f;
        return new Color(
                Math.round(255 - alpha * (255 - c.getRed())),
                Math.round(255 - alpha * (255 - c.getGreen())),
                Math.round(255 - alpha * (255 - c.getBlue())));
    }

    private static Double orNull(double value) {
        return Double.isNaN(value) ? null : value;
    }
}
