package io.crisisradar.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Turns what a mention says into the record a collector would deliver: a unique platform id,
 * engagement counts that fit the author's audience and the platform, the fields each platform
 * really reports (reviews have no follower counts, news no likes), a declared language only
 * sometimes, and a URL. The output follows the input contract of DESIGN.md and nothing else:
 * labels never leak into it.
 */
final class MentionFactory {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Likes per follower by platform: the engagement rate of an ordinary post. */
    private static final Map<String, Double> ENGAGEMENT_RATE = Map.of(
            "twitter", 0.010,
            "facebook", 0.012,
            "instagram", 0.030,
            "tiktok", 0.050,
            "youtube", 0.020,
            "reviews", 0.002,
            "news", 0.004,
            "forum", 0.003);

    /** Probability that the platform's API declares the text's language. */
    private static final Map<String, Double> DECLARES_LANGUAGE = Map.of(
            "twitter", 0.85,
            "facebook", 0.15,
            "instagram", 0.15,
            "tiktok", 0.30,
            "youtube", 0.40,
            "reviews", 0.50,
            "news", 0.60,
            "forum", 0.10);

    private final SplittableRandom random;
    private final Map<String, Long> nextId = new HashMap<>();
    private final double brandFieldShare;

    /**
     * @param brandFieldShare share of ordinary mentions whose collector already set {@code brand}
     *     (brand-authored posts always carry it)
     */
    MentionFactory(long seed, double brandFieldShare) {
        this.random = Draws.stream(seed, "records");
        this.brandFieldShare = brandFieldShare;
    }

    /**
     * What a mention is before it becomes a record.
     *
     * @param virality engagement relative to an ordinary post of the same author (3 for a post
     *     that goes viral, 0.2 for a repost)
     * @param inReplyTo id of the mention answered, or null
     */
    record Draft(
            Instant createdAt,
            String platform,
            BrandProfile brand,
            Persona author,
            Topic topic,
            String language,
            String text,
            String eventId,
            double virality,
            String inReplyTo) {}

    GeneratedMention create(Draft d) {
        String platform = d.platform();
        String id = platform + ":" + nextId(platform);
        Instant createdAt = d.createdAt().truncatedTo(ChronoUnit.SECONDS);
        ObjectNode json = MAPPER.createObjectNode();
        json.put("id", id);
        json.put("platform", platform);
        json.put("created_at", createdAt.toString());
        json.put("text", d.text());
        if (ownAccount(d.author(), d.brand()) || Draws.chance(random, brandFieldShare)) {
            json.put("brand", d.brand().id());
        }
        if (Draws.chance(random, DECLARES_LANGUAGE.get(platform))) {
            json.put("lang", d.language().equals("en") && Draws.chance(random, 0.1) ? "en-GB" : d.language());
        }
        json.set("author", author(d.author(), platform));
        json.set("engagement", engagement(d.author(), platform, d.topic().tone(), d.virality()));
        if (platform.equals("news") || Draws.chance(random, 0.5)) {
            json.put("url", url(platform, d.author().handle(), id));
        }
        if (d.inReplyTo() != null) {
            json.put("in_reply_to", d.inReplyTo());
        }
        String line;
        try {
            line = MAPPER.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        return new GeneratedMention(
                id,
                platform,
                createdAt,
                createdAt,
                d.brand().id(),
                d.eventId(),
                d.topic(),
                d.language(),
                d.text(),
                line);
    }

    /** The brand's own posts carry the brand: the collector knows whose account it watches. */
    private static boolean ownAccount(Persona author, BrandProfile brand) {
        String handle = "@" + author.handle();
        return handle.equalsIgnoreCase(brand.names().handle())
                || handle.equalsIgnoreCase(brand.names().careHandle());
    }

    /** Platform ids grow with gaps, like ids shared with content the collector never sees. */
    private long nextId(String platform) {
        long next = nextId.getOrDefault(platform, 1_000_000_000L + 7_000_000L * Sector.PLATFORMS.indexOf(platform));
        next += Draws.between(random, 1, 40);
        nextId.put(platform, next);
        return next;
    }

    private ObjectNode author(Persona author, String platform) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", author.id());
        node.put("handle", author.handle());
        // Review sites and forums show no audience; a collector cannot report one.
        boolean hasAudience = !platform.equals("reviews") && !platform.equals("forum");
        if (hasAudience) {
            node.put("followers", author.followers());
            node.put("verified", author.verified());
        }
        return node;
    }

    private ObjectNode engagement(Persona author, String platform, Tone tone, double virality) {
        double boost = virality * (tone == Tone.NEGATIVE ? 1.4 : 1.0) * Draws.lognormal(random, -0.5, 1.0);
        double followers = author.followers();
        long likes = count(0.4 + followers * ENGAGEMENT_RATE.get(platform) * boost);
        ObjectNode node = MAPPER.createObjectNode();
        switch (platform) {
            case "twitter" -> {
                node.put("likes", likes);
                node.put("shares", count(likes * 0.15 * virality));
                node.put("comments", count(0.2 + likes * 0.1));
                node.put("views", Math.max(likes * 20, count(5 + followers * Draws.lognormal(random, -1.2, 0.8))));
            }
            case "facebook" -> {
                node.put("likes", likes);
                node.put("shares", count(likes * 0.12 * virality));
                node.put("comments", count(0.3 + likes * 0.15));
            }
            case "instagram" -> {
                node.put("likes", likes);
                node.put("comments", count(0.2 + likes * 0.05));
                if (Draws.chance(random, 0.3)) {
                    node.put("views", Math.max(likes * 10, count(followers * 0.3 * boost)));
                }
            }
            case "tiktok", "youtube" -> {
                node.put("likes", likes);
                node.put("shares", count(likes * 0.1 * virality));
                node.put("comments", count(0.3 + likes * 0.08));
                node.put("views", Math.max(likes * 15, count(20 + followers * Draws.lognormal(random, -0.5, 1.2))));
            }
            case "reviews" -> node.put("likes", likes);
            case "news" -> {
                node.put("shares", count(2 + followers * 0.001 * boost));
                node.put("comments", count(1 + followers * 0.0005 * boost));
            }
            default -> node.put("comments", count(0.5 + likes * 2));
        }
        return node;
    }

    /** A count with the given mean: Poisson when small, gamma-noisy when large. */
    private long count(double mean) {
        if (!(mean > 0)) {
            return 0;
        }
        return mean < 50 ? Draws.poisson(random, mean) : Math.round(mean * Draws.gammaNoise(random, 20));
    }

    private static String url(String platform, String handle, String id) {
        String number = id.substring(id.indexOf(':') + 1);
        return switch (platform) {
            case "twitter" -> "https://x.com/" + handle + "/status/" + number;
            case "facebook" -> "https://www.facebook.com/" + number;
            case "instagram" -> "https://www.instagram.com/p/" + Long.toString(Long.parseLong(number), 36) + "/";
            case "tiktok" -> "https://www.tiktok.com/@" + handle + "/video/" + number;
            case "youtube" -> "https://www.youtube.com/watch?v=" + Long.toString(Long.parseLong(number), 36);
            case "reviews" -> "https://opinie.example.pl/r/" + number;
            case "news" -> "https://wiadomosci.example.pl/a/" + number;
            default -> "https://forum.example.pl/t/" + number;
        };
    }
}
