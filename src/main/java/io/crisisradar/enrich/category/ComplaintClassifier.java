package io.crisisradar.enrich.category;

import io.crisisradar.enrich.language.SocialText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Multi-label complaint categories for Polish and English mentions, from hand-written cues over
 * folded (lower-case, diacritic-free) word tokens.
 *
 * <p>A cue is a word or a short phrase whose words may be stems ({@code opozni*} covers
 * "opóźnienie", "opóźniony", "opoznienia"). Stems on folded tokens were chosen over Morfologik
 * lemmas because a large share of Polish tweets is written without diacritics, which Morfologik
 * does not recognise, and because a stem lookup costs a few hash probes per token. Strong cues
 * decide alone, weak cues need a second weak cue of the same category. Cues can be vetoed by a
 * negation ("no delays", "bez opóźnień") or by praise ("great customer service") just before them.
 * Cues and the measured figures are documented in docs/enrichment.md. Immutable and thread-safe
 * after construction.
 */
public final class ComplaintClassifier {

    /** Words in a phrase may be this many tokens apart ("lost my bag", "nikt nie odbiera"). */
    private static final int MAX_GAP = 4;

    /** Tokens before a cue searched for a negation or praise. */
    private static final int NEGATION_WINDOW = 3;

    private static final Set<String> NEGATIONS = Set.of(
            "no", "not", "never", "without", "nothing", "dont", "didnt", "wasnt", "isnt", "werent", "arent", "nie",
            "bez", "zero", "brak", "ani", "nigdy");

    /** Praise just before a "+" cue vetoes it ("great customer service", "świetna obsługa"). */
    private static final Set<String> PRAISE =
            Set.of(("great best amazing excellent awesome good wonderful fantastic outstanding love loved thanks thank"
                            + " helpful friendly nice kind super swietna swietny swietnie najlepsza najlepszy mila"
                            + " mily dziekuje dzieki wspaniala profesjonalna")
                    .split(" "));

    private final Map<String, List<Cue>> byExactFirst = new HashMap<>();
    private final Map<String, List<Cue>> byPrefixFirst = new HashMap<>();
    private final int[] prefixLengths;

    /** One alternative of a cue word: exact, or a stem when {@code prefix}. */
    private record Term(String text, boolean prefix) {
        boolean matches(String token) {
            return prefix ? token.startsWith(text) : token.equals(text);
        }
    }

    /** A compiled cue: one position per phrase word, each with its alternatives. */
    private record Cue(
            ComplaintCategory category,
            String source,
            List<List<Term>> words,
            double weight,
            boolean negatable,
            boolean praisable) {}

    /** A classifier with the built-in Polish and English cues. */
    public ComplaintClassifier() {
        this(ComplaintLexicon.defaults());
    }

    /**
     * A classifier with custom cues. Per category, each cue is a phrase of space-separated words;
     * "a|b" are alternatives, a trailing "*" makes a stem; leading flags (combinable): "~" makes
     * the cue weak, "!" lets a negation just before veto it, "+" lets praise just before veto it.
     */
    public ComplaintClassifier(Map<ComplaintCategory, List<String>> cues) {
        TreeSet<Integer> lengths = new TreeSet<>();
        for (Map.Entry<ComplaintCategory, List<String>> e : cues.entrySet()) {
            for (String spec : e.getValue()) {
                Cue cue = compile(e.getKey(), spec);
                for (Term first : cue.words().get(0)) {
                    if (first.prefix()) {
                        lengths.add(first.text().length());
                        byPrefixFirst
                                .computeIfAbsent(first.text(), k -> new ArrayList<>())
                                .add(cue);
                    } else {
                        byExactFirst
                                .computeIfAbsent(first.text(), k -> new ArrayList<>())
                                .add(cue);
                    }
                }
            }
        }
        prefixLengths = lengths.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Categories of a mention text; empty when it is not recognisably a complaint. */
    public Set<ComplaintCategory> classify(String text) {
        Map<ComplaintCategory, List<String>> evidence = explain(text);
        return evidence.isEmpty() ? EnumSet.noneOf(ComplaintCategory.class) : EnumSet.copyOf(evidence.keySet());
    }

    /**
     * Like {@link #classify(String)}, but a mention that the caller's sentiment step found
     * negative, that is addressed to someone (it has an @mention, as brand replies and complaints
     * to a brand handle do) and that no cue places gets {@link ComplaintCategory#CUSTOMER_SERVICE}:
     * an unhappy message to the brand that needs an answer from its customer care. The measured
     * effect and the reasons are in docs/enrichment.md ("Negative fallback").
     */
    public Set<ComplaintCategory> classify(String text, boolean negative) {
        Set<ComplaintCategory> categories = classify(text);
        if (categories.isEmpty() && negative && addressed(text)) {
            categories.add(ComplaintCategory.CUSTOMER_SERVICE);
        }
        return categories;
    }

    /** Whether the text holds an @mention (a reply, or a post addressed to a handle). */
    static boolean addressed(String text) {
        if (text == null) {
            return false;
        }
        for (int i = text.indexOf('@'); i >= 0 && i + 1 < text.length(); i = text.indexOf('@', i + 1)) {
            boolean wordBefore = i > 0 && Character.isLetterOrDigit(text.charAt(i - 1));
            char next = text.charAt(i + 1);
            if (!wordBefore && (Character.isLetterOrDigit(next) || next == '_')) {
                return true;
            }
        }
        return false;
    }

    /** Like {@link #classify(String)}, with the cues that decided each category, for explanations. */
    public Map<ComplaintCategory, List<String>> explain(String text) {
        List<String> tokens = SocialText.words(text);
        for (int i = 0; i < tokens.size(); i++) {
            tokens.set(i, dropLeadingDigits(tokens.get(i)));
        }
        Map<ComplaintCategory, Double> scores = new EnumMap<>(ComplaintCategory.class);
        Map<ComplaintCategory, List<String>> evidence = new EnumMap<>(ComplaintCategory.class);
        List<Cue> seen = new ArrayList<>(4);
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            tryCues(byExactFirst.get(token), tokens, i, scores, evidence, seen);
            for (int len : prefixLengths) {
                if (len > token.length()) {
                    break;
                }
                tryCues(byPrefixFirst.get(token.substring(0, len)), tokens, i, scores, evidence, seen);
            }
        }
        evidence.keySet().removeIf(category -> scores.getOrDefault(category, 0.0) < 1.0);
        return evidence.isEmpty() ? Collections.emptyMap() : evidence;
    }

    /**
     * "9hrs" becomes "hrs", "3hrdelay" becomes "hrdelay", "2morrow" becomes "morrow": tweets glue
     * numbers to words, and cues are words. Pure numbers stay as they are.
     */
    private static String dropLeadingDigits(String token) {
        int i = 0;
        while (i < token.length() && token.charAt(i) >= '0' && token.charAt(i) <= '9') {
            i++;
        }
        return i == 0 || i == token.length() ? token : token.substring(i);
    }

    private static void tryCues(
            List<Cue> candidates,
            List<String> tokens,
            int start,
            Map<ComplaintCategory, Double> scores,
            Map<ComplaintCategory, List<String>> evidence,
            List<Cue> seen) {
        if (candidates == null) {
            return;
        }
        for (Cue cue : candidates) {
            // Each cue counts once per text, so a repeated weak word does not add up to a strong one.
            if (containsIdentity(seen, cue) || !matchesAt(cue, tokens, start)) {
                continue;
            }
            if (cue.negatable() && precededBy(tokens, start, NEGATIONS, true)
                    || cue.praisable() && precededBy(tokens, start, PRAISE, false)) {
                continue;
            }
            seen.add(cue);
            scores.merge(cue.category(), cue.weight(), Double::sum);
            evidence.computeIfAbsent(cue.category(), k -> new ArrayList<>(2)).add(cue.source());
        }
    }

    private static boolean containsIdentity(List<Cue> cues, Cue cue) {
        for (Cue c : cues) {
            if (c == cue) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesAt(Cue cue, List<String> tokens, int start) {
        int position = start;
        for (int w = 1; w < cue.words().size(); w++) {
            List<Term> alternatives = cue.words().get(w);
            int found = -1;
            int limit = Math.min(tokens.size() - 1, position + MAX_GAP);
            for (int j = position + 1; j <= limit && found < 0; j++) {
                for (Term t : alternatives) {
                    if (t.matches(tokens.get(j))) {
                        found = j;
                        break;
                    }
                }
            }
            if (found < 0) {
                return false;
            }
            position = found;
        }
        return true;
    }

    private static boolean precededBy(List<String> tokens, int start, Set<String> words, boolean contractions) {
        for (int j = Math.max(0, start - NEGATION_WINDOW); j < start; j++) {
            String t = tokens.get(j);
            if (words.contains(t) || contractions && t.endsWith("n't")) {
                return true;
            }
        }
        return false;
    }

    private static Cue compile(ComplaintCategory category, String spec) {
        String body = spec.strip();
        double weight = 1.0;
        boolean negatable = false;
        boolean praisable = false;
        while (!body.isEmpty() && "~!+".indexOf(body.charAt(0)) >= 0) {
            switch (body.charAt(0)) {
                case '~' -> weight = 0.5;
                case '!' -> negatable = true;
                default -> praisable = true;
            }
            body = body.substring(1);
        }
        List<List<Term>> words = new ArrayList<>();
        for (String word : body.split(" +")) {
            List<Term> alternatives = new ArrayList<>();
            for (String alt : word.split("\\|")) {
                boolean prefix = alt.endsWith("*");
                String text = SocialText.fold(prefix ? alt.substring(0, alt.length() - 1) : alt);
                if (text.isEmpty()) {
                    throw new IllegalArgumentException("empty word in cue '" + spec + "'");
                }
                alternatives.add(new Term(text, prefix));
            }
            words.add(List.copyOf(alternatives));
        }
        if (words.isEmpty()) {
            throw new IllegalArgumentException("empty cue for " + category);
        }
        return new Cue(category, body, List.copyOf(words), weight, negatable, praisable);
    }
}
