package io.crisisradar.enrich.sentiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import morfologik.stemming.WordData;
import morfologik.stemming.polish.PolishStemmer;

/**
 * Sentiment of short social media texts and reviews in Polish and English.
 *
 * <p>A VADER-like rule layer (lexicon valences adjusted for negation scope, intensifiers and
 * diminishers, contrast, capitals, elongation, exclamation marks, emoji and emoticons; Polish words
 * lemmatised with Morfologik and matched diacritic-folded) feeds a small multinomial logistic
 * regression per language that also weighs lemmas. Construct once: loading reads the resources;
 * afterwards instances are immutable and thread-safe (the Morfologik lookup, which is stateful,
 * is held per thread).
 */
public final class SentimentAnalyzer {

    /** Classpath folder of the resources; see PROVENANCE.md there. */
    public static final String RESOURCE_DIR = "io/crisisradar/enrich/sentiment/";

    static final String EN_LEXICON = "en-lexicon.tsv";
    static final String EMOJI = "emoji.tsv";
    static final String PL_LEXICON = "pl-lexicon.tsv";
    static final String PL_FOLDED_FORMS = "pl-folded-forms.tsv";
    static final String EN_MODEL = "en-model.tsv";
    static final String PL_MODEL = "pl-model.tsv";

    /** Elongating a word ("sooo goood") signals emphasis; VADER-sized step. */
    private static final float ELONGATION = 0.3f;

    private static final float EXCLAMATION = 0.292f;
    /** Valence from which a word counts as strongly polar ("love", "hate", "fatalny"). */
    private static final float STRONG = 2.0f;
    /** Words before a contrast word count less, the clause after it more (VADER's "but" rule). */
    private static final float BEFORE_CONTRAST = 0.5f;

    private static final float AFTER_CONTRAST = 1.5f;
    /** Unknown-language results are a guess from emoji and English loanwords. */
    private static final double UNKNOWN_LANGUAGE_CONFIDENCE = 0.3;

    private final Map<String, Float> enLexicon;
    private final Map<String, Float> emoticons;
    private final Map<Integer, Float> emoji;
    private final Map<String, Float> plLexicon;
    private final Map<String, String> plFoldedForms;
    private final Optional<LinearModel> enModel;
    private final Optional<LinearModel> plModel;
    private final Tokenizer tokenizer;
    private final ThreadLocal<PolishStemmer> stemmer = ThreadLocal.withInitial(PolishStemmer::new);
    /**
     * Per-thread memo of Polish word lookups: a Morfologik lookup costs about a microsecond and
     * word frequencies are Zipfian, so most tokens of a stream hit the memo. Cleared when full.
     */
    private final ThreadLocal<Map<String, Cached>> polishMemo = ThreadLocal.withInitial(HashMap::new);

    private static final int MEMO_CAPACITY = 50_000;

    /** Loads the lexicons and models committed under {@link #RESOURCE_DIR}. */
    public SentimentAnalyzer() {
        this(SentimentAnalyzer::openClasspath);
    }

    /**
     * Loads resources from a directory instead of the classpath (the trainer uses this while it
     * builds them); a missing model file means rules only for that language.
     */
    public static SentimentAnalyzer fromDirectory(Path dir) {
        return new SentimentAnalyzer(name -> {
            Path p = dir.resolve(name);
            if (!Files.isRegularFile(p)) {
                return null;
            }
            try {
                return Files.newInputStream(p);
            } catch (IOException e) {
                throw new UncheckedIOException(p.toString(), e);
            }
        });
    }

    private SentimentAnalyzer(Function<String, InputStream> open) {
        Map<String, Float> en = new HashMap<>();
        Map<String, Float> emo = new HashMap<>();
        readTsv(open, EN_LEXICON, true, f -> {
            float v = Float.parseFloat(f[1]);
            if (isWordLike(f[0])) {
                en.putIfAbsent(f[0].toLowerCase(Locale.ROOT), v);
            } else {
                emo.putIfAbsent(f[0], v);
            }
        });
        Map<Integer, Float> emj = new HashMap<>();
        readTsv(open, EMOJI, true, f -> emj.put(f[0].codePointAt(0), Float.parseFloat(f[1])));
        Map<String, Float> pl = new HashMap<>();
        readTsv(open, PL_LEXICON, false, f -> pl.put(f[0], Float.parseFloat(f[1])));
        Map<String, String> folded = new HashMap<>();
        readTsv(open, PL_FOLDED_FORMS, false, f -> folded.put(f[0], f[1]));
        // Plain HashMaps (never mutated after this point, published through final fields): their
        // lookups are cheaper than the linear probing of Map.copyOf's immutable maps.
        this.enLexicon = en;
        this.emoticons = emo;
        this.emoji = emj;
        this.plLexicon = pl;
        this.plFoldedForms = folded;
        this.enModel = readModel(open, EN_MODEL);
        this.plModel = readModel(open, PL_MODEL);
        this.tokenizer = new Tokenizer(emoticons.keySet(), emoji);
    }

    /**
     * Sentiment of {@code text} written in {@code lang} (ISO 639-1; "pl" and "en" are modelled,
     * anything else, including null, gets a low-confidence guess from emoji and English words).
     */
    public Sentiment analyze(String text, String lang) {
        if (text == null || text.isBlank()) {
            return Sentiment.NEUTRAL_UNKNOWN;
        }
        return classify(features(text, lang), lang);
    }

    /** Turns already extracted {@link #features} into a sentiment (lets callers see both). */
    public Sentiment classify(SentimentFeatures features, String lang) {
        Language language = Language.of(lang);
        Optional<LinearModel> model =
                switch (language) {
                    case EN -> enModel;
                    case PL -> plModel;
                    case OTHER -> Optional.empty();
                };
        if (model.isPresent()) {
            double[] p = new double[LinearModel.CLASSES];
            model.get().predict(features, p);
            int best = 0;
            for (int c = 1; c < LinearModel.CLASSES; c++) {
                if (p[c] > p[best]) {
                    best = c;
                }
            }
            double score = clamp(p[SentimentLabel.POSITIVE.ordinal()] - p[SentimentLabel.NEGATIVE.ordinal()]);
            return new Sentiment(score, SentimentLabel.values()[best], Math.min(1.0, p[best]));
        }
        double s = features.ruleScore();
        SentimentLabel label =
                s >= 0.05 ? SentimentLabel.POSITIVE : s <= -0.05 ? SentimentLabel.NEGATIVE : SentimentLabel.NEUTRAL;
        double confidence = label == SentimentLabel.NEUTRAL ? 1.0 - Math.abs(s) * 10 : Math.abs(s);
        if (language == Language.OTHER) {
            confidence = Math.min(confidence, UNKNOWN_LANGUAGE_CONFIDENCE);
        }
        return new Sentiment(clamp(s), label, Math.max(0.0, Math.min(1.0, confidence)));
    }

    /** The rule layer's findings for {@code text}: what the learned layer and the trainer consume. */
    public SentimentFeatures features(String text, String lang) {
        Language language = Language.of(lang);
        boolean polish = language == Language.PL;
        LanguageRules rules = polish ? LanguageRules.POLISH : LanguageRules.ENGLISH;
        List<Token> tokens = tokenizer.tokenize(text == null ? "" : text);
        int n = tokens.size();
        float[] val = new float[n];

        int words = 0;
        int capsWords = 0;
        for (Token t : tokens) {
            if (t.kind == Token.Kind.WORD) {
                words++;
                if (t.allCaps) {
                    capsWords++;
                }
            }
        }
        // Capitals stand out only against lower case; a text in all capitals is just shouting.
        boolean capsDifferential = capsWords > 0 && capsWords < words;

        Set<String> terms = new HashSet<>(Math.max(16, n * 2));
        Resolved r = new Resolved();
        int negScope = 0;
        int negations = 0;
        boolean contrastSeen = false;
        float b1 = 0;
        float b2 = 0;
        float b3 = 0;
        int nPos = 0;
        int nNeg = 0;
        int unknown = 0;
        int emojiPos = 0;
        int emojiNeg = 0;
        int exclamations = 0;
        int urls = 0;
        int mentions = 0;
        int hashtags = 0;
        int questions = 0;

        double pos = 0;
        double neg = 0;
        double minSentence = 0;
        double maxSentence = 0;
        double lastSentence = 0;
        double firstSentence = Double.NaN;
        float maxPos = 0;
        float maxNeg = 0;
        int strongPos = 0;
        int strongNeg = 0;
        int sentenceStart = 0;
        int contrastAt = -1;

        for (int i = 0; i <= n; i++) {
            Token t = i < n ? tokens.get(i) : null;
            if (t == null || t.sentenceEnd) {
                if (t != null) {
                    if (t.kind == Token.Kind.EXCLAMATION) {
                        exclamations++;
                    } else if (t.kind == Token.Kind.QUESTION) {
                        questions++;
                    }
                }
                negScope = 0;
                double sum = 0;
                boolean any = false;
                for (int k = sentenceStart; k < Math.min(i, n); k++) {
                    float v = val[k];
                    if (v == 0) {
                        continue;
                    }
                    if (contrastAt >= 0) {
                        v *= k < contrastAt ? BEFORE_CONTRAST : AFTER_CONTRAST;
                    }
                    any = true;
                    sum += v;
                    maxPos = Math.max(maxPos, v);
                    maxNeg = Math.min(maxNeg, v);
                    if (v >= STRONG) {
                        strongPos++;
                    } else if (v <= -STRONG) {
                        strongNeg++;
                    }
                    if (v > 0) {
                        pos += v;
                    } else {
                        neg -= v;
                    }
                }
                if (any) {
                    double c = normalize(sum);
                    minSentence = Math.min(minSentence, c);
                    maxSentence = Math.max(maxSentence, c);
                    lastSentence = c;
                    if (Double.isNaN(firstSentence)) {
                        firstSentence = c;
                    }
                }
                sentenceStart = i + 1;
                contrastAt = -1;
                b1 = b2 = b3 = 0;
                continue;
            }
            switch (t.kind) {
                case BREAK -> {
                    negScope = 0;
                    b1 = b2 = b3 = 0;
                }
                case URL -> urls++;
                case MENTION -> mentions++;
                case EMOJI -> {
                    Float v = emoticons.get(t.lower);
                    if (v == null) {
                        v = emoji.get(t.lower.codePointAt(0));
                    }
                    if (v != null) {
                        val[i] = v;
                        if (v > 0) {
                            emojiPos++;
                        } else if (v < 0) {
                            emojiNeg++;
                        }
                    }
                    terms.add("e:" + t.lower);
                }
                case WORD -> {
                    if (t.hashtag) {
                        hashtags++;
                    }
                    String key = polish ? Diacritics.fold(t.lower) : t.lower;
                    if (rules.negators.contains(key) || (!polish && key.endsWith("n't"))) {
                        negScope = rules.negationScope;
                        negations++;
                        b3 = b2;
                        b2 = b1;
                        b1 = 0;
                        continue;
                    }
                    Float boost = rules.boosters.get(key);
                    if (boost != null) {
                        b3 = b2;
                        b2 = b1;
                        b1 = boost;
                        terms.add(key);
                        continue;
                    }
                    if (rules.contrast.contains(key)) {
                        contrastAt = i;
                        contrastSeen = true;
                        negScope = 0;
                        b1 = b2 = b3 = 0;
                        continue;
                    }
                    if (polish) {
                        resolvePolish(t, r);
                    } else {
                        resolveEnglish(t, r);
                    }
                    if (!r.known) {
                        unknown++;
                    }
                    terms.add(negScope > 0 ? "!" + r.key : r.key);

                    float v = r.valence;
                    if (v != 0) {
                        float sign = Math.signum(v);
                        if (t.allCaps && capsDifferential) {
                            v += sign * LanguageRules.CAPS;
                        }
                        if (t.elongated()) {
                            v += sign * ELONGATION;
                        }
                        float boosted = v + sign * (b1 + 0.95f * b2 + 0.9f * b3);
                        // A diminisher must not flip the sign of a weak word.
                        v = Math.signum(boosted) == sign ? boosted : 0.1f * sign;
                        if (negScope > 0) {
                            v *= LanguageRules.NEGATION;
                        }
                        if (v > 0) {
                            nPos++;
                        } else {
                            nNeg++;
                        }
                    }
                    val[i] = v;
                    if (negScope > 0) {
                        negScope--;
                    }
                    b3 = b2;
                    b2 = b1;
                    b1 = 0;
                }
                default -> {}
            }
        }

        double sum = pos - neg;
        if (sum != 0) {
            sum += Math.signum(sum) * Math.min(exclamations, 4) * EXCLAMATION;
        }
        double compound = normalize(sum);
        double[] dense = new double[SentimentFeatures.DENSE_NAMES.size()];
        dense[0] = 1.0;
        dense[1] = compound;
        dense[2] = Math.log1p(pos);
        dense[3] = Math.log1p(neg);
        dense[4] = (pos - neg) / (pos + neg + 1.0);
        dense[5] = nPos / (words + 1.0);
        dense[6] = nNeg / (words + 1.0);
        dense[7] = Math.min(emojiPos, 3) / 3.0;
        dense[8] = Math.min(emojiNeg, 3) / 3.0;
        dense[9] = Math.min(exclamations, 3) / 3.0;
        dense[10] = Math.min(questions, 3) / 3.0;
        dense[11] = negations > 0 ? 1.0 : 0.0;
        dense[12] = contrastSeen ? 1.0 : 0.0;
        dense[13] = Math.log1p(words) / 5.0;
        dense[14] = lastSentence;
        dense[15] = minSentence;
        dense[16] = maxSentence;
        dense[17] = unknown / (words + 1.0);
        dense[18] = maxPos / 4.0;
        dense[19] = maxNeg / 4.0;
        dense[20] = Math.min(strongPos, 3) / 3.0;
        dense[21] = Math.min(strongNeg, 3) / 3.0;
        dense[22] = Double.isNaN(firstSentence) ? 0 : firstSentence;
        dense[23] = urls > 0 ? 1.0 : 0.0;
        dense[24] = Math.min(mentions, 3) / 3.0;
        dense[25] = Math.min(hashtags, 3) / 3.0;
        double termValue = 1.0 / Math.sqrt(Math.max(1, terms.size()));
        return new SentimentFeatures(dense, Arrays.asList(terms.toArray(new String[0])), termValue, compound, pos, neg);
    }

    private void resolveEnglish(Token t, Resolved r) {
        r.known = true;
        Float v = enLexicon.get(t.lower);
        r.key = t.lower;
        if (v == null && t.collapsed2 != null) {
            v = enLexicon.get(t.collapsed2);
            r.key = t.collapsed2;
            if (v == null) {
                v = enLexicon.get(t.collapsed1);
                if (v != null) {
                    r.key = t.collapsed1;
                }
            }
        }
        if (v == null && t.lower.endsWith("'s")) {
            r.key = t.lower.substring(0, t.lower.length() - 2);
            v = enLexicon.get(r.key);
        }
        r.valence = v == null ? 0f : v;
    }

    private void resolvePolish(Token t, Resolved r) {
        Map<String, Cached> memo = polishMemo.get();
        Cached c = memo.get(t.lower);
        if (c != null) {
            r.key = c.key;
            r.valence = c.valence;
            r.known = c.known;
            return;
        }
        resolvePolishUncached(t, r);
        if (memo.size() >= MEMO_CAPACITY) {
            memo.clear();
        }
        memo.put(t.lower, new Cached(r.key, r.valence, r.known));
    }

    private void resolvePolishUncached(Token t, Resolved r) {
        if (lookupPolish(t.lower, r, true) || t.collapsed2 == null) {
            return;
        }
        String firstKey = r.key;
        boolean known = r.known;
        if (lookupPolish(t.collapsed2, r, true) || lookupPolish(t.collapsed1, r, true)) {
            return;
        }
        r.key = firstKey;
        r.known = known;
    }

    /**
     * Sets {@code r.key} to the folded lemma (or folded form if Morfologik does not know the word)
     * and {@code r.valence}; returns whether a valence was found.
     */
    private boolean lookupPolish(String word, Resolved r, boolean tryPrefix) {
        String folded = Diacritics.fold(word);
        List<WordData> analyses = stemmer.get().lookup(word);
        String firstLemma = null;
        for (int k = 0; k < analyses.size(); k++) {
            String lemma = lemmaKey(analyses.get(k).getStem());
            if (firstLemma == null) {
                firstLemma = lemma;
            }
            Float v = plLexicon.get(lemma);
            if (v != null) {
                return found(r, lemma, v, true);
            }
        }
        boolean known = firstLemma != null;
        if (!known) {
            // Typed without diacritics ("zly", "swietnej"): the folded index maps it to its lemma.
            String lemma = plFoldedForms.get(folded);
            if (lemma != null) {
                firstLemma = lemma;
                known = true;
                Float v = plLexicon.get(lemma);
                if (v != null) {
                    return found(r, lemma, v, true);
                }
            }
        }
        Float v = plLexicon.get(folded);
        if (v != null) {
            return found(r, firstLemma != null ? firstLemma : folded, v, true);
        }
        String key = firstLemma != null ? firstLemma : folded;
        if (!known) {
            // Polish tweets mix in English ("fail", "love", "lol").
            Float en = enLexicon.get(word);
            if (en != null) {
                return found(r, key, en * 0.8f, true);
            }
        }
        // "niepolecam", "niemiły", "nieprofesjonalny": negation written as a prefix.
        if (tryPrefix && folded.startsWith("nie") && word.length() >= 6) {
            if (lookupPolish(word.substring(3), r, false)) {
                return found(r, key, r.valence * LanguageRules.NEGATION, known || r.known);
            }
        }
        r.key = key;
        r.valence = 0f;
        r.known = known;
        return false;
    }

    private static boolean found(Resolved r, String key, float valence, boolean known) {
        r.key = key;
        r.valence = valence;
        r.known = known;
        return true;
    }

    private static String lemmaKey(CharSequence stem) {
        String s = stem.toString();
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (Character.isUpperCase(c) || c >= 0x80) {
                return Diacritics.fold(s.toLowerCase(Locale.ROOT));
            }
        }
        return s;
    }

    private static double normalize(double sum) {
        return sum / Math.sqrt(sum * sum + 15.0);
    }

    private static double clamp(double s) {
        return Math.max(-1.0, Math.min(1.0, s));
    }

    private static boolean isWordLike(String s) {
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (!Character.isLetterOrDigit(c) && c != '\'' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static Optional<LinearModel> readModel(Function<String, InputStream> open, String name) {
        InputStream in = open.apply(name);
        if (in == null) {
            return Optional.empty();
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return Optional.of(LinearModel.read(reader, name));
        } catch (IOException e) {
            throw new UncheckedIOException(name, e);
        }
    }

    private static void readTsv(
            Function<String, InputStream> open, String name, boolean required, Consumer<String[]> row) {
        InputStream in = open.apply(name);
        if (in == null) {
            if (required) {
                throw new IllegalStateException("missing sentiment resource " + RESOURCE_DIR + name);
            }
            return;
        }
        int lineNo = 0;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                lineNo++;
                if (line.isEmpty() || line.startsWith("# ")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length < 2 || f[0].isEmpty()) {
                    throw new IllegalStateException(name + ":" + lineNo + ": expected at least 2 tab-separated fields");
                }
                row.accept(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(name, e);
        } catch (NumberFormatException e) {
            throw new IllegalStateException(name + ":" + lineNo + ": bad number", e);
        }
    }

    private static InputStream openClasspath(String name) {
        return SentimentAnalyzer.class.getClassLoader().getResourceAsStream(RESOURCE_DIR + name);
    }

    private record Cached(String key, float valence, boolean known) {}

    /** Scratch result of one word lookup; one per call, so no sharing between threads. */
    private static final class Resolved {
        String key;
        float valence;
        boolean known;
    }

    private enum Language {
        EN,
        PL,
        OTHER;

        static Language of(String lang) {
            if (lang == null || lang.length() < 2) {
                return OTHER;
            }
            char a = Character.toLowerCase(lang.charAt(0));
            char b = Character.toLowerCase(lang.charAt(1));
            if (lang.length() > 2 && lang.charAt(2) != '-' && lang.charAt(2) != '_') {
                return OTHER;
            }
            if (a == 'e' && b == 'n') {
                return EN;
            }
            if (a == 'p' && b == 'l') {
                return PL;
            }
            return OTHER;
        }
    }
}
