package io.crisisradar.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MentionParserTest {

    private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
    private static final SourcePosition AT = new SourcePosition("mentions", 1, 42, NOW.toEpochMilli());
    private final MentionParser parser = new MentionParser(2048, Clock.fixed(NOW, ZoneOffset.UTC));

    private ParsedRecord parse(String json) {
        return parser.parse(json.getBytes(StandardCharsets.UTF_8), AT);
    }

    private DeadLetter rejected(String json) {
        ParsedRecord result = parse(json);
        assertThat(result.isMention()).as("expected a dead letter for %s", json).isFalse();
        return result.deadLetter();
    }

    @Test
    void parsesEveryContractField() {
        Mention mention = parse(
                        """
                {"id":"twitter:1","platform":"Twitter","created_at":"2026-11-24T10:15:30+01:00",
                 "text":"Paczka nie doszła 😡","brand":"inpost","lang":"pl",
                 "author":{"id":12345,"handle":"@ania","followers":1200,"verified":false},
                 "engagement":{"likes":3,"shares":1,"comments":0,"views":450},
                 "url":"https://x.com/ania/status/1","in_reply_to":"twitter:0","sentiment":-0.8}
                """)
                .mention();

        assertThat(mention.id()).isEqualTo("twitter:1");
        assertThat(mention.platform()).isEqualTo("twitter");
        assertThat(mention.createdAt()).isEqualTo(Instant.parse("2026-11-24T09:15:30Z"));
        assertThat(mention.text()).isEqualTo("Paczka nie doszła 😡");
        assertThat(mention.brand()).isEqualTo("inpost");
        assertThat(mention.lang()).isEqualTo("pl");
        assertThat(mention.author()).isEqualTo(new Author("12345", "@ania", 1200L, false));
        assertThat(mention.engagement()).isEqualTo(new Engagement(3L, 1L, 0L, 450L));
        assertThat(mention.url()).isEqualTo("https://x.com/ania/status/1");
        assertThat(mention.inReplyTo()).isEqualTo("twitter:0");
        assertThat(mention.upstreamSentiment()).isEqualTo(-0.8);
        assertThat(mention.extraJson()).isNull();
    }

    @Test
    void keepsOnlyRequiredFieldsWhenOptionalOnesAreAbsent() {
        Mention mention = parse(
                        """
                {"id":"fb:9","platform":"facebook","created_at":"2026-11-24T10:00:00Z","text":""}""")
                .mention();

        assertThat(mention.text()).isEmpty();
        assertThat(mention.author()).isEqualTo(Author.UNKNOWN);
        assertThat(mention.engagement()).isEqualTo(Engagement.NONE);
        assertThat(mention.brand()).isNull();
    }

    @Test
    void keepsUnknownFieldsAtTheRootAndInsideNestedObjects() {
        Mention mention = parse(
                        """
                {"id":"yt:1","platform":"youtube","created_at":"2026-11-24T10:00:00Z","text":"hi",
                 "geo":{"country":"PL"},"author":{"handle":"kuba","location":"Kraków"}}""")
                .mention();

        assertThat(mention.extraJson())
                .isEqualTo("{\"geo\":{\"country\":\"PL\"},\"author\":{\"location\":\"Kraków\"}}");
        assertThat(mention.author().handle()).isEqualTo("kuba");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "not JSON                | {\"id\": \"x\",                                                              | NOT_JSON",
                "trailing garbage        | {\"id\":\"a\",\"platform\":\"x\",\"created_at\":\"2026-11-24T10:00:00Z\",\"text\":\"t\"} junk | NOT_JSON",
                "duplicate key           | {\"id\":\"a\",\"id\":\"b\",\"platform\":\"x\",\"created_at\":\"2026-11-24T10:00:00Z\",\"text\":\"t\"} | NOT_JSON",
                "array                   | [1,2,3]                                                                    | NOT_AN_OBJECT",
                "missing id              | {\"platform\":\"x\",\"created_at\":\"2026-11-24T10:00:00Z\",\"text\":\"t\"}        | MISSING_FIELD",
                "missing text            | {\"id\":\"a\",\"platform\":\"x\",\"created_at\":\"2026-11-24T10:00:00Z\"}          | MISSING_FIELD",
                "null platform           | {\"id\":\"a\",\"platform\":null,\"created_at\":\"2026-11-24T10:00:00Z\",\"text\":\"t\"} | MISSING_FIELD",
                "numeric id              | {\"id\":5,\"platform\":\"x\",\"created_at\":\"2026-11-24T10:00:00Z\",\"text\":\"t\"} | INVALID_FIELD",
                "blank id                | {\"id\":\"  \",\"platform\":\"x\",\"created_at\":\"2026-11-24T10:00:00Z\",\"text\":\"t\"} | INVALID_FIELD",
                "text not a string       | {\"id\":\"a\",\"platform\":\"x\",\"created_at\":\"2026-11-24T10:00:00Z\",\"text\":7} | INVALID_FIELD",
                "negative followers      | {\"id\":\"a\",\"platform\":\"x\",\"created_at\":\"2026-11-24T10:00:00Z\",\"text\":\"t\",\"author\":{\"followers\":-1}} | INVALID_FIELD",
                "fractional likes        | {\"id\":\"a\",\"platform\":\"x\",\"created_at\":\"2026-11-24T10:00:00Z\",\"text\":\"t\",\"engagement\":{\"likes\":1.5}} | INVALID_FIELD",
                "author not an object    | {\"id\":\"a\",\"platform\":\"x\",\"created_at\":\"2026-11-24T10:00:00Z\",\"text\":\"t\",\"author\":\"ania\"} | INVALID_FIELD",
                "sentiment as text       | {\"id\":\"a\",\"platform\":\"x\",\"created_at\":\"2026-11-24T10:00:00Z\",\"text\":\"t\",\"sentiment\":\"bad\"} | INVALID_FIELD",
                "verified as text        | {\"id\":\"a\",\"platform\":\"x\",\"created_at\":\"2026-11-24T10:00:00Z\",\"text\":\"t\",\"author\":{\"verified\":\"yes\"}} | INVALID_FIELD",
                "time without zone       | {\"id\":\"a\",\"platform\":\"x\",\"created_at\":\"2026-11-24T10:00:00\",\"text\":\"t\"} | UNPARSABLE_TIME",
                "time not a date         | {\"id\":\"a\",\"platform\":\"x\",\"created_at\":\"yesterday\",\"text\":\"t\"}       | UNPARSABLE_TIME",
                "impossible date         | {\"id\":\"a\",\"platform\":\"x\",\"created_at\":\"2026-02-30T10:00:00Z\",\"text\":\"t\"} | UNPARSABLE_TIME",
                "implausible year        | {\"id\":\"a\",\"platform\":\"x\",\"created_at\":\"0026-11-24T10:00:00Z\",\"text\":\"t\"} | UNPARSABLE_TIME",
            })
    void rejectsInvalidRecordsWithAMachineReadableReason(String name, String json, RejectionReason reason) {
        DeadLetter deadLetter = rejected(json.trim());

        assertThat(deadLetter.reason()).isEqualTo(reason);
        assertThat(deadLetter.detail()).isNotBlank();
        assertThat(deadLetter.stage()).isEqualTo("parse");
        assertThat(deadLetter.source()).isEqualTo(AT);
        assertThat(deadLetter.payload()).isEqualTo(json.trim());
        assertThat(deadLetter.rejectedAt()).isEqualTo(NOW);
    }

    @Test
    void namesTheMissingFieldAndKeepsTheIdWhenKnown() {
        DeadLetter deadLetter = rejected("{\"id\":\"tw:7\",\"platform\":\"x\",\"text\":\"t\"}");

        assertThat(deadLetter.detail()).contains("created_at");
        assertThat(deadLetter.mentionId()).isEqualTo("tw:7");
        assertThat(deadLetter.documentId()).isEqualTo("mentions-1-42");
    }

    @Test
    void rejectsOversizedPayloadsUnparsedAndTruncatesWhatItKeeps() {
        String huge = "{\"text\":\"" + "x".repeat(5000) + "\"}";
        MentionParser smallLimit = new MentionParser(4096, Clock.fixed(NOW, ZoneOffset.UTC));

        DeadLetter deadLetter =
                smallLimit.parse(huge.getBytes(StandardCharsets.UTF_8), AT).deadLetter();

        assertThat(deadLetter.reason()).isEqualTo(RejectionReason.OVERSIZED);
        assertThat(deadLetter.payloadBytes()).isEqualTo(huge.length());
        assertThat(deadLetter.truncated()).isTrue();
        assertThat(deadLetter.payload()).hasSize(DeadLetter.MAX_PAYLOAD_CHARS);
    }

    @Test
    void rejectsIdsLongerThanElasticsearchAllowsInBytesNotCharacters() {
        String longPolishId = "ą".repeat(300); // 300 characters, 600 bytes
        DeadLetter deadLetter = rejected("{\"id\":\"" + longPolishId
                + "\",\"platform\":\"x\",\"created_at\":\"2026-11-24T10:00:00Z\",\"text\":\"t\"}");

        assertThat(deadLetter.reason()).isEqualTo(RejectionReason.INVALID_FIELD);
        assertThat(deadLetter.detail()).contains("bytes");
    }

    @Test
    void rejectsMentionsDatedMoreThanADayAfterTheirKafkaRecord() {
        DeadLetter deadLetter =
                rejected("{\"id\":\"a\",\"platform\":\"x\",\"created_at\":\"2026-11-26T12:00:00Z\",\"text\":\"t\"}");

        assertThat(deadLetter.reason()).isEqualTo(RejectionReason.UNPARSABLE_TIME);
        assertThat(deadLetter.detail()).contains("after the Kafka record");
        assertThat(parse("{\"id\":\"b\",\"platform\":\"x\",\"created_at\":\"2026-11-25T11:00:00Z\",\"text\":\"t\"}")
                        .isMention())
                .as("less than a day ahead is clock skew, not an error")
                .isTrue();
    }

    @Test
    void rejectsEmptyAndNullPayloadsAsEmpty() {
        assertThat(parser.parse(new byte[0], AT).deadLetter().reason()).isEqualTo(RejectionReason.EMPTY);
        assertThat(parser.parse(null, AT).deadLetter().reason()).isEqualTo(RejectionReason.EMPTY);
    }

    @Test
    void rejectsInvalidUtf8AsNotJson() {
        byte[] payload = {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};

        assertThat(parser.parse(payload, AT).deadLetter().reason()).isEqualTo(RejectionReason.NOT_JSON);
    }
}
