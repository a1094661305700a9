package io.crisisradar.scenario;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Phrase templates by group (a {@link Topic} name or a fragment such as {@code OPENER_NEG}),
 * language and sector, parsed from the plain-text lists in {@link PolishPhrases} and {@link
 * EnglishPhrases}.
 *
 * <p>Format: a line {@code == GROUP} starts a group; every other non-blank line is one template,
 * optionally restricted to sectors by a prefix of sector letters in brackets ({@code [cg] ...}
 * for couriers and grocers, see {@link Sector}); lines starting with {@code //} are comments.
 * Templates hold slots in braces that {@link TextComposer} fills. Immutable after construction.
 */
final class Phrasebook {

    /** Fragment groups that decorate or frame a topic's text, not topics themselves. */
    static final String OPENER_NEG = "OPENER_NEG";

    static final String CLOSER_NEG = "CLOSER_NEG";
    static final String CLOSER_POS = "CLOSER_POS";
    static final String QUOTE = "QUOTE";
    static final String SHARE_CALL = "SHARE_CALL";
    static final String VIRAL_INTRO = "VIRAL_INTRO";
    static final String DETAIL = "DETAIL";

    private static final Phrasebook STANDARD =
            new Phrasebook(Map.of("pl", PolishPhrases.TEXT, "en", EnglishPhrases.TEXT));

    /** One template and the sectors it is written for. */
    record Template(String text, String sectors) {
        boolean fits(Sector sector) {
            return sectors.isEmpty() || sectors.indexOf(sector.code()) >= 0;
        }
    }

    private final Map<String, Map<String, List<Template>>> byLanguage = new LinkedHashMap<>();

    Phrasebook(Map<String, String> textByLanguage) {
        for (String language : List.of("pl", "en")) {
            String text = textByLanguage.get(language);
            if (text != null) {
                byLanguage.put(language, parse(text, language));
            }
        }
    }

    /** The built-in Polish and English phrases. */
    static Phrasebook standard() {
        return STANDARD;
    }

    private static Map<String, List<Template>> parse(String text, String language) {
        Map<String, List<Template>> groups = new LinkedHashMap<>();
        String group = null;
        int lineNumber = 0;
        for (String raw : text.split("\n")) {
            lineNumber++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("//")) {
                continue;
            }
            if (line.startsWith("== ")) {
                group = line.substring(3).strip();
                groups.computeIfAbsent(group, g -> new ArrayList<>());
                continue;
            }
            if (group == null) {
                throw new IllegalStateException(
                        language + " phrases line " + lineNumber + ": template before any group");
            }
            String sectors = "";
            if (line.startsWith("[")) {
                int close = line.indexOf(']');
                if (close < 0 || !line.substring(1, close).matches("[cbgt]+")) {
                    throw new IllegalStateException(language + " phrases line " + lineNumber + ": bad sector prefix");
                }
                sectors = line.substring(1, close);
                line = line.substring(close + 1).strip();
            }
            groups.get(group).add(new Template(line, sectors));
        }
        groups.replaceAll((g, list) -> List.copyOf(list));
        return groups;
    }

    /** Templates of a group written for a sector (sector-neutral ones included). */
    List<Template> templates(String group, String language, Sector sector) {
        List<Template> all = byLanguage.getOrDefault(language, Map.of()).getOrDefault(group, List.of());
        List<Template> fitting = new ArrayList<>(all.size());
        for (Template t : all) {
            if (t.fits(sector)) {
                fitting.add(t);
            }
        }
        return Collections.unmodifiableList(fitting);
    }

    /** All templates of a group in a language, whatever their sectors. */
    List<Template> allTemplates(String group, String language) {
        return byLanguage.getOrDefault(language, Map.of()).getOrDefault(group, List.of());
    }

    /** Group names of a language, in the order they are written. */
    List<String> groups(String language) {
        return List.copyOf(byLanguage.getOrDefault(language, Map.of()).keySet());
    }

    /** A random template of a group for a sector; fails loudly when the phrase lists lack one. */
    String pick(String group, String language, Sector sector, SplittableRandom random) {
        List<Template> fitting = templates(group, language, sector);
        if (fitting.isEmpty()) {
            throw new IllegalStateException("no " + language + " phrases for " + group + " and sector " + sector);
        }
        return fitting.get(random.nextInt(fitting.size())).text();
    }
}
