package io.crisisradar.detect.window;

import java.io.Serializable;
import java.time.Duration;
import java.util.List;

/**
 * A sliding window of {@code size} that advances by {@code slide}, both whole multiples of the
 * one-minute pane; the size is a whole multiple of the slide so every window covers whole panes and
 * ends on a slide boundary (epoch-aligned, as Flink's {@code SlidingEventTimeWindows} with no offset).
 */
public record WindowSpec(Duration size, Duration slide) implements Serializable {

    /** The pane length: every window is assembled from panes of one event-time minute. */
    public static final long PANE_MILLIS = Duration.ofMinutes(1).toMillis();

    /** 15 minutes sliding by 1 minute: the fast signal. */
    public static final WindowSpec FIFTEEN_MINUTES = new WindowSpec(Duration.ofMinutes(15), Duration.ofMinutes(1));

    /** 60 minutes sliding by 5 minutes: the steadier signal. */
    public static final WindowSpec ONE_HOUR = new WindowSpec(Duration.ofMinutes(60), Duration.ofMinutes(5));

    /** The windows computed when the configuration names none. */
    public static final List<WindowSpec> DEFAULTS = List.of(FIFTEEN_MINUTES, ONE_HOUR);

    public WindowSpec {
        long sizeMillis = size.toMillis();
        long slideMillis = slide.toMillis();
        if (slideMillis <= 0 || slideMillis % PANE_MILLIS != 0) {
            throw new IllegalArgumentException("window slide must be a positive whole number of minutes: " + slide);
        }
        if (sizeMillis < slideMillis || sizeMillis % slideMillis != 0) {
            throw new IllegalArgumentException(
                    "window size must be a whole multiple of its slide: " + size + " / " + slide);
        }
    }

    /** Parses {@code "15m/1m"}: size and slide in minutes. */
    public static WindowSpec parse(String text) {
        String[] parts = text.trim().split("/");
        if (parts.length != 2 || !parts[0].endsWith("m") || !parts[1].endsWith("m")) {
            throw new IllegalArgumentException("window spec must look like 15m/1m: " + text);
        }
        return new WindowSpec(Duration.ofMinutes(minutes(parts[0])), Duration.ofMinutes(minutes(parts[1])));
    }

    private static long minutes(String part) {
        return Long.parseLong(part.substring(0, part.length() - 1).trim());
    }

    public long sizeMillis() {
        return size.toMillis();
    }

    public long slideMillis() {
        return slide.toMillis();
    }

    /** Stable name used in window ids and documents, e.g. {@code 15m-1m}. */
    public String id() {
        return size.toMinutes() + "m-" + slide.toMinutes() + "m";
    }

    /** End of the first window that contains the pane starting at {@code paneStart}. */
    public long firstEndCovering(long paneStart) {
        return Math.floorDiv(paneStart, slideMillis()) * slideMillis() + slideMillis();
    }

    /** End of the last window that contains the pane starting at {@code paneStart}. */
    public long lastEndCovering(long paneStart) {
        return Math.floorDiv(paneStart + sizeMillis(), slideMillis()) * slideMillis();
    }

    /** Whether a window of this spec ends at {@code end}. */
    public boolean endsAt(long end) {
        return Math.floorMod(end, slideMillis()) == 0;
    }

    /** Start of the pane holding an event at {@code timestamp}. */
    public static long paneStart(long timestamp) {
        return Math.floorDiv(timestamp, PANE_MILLIS) * PANE_MILLIS;
    }
}
