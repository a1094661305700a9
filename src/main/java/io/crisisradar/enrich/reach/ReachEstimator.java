package io.crisisradar.enrich.reach;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Estimates how many people saw a mention.
 *
 * <pre>
 * engaged   = likes + comments + shares              (each of them certainly saw it)
 * if views known and > 0:  reach = max(views, engaged)            basis VIEWS
 * else:                    reach = max(engaged, followers * rate(platform)
 *                                      + shares * sharerFollowers(platform) * rate(platform), 1)
 *                                                                  basis MODELLED
 * weight    = log10(1 + reach)                        (what a crisis score adds up)
 * </pre>
 *
 * Views are measured impressions and therefore win over any model. The organic rates and the
 * average follower count of a sharer are assumptions per platform (see {@link #RATES} and
 * docs/enrichment.md), not measurements; unknown platforms use the defaults. Stateless and
 * thread-safe.
 */
public final class ReachEstimator {

    /** Assumed share of followers that sees an ordinary post, and assumed followers of a sharer. */
    record PlatformModel(double organicRate, long sharerFollowers) {}

    /** Per-platform assumptions; keys are lower-case platform names. */
    static final Map<String, PlatformModel> RATES = Map.of(
            "twitter", new PlatformModel(0.10, 400),
            "x", new PlatformModel(0.10, 400),
            "facebook", new PlatformModel(0.06, 300),
            "instagram", new PlatformModel(0.20, 500),
            "tiktok", new PlatformModel(0.25, 1_000),
            "youtube", new PlatformModel(0.10, 300),
            "linkedin", new PlatformModel(0.10, 500));

    /** For forums, review sites, news and anything unknown. */
    static final PlatformModel DEFAULT_MODEL = new PlatformModel(0.10, 300);

    /** Where a reach figure came from. */
    public enum Basis {
        /** Measured views. */
        VIEWS,
        /** Followers and shares through the platform model. */
        MODELLED
    }

    /**
     * What is known about a mention. Counts below zero are treated as zero.
     *
     * @param platform platform name as in the input ("twitter", "facebook", ...)
     * @param followers the author's followers, if known
     * @param likes likes or reactions
     * @param shares shares, retweets, reposts
     * @param comments comments or replies
     * @param views views or impressions, if the platform reports them
     */
    public record Signals(
            String platform, OptionalLong followers, long likes, long shares, long comments, OptionalLong views) {
        public Signals {
            platform = platform == null ? "" : platform;
        }
    }

    /**
     * The estimate for one mention.
     *
     * @param reach estimated people reached, at least 1
     * @param tier the author's influence tier
     * @param basis whether views or the model decided
     * @param weight {@code log10(1 + reach)}, so a post with 100x the reach counts about 2 more
     */
    public record Estimate(long reach, InfluenceTier tier, Basis basis, double weight) {}

    /** Reach, tier and weight for one mention. */
    public Estimate estimate(Signals s) {
        long likes = Math.max(0, s.likes());
        long shares = Math.max(0, s.shares());
        long comments = Math.max(0, s.comments());
        long engaged = likes + shares + comments;
        InfluenceTier tier = InfluenceTier.of(s.followers());
        long reach;
        Basis basis;
        if (s.views().isPresent() && s.views().getAsLong() > 0) {
            reach = Math.max(s.views().getAsLong(), engaged);
            basis = Basis.VIEWS;
        } else {
            PlatformModel model = model(s.platform());
            long followers =
                    s.followers().isPresent() ? Math.max(0, s.followers().getAsLong()) : 0;
            double modelled = model.organicRate() * (followers + (double) shares * model.sharerFollowers());
            reach = Math.max(1, Math.max(engaged, Math.round(modelled)));
            basis = Basis.MODELLED;
        }
        return new Estimate(reach, tier, basis, Math.log10(1.0 + reach));
    }

    /** The platform model used for a platform name (case-insensitive; unknown names get the default). */
    static PlatformModel model(String platform) {
        return RATES.getOrDefault(platform.strip().toLowerCase(Locale.ROOT), DEFAULT_MODEL);
    }
}
