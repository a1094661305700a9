package io.crisisradar.sink.elasticsearch;

import io.crisisradar.config.ElasticsearchSettings;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * Buffers documents and writes them in bulk, retrying what can succeed later and turning what
 * never can into dead letters. Plain Java: the Flink sink writer only decides <em>when</em> to
 * {@link #flush()}.
 *
 * <p>Policy:
 *
 * <ul>
 *   <li>items answered 429, 408 or 5xx, and whole requests that fail that way or never reach
 *       Elasticsearch, are resent after a backoff that doubles up to {@code maxBackoff};
 *   <li>items refused because of the document itself (mapping and parsing errors: {@link
 *       #DOCUMENT_ERRORS}) are handed to the {@link DeadLetterFactory}, whose dead-letter document
 *       is indexed in their place;
 *   <li>any other refusal is about the index or the cluster (missing privilege, closed or
 *       read-only index, shard limit): the dead letter would fail the same way, so the flush
 *       fails, as it does when a dead letter itself is refused;
 *   <li>a flush that has not succeeded after {@code maxRetryTime}, or a request refused outright
 *       (401, 403, 413), fails with an {@link IOException}: the job then restarts from its last
 *       checkpoint, so nothing buffered is lost.
 * </ul>
 *
 * <p>Not thread-safe: Flink calls it from the task's mailbox thread only.
 */
public final class BulkWriter implements AutoCloseable {

    /** Makes the dead-letter document for a document Elasticsearch refused for good. */
    @FunctionalInterface
    public interface DeadLetterFactory {
        /** Empty when the refused document is itself a dead letter: it is then counted as lost. */
        Optional<EsDocument> deadLetterFor(EsDocument refused, int status, String errorType, String errorReason);
    }

    /** What the writer reports, e.g. to Flink metrics. */
    public interface Listener {
        default void indexed(int documents) {}

        default void retrying(int documents, String cause, Duration backoff) {}

        default void refused(EsDocument document, int status, String errorType, String errorReason) {}

        default void lost(EsDocument document, String errorType, String errorReason) {}
    }

    /** Waits between retries; tests pass one that does not really sleep. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    /** Item errors caused by the document itself: retrying cannot help, the index is fine. */
    static final Set<String> DOCUMENT_ERRORS = Set.of(
            "mapper_parsing_exception",
            "document_parsing_exception",
            "strict_dynamic_mapping_exception",
            "illegal_argument_exception",
            "max_bytes_length_exceeded_exception");

    private final BulkClient client;
    private final ElasticsearchSettings.Bulk settings;
    private final DeadLetterFactory deadLetters;
    private final Listener listener;
    private final Sleeper sleeper;
    private final LongSupplier nanoTime;

    private List<EsDocument> buffer = new ArrayList<>();
    private long bufferedBytes;

    public BulkWriter(
            BulkClient client,
            ElasticsearchSettings.Bulk settings,
            DeadLetterFactory deadLetters,
            Listener listener,
            Sleeper sleeper,
            LongSupplier nanoTime) {
        this.client = client;
        this.settings = settings;
        this.deadLetters = deadLetters;
        this.listener = listener;
        this.sleeper = sleeper;
        this.nanoTime = nanoTime;
    }

    /** A writer that really sleeps between retries. */
    public static BulkWriter create(
            BulkClient client, ElasticsearchSettings.Bulk settings, DeadLetterFactory deadLetters, Listener listener) {
        return new BulkWriter(
                client, settings, deadLetters, listener, d -> Thread.sleep(d.toMillis()), System::nanoTime);
    }

    /**
     * Buffers a document, flushing first when the buffer is full by count or bytes.
     *
     * @return true when this document made the buffer non-empty (the caller may start a timer)
     */
    public boolean add(EsDocument document) throws IOException, InterruptedException {
        boolean wasEmpty = buffer.isEmpty();
        buffer.add(document);
        bufferedBytes += document.estimatedBytes();
        if (buffer.size() >= settings.maxActions() || bufferedBytes >= settings.maxBytes()) {
            flush();
            return false;
        }
        return wasEmpty;
    }

    public int bufferedDocuments() {
        return buffer.size();
    }

    /** Writes everything buffered and returns only when all of it is stored or dead-lettered. */
    public void flush() throws IOException, InterruptedException {
        List<EsDocument> pending = buffer;
        buffer = new ArrayList<>();
        bufferedBytes = 0;
        long startedNanos = nanoTime.getAsLong();
        Duration backoff = settings.initialBackoff();
        while (!pending.isEmpty()) {
            List<EsDocument> retry = new ArrayList<>();
            List<EsDocument> replacements = new ArrayList<>();
            String cause;
            try {
                List<BulkClient.ItemResult> results = client.bulk(pending);
                int indexed = 0;
                for (int i = 0; i < pending.size(); i++) {
                    BulkClient.ItemResult result = results.get(i);
                    EsDocument document = pending.get(i);
                    if (result.succeeded()) {
                        indexed++;
                    } else if (result.retryable()) {
                        retry.add(document);
                    } else if (DOCUMENT_ERRORS.contains(result.errorType())) {
                        refuse(document, result, replacements);
                    } else {
                        throw new IOException("Elasticsearch refused a document for its index " + document.index()
                                + " (" + result.status() + " " + result.errorType() + ": " + result.errorReason()
                                + "); failing so the job restarts from its checkpoint instead of dropping data");
                    }
                }
                listener.indexed(indexed);
                cause = retry.isEmpty() ? null : "items answered " + firstRetryableStatus(results);
            } catch (BulkClient.RequestFailure failure) {
                if (!failure.retryable()) {
                    throw new IOException(
                            "Elasticsearch refused a bulk request with status " + failure.status()
                                    + " (check credentials, permissions and elasticsearch.bulk.max-bytes): "
                                    + failure.getMessage(),
                            failure);
                }
                retry = pending;
                cause = failure.getMessage();
            }
            if (!retry.isEmpty()) {
                Duration waited = Duration.ofNanos(nanoTime.getAsLong() - startedNanos);
                if (waited.compareTo(settings.maxRetryTime()) >= 0) {
                    throw new IOException("gave up writing " + retry.size() + " documents to Elasticsearch after "
                            + waited.toSeconds() + " s of retries; last cause: " + cause);
                }
                listener.retrying(retry.size(), cause, backoff);
                sleeper.sleep(backoff);
                backoff = min(backoff.multipliedBy(2), settings.maxBackoff());
            }
            retry.addAll(replacements);
            pending = retry;
        }
    }

    private void refuse(EsDocument document, BulkClient.ItemResult result, List<EsDocument> replacements)
            throws IOException {
        listener.refused(document, result.status(), result.errorType(), result.errorReason());
        Optional<EsDocument> deadLetter =
                deadLetters.deadLetterFor(document, result.status(), result.errorType(), result.errorReason());
        if (deadLetter.isEmpty()) {
            // A refused dead letter means the dead-letter mapping and the data disagree: dropping it
            // would lose the record for good, so stop and let an operator look.
            listener.lost(document, result.errorType(), result.errorReason());
            throw new IOException("Elasticsearch refused dead letter " + document.id() + " (" + result.errorType()
                    + ": " + result.errorReason() + ")");
        }
        replacements.add(deadLetter.get());
    }

    private static int firstRetryableStatus(List<BulkClient.ItemResult> results) {
        return results.stream()
                .filter(BulkClient.ItemResult::retryable)
                .mapToInt(BulkClient.ItemResult::status)
                .findFirst()
                .orElse(0);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    @Override
    public void close() throws IOException {
        client.close();
    }
}
