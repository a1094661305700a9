package io.crisisradar.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.crisisradar.enrich.EnrichedMention;
import io.crisisradar.enrich.Enrichment;
import io.crisisradar.mention.Author;
import io.crisisradar.mention.Engagement;
import io.crisisradar.mention.Mention;
import java.time.Duration;
import java.time.Instant;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.Test;

/** The keyed operators with their real state: what they emit, what they keep, and when they forget it. */
class StatefulOperatorsTest {

    private static final Instant EVENT = Instant.parse("2026-11-23T12:00:00Z");
    private static final long START = 1_000L;
    private static final long ONE_HOUR = Duration.ofHours(1).toMillis();
    private static final long TWO_HOURS_LATER = START + 2 * ONE_HOUR;

    private static Mention mention(String id) {
        return new Mention(
                id, "twitter", EVENT, "text", null, null, Author.UNKNOWN, Engagement.NONE, null, null, null, null);
    }

    private static EnrichedMention enriched(String id, long fingerprint, long... bandKeys) {
        return new EnrichedMention(
                mention(id),
                new Enrichment(
                        "pl",
                        0,
                        "NEUTRAL",
                        0,
                        new String[0],
                        1,
                        "NONE",
                        new String[] {"blysk"},
                        false,
                        null,
                        fingerprint,
                        bandKeys,
                        null));
    }

    @Test
    void dropsARedeliveryAndForgetsTheIdAfterItsTimeToLive() throws Exception {
        try (KeyedOneInputStreamOperatorTestHarness<String, Mention, Mention> harness =
                ProcessFunctionTestHarnesses.forKeyedProcessFunction(
                        new DropRedeliveries(Duration.ofHours(1)), Mention::id, Types.STRING)) {
            harness.setStateTtlProcessingTime(START);
            harness.processElement(mention("a"), 1);
            harness.processElement(mention("a"), 2);
            harness.processElement(mention("b"), 3);
            assertThat(harness.extractOutputValues()).extracting(Mention::id).containsExactly("a", "b");
            assertThat(harness.numKeyedStateEntries()).isEqualTo(2);

            harness.setStateTtlProcessingTime(TWO_HOURS_LATER);
            harness.processElement(mention("a"), 4);

            assertThat(harness.extractOutputValues())
                    .as("after the TTL the id is forgotten, so a very late redelivery passes (and overwrites)")
                    .extracting(Mention::id)
                    .containsExactly("a", "b", "a");
        }
    }

    @Test
    void groupsTextsSharingABandKeyAndExpiresTheKeys() throws Exception {
        GroupNearDuplicates function = new GroupNearDuplicates(Duration.ofHours(1));
        try (KeyedOneInputStreamOperatorTestHarness<String, EnrichedMention, EnrichedMention> harness =
                new KeyedOneInputStreamOperatorTestHarness<>(
                        new KeyedProcessOperator<>(function), EnrichedMention::primaryBrand, Types.STRING)) {
            harness.open();
            harness.setStateTtlProcessingTime(START);
            harness.processElement(enriched("original", 0xAAL, 1, 2, 3), 1);
            harness.processElement(enriched("repost", 0xABL, 9, 2, 8), 2);
            harness.processElement(enriched("other", 0xCCL, 4, 5, 6), 3);

            assertThat(harness.extractOutputValues())
                    .extracting(m -> m.enrichment().nearDuplicateGroup())
                    .containsExactly("00000000000000aa", "00000000000000aa", "00000000000000cc");
            assertThat(harness.numKeyedStateEntries())
                    .as("one map state for the one brand key")
                    .isEqualTo(1);

            harness.setStateTtlProcessingTime(TWO_HOURS_LATER);
            harness.processElement(enriched("late repost", 0xADL, 2), 4);
            assertThat(harness.extractOutputValues().get(3).enrichment().nearDuplicateGroup())
                    .as("expired band keys no longer link texts")
                    .isEqualTo("00000000000000ad");
        }
    }
}
