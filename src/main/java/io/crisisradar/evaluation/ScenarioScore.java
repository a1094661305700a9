package io.crisisradar.evaluation;

import io.crisisradar.detect.crisis.Episode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Detected episodes scored against a scenario's labels.
 *
 * <p>An episode <b>detects</b> a labelled crisis of its brand when it is open at some time during
 * the crisis ({@code [start, end]} of the episode, its last update while still open, overlaps the
 * crisis) and opened no earlier than {@value #EARLY_MINUTES} minutes before the crisis began (an
 * episode already running for another reason does not count). Time to detect = opening − crisis
 * start, in event time, the earliest detecting episode. Every other episode is a <b>false
 * alarm</b>: on a benign spike when it overlaps one of the brand's benign events, on normal traffic
 * otherwise. False alarms per brand-week = false alarms / (brands × days / 7).
 */
public final class ScenarioScore {

    static final int EARLY_MINUTES = 15;

    /** One labelled event and what became of it. */
    public record EventResult(LabelledEvent event, Episode episode) {
        public boolean detected() {
            return episode != null;
        }

        /** Minutes from the event's start to the episode's opening (0 if it opened before). */
        public double minutesToDetect() {
            return Math.max(0, episode.detectedAt() - event.start().toEpochMilli()) / 60_000.0;
        }
    }

    /** The evaluation. */
    public record Result(
            List<EventResult> crises,
            List<EventResult> benign,
            List<Episode> falseAlarmsOnNormalTraffic,
            List<Episode> falseAlarmsOnBenignSpikes,
            double brandWeeks) {

        public long detected() {
            return crises.stream().filter(EventResult::detected).count();
        }

        public double recall() {
            return crises.isEmpty() ? 1 : (double) detected() / crises.size();
        }

        /** All false alarms per brand-week. */
        public double falseAlarmsPerBrandWeek() {
            return (falseAlarmsOnNormalTraffic.size() + falseAlarmsOnBenignSpikes.size()) / brandWeeks;
        }

        /** False alarms on normal traffic only, per brand-week. */
        public double normalFalseAlarmsPerBrandWeek() {
            return falseAlarmsOnNormalTraffic.size() / brandWeeks;
        }

        /** Benign spikes that were opened as episodes. */
        public long benignOpened() {
            return benign.stream().filter(EventResult::detected).count();
        }

        /** The q-quantile (0–1, nearest rank) of the minutes to detect, NaN when nothing was detected. */
        public double minutesToDetect(double q) {
            List<Double> minutes = crises.stream()
                    .filter(EventResult::detected)
                    .map(EventResult::minutesToDetect)
                    .sorted()
                    .toList();
            if (minutes.isEmpty()) {
                return Double.NaN;
            }
            int rank = (int) Math.ceil(q * minutes.size());
            return minutes.get(Math.max(0, Math.min(minutes.size() - 1, rank - 1)));
        }
    }

    private ScenarioScore() {}

    /**
     * Scores {@code episodes} against {@code events} for {@code brands} brands over {@code length}.
     */
    public static Result score(List<LabelledEvent> events, List<Episode> episodes, int brands, Duration length) {
        Set<Episode> matched = new HashSet<>();
        List<EventResult> crises = new ArrayList<>();
        List<EventResult> benign = new ArrayList<>();
        for (LabelledEvent event : events) {
            Episode first = episodes.stream()
                    .filter(e -> e.brand().equals(event.brand()) && overlaps(e, event))
                    .filter(e -> !event.crisis()
                            || e.detectedAt()
                                    >= event.start().toEpochMilli()
                                            - Duration.ofMinutes(EARLY_MINUTES).toMillis())
                    .min(Comparator.comparingLong(Episode::detectedAt))
                    .orElse(null);
            (event.crisis() ? crises : benign).add(new EventResult(event, first));
            if (event.crisis()) {
                episodes.stream()
                        .filter(e -> e.brand().equals(event.brand()) && overlaps(e, event))
                        .filter(e -> e.detectedAt()
                                >= event.start().toEpochMilli()
                                        - Duration.ofMinutes(EARLY_MINUTES).toMillis())
                        .forEach(matched::add);
            }
        }
        List<Episode> onNormal = new ArrayList<>();
        List<Episode> onBenign = new ArrayList<>();
        for (Episode episode : episodes) {
            if (matched.contains(episode)) {
                continue;
            }
            boolean benignOverlap = events.stream()
                    .anyMatch(ev -> !ev.crisis() && ev.brand().equals(episode.brand()) && overlaps(episode, ev));
            (benignOverlap ? onBenign : onNormal).add(episode);
        }
        double brandWeeks =
                brands * length.toMillis() / (double) Duration.ofDays(7).toMillis();
        return new Result(crises, benign, onNormal, onBenign, brandWeeks);
    }

    private static boolean overlaps(Episode episode, LabelledEvent event) {
        return event.overlaps(episode.start(), episode.open() ? episode.lastUpdate() : episode.end());
    }
}
