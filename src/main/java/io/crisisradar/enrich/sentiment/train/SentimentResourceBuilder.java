package io.crisisradar.enrich.sentiment.train;

import io.crisisradar.enrich.sentiment.Diacritics;
import io.crisisradar.enrich.sentiment.LanguageRules;
import io.crisisradar.enrich.sentiment.Sentiment;
import io.crisisradar.enrich.sentiment.SentimentAnalyzer;
import io.crisisradar.enrich.sentiment.SentimentFeatures;
import io.crisisradar.enrich.sentiment.SentimentLabel;
import io.crisisradar.enrich.sentiment.eval.ConfusionMatrix;
import io.crisisradar.enrich.sentiment.eval.KnownDataset;
import io.crisisradar.enrich.sentiment.eval.LabelMapping;
import io.crisisradar.enrich.sentiment.eval.LabelSpace;
import io.crisisradar.enrich.sentiment.eval.LabelledText;
import io.crisisradar.enrich.sentiment.eval.Split;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import morfologik.stemming.WordData;
import morfologik.stemming.polish.PolishStemmer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Builds the sentiment resources committed under {@code src/main/resources/io/crisisradar/
 * enrich/sentiment/} from the development data: the English lexicon and emoji valences from
 * VADER (MIT), the Polish lexicon from the project's seed list, the diacritic-folded form index
 * from Morfologik, and the two logistic-regression layers, trained only on the non-held-out part
 * ({@link Split}) of the labelled sets. Run from the project root:
 *
 * <pre>
 * mvn -o -q compile exec:java -Dexec.mainClass=io.crisisradar.enrich.sentiment.train.SentimentResourceBuilder
 * </pre>
 */
@Command(
        name = "build-sentiment-resources",
        mixinStandardHelpOptions = true,
        description = "Builds lexicons and trains the sentiment models from ../shared/data.")
public final class SentimentResourceBuilder implements Callable<Integer> {

    @Option(names = "--data-dir", defaultValue = "../shared/data", description = "Development data folder.")
    Path dataDir;

    @Option(
            names = "--out",
            defaultValue = "src/main/resources/io/crisisradar/enrich/sentiment",
            description = "Resource folder to write.")
    Path out;

    @Option(names = "--epochs", defaultValue = "12", description = "Training passes.")
    int epochs;

    @Option(names = "--min-df", defaultValue = "2", description = "Minimum training documents for a lemma feature.")
    int minDf;

    @Option(
            names = "--derived-min-count",
            defaultValue = "0",
            description = "Polar PolEmo sentences a lemma needs to enter the PolEmo-derived lexicon; 0 (default)"
                    + " builds none: in our held-out runs it did not help and it carried medical-domain noise.")
    int derivedMinCount;

    @Option(names = "--tune", description = "Only print held-out figures for a grid of settings; write no model.")
    boolean tune;

    @Option(names = "--l2", defaultValue = "1e-3", description = "L2 penalty on lemma weights.")
    double l2;

    /**
     * Out-of-domain sets (VADER's strongly polar tweets and Amazon snippets; PolEmo medical
     * sentences) count less than social media posts and whole reviews; chosen among six settings
     * ({@code --tune}) on the held-out figures.
     */
    private static final Map<String, Double> SET_WEIGHTS =
            Map.of("vader-tweets", 0.3, "vader-amazon", 0.3, "polemo-medicine-sentences", 0.3);

    /**
     * Words excluded from the derived lexicon: those the rules already treat specially (taken from
     * the rules themselves, so the two cannot drift apart), plus frequent verbs and particles with
     * no valence of their own.
     */
    private static final Set<String> RULE_WORDS = union(
            LanguageRules.polishRuleWords(),
            Set.of("tak", "taki", "jedynie", "tylko", "byc", "bylo", "pewnie", "okazac", "okazalo"));

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    /** Lemma features lighter than this get no diacritic-free forms: keeps the index small. */
    private static final double FOLD_MIN_WEIGHT = 0.8;

    /** Scale from log-odds to VADER's valence range for PolEmo-derived lemmas. */
    private static final double DERIVED_SCALE = 1.0;

    /** Emoji whose VADER description reads wrongly in social media use; the project's judgement. */
    private static final Map<String, Double> EMOJI_OVERRIDES = Map.ofEntries(
            Map.entry("😂", 1.6),
            Map.entry("🤣", 1.8),
            Map.entry("😭", -1.2),
            Map.entry("😡", -2.8),
            Map.entry("🤬", -3.2),
            Map.entry("😠", -2.5),
            Map.entry("👍", 1.8),
            Map.entry("👎", -2.0),
            Map.entry("❤", 2.6),
            Map.entry("💔", -2.2),
            Map.entry("😍", 2.8),
            Map.entry("🙏", 1.2),
            Map.entry("😢", -2.0),
            Map.entry("😞", -2.0),
            Map.entry("😒", -1.8),
            Map.entry("🙄", -1.6),
            Map.entry("🤮", -3.0),
            Map.entry("🤢", -2.5),
            Map.entry("💩", -2.4),
            Map.entry("👏", 2.0),
            Map.entry("🔥", 1.2),
            Map.entry("💪", 1.8),
            Map.entry("😱", -1.5),
            Map.entry("😤", -2.0),
            Map.entry("🥰", 2.9),
            Map.entry("😊", 2.4),
            Map.entry("🙂", 1.5),
            Map.entry("🙁", -1.7),
            Map.entry("😉", 1.4),
            Map.entry("✔", 1.0),
            Map.entry("❌", -1.5));

    @Override
    public Integer call() throws IOException {
        Path en = dataDir.resolve("sentiment/en");
        if (!Files.isDirectory(en) || !Files.isDirectory(dataDir.resolve("sentiment/pl"))) {
            System.err.println("no development data under " + dataDir.toAbsolutePath()
                    + " (expected sentiment/en and sentiment/pl); nothing built");
            return 2;
        }
        Files.createDirectories(out);
        if (tune) {
            // Tuning must not touch the committed resources: work on a scratch copy of the seed.
            Path scratch = Files.createTempDirectory("sentiment-tune");
            Files.copy(out.resolve("pl-seed-lexicon.tsv"), scratch.resolve("pl-seed-lexicon.tsv"));
            Files.copy(out.resolve("en-seed-lexicon.tsv"), scratch.resolve("en-seed-lexicon.tsv"));
            out = scratch;
        }
        Map<String, Double> vader = readVaderLexicon(en.resolve("vader_vader_lexicon.txt"));
        writeEmoji(en.resolve("vader_emoji_utf8_lexicon.txt"), vader);
        Map<String, Double> english = new LinkedHashMap<>(vader);
        readLexicon(out.resolve("en-seed-lexicon.tsv"), false).forEach(english::putIfAbsent);
        writeEnglishLexicon(english);
        Map<String, Double> seed = readLexicon(out.resolve("pl-seed-lexicon.tsv"), true);
        writePolishLexicon(seed, Map.of());
        Files.deleteIfExists(out.resolve("en-model.tsv"));
        Files.deleteIfExists(out.resolve("pl-model.tsv"));
        Files.deleteIfExists(out.resolve("pl-folded-forms.tsv"));
        Map<String, Double> derived = derivePolEmoLexicon(SentimentAnalyzer.fromDirectory(out), seed);
        Set<String> plLemmas = writePolishLexicon(seed, derived);

        // Models and the folded index are rebuilt from scratch so the features do not depend on
        // the previous build.
        SentimentAnalyzer rules = SentimentAnalyzer.fromDirectory(out);

        List<Row> enRows = featurise(rules, "en");
        List<Row> plRows = featurise(rules, "pl");
        if (tune) {
            for (double l2t : new double[] {1e-3}) {
                for (double w : new double[] {1, 3}) {
                    for (double other : new double[] {1, 0.3, 0}) {
                        System.err.println("-- l2 " + l2t + ", in-domain weight " + w + ", other " + other);
                        report(
                                train(
                                        enRows,
                                        "en",
                                        l2t,
                                        Map.of("tweeteval-val", w, "vader-tweets", other, "vader-amazon", other)),
                                enRows);
                        report(
                                train(
                                        plRows,
                                        "pl",
                                        l2t,
                                        Map.of("mozetic-pl-tweets", w, "polemo-medicine-sentences", other)),
                                plRows);
                    }
                }
            }
            return 0;
        }
        LogisticRegression enModel = train(enRows, "en", l2, SET_WEIGHTS);
        report(enModel, enRows);
        writeModel(
                enModel,
                out.resolve("en-model.tsv"),
                "English",
                "VADER tweets and Amazon snippets, TweetEval validation");
        LogisticRegression plModel = train(plRows, "pl", l2, SET_WEIGHTS);
        report(plModel, plRows);
        writeModel(plModel, out.resolve("pl-model.tsv"), "Polish", "PolEmo 2.0 sentences and IN dev, Mozetič tweets");

        Set<String> foldTargets = new HashSet<>(plLemmas);
        for (Map.Entry<String, double[]> e : plModel.terms.entrySet()) {
            if (maxAbs(e.getValue()) >= FOLD_MIN_WEIGHT) {
                String t = e.getKey().startsWith("!") ? e.getKey().substring(1) : e.getKey();
                if (!t.startsWith("e:")) {
                    foldTargets.add(t);
                }
            }
        }
        writeFoldedForms(foldTargets);
        System.err.println("done: resources in " + out.toAbsolutePath());
        return 0;
    }

    /** A featurised labelled text of one known data set. */
    private record Row(KnownDataset set, SentimentFeatures features, String gold, boolean heldOut) {}

    private List<Row> featurise(SentimentAnalyzer rules, String lang) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (KnownDataset d : KnownDataset.values()) {
            if (!d.lang().equals(lang)) {
                continue;
            }
            Path file = d.path(dataDir);
            if (!Files.isRegularFile(file)) {
                System.err.println("  " + d.id() + ": absent, not used");
                continue;
            }
            for (LabelledText row : d.format().read(file)) {
                rows.add(new Row(d, rules.features(row.text(), lang), row.gold(), Split.isHeldOut(row.text())));
            }
        }
        return rows;
    }

    private LogisticRegression train(List<Row> rows, String lang, double l2Terms, Map<String, Double> setWeight) {
        List<LogisticRegression.Example> examples = new ArrayList<>();
        Map<String, Integer> df = new HashMap<>();
        Map<String, Integer> used = new TreeMap<>();
        for (Row row : rows) {
            if (row.heldOut() || !row.set().trainedOn()) {
                continue;
            }
            int label =
                    switch (row.gold()) {
                        case "negative" -> SentimentLabel.NEGATIVE.ordinal();
                        case "neutral" -> SentimentLabel.NEUTRAL.ordinal();
                        case "positive" -> SentimentLabel.POSITIVE.ordinal();
                        default -> -1;
                    };
            if (label < 0) {
                // Ambivalent reviews have no place in a three-way model; see LabelMapping.
                continue;
            }
            double w = setWeight.getOrDefault(row.set().id(), 1.0);
            if (w <= 0) {
                continue;
            }
            examples.add(new LogisticRegression.Example(row.features(), label, w));
            for (String t : row.features().terms()) {
                df.merge(t, 1, Integer::sum);
            }
            used.merge(row.set().id(), 1, Integer::sum);
        }
        Set<String> vocabulary = new HashSet<>();
        df.forEach((t, n) -> {
            if (n >= minDf) {
                vocabulary.add(t);
            }
        });
        System.err.printf(
                Locale.ROOT, "%s: trained on %s: %d lemma features, l2 %.0e%n", lang, used, vocabulary.size(), l2Terms);
        LogisticRegression model = new LogisticRegression(SentimentFeatures.DENSE_NAMES.size(), 1e-5, l2Terms);
        model.train(examples, vocabulary, epochs, 42L);
        return model;
    }

    /** Prints held-out figures per set, as the evaluation command computes them. */
    private static void report(LogisticRegression model, List<Row> rows) {
        Map<KnownDataset, ConfusionMatrix> matrices = new LinkedHashMap<>();
        double[] p = new double[LogisticRegression.CLASSES];
        for (Row row : rows) {
            if (!row.heldOut()) {
                continue;
            }
            model.predict(row.features(), p);
            int best = 0;
            for (int c = 1; c < p.length; c++) {
                if (p[c] > p[best]) {
                    best = c;
                }
            }
            Sentiment s = new Sentiment(p[2] - p[0], SentimentLabel.values()[best], p[best]);
            LabelSpace space = row.set().format().labelSpace();
            matrices.computeIfAbsent(row.set(), k -> new ConfusionMatrix(space.labels()))
                    .add(row.gold(), LabelMapping.map(s, row.features(), space));
        }
        matrices.forEach((d, m) -> System.err.printf(
                Locale.ROOT,
                "    held-out %-27s n=%5d acc=%.3f F1=%.3f recall=%.3f%n",
                d.id(),
                m.total(),
                m.accuracy(),
                m.macroF1(),
                m.macroRecall()));
    }

    private void writeModel(LogisticRegression model, Path file, String language, String sources) throws IOException {
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            w.println("# " + language + " sentiment layer: multinomial logistic regression, classes negative, neutral,"
                    + " positive.");
            w.println("# Trained by io.crisisradar.enrich.sentiment.train.SentimentResourceBuilder on the"
                    + " non-held-out part of: " + sources + ". See PROVENANCE.md.");
            for (int j = 0; j < SentimentFeatures.DENSE_NAMES.size(); j++) {
                w.printf(
                        Locale.ROOT,
                        "dense\t%s\t%.5f\t%.5f\t%.5f%n",
                        SentimentFeatures.DENSE_NAMES.get(j),
                        model.dense[0][j],
                        model.dense[1][j],
                        model.dense[2][j]);
            }
            for (Map.Entry<String, double[]> e : new TreeMap<>(model.terms).entrySet()) {
                double[] v = e.getValue();
                if (maxAbs(v) < 0.02) {
                    continue;
                }
                w.printf(Locale.ROOT, "term\t%s\t%.4f\t%.4f\t%.4f%n", e.getKey(), v[0], v[1], v[2]);
            }
        }
    }

    private static Map<String, Double> readVaderLexicon(Path file) throws IOException {
        Map<String, Double> m = new LinkedHashMap<>();
        int lineNo = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lineNo++;
            String[] f = line.split("\t");
            if (f.length < 2) {
                throw new IOException(file + ":" + lineNo + ": expected token<TAB>valence");
            }
            m.putIfAbsent(f[0], Double.parseDouble(f[1]));
        }
        return m;
    }

    private void writeEnglishLexicon(Map<String, Double> vader) throws IOException {
        try (PrintWriter w =
                new PrintWriter(Files.newBufferedWriter(out.resolve("en-lexicon.tsv"), StandardCharsets.UTF_8))) {
            w.println("# English sentiment lexicon: token<TAB>mean valence (-4..+4).");
            w.println("# From the VADER lexicon, (c) 2016 C.J. Hutto, MIT licence, plus the entries of");
            w.println("# en-seed-lexicon.tsv (crisis-radar, Apache-2.0) VADER lacks; see PROVENANCE.md.");
            vader.forEach((k, v) -> w.printf(Locale.ROOT, "%s\t%.2f%n", k, v));
        }
    }

    private void writeEmoji(Path file, Map<String, Double> vader) throws IOException {
        Map<String, Double> lower = new HashMap<>();
        vader.forEach((k, v) -> lower.putIfAbsent(k.toLowerCase(Locale.ROOT), v));
        Map<String, Double> valence = new TreeMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            if (f.length < 2) {
                continue;
            }
            String emoji = f[0].replace("\uFE0F", "");
            if (emoji.codePointCount(0, emoji.length()) != 1) {
                continue;
            }
            double sum = 0;
            int n = 0;
            for (String word : f[1].toLowerCase(Locale.ROOT).split("[^a-z']+")) {
                Double v = lower.get(word);
                if (v != null) {
                    sum += v;
                    n++;
                }
            }
            if (n > 0) {
                valence.put(emoji, sum / n);
            }
        }
        EMOJI_OVERRIDES.forEach(valence::put);
        try (PrintWriter w =
                new PrintWriter(Files.newBufferedWriter(out.resolve("emoji.tsv"), StandardCharsets.UTF_8))) {
            w.println("# Emoji valence (-4..+4): mean VADER valence of the words of the emoji's name in the VADER");
            w.println("# emoji lexicon (MIT), with a few project overrides for social media use; see PROVENANCE.md.");
            valence.forEach((k, v) -> {
                if (Math.abs(v) >= 0.1) {
                    w.printf(Locale.ROOT, "%s\t%.2f%n", k, v);
                }
            });
        }
    }

    /** Reads a hand-written {@code word<TAB>valence} list; Polish keys are folded like the analyzer's. */
    private static Map<String, Double> readLexicon(Path seed, boolean fold) throws IOException {
        Map<String, Double> lexicon = new TreeMap<>();
        int lineNo = 0;
        for (String line : Files.readAllLines(seed, StandardCharsets.UTF_8)) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length < 2) {
                throw new IOException(seed + ":" + lineNo + ": expected lemma<TAB>valence");
            }
            String key = f[0].toLowerCase(Locale.ROOT);
            lexicon.putIfAbsent(fold ? Diacritics.fold(key) : key, Double.parseDouble(f[1]));
        }
        return lexicon;
    }

    /**
     * Lemma valences learned from PolEmo 2.0 sentences: the smoothed log-odds of a lemma in
     * positive against negative sentences, damped by how often the lemma sits in neutral ones.
     * Only the non-held-out sentences that do not occur inside an IN dev review are used, so both
     * evaluations stay clean.
     */
    private Map<String, Double> derivePolEmoLexicon(SentimentAnalyzer rules, Map<String, Double> seed)
            throws IOException {
        Path file = KnownDataset.POLEMO_SENTENCES.path(dataDir);
        if (derivedMinCount <= 0) {
            return Map.of();
        }
        if (!Files.isRegularFile(file)) {
            System.err.println("PolEmo sentences absent: Polish lexicon is the seed only");
            return Map.of();
        }
        StringBuilder reviews = new StringBuilder();
        Path in = KnownDataset.POLEMO_IN_DEV.path(dataDir);
        if (Files.isRegularFile(in)) {
            for (LabelledText t : KnownDataset.POLEMO_IN_DEV.format().read(in)) {
                reviews.append(t.text()).append('\n');
            }
        }
        String allReviews = reviews.toString();
        Map<String, int[]> counts = new HashMap<>();
        int[] totals = new int[3];
        int skipped = 0;
        for (LabelledText t : KnownDataset.POLEMO_SENTENCES.format().read(file)) {
            if (Split.isHeldOut(t.text())) {
                continue;
            }
            if (t.text().length() > 20 && allReviews.contains(t.text())) {
                skipped++;
                continue;
            }
            int c =
                    switch (t.gold()) {
                        case "negative" -> 0;
                        case "neutral" -> 1;
                        case "positive" -> 2;
                        default -> -1;
                    };
            if (c < 0) {
                continue;
            }
            totals[c]++;
            for (String term : rules.features(t.text(), "pl").terms()) {
                if (term.startsWith("!") || term.startsWith("e:") || term.length() < 3) {
                    continue;
                }
                counts.computeIfAbsent(term, k -> new int[3])[c]++;
            }
        }
        Map<String, Double> derived = new TreeMap<>();
        counts.forEach((lemma, n) -> {
            int polar = n[0] + n[2];
            if (polar < derivedMinCount || seed.containsKey(lemma) || !isWord(lemma) || isRuleWord(lemma)) {
                return;
            }
            double logOdds = Math.log(((n[2] + 0.5) / (totals[2] + 1.0)) / ((n[0] + 0.5) / (totals[0] + 1.0)));
            double share = polar / (polar + n[1] + 1.0);
            double v = Math.max(-3.0, Math.min(3.0, logOdds * share * DERIVED_SCALE));
            if (Math.abs(v) >= 0.5) {
                derived.put(lemma, v);
            }
        });
        System.err.printf(
                Locale.ROOT,
                "PolEmo-derived lexicon: %d lemmas (from %d sentences; %d skipped as part of IN dev reviews)%n",
                derived.size(),
                totals[0] + totals[1] + totals[2],
                skipped);
        return derived;
    }

    /** Negators, intensifiers and contrast words already have rules; a valence would count them twice. */
    private static boolean isRuleWord(String lemma) {
        return RULE_WORDS.contains(lemma);
    }

    private static boolean isWord(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isLetter(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private Set<String> writePolishLexicon(Map<String, Double> seed, Map<String, Double> derived) throws IOException {
        Map<String, String> lines = new TreeMap<>();
        derived.forEach((k, v) -> lines.put(k, String.format(Locale.ROOT, "%s\t%.2f\tpolemo", k, v)));
        seed.forEach((k, v) -> lines.put(k, String.format(Locale.ROOT, "%s\t%.2f\tseed", k, v)));
        try (PrintWriter w =
                new PrintWriter(Files.newBufferedWriter(out.resolve("pl-lexicon.tsv"), StandardCharsets.UTF_8))) {
            w.println("# Polish sentiment lexicon: diacritic-folded lemma<TAB>valence (-4..+4)<TAB>source.");
            w.println("# source seed: pl-seed-lexicon.tsv, written by the project (Apache-2.0).");
            if (!derived.isEmpty()) {
                w.println("# source polemo: derived from PolEmo 2.0 sentences (Kocon et al. 2019), CC BY-SA 4.0;");
                w.println("# this file as a whole is therefore shared under CC BY-SA 4.0.");
            }
            w.println("# See PROVENANCE.md.");
            lines.values().forEach(w::println);
        }
        return lines.keySet();
    }

    /**
     * Maps each diacritic-folded inflected form of the target lemmas ("swietnej") to the folded
     * lemma ("swietny"); the analyzer consults it only when Morfologik does not know a word.
     */
    private void writeFoldedForms(Set<String> targets) throws IOException {
        Map<String, String> forms = new TreeMap<>();
        for (WordData wd : new PolishStemmer()) {
            String form = wd.getWord().toString().toLowerCase(Locale.ROOT);
            String foldedForm = Diacritics.fold(form);
            if (foldedForm.equals(form)) {
                continue;
            }
            CharSequence stem = wd.getStem();
            if (stem == null) {
                continue;
            }
            String lemma = Diacritics.fold(stem.toString().toLowerCase(Locale.ROOT));
            if (targets.contains(lemma)) {
                forms.putIfAbsent(foldedForm, lemma);
            }
        }
        try (PrintWriter w =
                new PrintWriter(Files.newBufferedWriter(out.resolve("pl-folded-forms.tsv"), StandardCharsets.UTF_8))) {
            w.println("# Diacritic-folded Polish form<TAB>folded lemma, for text typed without diacritics.");
            w.println("# Derived from the Morfologik Polish dictionary (BSD licence; see PROVENANCE.md).");
            forms.forEach((k, v) -> w.println(k + "\t" + v));
        }
        System.err.println("pl-folded-forms: " + forms.size() + " forms of " + targets.size() + " lemmas");
    }

    private static double maxAbs(double[] v) {
        double m = 0;
        for (double x : v) {
            m = Math.max(m, Math.abs(x));
        }
        return m;
    }
}
