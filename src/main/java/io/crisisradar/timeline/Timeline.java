package io.crisisradar.timeline;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What an analyst sees for one brand over a time range: the crisis score and volume over time (one
 * point per bucket, aggregated from the scored brand windows) and the crisis episodes that overlap
 * the range. Read from Elasticsearch by {@link TimelineReader}; printed by {@link TimelineFormat} and
 * drawn by {@link TimelineChart}. Plain data, so formatters and the chart can be tested on a
 * hand-made timeline.
 *
 * @param brand brand id
 * @param spec window spec of the scored windows, e.g. {@code 15m-1m}
 * @param from start of the range (inclusive)
 * @param to end of the range (exclusive)
 * @param bucket width of one point of {@code series}
 * @param windows scored brand windows in the range
 * @param series one point per bucket from the first to the last bucket with windows, oldest first
 * @param episodes episodes overlapping the range, by start
 * @param responsesIndexed whether the episodes carry response statistics (written while the
 *     response clock ran); when false, every episode's {@code responses} is null
 * @param notes things the reader wants the analyst to know (e.g. why response figures are missing)
 */
public record Timeline(
        String brand,
        String spec,
        Instant from,
        Instant to,
        Duration bucket,
        long windows,
        List<Point> series,
        List<Episode> episodes,
        boolean responsesIndexed,
        List<String> notes) {

    public Timeline {
        series = List.copyOf(series);
        episodes = List.copyOf(episodes);
        notes = List.copyOf(notes);
    }

    /**
     * One bucket of the score series. Values are {@link Double#NaN} for a bucket without windows (no
     * mention in it, or the job was not running): a gap, not a zero.
     *
     * @param at bucket start
     * @param windows scored windows in the bucket
     * @param score highest crisis score of the bucket's windows
     * @param volume highest window volume (mentions per window of the spec)
     * @param expectedVolume mean expected volume of the seasonal baseline; NaN also while it warms up
     */
    public record Point(Instant at, long windows, double score, double volume, double expectedVolume) {}

    /**
     * One crisis episode as the timeline shows it.
     *
     * @param id episode id ({@code brand|start})
     * @param severity highest severity reached ({@code warning} or {@code crisis})
     * @param start start of its run of high scores
     * @param detectedAt when it opened
     * @param peakAt time of the highest score
     * @param peakScore highest score
     * @param end end of the last window at "watch" or above; null while open
     * @param lastUpdate latest window stepped (the end of an open episode so far)
     * @param minutesToDetect minutes from start to detection
     * @param triggers signals that drove the score when it opened, strongest first
     * @param unusualTerms terms much more frequent than usual at the peak, largest excess first
     * @param categories complaint categories at the peak, most mentioned first
     * @param platforms platforms at the peak, most mentioned first
     * @param loudestComplaint the negative or complaint mention with the largest reach; null if none
     * @param peakExplanation the score's explanation at the peak
     * @param responses response figures during the episode; null when the job wrote none
     */
    public record Episode(
            String id,
            String severity,
            Instant start,
            Instant detectedAt,
            Instant peakAt,
            double peakScore,
            Instant end,
            Instant lastUpdate,
            long minutesToDetect,
            List<String> triggers,
            List<Term> unusualTerms,
            List<Count> categories,
            List<Count> platforms,
            Complaint loudestComplaint,
            String peakExplanation,
            Responses responses) {

        public Episode {
            triggers = List.copyOf(triggers);
            unusualTerms = List.copyOf(unusualTerms);
            categories = List.copyOf(categories);
            platforms = List.copyOf(platforms);
        }

        public boolean open() {
            return end == null;
        }

        /** Until its end, or until its latest update while open. */
        public Instant endOrLatest() {
            return end == null ? lastUpdate : end;
        }

        public long durationMinutes() {
            return Duration.between(start, endOrLatest()).toMinutes();
        }

        /** The same episode with response figures. */
        public Episode withResponses(Responses figures) {
            return new Episode(
                    id,
                    severity,
                    start,
                    detectedAt,
                    peakAt,
                    peakScore,
                    end,
                    lastUpdate,
                    minutesToDetect,
                    triggers,
                    unusualTerms,
                    categories,
                    platforms,
                    loudestComplaint,
                    peakExplanation,
                    figures);
        }
    }

    /** An unusual term: mentions with it at the peak, and how many its usual share predicts. */
    public record Term(String term, long count, double expected) {}

    /** A name with a count (category, platform). */
    public record Count(String name, long count) {}

    /** One complaint shown as evidence. */
    public record Complaint(String author, String platform, long reach, Instant createdAt, String text) {}

    /**
     * How the brand answered complaints while an episode was open, as the job counted them into the
     * episode document ({@code crisis_radar.episode.responses}, docs/care.md): complaints posted
     * since the episode started whose clock settled before it ended — answered in time, or their
     * deadline passed. A complaint still inside its deadline when the episode ended is not counted.
     *
     * @param complaints complaints that came due during the episode: answered in time + breaches
     * @param answered answered by their deadline
     * @param answeredLate answered after their deadline, during the episode (also among breaches)
     * @param breaches deadline passed without an answer
     * @param medianFirstResponseMinutes median minutes to the first response of the answered ones
     *     (in time or late); NaN when none was answered
     * @param loudestUnanswered the highest-reach complaint left unanswered past its deadline, or null
     */
    public record Responses(
            long complaints,
            long answered,
            long answeredLate,
            long breaches,
            double medianFirstResponseMinutes,
            Complaint loudestUnanswered) {

        /** Share of complaints answered in time; NaN when there were none. */
        public double answeredShare() {
            return complaints == 0 ? Double.NaN : (double) answered / complaints;
        }
    }

    /** The bucket with the highest score, if any bucket has one. */
    public Optional<Point> peak() {
        return series.stream().filter(p -> !Double.isNaN(p.score())).max(Comparator.comparingDouble(Point::score));
    }

    /** Episodes that reached {@code severity}. */
    public long episodesOf(String severity) {
        return episodes.stream().filter(e -> e.severity().equals(severity)).count();
    }

    /** Minutes spent in episodes (each counted in full, also where it reaches outside the range). */
    public long minutesInEpisodes() {
        return episodes.stream().mapToLong(Episode::durationMinutes).sum();
    }

    /** Median minutes to detect over the episodes; NaN without episodes. */
    public double medianMinutesToDetect() {
        long[] minutes =
                episodes.stream().mapToLong(Episode::minutesToDetect).sorted().toArray();
        if (minutes.length == 0) {
            return Double.NaN;
        }
        int middle = minutes.length / 2;
        return minutes.length % 2 == 1 ? minutes[middle] : (minutes[middle - 1] + minutes[middle]) / 2.0;
    }

    /** Whether the range holds nothing at all for the brand. */
    public boolean isEmpty() {
        return windows == 0 && episodes.isEmpty();
    }
}
