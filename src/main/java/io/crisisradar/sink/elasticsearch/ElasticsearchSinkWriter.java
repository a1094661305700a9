package io.crisisradar.sink.elasticsearch;

import io.crisisradar.config.ElasticsearchSettings;
import java.io.IOException;
import java.time.Duration;
import org.apache.flink.api.common.operators.ProcessingTimeService;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.groups.SinkWriterMetricGroup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adapts {@link BulkWriter} to Flink: maps elements to documents, flushes on a processing-time
 * timer and before every checkpoint, and reports to Flink metrics. Writes happen synchronously in
 * the task thread, so a slow or unavailable Elasticsearch backpressures the job instead of filling
 * memory.
 */
final class ElasticsearchSinkWriter<T> implements SinkWriter<T> {

    private static final Logger LOG = LoggerFactory.getLogger(ElasticsearchSinkWriter.class);

    private final BulkWriter writer;
    private final DocumentMapper<T> mapper;
    private final ProcessingTimeService timers;
    private final long flushIntervalMillis;
    private boolean timerPending;

    ElasticsearchSinkWriter(
            BulkClient client,
            ElasticsearchSettings.Bulk settings,
            DocumentMapper<T> mapper,
            BulkWriter.DeadLetterFactory deadLetters,
            ProcessingTimeService timers,
            SinkWriterMetricGroup metrics) {
        this.mapper = mapper;
        this.timers = timers;
        this.flushIntervalMillis = settings.flushInterval().toMillis();
        this.writer = BulkWriter.create(client, settings, deadLetters, new MetricsListener(metrics));
    }

    @Override
    public void write(T element, Context context) throws IOException, InterruptedException {
        if (writer.add(mapper.toDocument(element)) && !timerPending) {
            timerPending = true;
            timers.registerTimer(timers.getCurrentProcessingTime() + flushIntervalMillis, this::onFlushTimer);
        }
    }

    private void onFlushTimer(long time) throws IOException, InterruptedException {
        timerPending = false;
        writer.flush();
    }

    @Override
    public void flush(boolean endOfInput) throws IOException, InterruptedException {
        writer.flush();
    }

    @Override
    public void close() throws Exception {
        if (writer.bufferedDocuments() > 0) {
            // Closing without a final flush means the task failed or was cancelled: the buffered
            // documents are replayed from the last checkpoint, so dropping them here is safe.
            LOG.info(
                    "closing with {} unflushed documents; they are replayed from the last checkpoint",
                    writer.bufferedDocuments());
        }
        writer.close();
    }

    /** Counts what happens to documents; logs refusals, which point at a mapping or data bug. */
    private static final class MetricsListener implements BulkWriter.Listener {
        private final Counter indexed;
        private final Counter retried;
        private final Counter refused;
        private final Counter lost;

        MetricsListener(SinkWriterMetricGroup metrics) {
            this.indexed = metrics.getNumRecordsSendCounter();
            this.retried = metrics.counter("elasticsearchRetriedDocuments");
            // Counted under the same metric name as parse-time dead letters, by reason.
            this.refused = metrics.addGroup("deadLetters")
                    .addGroup("reason", "ELASTICSEARCH_REJECTED")
                    .counter("count");
            this.lost = metrics.counter("elasticsearchLostDeadLetters");
        }

        @Override
        public void indexed(int documents) {
            indexed.inc(documents);
        }

        @Override
        public void retrying(int documents, String cause, Duration backoff) {
            retried.inc(documents);
            LOG.warn("retrying {} documents in {} ms: {}", documents, backoff.toMillis(), cause);
        }

        @Override
        public void refused(EsDocument document, int status, String errorType, String errorReason) {
            refused.inc();
            LOG.warn(
                    "Elasticsearch refused document {} in {} ({} {}): {}; sent to dead letters",
                    document.id(),
                    document.index(),
                    status,
                    errorType,
                    errorReason);
        }

        @Override
        public void lost(EsDocument document, String errorType, String errorReason) {
            lost.inc();
            LOG.error(
                    "dead letter {} refused by Elasticsearch ({}): {}; only the log keeps it",
                    document.id(),
                    errorType,
                    errorReason);
        }
    }
}
