package io.crisisradar.timeline;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The ways a {@link Timeline} is written out: readable text for the terminal, and CSV, JSON or
 * Markdown (one row or object per episode; JSON also carries the score series) for spreadsheets,
 * notebooks and reports. Times in text and Markdown are shown in the display zone; CSV and JSON
 * carry ISO instants (UTC), which every tool reads.
 */
public enum TimelineFormat {
    TEXT {
        @Override
        public String render(Timeline timeline, ZoneId zone) {
            return TimelineText.render(timeline, zone);
        }
    },
    CSV {
        @Override
        public String render(Timeline timeline, ZoneId zone) {
            return TimelineTables.csv(timeline);
        }
    },
    JSON {
        @Override
        public String render(Timeline timeline, ZoneId zone) {
            return TimelineJson.render(timeline);
        }
    },
    MARKDOWN {
        @Override
        public String render(Timeline timeline, ZoneId zone) {
            return TimelineTables.markdown(timeline, zone);
        }
    };

    /** The timeline in this format, ending with a line break. */
    public abstract String render(Timeline timeline, ZoneId zone);

    /** The format named {@code name} (any case), e.g. {@code csv}. */
    public static TimelineFormat parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown format '" + name + "': use one of "
                    + Arrays.stream(values()).map(TimelineFormat::label).collect(Collectors.joining(", ")));
        }
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
