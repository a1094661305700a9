package io.crisisradar.enrich.brand;

import io.crisisradar.enrich.language.SocialText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds which configured brands a mention is about, by name (with Polish inflected forms, case and
 * diacritics ignored, whole words only), by @handle and by #hashtag.
 *
 * <p>All rules are compiled once into hash maps keyed by folded token, so a mention costs one scan
 * and one lookup per token whatever the number of brands, instead of one regular expression per
 * brand. Immutable and thread-safe after construction.
 */
public final class BrandMatcher {

    /** A name (possibly several words) of one brand: the first word is the map key. */
    private record NameEntry(int brand, List<String> rest) {}

    private final List<BrandRule> rules;
    private final Map<String, List<NameEntry>> namesByFirstWord = new HashMap<>();
    private final Map<String, Integer> brandByHandle = new HashMap<>();
    private final Map<String, Integer> brandByHashtag = new HashMap<>();
    private final List<List<List<String>>> exclusionsByBrand = new ArrayList<>();

    /** Compiles the rules; generating Polish forms consults Morfologik, so build once and share. */
    public BrandMatcher(List<BrandRule> rules) {
        this.rules = List.copyOf(rules);
        PolishForms polish = new PolishForms();
        for (int b = 0; b < this.rules.size(); b++) {
            BrandRule rule = this.rules.get(b);
            for (String name : rule.names()) {
                addName(b, name, polish);
            }
            for (String handle : rule.handles()) {
                brandByHandle.putIfAbsent(normaliseTag(handle, '@'), b);
            }
            for (String hashtag : rule.hashtags()) {
                brandByHashtag.putIfAbsent(normaliseTag(hashtag, '#'), b);
            }
            List<List<String>> exclusions = new ArrayList<>();
            for (String exclusion : rule.exclusions()) {
                List<String> words = SocialText.words(exclusion);
                if (!words.isEmpty()) {
                    exclusions.add(words);
                }
            }
            exclusionsByBrand.add(exclusions);
        }
    }

    private void addName(int brand, String name, PolishForms polish) {
        List<String> words = new ArrayList<>();
        for (String part : name.strip().split("[\\s\\-]+")) {
            if (!part.isEmpty()) {
                words.add(part);
            }
        }
        if (words.isEmpty()) {
            return;
        }
        // Polish inflects the last word of a multi-word name ("Media Markcie"); earlier words stay.
        List<String> head = new ArrayList<>();
        for (int i = 0; i < words.size() - 1; i++) {
            head.add(SocialText.fold(words.get(i)));
        }
        for (String form : polish.forms(words.get(words.size() - 1))) {
            List<String> all = new ArrayList<>(head);
            all.addAll(SocialText.words(form));
            if (all.isEmpty()) {
                continue;
            }
            NameEntry entry = new NameEntry(brand, List.copyOf(all.subList(1, all.size())));
            List<NameEntry> bucket = namesByFirstWord.computeIfAbsent(all.get(0), k -> new ArrayList<>());
            if (!bucket.contains(entry)) {
                bucket.add(entry);
            }
        }
    }

    /** Ids of all brands the text mentions, in configuration order; empty when none. */
    public Set<String> match(String text) {
        if (text == null || text.isEmpty()) {
            return Collections.emptySet();
        }
        Tokens tokens = Tokens.scan(text);
        boolean[] byName = new boolean[rules.size()];
        boolean[] byTag = new boolean[rules.size()];
        boolean any = false;
        for (String handle : tokens.handles) {
            Integer b = brandByHandle.get(handle);
            if (b != null) {
                byTag[b] = true;
                any = true;
            }
        }
        for (String hashtag : tokens.hashtags) {
            Integer b = brandByHashtag.get(hashtag);
            if (b != null) {
                byTag[b] = true;
                any = true;
            }
        }
        List<String> words = tokens.words;
        for (int i = 0; i < words.size(); i++) {
            List<NameEntry> entries = namesByFirstWord.get(words.get(i));
            if (entries == null) {
                continue;
            }
            for (NameEntry e : entries) {
                if (!byName[e.brand()] && followedBy(words, i + 1, e.rest())) {
                    byName[e.brand()] = true;
                    any = true;
                }
            }
        }
        if (!any) {
            return Collections.emptySet();
        }
        Set<String> result = new LinkedHashSet<>();
        for (int b = 0; b < rules.size(); b++) {
            if (byTag[b] || byName[b] && !excluded(b, words)) {
                result.add(rules.get(b).id());
            }
        }
        return result;
    }

    /**
     * The brands of a mention when the input may already name one: a brand set upstream is kept
     * as the only brand, otherwise the text is matched.
     */
    public Set<String> match(Optional<String> existingBrand, String text) {
        if (existingBrand.isPresent() && !existingBrand.get().isBlank()) {
            return Set.of(existingBrand.get());
        }
        return match(text);
    }

    /** Whether the handle (with or without "@", any case) belongs to a configured brand. */
    public boolean isBrandHandle(String handle) {
        return brandOfHandle(handle).isPresent();
    }

    /** The id of the brand that owns a handle (with or without "@", any case). */
    public Optional<String> brandOfHandle(String handle) {
        if (handle == null || handle.isBlank()) {
            return Optional.empty();
        }
        Integer b = brandByHandle.get(normaliseTag(handle, '@'));
        return b == null ? Optional.empty() : Optional.of(rules.get(b).id());
    }

    private boolean excluded(int brand, List<String> words) {
        for (List<String> exclusion : exclusionsByBrand.get(brand)) {
            for (int i = 0; i + exclusion.size() <= words.size(); i++) {
                if (words.get(i).equals(exclusion.get(0))
                        && followedBy(words, i + 1, exclusion.subList(1, exclusion.size()))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean followedBy(List<String> words, int from, List<String> rest) {
        if (from + rest.size() > words.size()) {
            return false;
        }
        for (int j = 0; j < rest.size(); j++) {
            if (!words.get(from + j).equals(rest.get(j))) {
                return false;
            }
        }
        return true;
    }

    private static String normaliseTag(String tag, char sign) {
        String t = tag.strip();
        if (!t.isEmpty() && t.charAt(0) == sign) {
            t = t.substring(1);
        }
        return SocialText.fold(t);
    }

    /** One pass over a text: folded words (hashtag words included), handles and hashtags. */
    private static final class Tokens {
        final List<String> words = new ArrayList<>();
        final List<String> handles = new ArrayList<>(2);
        final List<String> hashtags = new ArrayList<>(2);

        static Tokens scan(String text) {
            Tokens t = new Tokens();
            StringBuilder current = new StringBuilder(16);
            int n = text.length();
            int i = 0;
            while (i < n) {
                char c = text.charAt(i);
                boolean boundary = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
                if (current.length() == 0
                        && boundary
                        && (c == 'h' || c == 'H' || c == 'w' || c == 'W')
                        && isUrl(text, i)) {
                    while (i < n && !Character.isWhitespace(text.charAt(i))) {
                        i++;
                    }
                    continue;
                }
                if ((c == '@' || c == '#') && boundary) {
                    int end = i + 1;
                    while (end < n && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
                        end++;
                    }
                    if (end > i + 1) {
                        String tag = SocialText.fold(text.substring(i + 1, end));
                        if (c == '@') {
                            t.handles.add(tag);
                        } else {
                            t.hashtags.add(tag);
                            // A hashtag is also a word: "#allegro" mentions Allegro by name too.
                            t.words.addAll(SocialText.words(tag.replace('_', ' ')));
                        }
                    }
                    i = end;
                    continue;
                }
                if (Character.isLetterOrDigit(c)) {
                    current.append(SocialText.foldChar(c));
                } else if ((c == '\'' || c == '’')
                        && current.length() > 0
                        && i + 1 < n
                        && Character.isLetter(text.charAt(i + 1))) {
                    current.append('\'');
                } else if (current.length() > 0) {
                    t.words.add(current.toString());
                    current.setLength(0);
                }
                i++;
            }
            if (current.length() > 0) {
                t.words.add(current.toString());
            }
            return t;
        }

        private static boolean isUrl(String text, int i) {
            return text.regionMatches(true, i, "http://", 0, 7)
                    || text.regionMatches(true, i, "https://", 0, 8)
                    || text.regionMatches(true, i, "www.", 0, 4);
        }
    }
}
