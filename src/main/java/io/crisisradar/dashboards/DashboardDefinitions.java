package io.crisisradar.dashboards;

import static io.crisisradar.dashboards.SavedObjectBuilders.count;
import static io.crisisradar.dashboards.SavedObjectBuilders.dateHistogram;
import static io.crisisradar.dashboards.SavedObjectBuilders.lastValue;
import static io.crisisradar.dashboards.SavedObjectBuilders.metric;
import static io.crisisradar.dashboards.SavedObjectBuilders.percentile;
import static io.crisisradar.dashboards.SavedObjectBuilders.terms;
import static io.crisisradar.dashboards.SavedObjectBuilders.termsSmallestFirst;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crisisradar.dashboards.SavedObjectBuilders.Dashboard;
import io.crisisradar.dashboards.SavedObjectBuilders.Lens;
import java.util.ArrayList;
import java.util.List;

/**
 * The crisis-radar Kibana dashboards as code: the source of {@code dashboards/crisis-radar.ndjson}
 * ({@code crisis-radar dashboards generate} writes it; a test fails when the file and this class
 * disagree). Field names are those of the strict index templates; {@link DashboardChecks} verifies
 * every one of them against the templates.
 *
 * <p>Ids are stable and readable ({@code crisis-radar-live}, {@code crisis-radar-live-score}): an
 * import with overwrite replaces the same objects instead of adding copies.
 */
public final class DashboardDefinitions {

    static final String MENTIONS = "crisis-radar-mentions";
    static final String METRICS = "crisis-radar-metrics";
    static final String EPISODES = "crisis-radar-episodes";
    static final String RESPONSES = "crisis-radar-responses";
    static final String DEAD_LETTERS = "crisis-radar-deadletters";

    /** The window whose brand windows carry the crisis score (the default {@code detect.score-window}). */
    static final String SCORED_SPEC = "15m-1m";

    /**
     * Width in pixels of a table column of text (a mention, an explanation): wide enough that a
     * 280-character complaint wraps to a few lines instead of a tall narrow column. The table's rows
     * fit their content, so a text is shown whole.
     */
    static final int TEXT_COLUMN_WIDTH = 420;

    private DashboardDefinitions() {}

    /** Every saved object, data views first, then visualizations, then dashboards (Kibana's order). */
    public static List<ObjectNode> objects() {
        List<ObjectNode> objects = new ArrayList<>(dataViews());
        List<Dashboard> dashboards = new ArrayList<>();
        List<Lens> lenses = new ArrayList<>();
        dashboards.add(live(lenses));
        dashboards.add(timeline(lenses));
        dashboards.add(brandHealth(lenses));
        dashboards.add(care(lenses));
        lenses.forEach(l -> objects.add(l.build()));
        dashboards.forEach(d -> objects.add(d.build()));
        return objects;
    }

    /** The NDJSON file: one object per line, ending with a newline. */
    public static String ndjson() {
        StringBuilder out = new StringBuilder();
        for (ObjectNode object : objects()) {
            out.append(object).append('\n');
        }
        return out.toString();
    }

    private static List<ObjectNode> dataViews() {
        ObjectNode urlFormat = SavedObject.MAPPER.createObjectNode();
        urlFormat.putObject("url.original").put("id", "url");
        return List.of(
                SavedObjectBuilders.dataView(MENTIONS, "mentions", "crisis-radar mentions", urlFormat),
                SavedObjectBuilders.dataView(METRICS, "metrics", "crisis-radar window metrics and scores", null),
                SavedObjectBuilders.dataView(EPISODES, "episodes", "crisis-radar crisis episodes", null),
                SavedObjectBuilders.dataView(RESPONSES, "responses", "crisis-radar response times", null),
                SavedObjectBuilders.dataView(DEAD_LETTERS, "deadletters", "crisis-radar dead letters", null));
    }

    /** Brand windows of the scored spec: the documents that carry {@code crisis_radar.crisis.*}. */
    private static Lens brandWindows(Lens lens) {
        return lens.filter("crisis_radar.window.dimension", "brand").filter("crisis_radar.window.spec", SCORED_SPEC);
    }

    private static Lens add(List<Lens> lenses, Lens lens) {
        lenses.add(lens);
        return lens;
    }

    /** What is blowing up right now: for PR and care teams, on a wall screen, refreshed every 30 s. */
    private static Dashboard live(List<Lens> l) {
        Lens openEpisodes = add(
                l,
                new Lens(
                                "crisis-radar-live-open-episodes-count",
                                "Open crisis episodes",
                                "Episodes not yet resolved (episodes index, status open).",
                                "lnsMetric",
                                EPISODES)
                        .filter("crisis_radar.episode.status", "open")
                        .columns(count("episodes", "Open episodes"))
                        .metricTile("episodes"));
        Lens highestScore = add(
                l,
                brandWindows(new Lens(
                                "crisis-radar-live-highest-score",
                                "Highest crisis score",
                                "Highest crisis score (0-100) of any brand in the time range; watch from 25,"
                                        + " warning from 45, crisis from 65.",
                                "lnsMetric",
                                METRICS))
                        .columns(metric("score", "Highest crisis score", "max", "crisis_radar.crisis.score"))
                        .metricTile("score"));
        Lens negativeCount = add(
                l,
                new Lens(
                                "crisis-radar-live-negative-count",
                                "Negative mentions",
                                "Mentions whose sentiment label is NEGATIVE.",
                                "lnsMetric",
                                MENTIONS)
                        .filter("crisis_radar.sentiment.label", "NEGATIVE")
                        .columns(count("mentions", "Negative mentions"))
                        .metricTile("mentions"));
        Lens mentionCount = add(
                l,
                new Lens("crisis-radar-live-mention-count", "Mentions", "All mentions.", "lnsMetric", MENTIONS)
                        .columns(count("mentions", "Mentions"))
                        .metricTile("mentions"));
        Lens score = add(
                l,
                brandWindows(new Lens(
                                "crisis-radar-live-score",
                                "Crisis score per brand",
                                "Crisis score (crisis-score v1, 0-100) of each brand's 15-minute windows, the"
                                        + " highest in each time bucket. Watch 25, warning 45, crisis 65.",
                                "lnsXY",
                                METRICS))
                        .columns(
                                terms("brand", "Brand", "crisis_radar.window.brand", 10, "score"),
                                dateHistogram("time"),
                                metric("score", "Crisis score", "max", "crisis_radar.crisis.score"))
                        .xy("line", "time", "brand", "score")
                        .yRange(0, 100));
        Lens volume = add(
                l,
                brandWindows(new Lens(
                                "crisis-radar-live-volume-vs-baseline",
                                "Mentions vs seasonal baseline per brand",
                                "Mentions in each brand's 15-minute window against the volume its seasonal"
                                        + " baseline expected (averaged over the windows in a time bucket).",
                                "lnsXY",
                                METRICS))
                        .columns(
                                terms("brand", "Brand", "crisis_radar.window.brand", 5, "volume"),
                                dateHistogram("time"),
                                metric("volume", "Mentions per 15 min", "average", "crisis_radar.metrics.volume"),
                                metric(
                                        "expected",
                                        "Expected per 15 min",
                                        "average",
                                        "crisis_radar.crisis.expected_volume"))
                        .xy("line", "time", "brand", "volume", "expected"));
        Lens sentiment = add(
                l,
                brandWindows(new Lens(
                                "crisis-radar-live-sentiment",
                                "Sentiment per brand",
                                "Mean sentiment (-1 to 1) and share of negative mentions (0 to 1) of each"
                                        + " brand's 15-minute windows, averaged over a time bucket.",
                                "lnsXY",
                                METRICS))
                        .columns(
                                terms("brand", "Brand", "crisis_radar.window.brand", 5, "negative_share"),
                                dateHistogram("time"),
                                metric(
                                        "mean_sentiment",
                                        "Mean sentiment",
                                        "average",
                                        "crisis_radar.metrics.mean_sentiment"),
                                metric(
                                        "negative_share",
                                        "Negative share",
                                        "average",
                                        "crisis_radar.metrics.negative_share"))
                        .xy("line", "time", "brand", "mean_sentiment", "negative_share"));
        Lens openTable = add(
                l,
                new Lens(
                                "crisis-radar-live-open-episodes",
                                "Open episodes",
                                "Each open episode: brand, severity, scores, start, what triggered it and the"
                                        + " terms that are unusual for the brand.",
                                "lnsDatatable",
                                EPISODES)
                        .filter("crisis_radar.episode.status", "open")
                        .columns(
                                terms("episode", "Episode", "crisis_radar.episode.id", 20, "peak"),
                                lastValue("brand", "Brand", "crisis_radar.episode.brand", "string"),
                                lastValue("severity", "Severity", "crisis_radar.episode.severity", "string"),
                                metric("last", "Last score", "max", "crisis_radar.episode.last_score"),
                                metric("peak", "Peak score", "max", "crisis_radar.episode.peak_score"),
                                lastValue("start", "Started", "crisis_radar.episode.start", "date"),
                                lastValue("triggers", "Triggers", "crisis_radar.episode.triggers", "string"),
                                lastValue(
                                        "terms",
                                        "Unusual terms",
                                        "crisis_radar.episode.evidence.unusual_terms.term",
                                        "string"))
                        .table("peak"));
        Lens topNegative = add(
                l,
                new Lens(
                                "crisis-radar-live-top-negative-mentions",
                                "Top negative mentions by reach",
                                "NEGATIVE mentions with the largest estimated reach and what they say (a text"
                                        + " over 8,191 characters is left blank: open the link).",
                                "lnsDatatable",
                                MENTIONS)
                        .filter("crisis_radar.sentiment.label", "NEGATIVE")
                        .columns(
                                terms("mention", "Mention", "crisis_radar.mention_id", 20, "reach"),
                                metric("reach", "Reach", "max", "crisis_radar.reach"),
                                lastValue("text", "Text", "message.keyword", "string"),
                                lastValue("brands", "Brands", "crisis_radar.brands", "string"),
                                lastValue("platform", "Platform", "crisis_radar.platform", "string"),
                                lastValue("author", "Author", "user.name", "string"),
                                lastValue("categories", "Categories", "crisis_radar.categories", "string"),
                                metric("sentiment", "Sentiment", "min", "crisis_radar.sentiment.score"),
                                lastValue("url", "Link", "url.original", "string"))
                        .table("reach")
                        .columnWidth("text", TEXT_COLUMN_WIDTH));
        Lens categories = add(
                l,
                new Lens(
                                "crisis-radar-live-categories",
                                "Complaint categories per brand",
                                "Mentions per complaint category (a mention may have several), by brand.",
                                "lnsXY",
                                MENTIONS)
                        .columns(
                                terms("category", "Category", "crisis_radar.categories", 10, "mentions"),
                                terms("brand", "Brand", "crisis_radar.brands", 5, "mentions"),
                                count("mentions", "Mentions"))
                        .xy("bar_horizontal_stacked", "category", "brand", "mentions"));
        Lens platforms = add(
                l,
                new Lens(
                                "crisis-radar-live-negative-platforms",
                                "Negative mentions by platform",
                                "Where the NEGATIVE mentions come from.",
                                "lnsPie",
                                MENTIONS)
                        .filter("crisis_radar.sentiment.label", "NEGATIVE")
                        .columns(
                                terms("platform", "Platform", "crisis_radar.platform", 10, "mentions"),
                                count("mentions", "Negative mentions"))
                        .donut("platform", "mentions"));
        return new Dashboard(
                        "crisis-radar-live",
                        "crisis-radar: Live crisis overview",
                        "Is anything blowing up right now, how bad, and why: crisis scores, volume against"
                                + " the seasonal baseline, sentiment, open episodes and the angriest posts with"
                                + " the largest reach. Last 6 hours, refreshed every 30 seconds.")
                .time("now-6h", "now", 30)
                .panel("open-episodes-count", openEpisodes, 0, 0, 12, 6)
                .panel("highest-score", highestScore, 12, 0, 12, 6)
                .panel("negative-count", negativeCount, 24, 0, 12, 6)
                .panel("mention-count", mentionCount, 36, 0, 12, 6)
                .panel("score", score, 0, 6, 24, 14)
                .panel("volume-vs-baseline", volume, 24, 6, 24, 14)
                .panel("sentiment", sentiment, 0, 20, 24, 14)
                .panel("open-episodes", openTable, 24, 20, 24, 14)
                .panel("top-negative-mentions", topNegative, 0, 34, 48, 20)
                .panel("categories", categories, 0, 54, 24, 12)
                .panel("negative-platforms", platforms, 24, 54, 24, 12);
    }

    /** Every crisis as an episode, for analysts: when, how long, how bad, why. */
    private static Dashboard timeline(List<Lens> l) {
        Lens perBrand = add(
                l,
                new Lens(
                                "crisis-radar-timeline-episodes-per-brand",
                                "Episodes per brand",
                                "Crisis episodes by the time they started, per brand.",
                                "lnsXY",
                                EPISODES)
                        .columns(
                                terms("brand", "Brand", "crisis_radar.episode.brand", 10, "episodes"),
                                dateHistogram("time"),
                                count("episodes", "Episodes"))
                        .xy("bar_stacked", "time", "brand", "episodes"));
        Lens peaks = add(
                l,
                new Lens(
                                "crisis-radar-timeline-peak-scores",
                                "Peak score of episodes per brand",
                                "The highest crisis score each brand's episodes reached, by start time.",
                                "lnsXY",
                                EPISODES)
                        .columns(
                                terms("brand", "Brand", "crisis_radar.episode.brand", 10, "peak"),
                                dateHistogram("time"),
                                metric("peak", "Peak score", "max", "crisis_radar.episode.peak_score"))
                        .xy("bar", "time", "brand", "peak")
                        .yRange(0, 100));
        Lens scoreDuringEpisodes = add(
                l,
                brandWindows(new Lens(
                                "crisis-radar-timeline-score-during-episodes",
                                "Crisis score while an episode was open",
                                "The 15-minute crisis score of brands with an open episode, minute by minute.",
                                "lnsXY",
                                METRICS))
                        .filter("crisis_radar.crisis.episode_open", true)
                        .columns(
                                terms("brand", "Brand", "crisis_radar.window.brand", 10, "score"),
                                dateHistogram("time"),
                                metric("score", "Crisis score", "max", "crisis_radar.crisis.score"))
                        .xy("line", "time", "brand", "score")
                        .yRange(0, 100));
        Lens episodes = add(
                l,
                new Lens(
                                "crisis-radar-timeline-episodes",
                                "Episodes",
                                "One row per episode (id = brand|start), with the explanation of its peak"
                                        + " score. Click an id to filter the episode panels to it.",
                                "lnsDatatable",
                                EPISODES)
                        .columns(
                                terms("episode", "Episode", "crisis_radar.episode.id", 100, "peak"),
                                lastValue("brand", "Brand", "crisis_radar.episode.brand", "string"),
                                lastValue("status", "Status", "crisis_radar.episode.status", "string"),
                                lastValue("severity", "Severity", "crisis_radar.episode.severity", "string"),
                                lastValue("start", "Start", "crisis_radar.episode.start", "date"),
                                lastValue("end", "End", "crisis_radar.episode.end", "date"),
                                metric("duration", "Minutes", "max", "crisis_radar.episode.duration_minutes"),
                                metric("detect", "Minutes to detect", "max", "crisis_radar.episode.minutes_to_detect"),
                                metric("peak", "Peak score", "max", "crisis_radar.episode.peak_score"),
                                lastValue(
                                        "explanation",
                                        "Why (at the peak)",
                                        "crisis_radar.episode.peak_explanation.keyword",
                                        "string"),
                                lastValue("triggers", "Triggers", "crisis_radar.episode.triggers", "string"),
                                lastValue(
                                        "terms",
                                        "Unusual terms",
                                        "crisis_radar.episode.evidence.unusual_terms.term",
                                        "string"),
                                lastValue(
                                        "categories",
                                        "Categories",
                                        "crisis_radar.episode.evidence.categories",
                                        "string"),
                                lastValue(
                                        "platforms", "Platforms", "crisis_radar.episode.evidence.platforms", "string"))
                        .table("peak")
                        .columnWidth("explanation", TEXT_COLUMN_WIDTH));
        Lens durations = add(
                l,
                new Lens(
                                "crisis-radar-timeline-durations",
                                "Duration and time to detect per brand",
                                "Average episode length and average minutes from the start of a crisis to its"
                                        + " detection.",
                                "lnsXY",
                                EPISODES)
                        .columns(
                                terms("brand", "Brand", "crisis_radar.episode.brand", 10, "duration"),
                                metric(
                                        "duration",
                                        "Minutes (average)",
                                        "average",
                                        "crisis_radar.episode.duration_minutes"),
                                metric(
                                        "detect",
                                        "Minutes to detect (average)",
                                        "average",
                                        "crisis_radar.episode.minutes_to_detect"))
                        .xy("bar_horizontal", "brand", null, "duration", "detect"));
        Lens triggers = add(
                l,
                new Lens(
                                "crisis-radar-timeline-triggers",
                                "What triggered the episodes",
                                "Signals that drove the episodes (an episode may have several).",
                                "lnsPie",
                                EPISODES)
                        .columns(
                                terms("trigger", "Trigger", "crisis_radar.episode.triggers", 10, "episodes"),
                                count("episodes", "Episodes"))
                        .donut("trigger", "episodes"));
        return new Dashboard(
                        "crisis-radar-timeline",
                        "crisis-radar: Crisis timeline",
                        "Every crisis episode: when it started and ended, how long it took to detect, its peak"
                                + " score, what triggered it and its evidence. Last 30 days.")
                .time("now-30d", "now", 0)
                .panel("episodes-per-brand", perBrand, 0, 0, 24, 12)
                .panel("peak-scores", peaks, 24, 0, 24, 12)
                .panel("episodes", episodes, 0, 12, 48, 20)
                .panel("score-during-episodes", scoreDuringEpisodes, 0, 32, 48, 12)
                .panel("durations", durations, 0, 44, 24, 12)
                .panel("triggers", triggers, 24, 44, 24, 12);
    }

    /** Long-range health of each brand: volume, sentiment, share of voice. */
    private static Dashboard brandHealth(List<Lens> l) {
        Lens volume = add(
                l,
                new Lens(
                                "crisis-radar-health-volume",
                                "Mentions per brand",
                                "Mentions over time; a mention about several brands counts for each.",
                                "lnsXY",
                                MENTIONS)
                        .columns(
                                terms("brand", "Brand", "crisis_radar.brands", 10, "mentions"),
                                dateHistogram("time"),
                                count("mentions", "Mentions"))
                        .xy("bar_stacked", "time", "brand", "mentions"));
        Lens share = add(
                l,
                new Lens(
                                "crisis-radar-health-share-of-voice",
                                "Share of voice",
                                "Each brand's share of all mentions in the time range.",
                                "lnsPie",
                                MENTIONS)
                        .columns(
                                terms("brand", "Brand", "crisis_radar.brands", 10, "mentions"),
                                count("mentions", "Mentions"))
                        .donut("brand", "mentions"));
        Lens shareOverTime = add(
                l,
                new Lens(
                                "crisis-radar-health-share-of-voice-over-time",
                                "Share of voice over time",
                                "Each brand's share of the mentions in each time bucket.",
                                "lnsXY",
                                MENTIONS)
                        .columns(
                                terms("brand", "Brand", "crisis_radar.brands", 10, "mentions"),
                                dateHistogram("time"),
                                count("mentions", "Mentions"))
                        .xy("bar_percentage_stacked", "time", "brand", "mentions"));
        Lens sentiment = add(
                l,
                new Lens(
                                "crisis-radar-health-sentiment",
                                "Average sentiment per brand",
                                "Mean sentiment score of the mentions (-1 to 1); the 10 brands with the"
                                        + " lowest mean first.",
                                "lnsXY",
                                MENTIONS)
                        .columns(
                                termsSmallestFirst("brand", "Brand", "crisis_radar.brands", 10, "sentiment"),
                                dateHistogram("time"),
                                metric("sentiment", "Mean sentiment", "average", "crisis_radar.sentiment.score"))
                        .xy("line", "time", "brand", "sentiment"));
        Lens negativeShare = add(
                l,
                brandWindows(new Lens(
                                "crisis-radar-health-negative-share",
                                "Negative share per brand",
                                "Share of NEGATIVE mentions in each brand's 15-minute windows, averaged over a"
                                        + " time bucket, and the brand's usual share learnt by the detector.",
                                "lnsXY",
                                METRICS))
                        .columns(
                                terms("brand", "Brand", "crisis_radar.window.brand", 10, "share"),
                                dateHistogram("time"),
                                metric("share", "Negative share", "average", "crisis_radar.metrics.negative_share"),
                                metric(
                                        "usual",
                                        "Usual negative share",
                                        "average",
                                        "crisis_radar.crisis.usual_negative_share"))
                        .xy("line", "time", "brand", "share", "usual"));
        Lens labels = add(
                l,
                new Lens(
                                "crisis-radar-health-sentiment-mix",
                                "Sentiment mix per brand",
                                "Share of NEGATIVE, NEUTRAL and POSITIVE mentions per brand.",
                                "lnsXY",
                                MENTIONS)
                        .columns(
                                terms("brand", "Brand", "crisis_radar.brands", 10, "mentions"),
                                terms("label", "Sentiment", "crisis_radar.sentiment.label", 3, "mentions"),
                                count("mentions", "Mentions"))
                        .xy("bar_percentage_stacked", "brand", "label", "mentions"));
        Lens reach = add(
                l,
                new Lens(
                                "crisis-radar-health-reach",
                                "Estimated reach per brand",
                                "Sum of the estimated reach of the mentions.",
                                "lnsXY",
                                MENTIONS)
                        .columns(
                                terms("brand", "Brand", "crisis_radar.brands", 10, "reach"),
                                dateHistogram("time"),
                                metric("reach", "Estimated reach", "sum", "crisis_radar.reach"))
                        .xy("bar_stacked", "time", "brand", "reach"));
        return new Dashboard(
                        "crisis-radar-brand-health",
                        "crisis-radar: Brand health",
                        "Long-range volume, sentiment, reach and share of voice of every brand. Last 90 days.")
                .time("now-90d", "now", 0)
                .panel("volume", volume, 0, 0, 32, 12)
                .panel("share-of-voice", share, 32, 0, 16, 12)
                .panel("share-of-voice-over-time", shareOverTime, 0, 12, 48, 10)
                .panel("sentiment", sentiment, 0, 22, 24, 12)
                .panel("negative-share", negativeShare, 24, 22, 24, 12)
                .panel("sentiment-mix", labels, 0, 34, 24, 12)
                .panel("reach", reach, 24, 34, 24, 12);
    }

    /**
     * Customer care: which complaints are still unanswered past their platform's deadline, and how
     * fast each platform gets answers. Reads the response-time records (responses index).
     */
    private static Dashboard care(List<Lens> l) {
        Lens breachedCount = add(
                l,
                new Lens(
                                "crisis-radar-care-breached-count",
                                "Negative mentions unanswered past deadline",
                                "Negative mentions whose platform deadline passed without a brand reply"
                                        + " (status breached).",
                                "lnsMetric",
                                RESPONSES)
                        .filter("crisis_radar.response.status", "breached")
                        .filter("crisis_radar.response.negative", true)
                        .columns(count("mentions", "Unanswered past deadline"))
                        .metricTile("mentions"));
        Lens awaitingCount = add(
                l,
                new Lens(
                                "crisis-radar-care-awaiting-count",
                                "Awaiting an answer",
                                "Mentions that expect a reply and are still within their deadline.",
                                "lnsMetric",
                                RESPONSES)
                        .filter("crisis_radar.response.status", "awaiting")
                        .columns(count("mentions", "Awaiting an answer"))
                        .metricTile("mentions"));
        Lens breached = add(
                l,
                new Lens(
                                "crisis-radar-care-breached",
                                "Unanswered negatives past deadline",
                                "The negative mentions still without a reply after their platform's deadline,"
                                        + " largest reach first, with what they say (the first 280 characters).",
                                "lnsDatatable",
                                RESPONSES)
                        .filter("crisis_radar.response.status", "breached")
                        .filter("crisis_radar.response.negative", true)
                        .columns(
                                terms("mention", "Mention", "crisis_radar.response.mention_id", 50, "reach"),
                                metric("reach", "Reach", "max", "crisis_radar.response.reach"),
                                lastValue("text", "Text", "crisis_radar.response.message.keyword", "string"),
                                lastValue("brand", "Brand", "crisis_radar.response.brand", "string"),
                                lastValue("platform", "Platform", "crisis_radar.response.platform", "string"),
                                lastValue("author", "Author", "crisis_radar.response.author", "string"),
                                lastValue("created", "Posted", "crisis_radar.response.created_at", "date"),
                                lastValue("deadline", "Deadline", "crisis_radar.response.deadline", "date"),
                                lastValue("categories", "Categories", "crisis_radar.response.categories", "string"))
                        .table("reach")
                        .columnWidth("text", TEXT_COLUMN_WIDTH));
        Lens firstResponse = add(
                l,
                new Lens(
                                "crisis-radar-care-first-response-per-platform",
                                "First-response time per platform (minutes)",
                                "Average and 90th percentile of the minutes to the first brand reply, against"
                                        + " the platform's deadline.",
                                "lnsXY",
                                RESPONSES)
                        .columns(
                                terms("platform", "Platform", "crisis_radar.response.platform", 10, "average"),
                                metric("average", "Average", "average", "crisis_radar.response.first_response_minutes"),
                                percentile(
                                        "p90", "90th percentile", "crisis_radar.response.first_response_minutes", 90),
                                metric("deadline", "Deadline", "max", "crisis_radar.response.deadline_minutes"))
                        .xy("bar", "platform", null, "average", "p90", "deadline"));
        Lens statuses = add(
                l,
                new Lens(
                                "crisis-radar-care-status-per-platform",
                                "Replies by status per platform",
                                "awaiting, breached (past deadline, no reply), answered, answered_late.",
                                "lnsXY",
                                RESPONSES)
                        .columns(
                                terms("platform", "Platform", "crisis_radar.response.platform", 10, "mentions"),
                                terms("status", "Status", "crisis_radar.response.status", 4, "mentions"),
                                count("mentions", "Mentions"))
                        .xy("bar_stacked", "platform", "status", "mentions"));
        Lens overTime = add(
                l,
                new Lens(
                                "crisis-radar-care-first-response-over-time",
                                "Median first-response time per platform",
                                "Median minutes to the first brand reply, by the time of the mention.",
                                "lnsXY",
                                RESPONSES)
                        .columns(
                                terms("platform", "Platform", "crisis_radar.response.platform", 10, "median"),
                                dateHistogram("time"),
                                metric(
                                        "median",
                                        "Median minutes",
                                        "median",
                                        "crisis_radar.response.first_response_minutes"))
                        .xy("line", "time", "platform", "median"));
        return new Dashboard(
                        "crisis-radar-care",
                        "crisis-radar: Care",
                        "Complaints still unanswered past their platform's deadline, and first-response"
                                + " times per platform. Last 24 hours, refreshed every minute.")
                .time("now-24h", "now", 60)
                .panel("breached-count", breachedCount, 0, 0, 24, 6)
                .panel("awaiting-count", awaitingCount, 24, 0, 24, 6)
                .panel("breached", breached, 0, 6, 48, 20)
                .panel("first-response-per-platform", firstResponse, 0, 26, 24, 12)
                .panel("status-per-platform", statuses, 24, 26, 24, 12)
                .panel("first-response-over-time", overTime, 0, 38, 48, 12);
    }
}
