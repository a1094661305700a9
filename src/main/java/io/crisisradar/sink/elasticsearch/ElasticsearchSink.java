package io.crisisradar.sink.elasticsearch;

import io.crisisradar.config.ElasticsearchSettings;
import java.io.IOException;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;

/**
 * A Flink Sink V2 that writes documents to Elasticsearch with {@code elasticsearch-java}, in bulk,
 * at least once: Flink calls {@link SinkWriter#flush(boolean)} before every checkpoint barrier and
 * the writer returns only when everything buffered is stored. Combined with deterministic
 * document ids a replay after failure overwrites, so the index ends up as if written exactly once.
 */
public final class ElasticsearchSink<T> implements Sink<T> {

    private final ElasticsearchSettings settings;
    private final DocumentMapper<T> mapper;

    public ElasticsearchSink(ElasticsearchSettings settings, DocumentMapper<T> mapper) {
        this.settings = settings;
        this.mapper = mapper;
    }

    @Override
    public SinkWriter<T> createWriter(WriterInitContext context) throws IOException {
        DeadLetterDocuments deadLetters = new DeadLetterDocuments(new IndexNames(settings.indexPrefix()));
        return new ElasticsearchSinkWriter<>(
                new ElasticsearchBulkClient(ElasticsearchClients.create(settings)),
                settings.bulk(),
                mapper,
                deadLetters::forRefusedDocument,
                context.getProcessingTimeService(),
                context.metricGroup());
    }
}
