package io.crisisradar.scenario;

import io.crisisradar.enrich.category.ComplaintCategory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The extra mentions of one injected event, on top of the brand's everyday traffic.
 *
 * <p>The expected extra rate is {@code (peakMultiple - 1) x everyday rate at the peak x curve
 * level}, so at the peak the brand's total is {@code peakMultiple} times its usual volume. Away
 * from the peak the extra rate follows the audience's day a little (square root of the seasonal
 * ratio): people sleep during crises too, but a crisis does not fall asleep as deeply as everyday
 * talk. A gamma factor per ten minutes makes the curve bumpy the way real bursts are.
 *
 * <p>What the mentions say depends on the shape: a viral post is mostly reposts of it and "same
 * here" quotes; a delivery wave is complaints of the cause; a scandal starts in the news and
 * spreads to other platforms over hours; a campaign is praise and chatter; a contest is copy-paste
 * entries.
 */
final class EventTraffic {

    /** What one of the event's mentions is. */
    private enum Move {
        COMPLAINT,
        SIDE_COMPLAINT,
        QUOTE,
        REPOST,
        CRISIS_QUESTION,
        DEFENCE,
        DISLIKE,
        CAMPAIGN_PRAISE,
        CAMPAIGN_CHATTER,
        CAMPAIGN_DISLIKE,
        PRAISE,
        CONTEST_ENTRY,
        CONTEST_QUESTION
    }

    /**
     * How an event of one shape unfolds.
     *
     * @param moves weights by {@link Move} ordinal
     * @param early platform weights at the start (over {@link Sector#PLATFORMS})
     * @param late platform weights once spread
     * @param spreadMinutes time to move from the early to the late platform mix
     * @param replyChance chance that the brand answers a complaint before the peak
     * @param replyChanceAfterPeak the same after the peak
     * @param statementMinutes when the brand posts a statement after the start, or negative for none
     * @param seedRepostShare share of reposts that repost the event's first post
     */
    private record Plan(
            double[] moves,
            double[] early,
            double[] late,
            double spreadMinutes,
            double replyChance,
            double replyChanceAfterPeak,
            double statementMinutes,
            double seedRepostShare) {}

    private static final double INFLUENCER_JOINS = 0.01;
    private static final double CRISIS_REPLY_SLOWNESS = 2;

    private final Generation g;
    private final InjectedEvent event;
    private final BrandProfile brand;
    private final Plan plan;
    private final SplittableRandom counts;
    private final SplittableRandom content;
    private final double basePerMinute;
    private final double seasonAtPeak;
    private final Topic cause;
    private final Topic side;
    private final List<GeneratedMention> recent = new ArrayList<>();
    private final List<Persona> recentAuthors = new ArrayList<>();
    private GeneratedMention seed;
    private Persona seedAuthor;
    private String quoted;
    private boolean seeded;
    private boolean stated;
    private long noiseBlock = -1;
    private double noise = 1;
    private double expected;

    EventTraffic(Generation g, InjectedEvent event, BrandProfile brand, BackgroundTraffic baseline) {
        this.g = g;
        this.event = event;
        this.brand = brand;
        this.plan = plan(event.shape());
        long seed = g.scenario.seed();
        this.counts = Draws.stream(seed, "event-counts", event.id());
        this.content = Draws.stream(seed, "event-content", event.id());
        this.basePerMinute = baseline.expectedHourlyRate(event.peak()) / 60;
        this.seasonAtPeak = g.season(brand.id()).factor(event.peak());
        if (event.kind() == EventKind.CRISIS) {
            ComplaintCategory category = ComplaintCategory.valueOf(event.cause());
            this.cause = Topic.of(category);
            this.side = Topic.of(sideCategory(event.shape(), category, brand.sector()));
        } else {
            this.cause = Topic.PRAISE;
            this.side = Topic.QUESTION;
        }
    }

    /** The complaints that accompany the cause: the trigger of ignored complaints, else customer service. */
    private static ComplaintCategory sideCategory(EventShape shape, ComplaintCategory cause, Sector sector) {
        if (shape == EventShape.IGNORED_COMPLAINTS_SNOWBALL && cause == ComplaintCategory.CUSTOMER_SERVICE) {
            return switch (sector) {
                case COURIER -> ComplaintCategory.DELIVERY;
                case GROCERY -> ComplaintCategory.RETURNS_COMPLAINTS;
                case BANK, TELECOM -> ComplaintCategory.PRICING_BILLING;
            };
        }
        return cause == ComplaintCategory.CUSTOMER_SERVICE
                ? ComplaintCategory.RETURNS_COMPLAINTS
                : ComplaintCategory.CUSTOMER_SERVICE;
    }

    private static Plan plan(EventShape shape) {
        // Platforms: twitter, facebook, instagram, tiktok, youtube, reviews, news, forum.
        return switch (shape) {
            case VIRAL_DEFECT_POST ->
                new Plan(
                        moves(
                                Move.REPOST,
                                0.35,
                                Move.QUOTE,
                                0.28,
                                Move.COMPLAINT,
                                0.20,
                                Move.SIDE_COMPLAINT,
                                0.05,
                                Move.CRISIS_QUESTION,
                                0.08,
                                Move.DEFENCE,
                                0.04),
                        new double[] {0.45, 0.2, 0.12, 0.15, 0.03, 0.02, 0, 0.03},
                        new double[] {0.30, 0.25, 0.12, 0.15, 0.05, 0.06, 0, 0.07},
                        120,
                        0.05,
                        0.08,
                        150,
                        0.8);
            case DELIVERY_DELAY_WAVE ->
                new Plan(
                        moves(
                                Move.COMPLAINT,
                                0.72,
                                Move.SIDE_COMPLAINT,
                                0.12,
                                Move.CRISIS_QUESTION,
                                0.08,
                                Move.REPOST,
                                0.05,
                                Move.DEFENCE,
                                0.03),
                        new double[] {0.35, 0.35, 0.05, 0.05, 0, 0.12, 0, 0.08},
                        new double[] {0.35, 0.35, 0.05, 0.05, 0, 0.12, 0, 0.08},
                        60,
                        0.12,
                        0.12,
                        120,
                        0);
            case SERVICE_OUTAGE ->
                new Plan(
                        moves(
                                Move.COMPLAINT,
                                0.75,
                                Move.SIDE_COMPLAINT,
                                0.06,
                                Move.CRISIS_QUESTION,
                                0.10,
                                Move.REPOST,
                                0.06,
                                Move.DEFENCE,
                                0.03),
                        new double[] {0.55, 0.25, 0.04, 0.04, 0, 0.04, 0, 0.08},
                        new double[] {0.55, 0.25, 0.04, 0.04, 0, 0.04, 0, 0.08},
                        60,
                        0.06,
                        0.06,
                        40,
                        0);
            case IGNORED_COMPLAINTS_SNOWBALL ->
                new Plan(
                        moves(
                                Move.COMPLAINT,
                                0.50,
                                Move.SIDE_COMPLAINT,
                                0.20,
                                Move.QUOTE,
                                0.12,
                                Move.REPOST,
                                0.08,
                                Move.CRISIS_QUESTION,
                                0.07,
                                Move.DEFENCE,
                                0.03),
                        new double[] {0.5, 0.5, 0, 0, 0, 0, 0, 0},
                        new double[] {0.35, 0.30, 0.10, 0.10, 0, 0.10, 0, 0.05},
                        360,
                        0,
                        0.35,
                        -1,
                        0.5);
            case PR_SCANDAL ->
                new Plan(
                        moves(
                                Move.COMPLAINT,
                                0.55,
                                Move.REPOST,
                                0.15,
                                Move.CRISIS_QUESTION,
                                0.15,
                                Move.DEFENCE,
                                0.05,
                                Move.DISLIKE,
                                0.10),
                        new double[] {0.50, 0.20, 0, 0, 0, 0, 0.30, 0},
                        new double[] {0.30, 0.25, 0.10, 0.15, 0.10, 0, 0.05, 0.05},
                        240,
                        0.02,
                        0.02,
                        180,
                        0.5);
            case CAMPAIGN_LAUNCH ->
                new Plan(
                        moves(
                                Move.CAMPAIGN_PRAISE,
                                0.50,
                                Move.CAMPAIGN_CHATTER,
                                0.30,
                                Move.CAMPAIGN_DISLIKE,
                                0.07,
                                Move.REPOST,
                                0.08,
                                Move.PRAISE,
                                0.05),
                        new double[] {0.20, 0.20, 0.25, 0.20, 0.15, 0, 0, 0},
                        new double[] {0.20, 0.20, 0.25, 0.20, 0.15, 0, 0, 0},
                        60,
                        0.03,
                        0.03,
                        -1,
                        0.7);
            case GIVEAWAY ->
                new Plan(
                        moves(
                                Move.CONTEST_ENTRY,
                                0.75,
                                Move.CONTEST_QUESTION,
                                0.10,
                                Move.PRAISE,
                                0.10,
                                Move.REPOST,
                                0.05),
                        new double[] {0, 0.45, 0.45, 0.10, 0, 0, 0, 0},
                        new double[] {0, 0.45, 0.45, 0.10, 0, 0, 0, 0},
                        60,
                        0,
                        0,
                        -1,
                        1);
        };
    }

    private static double[] moves(Object... pairs) {
        double[] weights = new double[Move.values().length];
        for (int i = 0; i < pairs.length; i += 2) {
            weights[((Move) pairs[i]).ordinal()] = (Double) pairs[i + 1];
        }
        return weights;
    }

    /** Expected extra mentions so far (without the random factors), for the labels. */
    double expectedMentions() {
        return expected;
    }

    /** Generates the event's mentions of one minute. */
    void minute(Instant minuteStart) {
        Instant minuteEnd = minuteStart.plusSeconds(60);
        if (!minuteEnd.isAfter(event.start()) || !minuteStart.isBefore(event.end())) {
            return;
        }
        if (!seeded) {
            seeded = true;
            seed();
        }
        if (!stated && plan.statementMinutes() >= 0) {
            Instant at = event.start().plus(Duration.ofSeconds(Math.round(plan.statementMinutes() * 60)));
            if (at.isBefore(minuteEnd)) {
                stated = true;
                statement(at);
            }
        }
        Instant mid = minuteStart.plusSeconds(30);
        double level = event.level(mid);
        if (level <= 0) {
            return;
        }
        long block = Duration.between(event.start(), minuteStart).toMinutes() / 10;
        if (block != noiseBlock) {
            noiseBlock = block;
            noise = Draws.gammaNoise(counts, 20);
        }
        double seasonal = Math.sqrt(g.season(brand.id()).factor(mid) / seasonAtPeak);
        double rate = (event.peakMultiple() - 1) * basePerMinute * level * seasonal;
        expected += rate;
        int n = Draws.poisson(counts, rate * noise);
        int firstSecond = event.start().isAfter(minuteStart)
                ? (int) Duration.between(minuteStart, event.start()).toSeconds()
                : 0;
        for (int i = 0; i < n; i++) {
            mention(minuteStart.plusSeconds(Draws.between(content, firstSecond, 59)));
        }
    }

    private void mention(Instant at) {
        double minutes = event.minutesSinceStart(at);
        String platform = Generation.platform(
                content, Generation.blend(plan.early(), plan.late(), minutes / plan.spreadMinutes()));
        if (platform.equals("news")) {
            news(at);
            return;
        }
        Move move = Move.values()[Draws.weighted(content, plan.moves())];
        String language = Draws.chance(content, event.polishShare()) ? "pl" : "en";
        Persona author = g.authors.pick(language, content);
        if (event.kind() == EventKind.CRISIS && Draws.chance(content, INFLUENCER_JOINS)) {
            author = Draws.pick(content, brand.influencers());
            language = author.language();
        }
        TextComposer.Context ctx = new TextComposer.Context(brand, language, event.hashtag(), null);
        Topic topic;
        String text;
        double virality = author.followers() > 20_000 ? 1.5 : 1;
        switch (move) {
            case REPOST -> {
                if (repost(at, platform)) {
                    return;
                }
                topic = cause;
                text = g.composer.compose(topic, ctx, content);
            }
            case QUOTE -> {
                topic = cause;
                text = quoted == null
                        ? g.composer.compose(topic, ctx, content)
                        : g.composer.quote(topic, ctx.withQuoted(quoted), content);
            }
            case COMPLAINT -> {
                topic = cause;
                text = g.composer.compose(topic, ctx, content);
            }
            case SIDE_COMPLAINT -> {
                topic = side;
                text = g.composer.compose(topic, ctx, content);
            }
            default -> {
                topic = Topic.valueOf(move.name());
                text = g.composer.compose(topic, ctx, content);
            }
        }
        GeneratedMention m = g.create(new MentionFactory.Draft(
                at, platform, brand, author, topic, language, text, event.id(), virality, null));
        if (m == null) {
            return;
        }
        remember(m, author);
        boolean afterPeak = at.isAfter(event.peak());
        double chance = afterPeak ? plan.replyChanceAfterPeak() : plan.replyChance();
        if (topic.tone() == Tone.POSITIVE) {
            chance = Math.min(chance, 0.03);
        }
        g.maybeReply(m, brand, author, chance, event.kind() == EventKind.CRISIS ? CRISIS_REPLY_SLOWNESS : 1);
    }

    /** Reposts the event's first post or a recent one; false when there is nothing to repost yet. */
    private boolean repost(Instant at, String platform) {
        GeneratedMention original;
        Persona source;
        if (seed != null && (recent.isEmpty() || Draws.chance(content, plan.seedRepostShare()))) {
            original = seed;
            source = seedAuthor;
            // Reposts stay mostly on the platform of the post they share.
            if (Draws.chance(content, 0.6)) {
                platform = seed.platform();
            }
        } else if (!recent.isEmpty()) {
            int i = content.nextInt(recent.size());
            original = recent.get(i);
            source = recentAuthors.get(i);
        } else {
            return false;
        }
        if (platform.equals("news") || platform.equals("reviews")) {
            platform = "twitter";
        }
        Persona author = g.authors.pick(original.language(), content);
        String text = TextComposer.repost(platform, source.handle(), original.text(), original.language());
        g.create(new MentionFactory.Draft(
                at, platform, brand, author, original.topic(), original.language(), text, event.id(), 0.2, null));
        return true;
    }

    private void remember(GeneratedMention m, Persona author) {
        recent.add(m);
        recentAuthors.add(author);
        if (recent.size() > 40) {
            recent.remove(0);
            recentAuthors.remove(0);
        }
    }

    /** The post that starts the event, where the shape has one. */
    private void seed() {
        Instant at = event.start();
        String language = event.language();
        switch (event.shape()) {
            case VIRAL_DEFECT_POST -> {
                Persona influencer = influencer(language);
                String platform = Sector.PLATFORMS.get(Draws.weighted(content, new double[] {0.5, 0.1, 0.2, 0.2}));
                TextComposer.Context ctx =
                        new TextComposer.Context(brand, influencer.language(), event.hashtag(), null);
                String text = g.composer.viralPost(cause, ctx, content);
                seedWith(at, platform, influencer, cause, influencer.language(), text, 4);
                quoted = influencer.handle();
                // The brand answers the influencer, late: about an hour and a quarter.
                g.maybeReply(seed, brand, influencer, 1, seed.platform().equals("twitter") ? 1.9 : 0.4);
            }
            case IGNORED_COMPLAINTS_SNOWBALL -> {
                Persona first = g.authors.pick(language, content);
                for (int i = 0; i < 200 && (first.followers() < 500 || first.followers() > 20_000); i++) {
                    first = g.authors.pick(language, content);
                }
                String platform = Draws.chance(content, 0.5) ? "facebook" : "twitter";
                TextComposer.Context ctx = new TextComposer.Context(brand, language, null, null);
                seedWith(at, platform, first, side, language, g.composer.compose(side, ctx, content), 1.5);
                quoted = first.handle();
            }
            case PR_SCANDAL -> {
                Persona outlet = outlet(language);
                TextComposer.Context ctx = new TextComposer.Context(brand, outlet.language(), null, null);
                String text = g.composer.compose(Topic.SCANDAL_NEWS, ctx, content);
                seedWith(at, "news", outlet, Topic.SCANDAL_NEWS, outlet.language(), text, 2);
            }
            case CAMPAIGN_LAUNCH -> {
                Persona main = g.accounts(brand.id()).main();
                TextComposer.Context ctx = new TextComposer.Context(brand, language, event.hashtag(), null);
                String text = g.composer.compose(Topic.CAMPAIGN_POST, ctx, content);
                seedWith(at, "youtube", main, Topic.CAMPAIGN_POST, language, text, 3);
                for (String platform : List.of("instagram", "facebook")) {
                    g.create(draft(
                            at.plusSeconds(Draws.between(content, 5, 120)),
                            platform,
                            main,
                            Topic.CAMPAIGN_POST,
                            language,
                            text,
                            3));
                }
                // Paid posts of the brand's influencers follow within the hour.
                for (Persona p : brand.influencers()
                        .subList(0, Math.min(2, brand.influencers().size()))) {
                    TextComposer.Context own = new TextComposer.Context(brand, p.language(), event.hashtag(), null);
                    String post = g.composer.compose(Topic.CAMPAIGN_PRAISE, own, content)
                            + (p.language().equals("pl") ? " #współpraca" : " #ad");
                    g.create(draft(
                            at.plusSeconds(Draws.between(content, 600, 3600)),
                            "instagram",
                            p,
                            Topic.CAMPAIGN_PRAISE,
                            p.language(),
                            post,
                            2));
                }
            }
            case GIVEAWAY -> {
                Persona main = g.accounts(brand.id()).main();
                TextComposer.Context ctx = new TextComposer.Context(brand, language, event.hashtag(), null);
                String text = g.composer.compose(Topic.CONTEST_POST, ctx, content);
                seedWith(at, "instagram", main, Topic.CONTEST_POST, language, text, 3);
                g.create(draft(at.plusSeconds(30), "facebook", main, Topic.CONTEST_POST, language, text, 3));
            }
            case DELIVERY_DELAY_WAVE, SERVICE_OUTAGE -> {
                // No single first post: many people notice the failure at once.
            }
        }
    }

    private void seedWith(
            Instant at, String platform, Persona author, Topic topic, String language, String text, double virality) {
        seed = g.create(draft(at, platform, author, topic, language, text, virality));
        seedAuthor = author;
    }

    private MentionFactory.Draft draft(
            Instant at, String platform, Persona author, Topic topic, String language, String text, double virality) {
        return new MentionFactory.Draft(at, platform, brand, author, topic, language, text, event.id(), virality, null);
    }

    private void statement(Instant at) {
        Persona main = g.accounts(brand.id()).main();
        String language = event.language();
        TextComposer.Context ctx = new TextComposer.Context(brand, language, null, null);
        String text = g.composer.compose(Topic.BRAND_STATEMENT, ctx, content);
        for (String platform : List.of("twitter", "facebook")) {
            g.create(draft(at, platform, main, Topic.BRAND_STATEMENT, language, text, 2));
        }
    }

    private void news(Instant at) {
        Persona outlet = outlet(Draws.chance(content, event.polishShare()) ? "pl" : "en");
        Topic topic = event.kind() == EventKind.CRISIS ? Topic.SCANDAL_NEWS : Topic.NEWS;
        TextComposer.Context ctx = new TextComposer.Context(brand, outlet.language(), null, null);
        String text = g.composer.compose(topic, ctx, content);
        g.create(draft(at, "news", outlet, topic, outlet.language(), text, 1.5));
    }

    private Persona influencer(String language) {
        for (Persona p : brand.influencers()) {
            if (p.language().equals(language)) {
                return p;
            }
        }
        return brand.influencers().get(0);
    }

    private Persona outlet(String language) {
        List<Persona> fitting = new ArrayList<>();
        for (Persona p : BrandCatalog.NEWS_OUTLETS) {
            if (p.language().equals(language)) {
                fitting.add(p);
            }
        }
        return Draws.pick(content, fitting.isEmpty() ? BrandCatalog.NEWS_OUTLETS : fitting);
    }
}
