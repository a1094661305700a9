package io.crisisradar.enrich.language;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Cheap, allocation-light text normalisation for short social media posts, shared by the
 * enrichment steps: stripping URLs, @mentions, hashtag signs and emoji, folding case and
 * diacritics, and splitting into word tokens.
 *
 * <p>Hand-written single passes instead of regular expressions because these run on every mention
 * several times and regex matching dominated early profiles.
 */
public final class SocialText {

    /** Fold table for the Latin blocks (U+0000..U+024F); other characters pass through. */
    private static final char[] FOLD = buildFoldTable();

    private SocialText() {}

    /**
     * Removes URLs, @mentions, the "#" of hashtags, emoji and other symbols, keeping letters,
     * digits and basic punctuation, with runs of whitespace collapsed. Case and diacritics are kept
     * because language models need them.
     */
    public static String clean(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (isUrlStart(text, i)) {
                i = skipNonSpace(text, i);
                continue;
            }
            if (c == '@' && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
                i = skipWordChars(text, i + 1);
                continue;
            }
            if (c == '#') {
                appendSpaceOnce(out);
                i++;
                continue;
            }
            int cp = text.codePointAt(i);
            int len = Character.charCount(cp);
            if (Character.isLetterOrDigit(cp) || c == '\'' || c == '’' || c == '-') {
                out.appendCodePoint(cp);
            } else if (c == '.' || c == ',' || c == '!' || c == '?' || c == ':' || c == ';') {
                out.append(c);
            } else {
                // Emoji, symbols, quotes, whitespace: all become a single separator.
                appendSpaceOnce(out);
            }
            i += len;
        }
        return out.toString().strip();
    }

    /** Lower-cases and removes diacritics ("Żabkę" becomes "zabke", "Łódź" becomes "lodz"). */
    public static String fold(String text) {
        char[] chars = new char[text.length()];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = foldChar(text.charAt(i));
        }
        return new String(chars);
    }

    /** Folds one character: lower case, without diacritics for Latin letters. */
    public static char foldChar(char c) {
        if (c < FOLD.length) {
            return FOLD[c];
        }
        return Character.toLowerCase(c);
    }

    /**
     * Folded word tokens of a text: URLs and @mentions are dropped, hashtags contribute their word,
     * letters and digits form tokens, an apostrophe inside a word is kept ("don't"), everything else
     * separates.
     */
    public static List<String> words(String text) {
        List<String> tokens = new ArrayList<>();
        if (text == null) {
            return tokens;
        }
        int n = text.length();
        StringBuilder current = new StringBuilder(16);
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (current.length() == 0 && isUrlStart(text, i)) {
                i = skipNonSpace(text, i);
                continue;
            }
            if (c == '@' && current.length() == 0) {
                i = skipWordChars(text, i + 1);
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                current.append(foldChar(c));
            } else if ((c == '\'' || c == '’')
                    && current.length() > 0
                    && i + 1 < n
                    && Character.isLetter(text.charAt(i + 1))) {
                current.append('\'');
            } else if (current.length() > 0) {
                tokens.add(current.toString());
                current.setLength(0);
            }
            i++;
        }
        if (current.length() > 0) {
            tokens.add(current.toString());
        }
        return tokens;
    }

    /** Whether a URL ("http://", "https://" or "www.") starts at index {@code i}. */
    static boolean isUrlStart(String text, int i) {
        char c = text.charAt(i);
        if (c != 'h' && c != 'H' && c != 'w' && c != 'W') {
            return false;
        }
        if (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
            return false;
        }
        return text.regionMatches(true, i, "http://", 0, 7)
                || text.regionMatches(true, i, "https://", 0, 8)
                || text.regionMatches(true, i, "www.", 0, 4);
    }

    private static int skipNonSpace(String text, int i) {
        int n = text.length();
        while (i < n && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int skipWordChars(String text, int i) {
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (!(Character.isLetterOrDigit(c)
                    || c == '_'
                    || c == '.' && i + 1 < n && isWordChar(text.charAt(i + 1)))) {
                break;
            }
            i++;
        }
        return i;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private static void appendSpaceOnce(StringBuilder out) {
        int len = out.length();
        if (len > 0 && out.charAt(len - 1) != ' ') {
            out.append(' ');
        }
    }

    private static char[] buildFoldTable() {
        char[] table = new char[0x250];
        for (char c = 0; c < table.length; c++) {
            char lower = Character.toLowerCase(c);
            String decomposed = Normalizer.normalize(String.valueOf(lower), Normalizer.Form.NFD);
            char base = decomposed.charAt(0);
            table[c] = base < 0x250 && Character.isLetter(base) ? base : lower;
        }
        // Letters with a stroke have no canonical decomposition.
        table['ł'] = 'l';
        table['Ł'] = 'l';
        table['đ'] = 'd';
        table['Đ'] = 'd';
        table['ø'] = 'o';
        table['Ø'] = 'o';
        return table;
    }
}
