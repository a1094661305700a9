package io.crisisradar.enrich;

import io.crisisradar.enrich.brand.BrandMatcher;
import io.crisisradar.enrich.brand.BrandRule;
import io.crisisradar.enrich.category.ComplaintCategory;
import io.crisisradar.enrich.category.ComplaintClassifier;
import io.crisisradar.enrich.dedup.TextFingerprint;
import io.crisisradar.enrich.language.LanguageDetector;
import io.crisisradar.enrich.reach.ReachEstimator;
import io.crisisradar.enrich.sentiment.Sentiment;
import io.crisisradar.enrich.sentiment.SentimentAnalyzer;
import io.crisisradar.mention.Author;
import io.crisisradar.mention.Engagement;
import io.crisisradar.mention.Mention;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The whole enrichment chain for one mention: language, sentiment, complaint categories, reach,
 * brands, brand responses and the text fingerprint. Plain Java; built once (it loads lexicons and
 * language models), then thread-safe.
 */
public final class MentionEnricher {

    private final LanguageDetector languages = new LanguageDetector();
    private final SentimentAnalyzer sentiment = new SentimentAnalyzer();
    private final ComplaintClassifier complaints = new ComplaintClassifier();
    private final ReachEstimator reach = new ReachEstimator();
    private final TextFingerprint fingerprints = new TextFingerprint();
    private final BrandMatcher brands;

    public MentionEnricher(List<BrandRule> brandRules) {
        this.brands = new BrandMatcher(brandRules);
    }

    public EnrichedMention enrich(Mention mention) {
        String text = mention.text();
        String language = language(mention);
        Sentiment mood = sentiment.analyze(text, language);
        String[] categories = complaints.classify(text).stream()
                .map(ComplaintCategory::name)
                .sorted()
                .toArray(String[]::new);
        Author author = mention.author();
        Engagement engagement = mention.engagement();
        ReachEstimator.Estimate estimate = reach.estimate(new ReachEstimator.Signals(
                mention.platform(),
                optional(author.followers()),
                orZero(engagement.likes()),
                orZero(engagement.shares()),
                orZero(engagement.comments()),
                optional(engagement.views())));
        Optional<String> responder = mention.inReplyTo() == null || author.handle() == null
                ? Optional.empty()
                : brands.brandOfHandle(author.handle());
        String[] brandIds = brands.match(Optional.ofNullable(mention.brand()), text).stream()
                .sorted()
                .toArray(String[]::new);
        TextFingerprint.Signature signature = fingerprints.signature(text);
        return new EnrichedMention(
                mention,
                new Enrichment(
                        language,
                        mood.score(),
                        mood.label().name(),
                        mood.confidence(),
                        categories,
                        estimate.reach(),
                        estimate.tier().name(),
                        brandIds,
                        responder.isPresent(),
                        responder.orElse(null),
                        signature.fingerprint(),
                        signature.bucketKeys(),
                        null));
    }

    /**
     * A language the platform declared is used when the detector finds it plausible (checking is
     * cheap, asking Lingua is not); otherwise, or without one, the language is detected.
     */
    private String language(Mention mention) {
        String declared = mention.lang();
        if (declared != null && declared.length() > 2 && declared.charAt(2) == '-') {
            declared = declared.substring(0, 2); // "en-GB" -> "en"
        }
        return languages.detect(mention.text(), declared == null ? null : declared.toLowerCase(Locale.ROOT));
    }

    private static OptionalLong optional(Long value) {
        return value == null ? OptionalLong.empty() : OptionalLong.of(value);
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }
}
