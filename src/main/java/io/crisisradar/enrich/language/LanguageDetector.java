package io.crisisradar.enrich.language;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

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

    /** European languages a Polish/English brand stream realistically carries, plus Russian and Ukrainian. */
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
                    + " tutaj wszystkich właśnie wlasnie trochę troche polska polski polsce");

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
                    + " well way said say sure let us lol omg u ur im dont cant didnt wont doesnt isnt");

    private static Set<String> words(String spaceSeparated) {
        return Set.of(spaceSeparated.split(" "));
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

    /** A detector with explicit settings; loads Lingua's models eagerly. */
    public LanguageDetector(Settings settings) {
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

    /** ISO 639-1 code of the text's language, or {@value #UNDETERMINED}. */
    public String detect(String text) {
        String cleaned = SocialText.clean(text);
        int letters = 0;
        for (int i = 0; i < cleaned.length() && letters < settings.minLetters(); i++) {
            if (Character.isLetter(cleaned.charAt(i))) {
                letters++;
            }
        }
        if (letters < settings.minLetters()) {
            return UNDETERMINED;
        }
        if (settings.preCheck()) {
            Optional<String> quick = preCheck(cleaned);
            if (quick.isPresent()) {
                return quick.get();
            }
        }
        String input = truncate(cleaned, settings.maxChars());
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
        for (String word : lowerWords(cleaned)) {
            words++;
            if (POLISH_WORDS.contains(word)) {
                polishWords++;
            } else if (ascii && ENGLISH_WORDS.contains(word.replace('’', '\''))) {
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
        return Optional.empty();
    }

    private static String truncate(String text, int maxChars) {
        if (maxChars <= 0 || text.length() <= maxChars) {
            return text;
        }
        int cut = text.lastIndexOf(' ', maxChars);
        return text.substring(0, cut > maxChars / 2 ? cut : maxChars);
    }

    private static List<String> lowerWords(String cleaned) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= cleaned.length(); i++) {
            char c = i < cleaned.length() ? cleaned.charAt(i) : ' ';
            boolean part = Character.isLetter(c) || (c == '\'' || c == '’') && start >= 0;
            if (part) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                words.add(cleaned.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
        }
        return words;
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
