package io.crisisradar.sink.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crisisradar.config.ElasticsearchSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The batching and retry policy, against scripted Elasticsearch answers (the real path is in ElasticsearchSinkIT). */
class BulkWriterTest {

    private static final Instant EVENT = Instant.parse("2026-11-24T10:00:00Z");
    private static final ElasticsearchSettings.Bulk SETTINGS = new ElasticsearchSettings.Bulk(
            3, 1_000_000, Duration.ofSeconds(1), Duration.ofMillis(100), Duration.ofMillis(400), Duration.ofSeconds(2));

    private final ScriptedClient client = new ScriptedClient();
    private final List<Duration> sleeps = new ArrayList<>();
    private long nanos;
    private final BulkWriter writer = new BulkWriter(
            client,
            SETTINGS,
            (refused, status, type, reason) ->
                    refused.index().startsWith("dl-") ? Optional.empty() : Optional.of(document("dl-" + refused.id())),
            new BulkWriter.Listener() {},
            duration -> {
                sleeps.add(duration);
                nanos += duration.toNanos();
            },
            () -> nanos);

    @Test
    void sendsABulkRequestWhenTheBufferIsFullByCount() throws Exception {
        client.answer(ok(3));

        writer.add(document("a"));
        writer.add(document("b"));
        assertThat(client.requests).isEmpty();
        writer.add(document("c"));

        assertThat(client.requests).containsExactly(List.of("a", "b", "c"));
        assertThat(writer.bufferedDocuments()).isZero();
    }

    @Test
    void reportsWhenTheFirstDocumentEntersAnEmptyBuffer() throws Exception {
        assertThat(writer.add(document("a"))).isTrue();
        assertThat(writer.add(document("b"))).isFalse();
    }

    @Test
    void resendsOnlyTheItemsAnswered429WithGrowingBackoff() throws Exception {
        client.answer(List.of(BulkClient.ItemResult.OK, tooMany(), tooMany()));
        client.answer(List.of(BulkClient.ItemResult.OK, tooMany()));
        client.answer(ok(1));
        writer.add(document("a"));
        writer.add(document("b"));

        writer.add(document("c"));

        assertThat(client.requests).containsExactly(List.of("a", "b", "c"), List.of("b", "c"), List.of("c"));
        assertThat(sleeps).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
    }

    @Test
    void retriesWholeRequestsThatNeverReachedElasticsearch() throws Exception {
        client.fail(new BulkClient.RequestFailure(0, "connection refused", null));
        client.fail(new BulkClient.RequestFailure(503, "unavailable", null));
        client.answer(ok(1));
        writer.add(document("a"));

        writer.flush();

        assertThat(client.requests).hasSize(3).allSatisfy(ids -> assertThat(ids).containsExactly("a"));
        assertThat(sleeps).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
    }

    @Test
    void capsTheBackoffAndGivesUpAfterTheMaximumRetryTime() throws Exception {
        for (int i = 0; i < 20; i++) {
            client.fail(new BulkClient.RequestFailure(0, "connection refused", null));
        }
        writer.add(document("a"));

        assertThatThrownBy(writer::flush).isInstanceOf(IOException.class).hasMessageContaining("gave up");
        assertThat(sleeps).contains(Duration.ofMillis(400)).doesNotContain(Duration.ofMillis(800));
    }

    @Test
    void failsAtOnceOnARequestThatRetryingCannotFix() throws Exception {
        client.fail(new BulkClient.RequestFailure(401, "unauthorized", null));
        writer.add(document("a"));

        assertThatThrownBy(writer::flush).isInstanceOf(IOException.class).hasMessageContaining("401");
        assertThat(sleeps).isEmpty();
    }

    @Test
    void replacesDocumentsRefusedForGoodByTheirDeadLetter() throws Exception {
        client.answer(
                List.of(BulkClient.ItemResult.OK, new BulkClient.ItemResult(400, "mapper_parsing_exception", "bad")));
        client.answer(ok(1));
        writer.add(document("a"));
        writer.add(document("b"));

        writer.flush();

        assertThat(client.requests).containsExactly(List.of("a", "b"), List.of("dl-b"));
        assertThat(sleeps).as("a dead letter needs no backoff").isEmpty();
    }

    @Test
    void failsInsteadOfDeadLetteringADeadLetter() throws Exception {
        client.answer(List.of(new BulkClient.ItemResult(400, "mapper_parsing_exception", "bad")));
        writer.add(new EsDocument("dl-x", "x", EVENT, "{}".getBytes(StandardCharsets.UTF_8)));

        assertThatThrownBy(writer::flush).isInstanceOf(IOException.class).hasMessageContaining("dead letter x");
        assertThat(client.requests).containsExactly(List.of("x"));
    }

    @Test
    void failsOnIndexLevelRefusalsThatADeadLetterWouldMeetToo() throws Exception {
        client.answer(List.of(
                BulkClient.ItemResult.OK, new BulkClient.ItemResult(403, "security_exception", "no privilege")));
        writer.add(document("a"));
        writer.add(document("b"));

        assertThatThrownBy(writer::flush).isInstanceOf(IOException.class).hasMessageContaining("security_exception");
        assertThat(client.requests).as("no dead letter was attempted").hasSize(1);
    }

    private static EsDocument document(String id) {
        return new EsDocument(
                id.startsWith("dl-") ? "dl-index" : "index", id, EVENT, "{}".getBytes(StandardCharsets.UTF_8));
    }

    private static BulkClient.ItemResult tooMany() {
        return new BulkClient.ItemResult(429, "es_rejected_execution_exception", "queue full");
    }

    private static List<BulkClient.ItemResult> ok(int n) {
        return java.util.Collections.nCopies(n, BulkClient.ItemResult.OK);
    }

    /** Answers bulk requests from a script and records the ids of every request. */
    private static final class ScriptedClient implements BulkClient {
        final List<List<String>> requests = new ArrayList<>();
        private final Deque<Object> script = new ArrayDeque<>();

        void answer(List<ItemResult> results) {
            script.add(results);
        }

        void fail(RequestFailure failure) {
            script.add(failure);
        }

        @Override
        @SuppressWarnings("unchecked")
        public List<ItemResult> bulk(List<EsDocument> documents) throws RequestFailure {
            requests.add(documents.stream().map(EsDocument::id).toList());
            Object next = script.poll();
            if (next == null) {
                throw new AssertionError("unexpected bulk request " + requests.get(requests.size() - 1));
            }
            if (next instanceof RequestFailure failure) {
                throw failure;
            }
            return (List<ItemResult>) next;
        }

        @Override
        public void close() {}
    }
}
