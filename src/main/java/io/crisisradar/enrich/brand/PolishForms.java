package io.crisisradar.enrich.brand;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import morfologik.stemming.WordData;
import morfologik.stemming.polish.PolishStemmer;

/**
 * Inflected forms of a Polish noun used as a brand name. Candidate forms come from suffix rules
 * for the noun's ending (with the usual consonant alternations: Żabka → Żabce, Allegro → Allegrze,
 * Orlen → Orlenie). When Morfologik knows the word, only the candidates it confirms as forms of
 * that lemma are kept, which removes impossible forms; otherwise all rule candidates are kept,
 * since brand names are mostly absent from the dictionary. Used at construction time only.
 */
final class PolishForms {

    /** Locative/dative endings after a hard consonant, longest stem ending first. */
    private static final String[][] SOFTENING = {
        {"st", "ście"}, {"zd", "ździe"}, {"sł", "śle"}, {"ch", "sze"}, {"k", "ce"}, {"g", "dze"}, {"r", "rze"},
        {"t", "cie"}, {"d", "dzie"}, {"ł", "le"}, {"n", "nie"}, {"s", "sie"}, {"z", "zie"}, {"w", "wie"},
        {"m", "mie"}, {"b", "bie"}, {"p", "pie"}, {"f", "fie"}, {"x", "ksie"}
    };

    private static final String VOWELS = "aąeęioóuy";

    private final PolishStemmer stemmer;

    PolishForms() {
        this.stemmer = new PolishStemmer();
    }

    /** The word itself plus its inflected forms, lower-cased, with diacritics kept. */
    Set<String> forms(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        Set<String> candidates = candidates(w);
        Set<String> result = new LinkedHashSet<>();
        result.add(w);
        if (isKnownLemma(word) || isKnownLemma(w)) {
            for (String c : candidates) {
                if (confirms(c, w)) {
                    result.add(c);
                }
            }
        } else {
            result.addAll(candidates);
        }
        return result;
    }

    private boolean isKnownLemma(String w) {
        for (WordData d : lookup(w)) {
            if (d.getStem().toString().equalsIgnoreCase(w)
                    && d.getTag().toString().startsWith("subst")) {
                return true;
            }
        }
        return false;
    }

    private boolean confirms(String candidate, String lemma) {
        for (String variant : List.of(candidate, capitalise(candidate))) {
            for (WordData d : lookup(variant)) {
                if (d.getStem().toString().equalsIgnoreCase(lemma)) {
                    return true;
                }
            }
        }
        return false;
    }

    private List<WordData> lookup(String w) {
        // WordData instances are reused by the stemmer: read them before the next lookup.
        return List.copyOf(stemmer.lookup(w).stream().map(WordData::clone).toList());
    }

    private static String capitalise(String w) {
        return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    /** Rule candidates for a lower-case word by its ending. */
    static Set<String> candidates(String w) {
        Set<String> out = new LinkedHashSet<>();
        if (w.length() < 2) {
            return out;
        }
        char last = w.charAt(w.length() - 1);
        if (last == 'a') {
            String stem = w.substring(0, w.length() - 1);
            boolean velar = stem.endsWith("k") || stem.endsWith("g");
            boolean soft = isSoftStem(stem);
            out.add(stem + (velar || soft ? "i" : "y"));
            out.add(soft ? stem + "i" : soften(stem));
            out.add(stem + "ę");
            out.add(stem + "ą");
            out.add(stem + "o");
            out.add(stem + "om");
            out.add(stem + "ami");
            out.add(stem + "ach");
            out.add(genitivePlural(stem));
        } else if (last == 'o') {
            String stem = w.substring(0, w.length() - 1);
            boolean velar = stem.endsWith("k") || stem.endsWith("g") || stem.endsWith("ch");
            out.add(stem + "a");
            out.add(stem + "u");
            out.add(stem + (velar ? "iem" : "em"));
            out.add(velar || isSoftStem(stem) ? stem + "u" : soften(stem));
            out.add(stem + "om");
            out.add(stem + "ami");
            out.add(stem + "ach");
            out.add(genitivePlural(stem));
        } else if (last == 'e' && w.length() > 2 && VOWELS.indexOf(w.charAt(w.length() - 2)) < 0) {
            // Foreign names with a silent final e ("Apple", "Orange") take apostrophe endings.
            for (String ending : List.of("'a", "'u", "'owi", "'em", "'ie", "'y", "'ów")) {
                out.add(w + ending);
            }
        } else if (VOWELS.indexOf(last) < 0 && Character.isLetter(last)) {
            boolean velar = last == 'k' || last == 'g' || w.endsWith("ch");
            out.add(w + "a");
            out.add(w + "u");
            out.add(w + "owi");
            out.add(w + (velar ? "iem" : "em"));
            out.add(velar || isSoftStem(w) ? w + "u" : soften(w));
            out.add(w + (velar ? "i" : "y"));
            out.add(w + "ów");
            out.add(w + "om");
            out.add(w + "ami");
            out.add(w + "ach");
        }
        out.remove(w);
        return out;
    }

    /** Dative/locative singular with the consonant alternation ("żabk" → "żabce"). */
    private static String soften(String stem) {
        for (String[] rule : SOFTENING) {
            if (stem.endsWith(rule[0])) {
                return stem.substring(0, stem.length() - rule[0].length()) + rule[1];
            }
        }
        return stem + "ie";
    }

    private static boolean isSoftStem(String stem) {
        return stem.endsWith("c")
                || stem.endsWith("cz")
                || stem.endsWith("sz")
                || stem.endsWith("rz")
                || stem.endsWith("ż")
                || stem.endsWith("dz")
                || stem.endsWith("l")
                || stem.endsWith("j")
                || stem.endsWith("i");
    }

    /** Genitive plural with the mobile e before a final consonant cluster ("żabk" → "żabek"). */
    private static String genitivePlural(String stem) {
        int n = stem.length();
        if (n >= 3
                && (stem.endsWith("k") || stem.endsWith("n") || stem.endsWith("r"))
                && VOWELS.indexOf(stem.charAt(n - 2)) < 0) {
            return stem.substring(0, n - 1) + "e" + stem.charAt(n - 1);
        }
        return stem;
    }
}
