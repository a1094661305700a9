package io.crisisradar.scenario;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The people who write mentions: Polish- and English-writing pools with follower counts from a
 * heavy-tailed distribution (a lognormal body, median about 150, plus a thin Pareto tail of
 * micro-influencers up to millions), a few verified accounts, and a skewed choice so that some
 * people post much more than others, as in real streams.
 */
final class AuthorPool {

    private static final List<String> PL_FIRST = List.of(
            "ania",
            "kasia",
            "ola",
            "magda",
            "gosia",
            "ewa",
            "basia",
            "monika",
            "agata",
            "zosia",
            "justyna",
            "marta",
            "tomek",
            "piotrek",
            "marek",
            "kuba",
            "bartek",
            "pawel",
            "michal",
            "krzysiek",
            "wojtek",
            "adam",
            "grzesiek",
            "lukasz",
            "kamil",
            "szymon",
            "zbyszek",
            "jacek",
            "dorota",
            "iza");
    private static final List<String> PL_LAST = List.of(
            "nowak",
            "kowalska",
            "wisniewski",
            "wojcik",
            "kaminska",
            "lewandowski",
            "zielinska",
            "szymanski",
            "dabrowska",
            "kozlowski",
            "mazur",
            "krawczyk",
            "pietrzak",
            "wrobel",
            "jankowska",
            "grabowski",
            "zajac",
            "krol");
    private static final List<String> PL_NICK = List.of(
            "kawosz",
            "rowerzysta",
            "mama_dwojki",
            "z_lodzi",
            "warszawiak",
            "gdanszczanka",
            "kotara",
            "pan_od_kodu",
            "zakupoholiczka",
            "biegacz",
            "tata_w_kapciach",
            "mysliciel",
            "kierowca",
            "ogrodniczka");
    private static final List<String> EN_FIRST = List.of(
            "jamie", "alex", "sam", "chris", "emma", "olivia", "liam", "noah", "sophie", "jack", "mia", "lucas",
            "hannah", "dan", "kate", "mike", "sarah", "tom", "anna", "ben");
    private static final List<String> EN_LAST = List.of(
            "smith", "jones", "taylor", "brown", "walker", "wright", "green", "hall", "wood", "clarke", "hughes",
            "king");

    private final List<Persona> polish;
    private final List<Persona> english;

    AuthorPool(long seed, int polishSize, int englishSize) {
        SplittableRandom random = Draws.stream(seed, "authors");
        Set<String> taken = new HashSet<>();
        this.polish = build(random, "pl", polishSize, 20_000_000L, taken);
        this.english = build(random, "en", englishSize, 60_000_000L, taken);
    }

    private static List<Persona> build(
            SplittableRandom random, String language, int size, long idBase, Set<String> taken) {
        List<Persona> people = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            String handle = handle(random, language);
            while (!taken.add(handle.toLowerCase(Locale.ROOT))) {
                handle = handle + random.nextInt(10);
            }
            long followers = followers(random);
            boolean verified = followers > 100_000
                    ? Draws.chance(random, 0.6)
                    : followers > 10_000 ? Draws.chance(random, 0.15) : Draws.chance(random, 0.002);
            people.add(new Persona(Long.toString(idBase + 13L * i), handle, followers, verified, language));
        }
        return List.copyOf(people);
    }

    /** Lognormal body (median 150) with a Pareto tail for the rare account with a real audience. */
    private static long followers(SplittableRandom random) {
        if (Draws.chance(random, 0.004)) {
            double pareto = 10_000 * Math.pow(1 - random.nextDouble(), -1 / 1.2);
            return Math.min(2_500_000L, Math.round(pareto));
        }
        return Math.min(200_000L, Math.round(Draws.lognormal(random, Math.log(150), 1.6)));
    }

    private static String handle(SplittableRandom random, String language) {
        if (language.equals("pl")) {
            String first = Draws.pick(random, PL_FIRST);
            return switch (random.nextInt(6)) {
                case 0 -> first + "_" + (char) ('a' + random.nextInt(26));
                case 1 -> first + Draws.between(random, 70, 99);
                case 2 -> capital(first) + capital(Draws.pick(random, PL_LAST));
                case 3 -> Draws.pick(random, PL_LAST) + "_" + first;
                case 4 -> Draws.pick(random, PL_NICK) + Draws.between(random, 1, 999);
                default -> first + "_" + Draws.pick(random, PL_LAST).substring(0, 3);
            };
        }
        String first = Draws.pick(random, EN_FIRST);
        return switch (random.nextInt(4)) {
            case 0 -> first + "_" + Draws.pick(random, EN_LAST);
            case 1 -> first + Draws.between(random, 1, 99);
            case 2 -> capital(first) + capital(Draws.pick(random, EN_LAST));
            default -> "the_real_" + first + Draws.between(random, 1, 9);
        };
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /**
     * Someone writing in a language. Squaring a uniform draw favours low indices: about one in ten
     * mentions comes from the most active 1 % of people.
     */
    Persona pick(String language, SplittableRandom random) {
        List<Persona> pool = language.equals("pl") ? polish : english;
        double u = random.nextDouble();
        return pool.get((int) (u * u * pool.size()));
    }

    /** Anyone, uniformly: a friend tagged in a contest entry, someone replied to. */
    Persona anyone(SplittableRandom random) {
        int i = random.nextInt(polish.size() + english.size());
        return i < polish.size() ? polish.get(i) : english.get(i - polish.size());
    }
}
