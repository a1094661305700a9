package io.crisisradar.enrich.brand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BrandMatcherTest {

    private static BrandMatcher matcher;

    @BeforeAll
    static void compileRules() {
        matcher = new BrandMatcher(List.of(
                new BrandRule(
                        "allegro",
                        List.of("Allegro"),
                        List.of("@allegro", "allegro_pl"),
                        List.of("#allegro"),
                        List.of("allegro ma non troppo", "allegro vivace")),
                new BrandRule("orlen", List.of("Orlen"), List.of("@PKN_ORLEN"), List.of(), List.of()),
                new BrandRule("zabka", List.of("Żabka"), List.of("@zabka_polska"), List.of("#zabkanano"), List.of()),
                new BrandRule("mediamarkt", List.of("Media Markt"), List.of(), List.of(), List.of()),
                new BrandRule("apple", List.of("Apple"), List.of("@Apple"), List.of(), List.of())));
    }

    @Test
    void matchesPolishInflectedFormsOfAllegro() {
        assertThat(matcher.match("Kupiłem to na Allegrze")).containsExactly("allegro");
        assertThat(matcher.match("zamówienie z allegra nie doszło")).containsExactly("allegro");
        assertThat(matcher.match("Allegro znowu wysyła spam")).containsExactly("allegro");
    }

    @Test
    void matchesInflectedFormsOfOrlenAndZabkaWithAndWithoutDiacritics() {
        assertThat(matcher.match("Tankowałem w Orlenie")).containsExactly("orlen");
        assertThat(matcher.match("jechałem do Orlenu")).containsExactly("orlen");
        assertThat(matcher.match("W Żabce nie ma chleba")).containsExactly("zabka");
        assertThat(matcher.match("ide do zabki")).containsExactly("zabka");
        assertThat(matcher.match("Lubię Żabkę")).containsExactly("zabka");
    }

    @Test
    void inflectsTheLastWordOfAMultiWordName() {
        assertThat(matcher.match("Byłem w Media Markcie")).containsExactly("mediamarkt");
        assertThat(matcher.match("media-markt promocja")).containsExactly("mediamarkt");
    }

    @Test
    void foreignNamesTakeApostropheEndings() {
        assertThat(matcher.match("Nie ufam Apple'owi")).containsExactly("apple");
    }

    @Test
    void respectsWordBoundaries() {
        assertThat(matcher.match("Allegrowicz to moje nazwisko")).isEmpty();
        assertThat(matcher.match("orlenowski")).isEmpty();
    }

    @Test
    void exclusionVetoesANameButNotAHandle() {
        assertThat(matcher.match("Koncert: Beethoven, allegro ma non troppo")).isEmpty();
        assertThat(matcher.match("@allegro allegro ma non troppo to moja ulubiona część"))
                .containsExactly("allegro");
    }

    @Test
    void matchesHandlesAndHashtags() {
        assertThat(matcher.match("@PKN_Orlen ceny na stacjach")).containsExactly("orlen");
        assertThat(matcher.match("Nowa kanapka #zabkanano")).containsExactly("zabka");
        assertThat(matcher.match("#allegro smart")).containsExactly("allegro");
    }

    @Test
    void returnsEveryBrandOfAMention() {
        assertThat(matcher.match("Na Allegrze taniej niż w Media Markt, a paliwo w Orlenie"))
                .containsExactly("allegro", "orlen", "mediamarkt");
    }

    @Test
    void keepsABrandAlreadySetUpstream() {
        assertThat(matcher.match(Optional.of("lotos"), "Tankowałem w Orlenie")).containsExactly("lotos");
        assertThat(matcher.match(Optional.empty(), "Tankowałem w Orlenie")).containsExactly("orlen");
    }

    @Test
    void recognisesBrandHandlesForReplies() {
        assertThat(matcher.isBrandHandle("@Allegro")).isTrue();
        assertThat(matcher.isBrandHandle("allegro_pl")).isTrue();
        assertThat(matcher.isBrandHandle("@jan_kowalski")).isFalse();
        assertThat(matcher.brandOfHandle("@zabka_polska")).contains("zabka");
    }

    @Test
    void ruleFormsCoverCommonPolishEndings() {
        assertThat(PolishForms.candidates("biedronka")).contains("biedronki", "biedronce", "biedronkę", "biedronką");
        assertThat(PolishForms.candidates("empik")).contains("empiku", "empikiem", "empikowi");
        assertThat(PolishForms.candidates("allegro")).contains("allegra", "allegrze", "allegrem");
    }
}
