package io.crisisradar.detect.window;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cheap terms for "what are people saying": lowercased words of at least three letters that are
 * not in a small Polish and English stop list, plus hashtags (kept with their {@code #}). Links and
 * {@code @handles} are skipped. One pass over the text, no lemmatisation: panes need the gist, and
 * the enrichment chain already pays for the expensive analysis.
 */
public final class Terms {

    /** At most this many distinct terms are taken from one mention, so a long post costs O(1). */
    public static final int MAX_PER_MENTION = 24;

    private static final String[] NONE = new String[0];

    // Set.copyOf rather than Set.of: the two lists share words ("was", "one"), which Set.of rejects.
    private static final Set<String> STOP = Set.copyOf(List.of(
            // English
            "the",
            "and",
            "for",
            "are",
            "but",
            "not",
            "you",
            "your",
            "all",
            "any",
            "can",
            "had",
            "has",
            "have",
            "her",
            "his",
            "him",
            "was",
            "were",
            "one",
            "our",
            "out",
            "get",
            "got",
            "how",
            "its",
            "it's",
            "who",
            "why",
            "what",
            "when",
            "where",
            "which",
            "this",
            "that",
            "these",
            "those",
            "with",
            "from",
            "they",
            "them",
            "their",
            "there",
            "then",
            "than",
            "been",
            "being",
            "will",
            "would",
            "could",
            "should",
            "just",
            "about",
            "into",
            "over",
            "some",
            "very",
            "also",
            "more",
            "most",
            "only",
            "such",
            "because",
            "again",
            "even",
            "still",
            "here",
            "she",
            "did",
            "does",
            "doing",
            "don't",
            "i'm",
            "off",
            "too",
            "yet",
            "via",
            "amp",
            "http",
            "https",
            "www",
            // Polish
            "się",
            "nie",
            "jest",
            "jak",
            "ale",
            "tak",
            "już",
            "czy",
            "dla",
            "tylko",
            "ten",
            "ta",
            "to",
            "tym",
            "tego",
            "tej",
            "tych",
            "też",
            "był",
            "była",
            "było",
            "były",
            "jestem",
            "jesteś",
            "są",
            "mnie",
            "mam",
            "masz",
            "może",
            "można",
            "przez",
            "przy",
            "pod",
            "nad",
            "bez",
            "żeby",
            "który",
            "która",
            "które",
            "którzy",
            "gdy",
            "kiedy",
            "jeszcze",
            "bardzo",
            "wszystko",
            "nawet",
            "tam",
            "tu",
            "oraz",
            "lub",
            "albo",
            "ich",
            "jej",
            "jego",
            "nas",
            "was",
            "wam",
            "nam",
            "ono",
            "one",
            "oni",
            "ona",
            "sobie",
            "siebie",
            "mój",
            "moja",
            "moje",
            "twój",
            "wasz",
            "nasz",
            "co",
            "coś",
            "aby",
            "gdzie",
            "teraz",
            "potem",
            "więc",
            "bo",
            "by",
            "od",
            "do",
            "po",
            "na",
            "za",
            "we",
            "ze",
            "go",
            "mi",
            "ci",
            "jakie",
            "jaki",
            "jaka",
            "tego",
            "temu",
            "tę",
            "tą",
            // function words that crowded the unusual terms of episodes
            "miało",
            "miał",
            "miała",
            "mieli",
            "nikt",
            "nic",
            "nadal",
            "będzie",
            "ma",
            "dlaczego",
            "trzeba",
            "znowu",
            "now"));

    private Terms() {}

    /** The distinct terms of {@code text} in order of appearance; empty for null or blank text. */
    public static String[] of(String text) {
        if (text == null || text.isEmpty()) {
            return NONE;
        }
        String[] terms = new String[8];
        int count = 0;
        int length = text.length();
        int i = 0;
        while (i < length && count < MAX_PER_MENTION) {
            char c = text.charAt(i);
            if (c == '#' || c == '@' || Character.isLetter(c)) {
                int start = c == '#' || c == '@' ? i + 1 : i;
                int end = start;
                while (end < length && isWordChar(text.charAt(end))) {
                    end++;
                }
                if (end < length && (text.charAt(end) == ':' && text.startsWith("//", end + 1))) {
                    // a link: skip to the next whitespace
                    while (end < length && !Character.isWhitespace(text.charAt(end))) {
                        end++;
                    }
                } else if (c == '#' && end - start >= 2) {
                    count = addDistinct(
                            terms, count, "#" + text.substring(start, end).toLowerCase(Locale.ROOT));
                    terms = grown(terms, count);
                } else if (c != '@' && end - start >= 3 && lettersOnly(text, start, end)) {
                    String word = text.substring(start, end).toLowerCase(Locale.ROOT);
                    if (!STOP.contains(word)) {
                        count = addDistinct(terms, count, word);
                        terms = grown(terms, count);
                    }
                }
                i = Math.max(end, i + 1);
            } else {
                i++;
            }
        }
        return count == 0 ? NONE : Arrays.copyOf(terms, count);
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '\'' || c == '’';
    }

    private static boolean lettersOnly(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c) && c != '\'' && c != '’') {
                return false;
            }
        }
        return true;
    }

    private static int addDistinct(String[] terms, int count, String term) {
        for (int i = 0; i < count; i++) {
            if (terms[i].equals(term)) {
                return count;
            }
        }
        terms[count] = term;
        return count + 1;
    }

    private static String[] grown(String[] terms, int count) {
        return count == terms.length ? Arrays.copyOf(terms, count * 2) : terms;
    }
}
