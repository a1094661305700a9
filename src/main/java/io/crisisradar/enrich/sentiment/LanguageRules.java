package io.crisisradar.enrich.sentiment;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Closed word classes the rules need per language: negators, intensifiers/diminishers, contrast
 * words. Polish entries are diacritic-folded because Polish words are matched folded. Written by
 * the project (VADER's English lists adapted from github.com/cjhutto/vaderSentiment, MIT).
 */
public final class LanguageRules {

    /** VADER's empirically derived constants (Hutto and Gilbert 2014). */
    static final float BOOST = 0.293f;

    static final float NEGATION = -0.74f;
    static final float CAPS = 0.733f;

    final Set<String> negators;
    final Map<String, Float> boosters;
    final Set<String> contrast;
    /** How many following words a negator reaches. */
    final int negationScope;

    private LanguageRules(Set<String> negators, Map<String, Float> boosters, Set<String> contrast, int scope) {
        // HashSet/HashMap copies: cheaper lookups than the immutable collections' probing.
        this.negators = new HashSet<>(negators);
        this.boosters = new HashMap<>(boosters);
        this.contrast = new HashSet<>(contrast);
        this.negationScope = scope;
    }

    /** Every word these rules treat specially (negators, boosters, contrast), diacritics folded. */
    public static Set<String> polishRuleWords() {
        Set<String> words = new HashSet<>(POLISH.negators);
        words.addAll(POLISH.boosters.keySet());
        words.addAll(POLISH.contrast);
        return Set.copyOf(words);
    }

    static final LanguageRules ENGLISH = new LanguageRules(
            Set.of(
                    "aint",
                    "arent",
                    "cannot",
                    "cant",
                    "couldnt",
                    "darent",
                    "didnt",
                    "doesnt",
                    "ain't",
                    "aren't",
                    "can't",
                    "couldn't",
                    "daren't",
                    "didn't",
                    "doesn't",
                    "dont",
                    "hadnt",
                    "hasnt",
                    "havent",
                    "isnt",
                    "mightnt",
                    "mustnt",
                    "neither",
                    "don't",
                    "hadn't",
                    "hasn't",
                    "haven't",
                    "isn't",
                    "mightn't",
                    "mustn't",
                    "neednt",
                    "needn't",
                    "never",
                    "none",
                    "nope",
                    "nor",
                    "not",
                    "nothing",
                    "nowhere",
                    "oughtnt",
                    "shant",
                    "shouldnt",
                    "wasnt",
                    "werent",
                    "oughtn't",
                    "shan't",
                    "shouldn't",
                    "wasn't",
                    "weren't",
                    "without",
                    "wont",
                    "wouldnt",
                    "won't",
                    "wouldn't",
                    "rarely",
                    "seldom",
                    "no",
                    "lack",
                    "lacks",
                    "lacking",
                    "hardly",
                    "barely",
                    "isn",
                    "don",
                    "didn",
                    "doesn",
                    "wasn"),
            boosters(
                    new String[] {
                        "absolutely",
                        "amazingly",
                        "awfully",
                        "completely",
                        "considerably",
                        "decidedly",
                        "deeply",
                        "effing",
                        "enormously",
                        "entirely",
                        "especially",
                        "exceptionally",
                        "extremely",
                        "fabulously",
                        "flipping",
                        "flippin",
                        "fricking",
                        "frickin",
                        "frigging",
                        "friggin",
                        "fully",
                        "fucking",
                        "greatly",
                        "hella",
                        "highly",
                        "hugely",
                        "incredibly",
                        "intensely",
                        "majorly",
                        "more",
                        "most",
                        "particularly",
                        "purely",
                        "quite",
                        "really",
                        "remarkably",
                        "so",
                        "substantially",
                        "thoroughly",
                        "totally",
                        "tremendously",
                        "uber",
                        "unbelievably",
                        "unusually",
                        "utterly",
                        "very",
                        "soo",
                        "sooo",
                        "too",
                        "such",
                        "damn",
                        "freaking",
                        "seriously",
                        "literally"
                    },
                    new String[] {
                        "almost", "barely", "kinda", "kindof", "less", "little", "marginally", "occasionally", "partly",
                        "scarcely", "slightly", "somewhat", "sorta", "sortof", "bit", "fairly", "pretty", "rather"
                    }),
            Set.of("but", "however"),
            3);

    static final LanguageRules POLISH = new LanguageRules(
            Set.of(
                    "nie", "nigdy", "ani", "zaden", "zadna", "zadne", "zadnego", "zadnej", "zadnych", "zadnym",
                    "zadnymi", "zadnemu", "brak", "braku", "bez", "nic", "niczego", "niczym", "niezbyt", "malo", "nikt",
                    "nikogo", "nigdzie", "wcale"),
            boosters(
                    new String[] {
                        "bardzo",
                        "bardziej",
                        "najbardziej",
                        "mega",
                        "strasznie",
                        "straszliwie",
                        "niezwykle",
                        "naprawde",
                        "totalnie",
                        "kompletnie",
                        "zupelnie",
                        "absolutnie",
                        "wyjatkowo",
                        "ogromnie",
                        "niesamowicie",
                        "niezmiernie",
                        "calkowicie",
                        "szczegolnie",
                        "tak",
                        "taki",
                        "taka",
                        "takie",
                        "takiej",
                        "takiego",
                        "wielce",
                        "wysoce",
                        "serio",
                        "okropnie",
                        "potwornie",
                        "cholernie",
                        "maksymalnie",
                        "ultra",
                        "skrajnie",
                        "nadzwyczaj",
                        "mocno",
                        "wybitnie",
                        "zdecydowanie",
                        "wprost",
                        "kurewsko",
                        "zajebiscie",
                        "dramatycznie",
                        "szalenie",
                        "wielki",
                        "ogromny",
                        "ogromna",
                        "wielka",
                        "calkiem",
                        "tragicznie",
                        "przesadnie"
                    },
                    new String[] {
                        "troche",
                        "troszke",
                        "nieco",
                        "raczej",
                        "dosc",
                        "dosyc",
                        "lekko",
                        "ciut",
                        "wzglednie",
                        "prawie",
                        "czesciowo",
                        "odrobine",
                        "odrobina",
                        "nieznacznie",
                        "poniekad",
                        "niby"
                    }),
            Set.of("ale", "jednak", "natomiast", "lecz", "aczkolwiek", "jednakze"),
            3);

    private static Map<String, Float> boosters(String[] increase, String[] decrease) {
        HashMap<String, Float> m = new HashMap<>();
        for (String w : increase) {
            m.put(w, BOOST);
        }
        for (String w : decrease) {
            m.put(w, -BOOST);
        }
        return m;
    }
}
