package io.crisisradar.enrich.language;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Detects the language of a short social media text as an ISO 639-1 code ("pl", "en", ...), or
 * {@value #UNDETERMINED} when the text is too short or no language wins.
 *
 * <p>Lingua does the work on the text left after {@link SocialText#clean(String)}; a pre-check
 * answers the obvious Polish and English cases without it (about 80-90 % of tweets), and Lingua's
 * fast low-accuracy mode answers the rest unless it names neither Polish nor English, when the
 * high-accuracy models decide. See {@code docs/enrichment.md} for the measured trade-off; the
 * high-accuracy models take about 0.8 GB of heap, shared by all detectors in a JVM. Build once and
 * share: Lingua's detector and this class are thread-safe.
 */
public final class LanguageDetector {

    /** ISO 639-2 code for "undetermined", used when there is nothing to decide on. */
    public static final String UNDETERMINED = "und";

    /**
     * European languages a Polish/English brand stream realistically carries, plus Russian and
     * Ukrainian. The job jar keeps only these languages' Lingua models (shade filter in pom.xml).
     */
    public static final List<String> EUROPEAN = List.of(
            "pl", "en", "de", "fr", "es", "it", "pt", "nl", "cs", "sk", "uk", "ru", "sv", "da", "nb", "fi", "hu", "ro",
            "lt", "lv", "et", "sl", "hr");

    /** Polish letters; ó is shared, but the other languages using it also use letters that stop the pre-check. */
    private static final String POLISH_LETTERS = "ąćęłńóśźżĄĆĘŁŃÓŚŹŻ";

    /**
     * Frequent Polish words that are not (frequent) words in Czech, Slovak or the other languages
     * above, with and without diacritics.
     */
    private static final Set<String> POLISH_WORDS =
            words("się sie jest że czy już juz dla mnie przez przed przy jestem jesteś jestes jesteśmy jestesmy bardzo"
                    + " tylko może moze który ktory która ktora które ktore którzy ktorzy dzięki dzieki wszystko"
                    + " wszyscy kiedy gdzie oraz więc wiec będzie bedzie będę bede jeszcze tego temu tym nawet"
                    + " naprawdę naprawde dlaczego czemu ponieważ poniewaz żeby mój twój twoj wam gdy niż niz"
                    + " też tez jakiś jakis było był była można mozna trzeba chcę dzisiaj dziś dzis wczoraj pewnie"
                    + " znowu zawsze nigdy wiem wiesz mamy macie mają miał mial miała miala ktoś ktos coś cos nikt"
                    + " sobie jego proszę prosze dziękuję dziekuje musze muszę możesz mozesz jaki jakie taki takie"
                    + " tutaj wszystkich właśnie wlasnie trochę troche polska polski polsce"
                    // Widened (docs/enrichment.md, "Wider pre-check"): Polish spellings without
                    // diacritics that are not words in Czech, Slovak or the other languages.
                    + " jestes jestescie bedziesz bedziemy niestety wiadomo kolejne rowniez ktorej ktorego ktorym"
                    + " wszystkiego najlepszego zeby zebym koncu jesc widzisz mowi mowie prawda ciebie tobie"
                    + " twoje twoja twoim mojej mojego moim mowa bylem bylam byles bylismy bysmy jakby jakos"
                    + " kiedys zawsze pewno oczywiscie dlatego jezeli jesli wlasciwie naprawde"
                    + " dzien dzieki dziekujemy przepraszam prosimy");

    /**
     * English words that are not words in German, Dutch, the Scandinavian or Romance languages, or
     * Polish ("to", "on", "is", "in", "was", "will", "we", "go" are left out for that reason).
     */
    private static final Set<String> ENGLISH_WORDS =
            words("the and you your are with this that have has had for what just my not but they them would could"
                    + " don't it's i'm of been our from about there their how why when where who which can should"
                    + " thanks thank please it be get got can't didn't doesn't isn't you're we're i've i'll out like"
                    + " now very really today tonight tomorrow because people know think want going any some were"
                    + " did does still never again love good great time day new him her she his if or"
                    + " one by up more than only also after back first need take make much better such every yes"
                    + " well way said say sure let us lol omg u ur im dont cant didnt wont doesnt isnt"
                    // Widened (docs/enrichment.md, "Wider pre-check"): frequent English words and
                    // contractions that are not words in the other 22 languages Lingua may answer.
                    + " that's what's there's let's won't haven't wasn't aren't couldn't wouldn't shouldn't i'd"
                    + " you'll we'll they're you've he's she's how's who's where's thats whats theres"
                    + " something anything nothing everything someone anyone everyone nobody should"
                    + " since though through these those into around before another other each own"
                    + " doing getting being trying waiting flying flight flights airline airport"
                    + " delayed delay cancelled canceled weather luggage customer seat seats hours"
                    + " yesterday morning always ever next guys thx yeah many whole without awesome"
                    + " amazing please check flew told called asked done got smh lmao plz pls hope heard"
                    + " already checked year thing trip proud sweet shares results despite sees gives"
                    + " include takes issue website shows city current right maybe wish look looking forward"
                    + " happened true course seriously sitting two three came buy scheduled using then off"
                    + " away down hour tell ask give keep left yet soon ago found");

    private static Set<String> words(String spaceSeparated) {
        return Set.copyOf(java.util.Arrays.asList(spaceSeparated.split(" ")));
    }

    /** Lingua's modes as used here. */
    public enum Accuracy {
        /** All n-gram models (1 to 5): best on short texts, slowest, about 0.8 GB for 23 languages. */
        HIGH,
        /** Trigrams only: several times faster and small, weaker on short texts. */
        LOW,
        /**
         * Low accuracy first; only when it names neither Polish nor English, ask the high-accuracy
         * models. Polish/English streams rarely reach the second step, and that is where the low
         * mode errs (short English tweets labelled Swedish or Lithuanian).
         */
        LOW_THEN_HIGH
    }

    private static final Set<Language> MAIN_LANGUAGES = Set.of(Language.POLISH, Language.ENGLISH);

    private final com.github.pemistahl.lingua.api.LanguageDetector first;
    private final com.github.pemistahl.lingua.api.LanguageDetector second;
    private final Settings settings;

    /** Lingua's answers by the exact text given to it (retweets, copies); null when disabled. */
    private final ConcurrentHashMap<String, String> cache;

    private final int cacheCapacity;
    private final LongAdder cacheHits = new LongAdder();
    private final LongAdder linguaCalls = new LongAdder();

    /**
     * Which Lingua configuration to use.
     *
     * @param isoCodes ISO 639-1 codes Lingua may answer; empty means every language Lingua knows
     * @param accuracy which Lingua mode(s) to use
     * @param preCheck answer clear Polish/English cases from letters and function words first
     * @param minLetters fewer letters than this after cleaning gives {@value #UNDETERMINED}
     * @param maxChars only this many characters of the cleaned text (cut at a space) go to Lingua;
     *     0 means no limit. Lingua's cost grows with length while its accuracy saturates early.
     */
    public record Settings(List<String> isoCodes, Accuracy accuracy, boolean preCheck, int minLetters, int maxChars) {
        public Settings {
            isoCodes = List.copyOf(isoCodes);
            Objects.requireNonNull(accuracy);
        }

        /** The configuration chosen by measurement (docs/enrichment.md). */
        public static Settings recommended() {
            // 300 characters: no measured loss (160 gave the same accuracy), bounds the cost of news articles.
            return new Settings(EUROPEAN, Accuracy.LOW_THEN_HIGH, true, 3, 300);
        }
    }

    /** A detector with the {@link Settings#recommended() recommended} settings. */
    public LanguageDetector() {
        this(Settings.recommended());
    }

    /** A detector with explicit settings; loads Lingua's models eagerly. No answer cache. */
    public LanguageDetector(Settings settings) {
        this(settings, 0);
    }

    /**
     * A detector with explicit settings and a bounded cache of Lingua's answers keyed by the exact
     * cleaned text (retweets and copy-paste campaigns repeat texts). The cache holds at most
     * {@code cacheCapacity} texts and is emptied when full, so memory stays bounded (about 200
     * bytes per tweet-sized entry) without per-hit bookkeeping. 0 disables it.
     */
    public LanguageDetector(Settings settings, int cacheCapacity) {
        if (cacheCapacity < 0) {
            throw new IllegalArgumentException("cacheCapacity must be >= 0: " + cacheCapacity);
        }
        this.cacheCapacity = cacheCapacity;
        this.cache = cacheCapacity > 0 ? new ConcurrentHashMap<>(Math.min(cacheCapacity, 1 << 16)) : null;
        this.settings = Objects.requireNonNull(settings);
        boolean lowFirst = settings.accuracy() != Accuracy.HIGH;
        this.first = build(settings.isoCodes(), lowFirst);
        this.second = settings.accuracy() == Accuracy.LOW_THEN_HIGH ? build(settings.isoCodes(), false) : null;
    }

    private static com.github.pemistahl.lingua.api.LanguageDetector build(List<String> isoCodes, boolean low) {
        LanguageDetectorBuilder builder = isoCodes.isEmpty()
                ? LanguageDetectorBuilder.fromAllLanguages()
                : LanguageDetectorBuilder.fromLanguages(toLanguages(isoCodes));
        if (low) {
            builder = builder.withLowAccuracyMode();
        }
        // Eager loading keeps the first mentions after a (re)start from paying seconds of latency.
        return builder.withPreloadedLanguageModels().build();
    }

    /** The settings this detector was built with. */
    public Settings settings() {
        return settings;
    }

    /**
     * Like {@link #detect(String)}, but trusts a language declared by the platform (X's and
     * Facebook's {@code lang} field) when it is plausible: it must be one of the languages this
     * detector may answer, and, for a text the pre-check can decide, the pre-check must agree. A
     * declared language is then returned without asking Lingua. Null, blank, "und" or an
     * implausible declaration falls back to {@link #detect(String)}.
     */
    public String detect(String text, String declaredLang) {
        String declared = declaredLang == null ? "" : declaredLang.strip().toLowerCase(Locale.ROOT);
        int dash = declared.indexOf('-');
        if (dash > 0) {
            declared = declared.substring(0, dash); // "en-GB" -> "en"
        }
        if (declared.length() != 2
                || !Character.isLetter(declared.charAt(0))
                || !Character.isLetter(declared.charAt(1))
                || !settings.isoCodes().isEmpty() && !settings.isoCodes().contains(declared)) {
            return detect(text);
        }
        String cleaned = SocialText.clean(text);
        if (!hasLetters(cleaned, settings.minLetters())) {
            return UNDETERMINED;
        }
        Optional<String> quick = preCheck(cleaned);
        if (quick.isPresent() && !quick.get().equals(declared)) {
            return quick.get();
        }
        if (quick.isEmpty()
                && (declared.equals("pl") || declared.equals("en"))
                && hasForeignLetter(cleaned, declared)) {
            // "pl"/"en" declared for a text with letters neither language uses (ü, ñ, č ...): ask Lingua.
            return detectCleaned(cleaned);
        }
        return declared;
    }

    /** ISO 639-1 code of the text's language, or {@value #UNDETERMINED}. */
    public String detect(String text) {
        return detectCleaned(SocialText.clean(text));
    }

    /** How many texts reached Lingua and how many of those the cache answered (for measurements). */
    public long[] cacheStatistics() {
        return new long[] {linguaCalls.sum(), cacheHits.sum()};
    }

    /** Empties the answer cache (benchmarks use it so repeated passes do not hit it). */
    public void clearCache() {
        if (cache != null) {
            cache.clear();
        }
    }

    private static boolean hasLetters(String cleaned, int minLetters) {
        int letters = 0;
        for (int i = 0; i < cleaned.length() && letters < minLetters; i++) {
            if (Character.isLetter(cleaned.charAt(i))) {
                letters++;
            }
        }
        return letters >= minLetters;
    }

    private static boolean hasForeignLetter(String cleaned, String declared) {
        for (int i = 0; i < cleaned.length(); i++) {
            char c = cleaned.charAt(i);
            if (c > 0x7f && Character.isLetter(c) && (declared.equals("en") || POLISH_LETTERS.indexOf(c) < 0)) {
                return true;
            }
        }
        return false;
    }

    private String detectCleaned(String cleaned) {
        if (!hasLetters(cleaned, settings.minLetters())) {
            return UNDETERMINED;
        }
        if (settings.preCheck()) {
            Optional<String> quick = preCheck(cleaned);
            if (quick.isPresent()) {
                return quick.get();
            }
        }
        String input = truncate(cleaned, settings.maxChars());
        linguaCalls.increment();
        if (cache != null) {
            String known = cache.get(input);
            if (known != null) {
                cacheHits.increment();
                return known;
            }
        }
        String answer = lingua(input);
        if (cache != null) {
            if (cache.size() >= cacheCapacity) {
                cache.clear();
            }
            cache.put(input, answer);
        }
        return answer;
    }

    private String lingua(String input) {
        Language language = first.detectLanguageOf(input);
        if (second != null && !MAIN_LANGUAGES.contains(language)) {
            language = second.detectLanguageOf(input);
        }
        if (language == Language.UNKNOWN) {
            return UNDETERMINED;
        }
        return language.getIsoCode639_1().name().toLowerCase(Locale.ROOT);
    }

    /**
     * The pre-check alone, on a text already passed through {@link SocialText#clean(String)}:
     * Polish on two Polish signals (letters ą ć ę ł ń ó ś ź ż or Polish-only words), or on one
     * Polish letter in a text of three or more words without English words; English when the text
     * has no non-ASCII letter and at least two English-only words making a sixth of its words;
     * otherwise empty (ask Lingua). Requiring two signals keeps a borrowed word or a Polish surname
     * in an English text from deciding.
     */
    public static Optional<String> preCheck(String cleaned) {
        int polishLetters = 0;
        boolean ascii = true;
        for (int i = 0; i < cleaned.length(); i++) {
            char c = cleaned.charAt(i);
            if (c > 0x7f && Character.isLetter(c)) {
                // Only letters count: typographic quotes and ellipses are common in English tweets.
                ascii = false;
                if (POLISH_LETTERS.indexOf(c) >= 0) {
                    polishLetters++;
                } else {
                    // Letters of other alphabets (č, ü, ñ, ...): leave the decision to Lingua.
                    return Optional.empty();
                }
            }
        }
        int polishWords = 0;
        int englishWords = 0;
        int words = 0;
        // One pass, one String per word: this runs on every mention (docs/enrichment.md, chain speed).
        StringBuilder current = new StringBuilder(16);
        int n = cleaned.length();
        for (int i = 0; i <= n; i++) {
            char c = i < n ? cleaned.charAt(i) : ' ';
            if (Character.isLetter(c)) {
                current.append(Character.toLowerCase(c));
                continue;
            }
            if ((c == '\'' || c == '’') && current.length() > 0) {
                current.append('\'');
                continue;
            }
            if (current.length() == 0) {
                continue;
            }
            String word = current.toString();
            current.setLength(0);
            words++;
            if (POLISH_WORDS.contains(word) || polishShape(word)) {
                polishWords++;
            } else if (ascii && isEnglishWord(word)) {
                englishWords++;
            }
        }
        if (polishLetters >= 2
                || polishLetters == 1 && (polishWords >= 1 || englishWords == 0 && words >= 3)
                || polishWords >= 2 && polishWords * 6 >= words) {
            return Optional.of("pl");
        }
        if (ascii && englishWords >= 2 && polishWords == 0 && englishWords * 6 >= words) {
            return Optional.of("en");
        }
        // Very short texts ("Thanks!", "you suck!", "DREAM on"): one English-only word among at
        // most three decides; such texts are where Lingua is least reliable anyway.
        if (ascii && englishWords == 1 && polishWords == 0 && words <= 3) {
            return Optional.of("en");
        }
        return Optional.empty();
    }

    /**
     * Letter groups only Polish spelling has among the candidate languages: "szcz", "dzi" and a
     * word-initial consonant + "rz" ("przez", "trzeba", "krzyk"); Czech and Slovak write š, č, ř
     * and ď instead, German "rz" comes at the end of a syllable ("kurz", "Herz").
     */
    static boolean polishShape(String word) {
        if (word.length() < 4) {
            return false;
        }
        if (word.charAt(1) == 'r' && word.charAt(2) == 'z' && "pbtdkgwch".indexOf(word.charAt(0)) >= 0) {
            return true;
        }
        return word.contains("szcz") || word.contains("dzi");
    }

    /**
     * An English-only word, or a possessive/contracted "'s" word ("fleet's", "CEO's"): Dutch
     * writes "auto's" too, which is why one such word never decides alone in a longer text.
     */
    private static boolean isEnglishWord(String word) {
        return ENGLISH_WORDS.contains(word) || word.length() > 3 && word.endsWith("'s");
    }

    private static String truncate(String text, int maxChars) {
        if (maxChars <= 0 || text.length() <= maxChars) {
            return text;
        }
        int cut = text.lastIndexOf(' ', maxChars);
        return text.substring(0, cut > maxChars / 2 ? cut : maxChars);
    }

    private static Language[] toLanguages(List<String> isoCodes) {
        Language[] languages = new Language[isoCodes.size()];
        for (int i = 0; i < languages.length; i++) {
            String code = isoCodes.get(i);
            languages[i] = Language.all().stream()
                    .filter(l -> l.getIsoCode639_1().name().equalsIgnoreCase(code))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("Lingua has no language " + code));
        }
        return languages;
    }
}
