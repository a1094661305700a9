package io.crisisradar.mention;

import java.io.Serializable;
import java.time.Instant;

/**
 * One brand mention as it arrived, validated against the input contract in DESIGN.md.
 *
 * <p>Optional input fields are null when absent ({@code brand}, {@code lang}, {@code url}, {@code
 * inReplyTo}, {@code upstreamSentiment}); {@code author} and {@code engagement} are never null.
 * Fields the contract does not know are kept verbatim in {@code extraJson} (a JSON object, or
 * null when there were none) so that nothing the producer sent is lost on the way to
 * Elasticsearch.
 */
public record Mention(
        String id,
        String platform,
        Instant createdAt,
        String text,
        String brand,
        String lang,
        Author author,
        Engagement engagement,
        String url,
        String inReplyTo,
        Double upstreamSentiment,
        String extraJson)
        implements Serializable {}
