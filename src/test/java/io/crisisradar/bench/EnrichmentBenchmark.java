package io.crisisradar.bench;

import io.crisisradar.enrich.EnrichedMention;
import io.crisisradar.enrich.MentionEnricher;
import io.crisisradar.enrich.brand.BrandRulesFile;
import io.crisisradar.mention.Mention;
import io.crisisradar.mention.MentionParser;
import io.crisisradar.mention.ParsedRecord;
import io.crisisradar.mention.SourcePosition;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of the whole enrichment chain ({@link MentionEnricher}) on one thread, i.e. per
 * core, over the demo's sample stream: 1,242 mentions in Polish and English on seven platforms.
 * {@code declaredLanguage=false} removes the input's {@code lang} so every mention goes through
 * language detection (the worst case); {@code true} keeps it where the sample has it (about half).
 * Run with {@code jobs/bench/run.sh EnrichmentBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class EnrichmentBenchmark {

    @Param({"false", "true"})
    boolean declaredLanguage;

    private MentionEnricher enricher;
    private Mention[] mentions;
    private int next;

    @Setup
    public void loadSampleAndModels() throws IOException {
        Path sample =
                Path.of(System.getProperty("crisisradar.project.dir", ".")).resolve("jobs/local");
        enricher = new MentionEnricher(BrandRulesFile.load(sample.resolve("brands.json")));
        MentionParser parser = new MentionParser(64 * 1024, Clock.systemUTC());
        List<Mention> parsed = new ArrayList<>();
        List<String> lines = Files.readAllLines(sample.resolve("sample/mentions.ndjson"), StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            ParsedRecord record =
                    parser.parse(lines.get(i).getBytes(StandardCharsets.UTF_8), new SourcePosition("sample", 0, i, 0));
            if (record.isMention()) {
                Mention m = record.mention();
                parsed.add(declaredLanguage ? m : withoutLanguage(m));
            }
        }
        mentions = parsed.toArray(Mention[]::new);
    }

    @Benchmark
    public EnrichedMention enrichOneMention() {
        Mention mention = mentions[next];
        next = next + 1 == mentions.length ? 0 : next + 1;
        return enricher.enrich(mention);
    }

    private static Mention withoutLanguage(Mention m) {
        return new Mention(
                m.id(),
                m.platform(),
                m.createdAt(),
                m.text(),
                m.brand(),
                null,
                m.author(),
                m.engagement(),
                m.url(),
                m.inReplyTo(),
                m.upstreamSentiment(),
                m.extraJson());
    }
}
