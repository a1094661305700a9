package io.crisisradar.enrich.sentiment;

/**
 * Folds Polish diacritics to ASCII, because people often type "zly" for "zły" on phones and
 * keyboards without a Polish layout; lexicon keys are stored folded so both spellings meet.
 */
public final class Diacritics {

    private Diacritics() {}

    /** Returns {@code s} with Polish (and a few common Latin) diacritics removed; lower case kept. */
    public static String fold(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && s.charAt(i) < 0x80) {
            i++;
        }
        if (i == n) {
            return s;
        }
        StringBuilder sb = new StringBuilder(n);
        sb.append(s, 0, i);
        for (; i < n; i++) {
            sb.append(fold(s.charAt(i)));
        }
        return sb.toString();
    }

    /** Folds one character. */
    public static char fold(char c) {
        if (c < 0x80) {
            return c;
        }
        switch (c) {
            case 'ą':
                return 'a';
            case 'ć':
                return 'c';
            case 'ę':
                return 'e';
            case 'ł':
                return 'l';
            case 'ń':
                return 'n';
            case 'ó':
                return 'o';
            case 'ś':
                return 's';
            case 'ź':
            case 'ż':
                return 'z';
            case 'Ą':
                return 'A';
            case 'Ć':
                return 'C';
            case 'Ę':
                return 'E';
            case 'Ł':
                return 'L';
            case 'Ń':
                return 'N';
            case 'Ó':
                return 'O';
            case 'Ś':
                return 'S';
            case 'Ź':
            case 'Ż':
                return 'Z';
            case 'é':
            case 'è':
            case 'ê':
            case 'ë':
                return 'e';
            case 'á':
            case 'à':
            case 'â':
            case 'ä':
                return 'a';
            case 'í':
            case 'ï':
                return 'i';
            case 'ú':
            case 'ü':
                return 'u';
            case 'ö':
            case 'ô':
                return 'o';
            case 'ñ':
                return 'n';
            case 'ç':
                return 'c';
            default:
                return c;
        }
    }
}
