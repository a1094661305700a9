package io.crisisradar.scenario;

import io.crisisradar.enrich.category.ComplaintCategory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A brand's everyday mentions: seasonal, over-dispersed counts and the ordinary mix of praise,
 * questions, chatter and complaints (about a fifth negative), with occasional reposts and the
 * brand's replies.
 *
 * <p>Counts are Poisson per minute around a rate that is itself noisy: a gamma factor per hour
 * (coefficient of variation 0.2) and a lognormal factor per day (about 8 %). Real mention counts
 * are over-dispersed like this, and a detector tuned on pure Poisson counts would be too jumpy.
 */
final class BackgroundTraffic {

    /** Shares of what everyday mentions say; complaints split further by the sector's mix. */
    private static final double COMPLAINT = 0.19;

    private static final double DISLIKE = 0.03;
    private static final double PRAISE = 0.27;
    private static final double QUESTION = 0.22;
    private static final double REPOST = 0.03;
    private static final double INFLUENCER = 0.004;

    /** Chance that the care team answers a complaint, by platform. */
    private static final Map<String, Double> REPLY_CHANCE = Map.of(
            "twitter", 0.5,
            "facebook", 0.4,
            "instagram", 0.25,
            "tiktok", 0.1,
            "youtube", 0.1,
            "reviews", 0.2,
            "forum", 0.05,
            "news", 0.0);

    private final Generation g;
    private final BrandProfile brand;
    private final Seasonality season;
    private final SplittableRandom counts;
    private final SplittableRandom content;
    private final double[] hourNoise;
    private final double[] dayNoise;
    private final double[] platformWeights;
    private final List<ComplaintCategory> categories = new ArrayList<>();
    private final double[] categoryWeights;
    private final Deque<GeneratedMention> recent = new ArrayDeque<>();
    private final Map<String, Persona> recentAuthors = new HashMap<>();

    BackgroundTraffic(Generation g, BrandProfile brand) {
        this.g = g;
        this.brand = brand;
        this.season = g.season(brand.id());
        long seed = g.scenario.seed();
        this.counts = Draws.stream(seed, "background-counts", brand.id());
        this.content = Draws.stream(seed, "background-content", brand.id());
        long hours = g.scenario.duration().toHours() + 1;
        this.hourNoise = new double[(int) hours];
        for (int h = 0; h < hourNoise.length; h++) {
            hourNoise[h] = Draws.gammaNoise(counts, 25);
        }
        this.dayNoise = new double[(int) (hours / 24 + 1)];
        for (int d = 0; d < dayNoise.length; d++) {
            dayNoise[d] = Draws.lognormal(counts, -0.5 * 0.08 * 0.08, 0.08);
        }
        this.platformWeights = brand.sector().platformWeights();
        Map<ComplaintCategory, Double> mix = brand.sector().complaintMix();
        this.categoryWeights = new double[mix.size()];
        int i = 0;
        for (Map.Entry<ComplaintCategory, Double> e : mix.entrySet()) {
            categories.add(e.getKey());
            categoryWeights[i++] = e.getValue();
        }
    }

    /** Expected everyday mentions per hour at an instant, without the random day and hour factors. */
    double expectedHourlyRate(Instant at) {
        return brand.peakHourlyRate() * g.scenario.rateMultiplier() * season.factor(at);
    }

    /** Generates the mentions of one minute. */
    void minute(Instant minuteStart) {
        long sinceStart = Duration.between(g.scenario.start(), minuteStart).toMinutes();
        double rate = expectedHourlyRate(minuteStart.plusSeconds(30))
                * hourNoise[(int) (sinceStart / 60)]
                * dayNoise[(int) (sinceStart / 1440)]
                / 60;
        int n = Draws.poisson(counts, rate);
        for (int i = 0; i < n; i++) {
            mention(minuteStart.plusSeconds(content.nextInt(60)));
        }
    }

    private void mention(Instant at) {
        String platform = Generation.platform(content, platformWeights);
        if (platform.equals("news")) {
            news(at);
            return;
        }
        double r = content.nextDouble();
        if (r < REPOST && !recent.isEmpty()) {
            repost(at, platform);
            return;
        }
        String language = Draws.chance(content, brand.polishShare()) ? "pl" : "en";
        Persona author = g.authors.pick(language, content);
        if (Draws.chance(content, INFLUENCER)) {
            author = Draws.pick(content, brand.influencers());
            language = author.language();
        }
        double u = content.nextDouble();
        Topic topic;
        if (u < COMPLAINT) {
            topic = Topic.of(categories.get(Draws.weighted(content, categoryWeights)));
        } else if (u < COMPLAINT + DISLIKE) {
            topic = Topic.DISLIKE;
        } else if (u < COMPLAINT + DISLIKE + PRAISE) {
            topic = Topic.PRAISE;
        } else if (u < COMPLAINT + DISLIKE + PRAISE + QUESTION) {
            topic = Topic.QUESTION;
        } else {
            topic = Topic.CHATTER;
        }
        TextComposer.Context ctx = new TextComposer.Context(brand, language, null, null);
        String text = g.composer.compose(topic, ctx, content);
        GeneratedMention m =
                g.create(new MentionFactory.Draft(at, platform, brand, author, topic, language, text, null, 1, null));
        if (m == null) {
            return;
        }
        remember(m, author);
        double replyChance = topic.tone() == Tone.NEGATIVE ? REPLY_CHANCE.get(platform) : 0.05;
        g.maybeReply(m, brand, author, topic.category().isPresent() ? replyChance : replyChance / 3, 1);
    }

    private void news(Instant at) {
        List<Persona> outlets = BrandCatalog.NEWS_OUTLETS;
        Persona outlet = Draws.pick(content, outlets);
        TextComposer.Context ctx = new TextComposer.Context(brand, outlet.language(), null, null);
        String text = g.composer.compose(Topic.NEWS, ctx, content);
        g.create(new MentionFactory.Draft(
                at, "news", brand, outlet, Topic.NEWS, outlet.language(), text, null, 1, null));
    }

    private void repost(Instant at, String platform) {
        List<GeneratedMention> list = new ArrayList<>(recent);
        GeneratedMention original = list.get(content.nextInt(list.size()));
        Persona author = g.authors.pick(original.language(), content);
        Persona source = recentAuthors.get(original.id());
        String text = TextComposer.repost(platform, source.handle(), original.text(), original.language());
        g.create(new MentionFactory.Draft(
                at, platform, brand, author, original.topic(), original.language(), text, null, 0.2, null));
    }

    /** Keeps the last mentions for reposts; most reposts are of recent posts. */
    private void remember(GeneratedMention m, Persona author) {
        recent.addLast(m);
        recentAuthors.put(m.id(), author);
        if (recent.size() > 60) {
            GeneratedMention old = recent.removeFirst();
            recentAuthors.remove(old.id());
        }
    }
}
