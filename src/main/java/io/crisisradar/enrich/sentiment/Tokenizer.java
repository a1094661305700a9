package io.crisisradar.enrich.sentiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A hand-written scanner for social media text: words, hashtags split into words, emoji and
 * emoticons, and the punctuation the rules care about. URLs and @mentions are dropped because a
 * handle or link says nothing about polarity (and "@united" would hit the lexicon). A scanner
 * rather than regular expressions keeps the per-text cost at one pass without backtracking.
 */
final class Tokenizer {

    private static final int MAX_EMOTICON = 5;

    private final Set<String> emoticons;
    private final Map<Integer, Float> emoji;

    /** First characters of emoticons, so most punctuation is rejected without a substring. */
    private final boolean[] emoticonStart = new boolean[128];

    Tokenizer(Set<String> emoticons, Map<Integer, Float> emoji) {
        this.emoticons = emoticons;
        this.emoji = emoji;
        for (String e : emoticons) {
            char c = e.charAt(0);
            if (c < 128) {
                emoticonStart[c] = true;
            }
        }
    }

    List<Token> tokenize(String text) {
        if (text.indexOf('&') >= 0 || text.indexOf('\\') >= 0) {
            text = unescape(text);
        }
        List<Token> out = new ArrayList<>(Math.min(256, text.length() / 4 + 4));
        int n = text.length();
        int i = 0;
        boolean chunkStart = true;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                chunkStart = true;
                continue;
            }
            if (chunkStart && (c == 'h' || c == 'w') && isUrlAt(text, i)) {
                i = skipChunk(text, i);
                out.add(new Token(Token.Kind.URL, "", null, null, false, false, false));
                continue;
            }
            boolean wasChunkStart = chunkStart;
            chunkStart = false;
            if (c == '@' && i + 1 < n && isHandleChar(text.charAt(i + 1))) {
                i++;
                while (i < n && isHandleChar(text.charAt(i))) {
                    i++;
                }
                out.add(new Token(Token.Kind.MENTION, "", null, null, false, false, false));
                continue;
            }
            if (c == '#' && i + 1 < n && Character.isLetter(text.charAt(i + 1))) {
                int end = i + 1;
                while (end < n && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
                    end++;
                }
                addHashtag(text, i + 1, end, out);
                i = end;
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                int end = i + 1;
                while (end < n) {
                    char d = text.charAt(end);
                    if (Character.isLetterOrDigit(d)) {
                        end++;
                    } else if ((d == '\'' || d == '’') && end + 1 < n && Character.isLetter(text.charAt(end + 1))) {
                        end++;
                    } else {
                        break;
                    }
                }
                out.add(word(text.substring(i, end), false));
                i = end;
                continue;
            }
            int emoticonEnd = matchEmoticon(text, i, wasChunkStart);
            if (emoticonEnd > 0) {
                out.add(new Token(Token.Kind.EMOJI, text.substring(i, emoticonEnd), null, null, false, false, false));
                i = emoticonEnd;
                continue;
            }
            int cp = text.codePointAt(i);
            int len = Character.charCount(cp);
            if (emoji.containsKey(cp)) {
                out.add(new Token(
                        Token.Kind.EMOJI, new String(Character.toChars(cp)), null, null, false, false, false));
            } else if (c == '!') {
                out.add(new Token(Token.Kind.EXCLAMATION, "!", null, null, false, false, true));
            } else if (c == '?') {
                out.add(new Token(Token.Kind.QUESTION, "?", null, null, false, false, true));
            } else if (c == '.' || c == '…') {
                out.add(new Token(Token.Kind.BREAK, ".", null, null, false, false, true));
            } else if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '-' || c == '"') {
                out.add(new Token(Token.Kind.BREAK, ",", null, null, false, false, false));
            }
            i += len;
        }
        return out;
    }

    /** Splits "#EpicFail" into "epic" and "fail"; "#niepolecam" stays one word. */
    private static void addHashtag(String text, int start, int end, List<Token> out) {
        int partStart = start;
        for (int k = start; k <= end; k++) {
            boolean boundary = k == end
                    || text.charAt(k) == '_'
                    || (k > partStart
                            && Character.isUpperCase(text.charAt(k))
                            && Character.isLowerCase(text.charAt(k - 1)));
            if (boundary) {
                if (k > partStart) {
                    out.add(word(text.substring(partStart, k), true));
                }
                partStart = k < end && text.charAt(k) == '_' ? k + 1 : k;
            }
        }
    }

    static Token word(String raw, boolean hashtag) {
        int letters = 0;
        int upper = 0;
        boolean hasRun = false;
        int run = 1;
        StringBuilder lower = new StringBuilder(raw.length());
        char prev = 0;
        for (int k = 0; k < raw.length(); k++) {
            char ch = raw.charAt(k);
            if (ch == '’') {
                ch = '\'';
            }
            if (Character.isLetter(ch)) {
                letters++;
                if (Character.isUpperCase(ch)) {
                    upper++;
                }
            }
            char lc = Character.toLowerCase(ch);
            if (lc == prev && Character.isLetter(lc)) {
                run++;
                if (run >= 3) {
                    hasRun = true;
                }
            } else {
                run = 1;
            }
            prev = lc;
            lower.append(lc);
        }
        String l = lower.toString();
        String c2 = null;
        String c1 = null;
        if (hasRun) {
            c2 = collapse(l, 2);
            c1 = collapse(l, 1);
        }
        boolean allCaps = letters >= 2 && upper == letters;
        return new Token(Token.Kind.WORD, l, c2, c1, allCaps, hashtag, false);
    }

    static String collapse(String s, int keep) {
        StringBuilder sb = new StringBuilder(s.length());
        int run = 0;
        char prev = 0;
        for (int k = 0; k < s.length(); k++) {
            char ch = s.charAt(k);
            run = ch == prev ? run + 1 : 1;
            prev = ch;
            if (run <= keep || !Character.isLetter(ch)) {
                sb.append(ch);
            }
        }
        return sb.toString();
    }

    private int matchEmoticon(String text, int i, boolean chunkStart) {
        char c = text.charAt(i);
        if (c >= 128 || !emoticonStart[c]) {
            return -1;
        }
        // "10:30" and "2)" are times and list numbers, not faces.
        if (i > 0 && Character.isDigit(text.charAt(i - 1))) {
            return -1;
        }
        int max = Math.min(MAX_EMOTICON, text.length() - i);
        for (int len = max; len >= 2; len--) {
            int end = i + len;
            if (end < text.length()) {
                char after = text.charAt(end);
                if (Character.isLetterOrDigit(after) && !chunkStart) {
                    continue;
                }
            }
            if (emoticons.contains(text.substring(i, end))) {
                return end;
            }
        }
        return -1;
    }

    /**
     * Decodes the escapes scraped tweets carry: HTML entities ("&gt;", "&amp;") and literal
     * backslash-u escapes ("I\\u2019ve"), which would otherwise split words and fake emoticons.
     */
    static String unescape(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '&') {
                int semi = text.indexOf(';', i);
                if (semi > i && semi - i <= 6) {
                    String entity = text.substring(i + 1, semi);
                    char decoded =
                            switch (entity) {
                                case "amp" -> '&';
                                case "lt" -> '<';
                                case "gt" -> '>';
                                case "quot" -> '"';
                                case "apos", "#39" -> '\'';
                                default -> 0;
                            };
                    if (decoded != 0) {
                        sb.append(decoded);
                        i = semi;
                        continue;
                    }
                }
            } else if (c == '\\' && i + 1 < n && text.charAt(i + 1) == 'u') {
                int cp = parseHex(text, i + 2, i + 6);
                if (cp >= 0) {
                    sb.append((char) cp);
                    i += 5;
                    continue;
                }
            }
            sb.append(c);
        }
        return sb.toString();
    }

    private static int parseHex(String s, int from, int to) {
        if (to > s.length()) {
            return -1;
        }
        int v = 0;
        for (int k = from; k < to; k++) {
            int d = Character.digit(s.charAt(k), 16);
            if (d < 0) {
                return -1;
            }
            v = v * 16 + d;
        }
        return v;
    }

    private static boolean isHandleChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private static boolean isUrlAt(String text, int i) {
        return text.startsWith("http://", i) || text.startsWith("https://", i) || text.startsWith("www.", i);
    }

    private static int skipChunk(String text, int i) {
        while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
