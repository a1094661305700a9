package io.crisisradar.config;

import java.io.Serializable;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * How to reach Elasticsearch and how to batch writes to it.
 *
 * <p>Secrets ({@code apiKey}, {@code password}) never appear in {@link #toString()}. A class
 * rather than a record because it travels to the task managers inside the sink, and {@link
 * Optional} is not serialisable: absent values are held as null and handed out as Optional.
 */
public final class ElasticsearchSettings implements Serializable {

    private final List<URI> hosts;
    private final String apiKey;
    private final String username;
    private final String password;
    private final String caCertificatePath;
    private final String caFingerprint;
    private final String indexPrefix;
    private final Bulk bulk;

    public ElasticsearchSettings(
            List<URI> hosts,
            Optional<String> apiKey,
            Optional<String> username,
            Optional<String> password,
            Optional<String> caCertificatePath,
            Optional<String> caFingerprint,
            String indexPrefix,
            Bulk bulk) {
        hosts = List.copyOf(hosts);
        if (hosts.isEmpty()) {
            throw new ConfigException("elasticsearch.hosts must name at least one URL");
        }
        if (username.isPresent() != password.isPresent()) {
            throw new ConfigException("elasticsearch.username and a password must be given together");
        }
        if (apiKey.isPresent() && username.isPresent()) {
            throw new ConfigException("give either an Elasticsearch API key or a username/password, not both");
        }
        this.hosts = hosts;
        this.apiKey = apiKey.orElse(null);
        this.username = username.orElse(null);
        this.password = password.orElse(null);
        this.caCertificatePath = caCertificatePath.orElse(null);
        this.caFingerprint = caFingerprint.orElse(null);
        this.indexPrefix = indexPrefix;
        this.bulk = bulk;
    }

    public List<URI> hosts() {
        return hosts;
    }

    public Optional<String> apiKey() {
        return Optional.ofNullable(apiKey);
    }

    public Optional<String> username() {
        return Optional.ofNullable(username);
    }

    public Optional<String> password() {
        return Optional.ofNullable(password);
    }

    public Optional<String> caCertificatePath() {
        return Optional.ofNullable(caCertificatePath);
    }

    public Optional<String> caFingerprint() {
        return Optional.ofNullable(caFingerprint);
    }

    public String indexPrefix() {
        return indexPrefix;
    }

    public Bulk bulk() {
        return bulk;
    }

    /**
     * Batching and retry of bulk writes.
     *
     * @param maxActions documents per bulk request before it is sent
     * @param maxBytes payload bytes per bulk request before it is sent
     * @param flushInterval longest time a document waits in the buffer
     * @param initialBackoff first wait before retrying a rejected (429/5xx) or unreachable write
     * @param maxBackoff longest wait between retries (the wait doubles up to it)
     * @param maxRetryTime after this long without success the writer fails the job, which then
     *     restarts from its last checkpoint: nothing is dropped
     */
    public record Bulk(
            int maxActions,
            long maxBytes,
            Duration flushInterval,
            Duration initialBackoff,
            Duration maxBackoff,
            Duration maxRetryTime)
            implements Serializable {

        public Bulk {
            if (maxActions < 1 || maxBytes < 1) {
                throw new ConfigException("elasticsearch.bulk.max-actions and max-bytes must be positive");
            }
            if (initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0) {
                throw new ConfigException("elasticsearch.bulk.max-backoff must be at least the initial backoff");
            }
        }
    }

    @Override
    public String toString() {
        return "ElasticsearchSettings[hosts=%s, auth=%s, tls=%s, indexPrefix=%s, bulk=%s]"
                .formatted(
                        hosts,
                        apiKey != null ? "api-key" : username != null ? "basic(" + username + ")" : "none",
                        caCertificatePath != null
                                ? "ca-certificate " + caCertificatePath
                                : caFingerprint != null ? "ca-fingerprint" : "system trust",
                        indexPrefix,
                        bulk);
    }
}
