package io.crisisradar.sink.elasticsearch;

import java.io.IOException;
import java.util.List;

/**
 * Sends one bulk request. The seam between {@link BulkWriter}'s batching and retry policy and the
 * real Elasticsearch client, so that the policy can be tested with scripted answers.
 */
public interface BulkClient extends AutoCloseable {

    /**
     * Indexes the documents in one bulk request.
     *
     * @return one result per document, in order
     * @throws RequestFailure when the request as a whole failed (connection, 429, 5xx, auth…)
     */
    List<ItemResult> bulk(List<EsDocument> documents) throws RequestFailure;

    @Override
    void close() throws IOException;

    /** Outcome of one bulk item: an HTTP status and, on failure, the error type and reason. */
    record ItemResult(int status, String errorType, String errorReason) {

        public static final ItemResult OK = new ItemResult(200, null, null);

        public boolean succeeded() {
            return status >= 200 && status < 300;
        }

        /** Too many requests or a server-side failure: the same request may succeed later. */
        public boolean retryable() {
            return isRetryableStatus(status);
        }
    }

    /** A failure of the whole request; {@code status} is 0 when no HTTP answer came at all. */
    final class RequestFailure extends Exception {
        private final int status;

        public RequestFailure(int status, String message, Throwable cause) {
            super(message, cause);
            this.status = status;
        }

        public int status() {
            return status;
        }

        public boolean retryable() {
            return status == 0 || isRetryableStatus(status);
        }
    }

    static boolean isRetryableStatus(int status) {
        return status == 429 || status == 408 || (status >= 500 && status != 501);
    }
}
