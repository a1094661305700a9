package io.crisisradar.sink.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.transport.TransportException;
import co.elastic.clients.util.BinaryData;
import co.elastic.clients.util.ContentType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** {@link BulkClient} over the official {@code elasticsearch-java} client. */
public final class ElasticsearchBulkClient implements BulkClient {

    private final ElasticsearchClient client;

    public ElasticsearchBulkClient(ElasticsearchClient client) {
        this.client = client;
    }

    @Override
    public List<ItemResult> bulk(List<EsDocument> documents) throws RequestFailure {
        BulkRequest.Builder request = new BulkRequest.Builder();
        for (EsDocument document : documents) {
            // The source is already JSON: hand the bytes over instead of re-serialising them.
            BinaryData source = BinaryData.of(document.source(), ContentType.APPLICATION_JSON);
            request.operations(op -> op.index(
                    index -> index.index(document.index()).id(document.id()).document(source)));
        }
        BulkResponse response;
        try {
            response = client.bulk(request.build());
        } catch (ElasticsearchException e) {
            throw new RequestFailure(e.status(), "bulk request refused: " + e.getMessage(), e);
        } catch (TransportException e) {
            throw new RequestFailure(e.statusCode(), "bulk request failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new RequestFailure(0, "Elasticsearch unreachable: " + e, e);
        }
        List<ItemResult> results = new ArrayList<>(documents.size());
        for (BulkResponseItem item : response.items()) {
            if (item.error() == null) {
                results.add(new ItemResult(item.status(), null, null));
            } else {
                results.add(new ItemResult(
                        item.status(), item.error().type(), item.error().reason()));
            }
        }
        if (results.size() != documents.size()) {
            throw new RequestFailure(
                    0, "bulk response has " + results.size() + " items for " + documents.size() + " documents", null);
        }
        return results;
    }

    @Override
    public void close() throws IOException {
        client.close();
    }
}
