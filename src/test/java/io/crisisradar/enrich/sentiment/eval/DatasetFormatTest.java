package io.crisisradar.enrich.sentiment.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetFormatTest {

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void readsMozeticTsvWithQuotedMultiLineTweets() throws IOException {
        Path f = write(
                "tweets.tsv",
                "tweet_id\tlabel\ttext\r\n1\tPositive\t\"Jaki spokój,\nna na na :)\"\r\n2\tNegative\tzły dzień\r\n");
        List<LabelledText> rows = DatasetFormat.detect(f).read(f);
        assertThat(rows)
                .extracting(LabelledText::gold, LabelledText::text)
                .containsExactly(tuple("positive", "Jaki spokój,\nna na na :)"), tuple("negative", "zły dzień"));
        assertThat(rows.get(1).line()).isEqualTo(4);
    }

    @Test
    void readsPolEmoFormatsAndMapsLabels() throws IOException {
        Path in = write(
                "in.tsv", "sentence\ttarget\nŚwietny lekarz\t__label__meta_plus_m\nMieszane\t__label__meta_amb\n");
        assertThat(DatasetFormat.detect(in)).isEqualTo(DatasetFormat.POLEMO_IN);
        assertThat(DatasetFormat.POLEMO_IN.read(in))
                .extracting(LabelledText::gold)
                .containsExactly("positive", "ambivalent");
        Path sentences = write("s.tsv", "text\tlabel\nNic szczególnego .\tzero\nFatalnie .\tminus_m\n");
        assertThat(DatasetFormat.detect(sentences)).isEqualTo(DatasetFormat.POLEMO_SENTENCES);
        assertThat(DatasetFormat.POLEMO_SENTENCES.read(sentences))
                .extracting(LabelledText::gold)
                .containsExactly("neutral", "negative");
    }

    @Test
    void readsTweetEvalPairAndVaderGroundTruth() throws IOException {
        Path text = write("x_text.txt", "bad day\nok\ngreat\n");
        write("x_labels.txt", "0\n1\n2\n");
        assertThat(DatasetFormat.detect(text)).isEqualTo(DatasetFormat.TWEETEVAL);
        assertThat(DatasetFormat.TWEETEVAL.read(text))
                .extracting(LabelledText::gold)
                .containsExactly("negative", "neutral", "positive");
        Path vader = write("gt.txt", "1\t2.7\tSo lucky.\n2\t-0.2\tA phone.\n3\t-1.9\tBroken.\n");
        assertThat(DatasetFormat.detect(vader)).isEqualTo(DatasetFormat.VADER_GROUND_TRUTH);
        assertThat(DatasetFormat.VADER_GROUND_TRUTH.read(vader))
                .extracting(LabelledText::gold)
                .containsExactly("positive", "neutral", "negative");
    }

    @Test
    void reportsTheLineOfAMalformedRecord() throws IOException {
        Path in = write("bad.tsv", "sentence\ttarget\nDobry\t__label__meta_plus_m\nBez etykiety\t__label__meta_huh\n");
        assertThatThrownBy(() -> DatasetFormat.POLEMO_IN.read(in))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("bad.tsv:3");
        Path tweets = write("t.tsv", "tweet_id\tlabel\ttext\n1\tPositive\tok\n2\tMaybe\thmm\n");
        assertThatThrownBy(() -> DatasetFormat.MOZETIC.read(tweets))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("t.tsv:3");
        Path labels = write("y_text.txt", "a\nb\n");
        write("y_labels.txt", "0\n");
        assertThatThrownBy(() -> DatasetFormat.TWEETEVAL.read(labels)).hasMessageContaining("2 texts but");
    }
}
