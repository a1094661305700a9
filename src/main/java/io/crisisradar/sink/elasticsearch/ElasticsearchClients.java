package io.crisisradar.sink.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.TransportUtils;
import io.crisisradar.config.ConfigException;
import io.crisisradar.config.ElasticsearchSettings;
import java.io.File;
import java.io.IOException;

/** Creates Elasticsearch clients from typed settings; the one place that knows about auth and TLS. */
public final class ElasticsearchClients {

    private ElasticsearchClients() {}

    /** A new client; the caller closes it. */
    public static ElasticsearchClient create(ElasticsearchSettings settings) {
        return ElasticsearchClient.of(builder -> {
            builder.hosts(settings.hosts());
            settings.apiKey().ifPresent(builder::apiKey);
            settings.username()
                    .ifPresent(user -> builder.usernameAndPassword(
                            user, settings.password().orElseThrow()));
            if (settings.caCertificatePath().isPresent()) {
                String path = settings.caCertificatePath().get();
                try {
                    builder.sslContext(TransportUtils.sslContextFromHttpCaCrt(new File(path)));
                } catch (IOException e) {
                    throw new ConfigException("cannot read elasticsearch.ca-certificate " + path + ": " + e, e);
                }
            } else {
                settings.caFingerprint()
                        .ifPresent(fingerprint ->
                                builder.sslContext(TransportUtils.sslContextFromCaFingerprint(fingerprint)));
            }
            return builder;
        });
    }
}
