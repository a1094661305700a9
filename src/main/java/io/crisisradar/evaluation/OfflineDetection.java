package io.crisisradar.evaluation;

import io.crisisradar.detect.crisis.BrandMonitor;
import io.crisisradar.detect.crisis.CrisisState;
import io.crisisradar.detect.crisis.Episode;
import io.crisisradar.detect.crisis.EpisodeUpdate;
import io.crisisradar.detect.window.KeyedObservation;
import io.crisisradar.detect.window.Pane;
import io.crisisradar.detect.window.WindowSpec;
import io.crisisradar.detect.window.WindowSummary;
import io.crisisradar.enrich.EnrichedMention;
import io.crisisradar.enrich.MentionEnricher;
import io.crisisradar.enrich.brand.BrandRule;
import io.crisisradar.enrich.dedup.NearDuplicateGroups;
import io.crisisradar.mention.MentionParser;
import io.crisisradar.mention.ParsedRecord;
import io.crisisradar.mention.SourcePosition;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The job's detection chain without Flink, for evaluating detection on files quickly and
 * deterministically: parse → enrich → near-duplicate groups → brand minute panes → sliding windows of
 * the scored spec → {@link BrandMonitor}. The same domain classes as the streaming job; what differs
 * is only the plumbing:
 *
 * <ul>
 *   <li>the watermark is the latest event time minus {@code outOfOrderness}, over the whole input
 *       (the job's is per Kafka partition); mentions older than the watermark's pane are counted as
 *       late and dropped (the job would still revise windows within the allowed lateness);
 *   <li>near-duplicate band keys are kept for the whole run (the job expires them after a TTL).
 * </ul>
 *
 * Feed lines in roughly event-time order with {@link #accept}, then call {@link #finish}.
 */
public final class OfflineDetection {

    /** Event time added after the last mention so that open episodes can calm down and resolve. */
    public static final Duration QUIET_TAIL = Duration.ofHours(2);

    private final MentionParser parser = new MentionParser(1 << 20, Clock.systemUTC());
    private final MentionEnricher enricher;
    private final BrandMonitor monitor;
    private final WindowSpec spec;
    private final long outOfOrderness;
    private final Map<Long, Long> nearDuplicateBands = new HashMap<>();
    private final Map<String, TreeMap<Long, Pane>> panes = new TreeMap<>();
    private final Map<String, CrisisState> states = new TreeMap<>();
    private final Map<String, Episode> episodes = new LinkedHashMap<>();
    private final List<EpisodeUpdate> updates = new ArrayList<>();

    private Consumer<BrandMonitor.Outcome> listener = outcome -> {};
    private long lines;
    private long mentions;
    private long deadLetters;
    private long late;
    private long windows;
    private long maxEventTime = Long.MIN_VALUE;
    private long nextEnd = Long.MIN_VALUE;

    public OfflineDetection(List<BrandRule> brandRules, BrandMonitor monitor, Duration outOfOrderness) {
        this.enricher = new MentionEnricher(brandRules);
        this.monitor = monitor;
        this.spec = monitor.spec();
        this.outOfOrderness = outOfOrderness.toMillis();
    }

    /** Hears about every scored window (for tracing a brand's scores). */
    public OfflineDetection onOutcome(Consumer<BrandMonitor.Outcome> listener) {
        this.listener = listener;
        return this;
    }

    /** Processes one input line (one JSON mention); invalid lines are counted as dead letters. */
    public void accept(byte[] line) throws Exception {
        lines++;
        ParsedRecord parsed = parser.parse(line, new SourcePosition("file", 0, lines, 0));
        if (parsed.mention() == null) {
            deadLetters++;
            return;
        }
        mentions++;
        long eventTime = parsed.mention().createdAt().toEpochMilli();
        if (nextEnd != Long.MIN_VALUE
                && WindowSpec.paneStart(eventTime) + WindowSpec.PANE_MILLIS <= nextEnd - spec.slideMillis()) {
            late++;
            return;
        }
        EnrichedMention enriched = group(enricher.enrich(parsed.mention()));
        for (KeyedObservation keyed : KeyedObservation.of(enriched, EnumSet.of(KeyedObservation.Dimension.BRAND))) {
            panes.computeIfAbsent(keyed.key(), k -> new TreeMap<>())
                    .computeIfAbsent(WindowSpec.paneStart(eventTime), Pane::starting)
                    .add(keyed.observation());
        }
        if (eventTime > maxEventTime) {
            maxEventTime = eventTime;
            advanceTo(maxEventTime - outOfOrderness);
        }
    }

    /** Emits the remaining windows and a quiet tail in which open episodes can resolve. */
    public void finish() {
        if (maxEventTime != Long.MIN_VALUE) {
            advanceTo(maxEventTime + QUIET_TAIL.toMillis());
        }
    }

    /** Every episode in its latest version, in the order they opened. */
    public List<Episode> episodes() {
        return List.copyOf(episodes.values());
    }

    /** Every episode change, in order. */
    public List<EpisodeUpdate> updates() {
        return List.copyOf(updates);
    }

    /** Input lines, mentions, dead letters, late mentions dropped, brand windows scored. */
    public record Counts(long lines, long mentions, long deadLetters, long late, long windows) {}

    public Counts counts() {
        return new Counts(lines, mentions, deadLetters, late, windows);
    }

    /** Brands seen. */
    public List<String> brands() {
        return List.copyOf(states.keySet());
    }

    private EnrichedMention group(EnrichedMention mention) throws Exception {
        long group = NearDuplicateGroups.assign(
                mention.enrichment().fingerprint(),
                mention.enrichment().bucketKeys(),
                NearDuplicateGroups.ownGroup(mention.mention().id()),
                new NearDuplicateGroups.Store() {
                    @Override
                    public Long groupOf(long bandKey) {
                        return nearDuplicateBands.get(bandKey);
                    }

                    @Override
                    public void put(long bandKey, long group) {
                        nearDuplicateBands.put(bandKey, group);
                    }
                });
        return new EnrichedMention(
                mention.mention(), mention.enrichment().withNearDuplicateGroup(NearDuplicateGroups.format(group)));
    }

    /** Emits every window ending at or before {@code watermark + 1}, as the job's timers would. */
    private void advanceTo(long watermark) {
        if (nextEnd == Long.MIN_VALUE) {
            long first =
                    panes.values().stream().mapToLong(TreeMap::firstKey).min().orElse(watermark);
            nextEnd = spec.firstEndCovering(first);
        }
        for (; nextEnd - 1 <= watermark; nextEnd += spec.slideMillis()) {
            for (Map.Entry<String, TreeMap<Long, Pane>> brand : panes.entrySet()) {
                emit(brand.getKey(), brand.getValue(), nextEnd);
            }
        }
    }

    private void emit(String brand, TreeMap<Long, Pane> brandPanes, long end) {
        long start = end - spec.sizeMillis();
        brandPanes.headMap(start).clear();
        List<Pane> covered = new ArrayList<>(brandPanes.headMap(end).values());
        CrisisState state = states.computeIfAbsent(brand, b -> monitor.initial());
        List<BrandMonitor.Outcome> outcomes;
        if (!covered.isEmpty()) {
            outcomes = monitor.onWindow(state, WindowSummary.assemble(brand, spec, end, covered, false));
            windows++;
        } else if (state.episode.open) {
            outcomes = monitor.onSilence(state, brand, end);
        } else {
            return;
        }
        for (BrandMonitor.Outcome outcome : outcomes) {
            listener.accept(outcome);
            for (EpisodeUpdate update : outcome.updates()) {
                updates.add(update);
                episodes.put(update.episode().id(), update.episode());
            }
        }
    }
}
