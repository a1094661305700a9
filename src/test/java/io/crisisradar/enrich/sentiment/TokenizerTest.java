package io.crisisradar.enrich.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    private final Tokenizer tokenizer = new Tokenizer(Set.of(":)", ":-(", "<3", ":D"), Map.of(0x1F621, -2.5f));

    private List<String> words(String text) {
        return tokenizer.tokenize(text).stream()
                .filter(t -> t.kind == Token.Kind.WORD)
                .map(t -> t.lower)
                .toList();
    }

    private List<String> emoji(String text) {
        return tokenizer.tokenize(text).stream()
                .filter(t -> t.kind == Token.Kind.EMOJI)
                .map(t -> t.lower)
                .toList();
    }

    @Test
    void splitsCamelCaseAndUnderscoreHashtags() {
        assertThat(words("#EpicFail #worst_service_ever #niepolecam"))
                .containsExactly("epic", "fail", "worst", "service", "ever", "niepolecam");
    }

    @Test
    void dropsMentionsAndUrls() {
        assertThat(words("@PKP_Intercity pociąg znowu spóźniony https://t.co/abc www.example.com"))
                .containsExactly("pociąg", "znowu", "spóźniony");
    }

    @Test
    void findsEmoticonsAndEmojiButNotTimes() {
        assertThat(emoji("great :) <3 so angry 😡 :D")).containsExactly(":)", "<3", "😡", ":D");
        assertThat(emoji("meeting at 10:30")).isEmpty();
    }

    @Test
    void keepsApostrophesInsideWords() {
        assertThat(words("I don’t like it, isn't it")).containsExactly("i", "don't", "like", "it", "isn't", "it");
    }

    @Test
    void collapsesElongations() {
        Token t = Tokenizer.word("Suuuper", false);
        assertThat(t.lower).isEqualTo("suuuper");
        assertThat(t.collapsed2).isEqualTo("suuper");
        assertThat(t.collapsed1).isEqualTo("super");
        assertThat(Tokenizer.word("good", false).elongated()).isFalse();
    }

    @Test
    void marksAllCapsWords() {
        assertThat(Tokenizer.word("TERRIBLE", false).allCaps).isTrue();
        assertThat(Tokenizer.word("Terrible", false).allCaps).isFalse();
        assertThat(Tokenizer.word("I", false).allCaps).isFalse();
    }

    @Test
    void decodesEntitiesAndBackslashEscapes() {
        assertThat(Tokenizer.unescape("fish &amp; chips &gt; I\\u2019ve")).isEqualTo("fish & chips > I’ve");
        assertThat(words("I\\u2019ve had enough")).containsExactly("i've", "had", "enough");
    }
}
