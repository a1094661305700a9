package io.crisisradar.scenario;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes mention texts: picks a template of a topic, fills its slots and decorates it the way
 * people write (an opener or closer, emoji, a hashtag, addressing the brand's care account,
 * Polish typed without diacritics, all lower case). The decorations multiply the variety of a few
 * hundred templates into many thousands of distinct texts, so near-duplicate grouping finds the
 * real reposts and copy-paste entries rather than collapsing every complaint.
 *
 * <p>Slots: {@code {B}} brand name, Polish forms {@code {B_gen} {B_loc} {w_B} {z_B} {B_dat}},
 * {@code {@B} {@care}} brand handles, {@code {#B} {#event} {#campaign}} hashtags, {@code {@inf}}
 * the quoted influencer, {@code {@user} {@user2}} other people, {@code {@to}} the person replied
 * to, {@code {dni} {godz} {days} {hours}} durations, {@code {miasto} {city}} places, {@code {kwota}
 * {amount}} sums, {@code {produkt} {product}} groceries, {@code {e-} {e+} {e?}} emoji.
 */
final class TextComposer {

    private static final Pattern DOUBLED_WORD =
            Pattern.compile("\\b(\\p{L}+) (?i:\\1)\\b", Pattern.UNICODE_CHARACTER_CLASS);

    /** A slot name, or alternatives "{a|b|c}" of which one is taken at random. */
    private static final Pattern SLOT = Pattern.compile("\\{([^{}]+)}");

    private static final List<String> NEGATIVE_EMOJI = List.of("😡", "🤬", "😤", "👎", "🙄", "😠", "😒", "😩", "💔");
    private static final List<String> POSITIVE_EMOJI = List.of("😍", "👍", "🙌", "❤️", "😊", "🔥", "👏", "💪", "🥰");
    private static final List<String> QUESTION_EMOJI = List.of("🤔", "❓", "👀");
    private static final List<String> MIASTA = List.of(
            "w Warszawie",
            "w Krakowie",
            "we Wrocławiu",
            "w Poznaniu",
            "w Gdańsku",
            "w Łodzi",
            "w Lublinie",
            "w Katowicach",
            "w Szczecinie",
            "w Białymstoku",
            "w Rzeszowie",
            "w Toruniu",
            "na Pradze",
            "w Gdyni");
    // English writers mostly skip Polish letters in place names too.
    private static final List<String> CITIES = List.of(
            "in Warsaw", "in Krakow", "in Wroclaw", "in Poznan", "in Gdansk", "in Lodz", "in Katowice", "in Gdynia");
    private static final List<String> Z_MIASTA = List.of(
            "z Warszawy",
            "z Krakowa",
            "z Wrocławia",
            "z Poznania",
            "z Gdańska",
            "z Łodzi",
            "z Lublina",
            "z Katowic",
            "ze Szczecina",
            "z Białegostoku",
            "z Rzeszowa",
            "z Torunia",
            "z Gdyni",
            "z Opola",
            "z Kielc",
            "z Olsztyna",
            "z Radomia",
            "z Płocka",
            "spod Krakowa",
            "z małej wsi pod Łodzią");
    private static final List<String> FROM_CITIES = List.of(
            "from Warsaw",
            "from Krakow",
            "from Gdansk",
            "from Wroclaw",
            "from Poznan",
            "from Lodz",
            "from Gdynia",
            "from Katowice",
            "from a village near Krakow");
    private static final List<String> RZECZY = List.of(
            "buty",
            "telefon",
            "książki",
            "laptop",
            "prezent dla mamy",
            "leki dla taty",
            "zabawki dla syna",
            "części do roweru",
            "ekspres do kawy",
            "kosmetyki",
            "ubranka dla dziecka",
            "słuchawki",
            "monitor",
            "dokumenty",
            "klocki dla córki",
            "obiektyw",
            "materac",
            "płaszcz",
            "spodnie",
            "perfumy",
            "zegarek",
            "fotelik samochodowy",
            "odkurzacz",
            "gry na konsolę",
            "akcesoria dla psa",
            "farby do remontu",
            "narzędzia",
            "nasiona do ogrodu",
            "okulary",
            "garnki",
            "lampę do salonu",
            "sukienkę na wesele");
    private static final List<String> ITEMS = List.of(
            "trainers",
            "a phone",
            "books",
            "a laptop",
            "a birthday present",
            "medicine for my dad",
            "toys for my son",
            "bike parts",
            "a coffee machine",
            "headphones",
            "baby clothes",
            "a monitor",
            "documents",
            "a watch",
            "perfume",
            "a winter coat",
            "a lamp",
            "board games",
            "paint for the flat",
            "running shoes");
    private static final List<String> OKAZJE = List.of(
            "na urodziny syna",
            "na prezent dla mamy",
            "na rocznicę ślubu",
            "na wyjazd",
            "do pracy",
            "na święta",
            "dla babci",
            "na komunię chrześniaka",
            "na wesele siostry",
            "na przeprowadzkę",
            "na imieniny żony",
            "na wakacje",
            "na Dzień Ojca",
            "na studniówkę córki");
    private static final List<String> OCCASIONS = List.of(
            "for my mum's birthday",
            "for a wedding",
            "for Christmas",
            "for work",
            "for a trip",
            "for my kid",
            "for the weekend",
            "as a gift",
            "for our anniversary",
            "for the move");
    private static final List<String> KIEDY = List.of(
            "w poniedziałek",
            "we wtorek",
            "w środę",
            "w czwartek",
            "w piątek",
            "wczoraj",
            "przedwczoraj",
            "w zeszłym tygodniu",
            "w weekend",
            "na początku miesiąca");
    private static final List<String> OD_KIEDY = List.of(
            "od poniedziałku",
            "od wtorku",
            "od środy",
            "od czwartku",
            "od piątku",
            "od weekendu",
            "od zeszłego tygodnia",
            "od wczoraj",
            "od początku miesiąca",
            "od świąt");
    private static final List<String> WHEN =
            List.of("on Monday", "on Tuesday", "on Friday", "yesterday", "last week", "this morning", "at the weekend");
    private static final List<String> SINCE = List.of(
            "Monday", "Tuesday", "Wednesday", "last week", "the weekend", "yesterday", "the start of the month");
    private static final List<String> PORY = List.of(
            "rano",
            "wieczorem",
            "w nocy",
            "po południu",
            "w przerwie w pracy",
            "przed pracą",
            "w tramwaju",
            "z pociągu",
            "na przerwie");
    private static final List<String> OSOBY = List.of(
            "Moja mama",
            "Sąsiadka",
            "Kolega z pracy",
            "Mój brat",
            "Szwagier",
            "Koleżanka",
            "Mój tata",
            "Teściowa",
            "Żona",
            "Mąż",
            "Kumpel",
            "Siostra",
            "Sąsiad z dołu");
    private static final List<String> PEOPLE = List.of(
            "My neighbour",
            "My mum",
            "A colleague",
            "My flatmate",
            "My sister",
            "My partner",
            "My brother",
            "A friend of mine");
    private static final List<String> SKLEPY = List.of(
            "mały sklep z butami",
            "księgarnia internetowa",
            "sklep z zabawkami",
            "sklep z elektroniką",
            "lokalna manufaktura",
            "sklep z częściami rowerowymi",
            "drogeria internetowa",
            "sklep z herbatą",
            "antykwariat",
            "sklep zoologiczny");
    private static final List<String> SHOPS = List.of(
            "a small shoe shop",
            "an online bookshop",
            "a toy store",
            "an electronics shop",
            "a tea shop",
            "a pet shop",
            "a bike shop");
    private static final List<String> PRODUKTY_LISTA = List.of(
            "zakupy na cały tydzień",
            "mrożonki",
            "owoce dla dzieci",
            "mleko dla małego",
            "jedzenie na urodziny",
            "składniki na ciasto",
            "warzywa na zupę",
            "produkty bez glutenu",
            "obiad na jutro",
            "pieczywo i nabiał",
            "napoje na imprezę",
            "karmę dla kota",
            "rzeczy na grilla");
    private static final List<String> GROCERIES = List.of(
            "the weekly shop",
            "food for a birthday party",
            "gluten-free stuff",
            "baby food",
            "dinner for tonight",
            "drinks for a party",
            "fruit for the kids");
    private static final List<String> PLATNOSCI = List.of(
            "czynsz",
            "ratę kredytu",
            "za zakupy",
            "bilet na pociąg",
            "za przedszkole syna",
            "składkę",
            "za wakacje",
            "za prąd",
            "za leki",
            "za warsztat");
    private static final List<String> PAYMENTS =
            List.of("the rent", "my mortgage", "for groceries", "for a train ticket", "the nursery", "for the holiday");
    private static final List<String> USLUGI = List.of(
            "internet domowy",
            "numer firmowy",
            "telefon służbowy",
            "światłowód",
            "pakiet danych",
            "telewizję",
            "numer mamy",
            "telefon córki");
    private static final List<String> SERVICES =
            List.of("home broadband", "my work number", "fibre", "my data plan", "my mum's number", "the TV package");
    private static final List<String> PRODUKTY =
            List.of("jogurty", "jajka", "truskawki", "pomidory", "mleko", "parówki", "borówki", "serki");
    private static final List<String> PRODUCTS = List.of("yoghurt", "milk", "ham", "cheese", "salad", "chicken");
    private static final List<String> KWOTY = List.of("30 zł", "49,99 zł", "19 zł", "120 zł", "65 zł", "9,99 zł");
    private static final List<String> AMOUNTS = List.of("PLN 30", "PLN 49.99", "PLN 120", "PLN 65");

    private final Phrasebook phrases;
    private final AuthorPool people;

    TextComposer(Phrasebook phrases, AuthorPool people) {
        this.phrases = phrases;
        this.people = people;
    }

    /**
     * Who and what a text refers to besides its brand.
     *
     * @param eventHashtag the event's tag, or null outside events
     * @param quoted handle (without "@") of the person a quote or reply refers to, or null
     */
    record Context(BrandProfile brand, String language, String eventHashtag, String quoted) {
        Context withQuoted(String handle) {
            return new Context(brand, language, eventHashtag, handle);
        }
    }

    /** A decorated text on a topic. */
    String compose(Topic topic, Context ctx, SplittableRandom random) {
        if (topic == Topic.CONTEST_ENTRY) {
            // Entries are copy-paste by nature: most people write what the contest asks for, the
            // first entry template; the rest improvise a little.
            String template = Draws.chance(random, 0.6)
                    ? phrases.templates(
                                    topic.name(), ctx.language(), ctx.brand().sector())
                            .get(0)
                            .text()
                    : phrases.pick(topic.name(), ctx.language(), ctx.brand().sector(), random);
            String entry = fill(template, ctx, random);
            return Draws.chance(random, 0.3) ? entry + " " + Draws.pick(random, POSITIVE_EMOJI) : entry;
        }
        String core =
                fill(phrases.pick(topic.name(), ctx.language(), ctx.brand().sector(), random), ctx, random);
        if (topic.byBrand()) {
            return core; // brands write tidy posts
        }
        return decorate(core, topic.tone(), topic.category().isPresent(), ctx, random);
    }

    /** "Same here" under someone's post, then one's own complaint of the category. */
    String quote(Topic complaint, Context ctx, SplittableRandom random) {
        String prefix =
                fill(phrases.pick(Phrasebook.QUOTE, ctx.language(), ctx.brand().sector(), random), ctx, random);
        String core =
                fill(phrases.pick(complaint.name(), ctx.language(), ctx.brand().sector(), random), ctx, random);
        return decorate(prefix + " " + core, Tone.NEGATIVE, true, ctx, random);
    }

    /** A long complaint post meant to be shared: two complaints of the category and a call to share. */
    String viralPost(Topic complaint, Context ctx, SplittableRandom random) {
        Sector sector = ctx.brand().sector();
        String language = ctx.language();
        String first = fill(phrases.pick(complaint.name(), language, sector, random), ctx, random);
        String second = first;
        for (int attempt = 0; attempt < 5 && second.equals(first); attempt++) {
            second = fill(phrases.pick(complaint.name(), language, sector, random), ctx, random);
        }
        StringBuilder text = new StringBuilder();
        if (Draws.chance(random, 0.6)) {
            text.append(fill(phrases.pick(Phrasebook.VIRAL_INTRO, language, sector, random), ctx, random))
                    .append(' ');
        }
        text.append(sentence(first)).append(' ').append(sentence(second)).append(' ');
        text.append(fill(phrases.pick(Phrasebook.SHARE_CALL, language, sector, random), ctx, random));
        text.append(' ').append(Draws.pick(random, NEGATIVE_EMOJI));
        if (ctx.eventHashtag() != null) {
            text.append(' ').append(ctx.eventHashtag());
        }
        return text.toString();
    }

    /** A repost of someone's text, framed the way the platform shows it. */
    static String repost(String platform, String handle, String text, String language) {
        boolean polish = language.equals("pl");
        return switch (platform) {
            case "twitter" -> "RT @" + handle + ": " + text;
            case "facebook" -> (polish ? "Udostępniam 👇 " : "Sharing this 👇 ") + text;
            case "instagram" -> "📢 @" + handle + ": " + text;
            case "tiktok" -> "#duet @" + handle + " " + text;
            default -> "„" + text + "” @" + handle;
        };
    }

    private String decorate(String core, Tone tone, boolean complaint, Context ctx, SplittableRandom random) {
        Sector sector = ctx.brand().sector();
        String language = ctx.language();
        String text = withDetails(core, complaint ? 0.85 : 0.4, complaint ? 0.4 : 0.05, ctx, random);
        if (tone == Tone.NEGATIVE) {
            if (Draws.chance(random, 0.2)) {
                text = fill(phrases.pick(Phrasebook.OPENER_NEG, language, sector, random), ctx, random) + " " + text;
            }
            if (Draws.chance(random, 0.28)) {
                text = sentence(text) + " "
                        + fill(phrases.pick(Phrasebook.CLOSER_NEG, language, sector, random), ctx, random);
            } else if (Draws.chance(random, 0.1)) {
                text = (text.endsWith(".") ? text.substring(0, text.length() - 1) : text) + "!!";
            }
            if (Draws.chance(random, 0.3)) {
                text = text + " " + emoji(NEGATIVE_EMOJI, random);
            }
            if (complaint && !text.contains("@") && Draws.chance(random, 0.1)) {
                text = ctx.brand().names().careHandle() + " " + text;
            }
            double tagChance = ctx.eventHashtag() != null ? 0.35 : 0.03;
            if (complaint && Draws.chance(random, tagChance)) {
                String tag = ctx.eventHashtag() != null
                        ? ctx.eventHashtag()
                        : ctx.brand().names().crisisHashtag();
                if (!text.contains(tag)) {
                    text = text + " " + tag;
                }
            }
        } else if (tone == Tone.POSITIVE) {
            if (Draws.chance(random, 0.12)) {
                text = sentence(text) + " "
                        + fill(phrases.pick(Phrasebook.CLOSER_POS, language, sector, random), ctx, random);
            }
            if (Draws.chance(random, 0.35)) {
                text = text + " " + emoji(POSITIVE_EMOJI, random);
            }
        } else if (text.endsWith("?") && Draws.chance(random, 0.12)) {
            text = text + " " + Draws.pick(random, QUESTION_EMOJI);
        }
        if (language.equals("pl") && Draws.chance(random, 0.18)) {
            text = withoutDiacritics(text);
        }
        if (Draws.chance(random, 0.06)) {
            text = text.toLowerCase(Locale.ROOT);
        }
        return text;
    }

    /**
     * Adds one or two sentences of personal context (what was ordered, for whom, from where,
     * since when). Besides realism they matter for near-duplicate grouping: two people using the
     * same complaint template should not look like a repost of each other, so a good part of every
     * text must vary. The context sentences carry no complaint cues and little sentiment.
     */
    private String withDetails(String core, double first, double second, Context ctx, SplittableRandom random) {
        if (!Draws.chance(random, first)) {
            return core;
        }
        Sector sector = ctx.brand().sector();
        StringBuilder text = new StringBuilder(sentence(core));
        int details = Draws.chance(random, second) ? 2 : 1;
        for (int i = 0; i < details; i++) {
            String detail = fill(phrases.pick(Phrasebook.DETAIL, ctx.language(), sector, random), ctx, random);
            text.append(' ').append(sentence(capitalised(detail)));
        }
        return text.toString();
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** One to three emoji: angry people repeat them. */
    private static String emoji(List<String> set, SplittableRandom random) {
        String e = Draws.pick(random, set);
        int repeat = Draws.chance(random, 0.25) ? Draws.between(random, 2, 3) : 1;
        return e.repeat(repeat);
    }

    /** The text ending like a sentence, so that another can follow. */
    static String sentence(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return t;
        }
        char last = t.charAt(t.length() - 1);
        return ".!?…:)".indexOf(last) >= 0 || Character.isSurrogate(last) ? t : t + ".";
    }

    /** Fills every slot of a template. */
    String fill(String template, Context ctx, SplittableRandom random) {
        Matcher m = SLOT.matcher(template);
        StringBuilder out = new StringBuilder(template.length() + 32);
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(slot(m.group(1), ctx, random)));
        }
        m.appendTail(out);
        // "Kurier {B}" with the name "Kurier Błysk" would say "Kurier Kurier Błysk".
        return DOUBLED_WORD.matcher(out).replaceAll("$1");
    }

    private String slot(String name, Context ctx, SplittableRandom random) {
        if (name.indexOf('|') >= 0) {
            String[] alternatives = name.split("\\|", -1);
            return alternatives[random.nextInt(alternatives.length)];
        }
        BrandNames names = ctx.brand().names();
        return switch (name) {
            case "B" -> brandName(names, ctx.language(), random);
            case "B_gen" -> names.genitive();
            case "B_loc" -> names.locative();
            case "w_B" -> names.inBrand();
            case "z_B" -> names.instrumental();
            case "B_dat" -> names.dative();
            case "@B" -> names.handle();
            case "@care" -> names.careHandle();
            case "#B" -> names.hashtags().isEmpty() ? names.crisisHashtag() : Draws.pick(random, names.hashtags());
            case "#event" -> ctx.eventHashtag() != null ? ctx.eventHashtag() : names.crisisHashtag();
            case "#campaign" -> ctx.eventHashtag() != null ? ctx.eventHashtag() : names.campaignHashtag();
            case "@inf", "@to" ->
                "@"
                        + (ctx.quoted() != null
                                ? ctx.quoted()
                                : people.anyone(random).handle());
            case "@user", "@user2" -> "@" + people.anyone(random).handle();
            case "dni" -> Draws.between(random, 2, 9) + " dni";
            case "godz" -> hoursInPolish(Draws.between(random, 2, 7));
            case "days" -> Draws.between(random, 2, 9) + " days";
            case "hours" -> Draws.between(random, 2, 6) + " hours";
            case "n" -> Integer.toString(Draws.between(random, 2, 5));
            case "miasto" -> Draws.pick(random, MIASTA);
            case "city" -> Draws.pick(random, CITIES);
            case "kwota" -> Draws.pick(random, KWOTY);
            case "amount" -> Draws.pick(random, AMOUNTS);
            case "produkt" -> Draws.pick(random, PRODUKTY);
            case "product" -> Draws.pick(random, PRODUCTS);
            case "z_miasta" -> Draws.pick(random, Z_MIASTA);
            case "from_city" -> Draws.pick(random, FROM_CITIES);
            case "rzecz" -> Draws.pick(random, RZECZY);
            case "item" -> Draws.pick(random, ITEMS);
            case "okazja" -> Draws.pick(random, OKAZJE);
            case "occasion" -> Draws.pick(random, OCCASIONS);
            case "kiedy" -> Draws.pick(random, KIEDY);
            case "od_kiedy" -> Draws.pick(random, OD_KIEDY);
            case "when" -> Draws.pick(random, WHEN);
            case "since" -> Draws.pick(random, SINCE);
            case "pora" -> Draws.pick(random, PORY);
            case "osoba" -> Draws.pick(random, OSOBY);
            case "person" -> Draws.pick(random, PEOPLE);
            case "sklep" -> Draws.pick(random, SKLEPY);
            case "shop" -> Draws.pick(random, SHOPS);
            case "produkty" -> Draws.pick(random, PRODUKTY_LISTA);
            case "groceries" -> Draws.pick(random, GROCERIES);
            case "platnosc" -> Draws.pick(random, PLATNOSCI);
            case "payment" -> Draws.pick(random, PAYMENTS);
            case "usluga" -> Draws.pick(random, USLUGI);
            case "service" -> Draws.pick(random, SERVICES);
            case "e-" -> Draws.pick(random, NEGATIVE_EMOJI);
            case "e+" -> Draws.pick(random, POSITIVE_EMOJI);
            case "e?" -> Draws.pick(random, QUESTION_EMOJI);
            default -> throw new IllegalStateException("unknown slot {" + name + "}");
        };
    }

    /**
     * The brand as people type it: sometimes its handle; in English mostly without Polish
     * letters ("Blysk"), since English keyboards have none.
     */
    private static String brandName(BrandNames names, String language, SplittableRandom random) {
        if (Draws.chance(random, 0.1)) {
            return names.handle();
        }
        String name = Draws.pick(random, names.nominatives());
        return language.equals("en") && Draws.chance(random, 0.7) ? withoutDiacritics(name) : name;
    }

    /** "2 godziny", "5 godzin": Polish numerals govern the noun's form. */
    static String hoursInPolish(int n) {
        int lastTwo = n % 100;
        int last = n % 10;
        boolean few = last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14);
        return n + (n == 1 ? " godzinę" : few ? " godziny" : " godzin");
    }

    /** Polish typed on a keyboard without the Polish layout: "ą" becomes "a" and so on. */
    static String withoutDiacritics(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int k = "ąćęłńóśźżĄĆĘŁŃÓŚŹŻ".indexOf(c);
            out.append(k < 0 ? c : "acelnoszzACELNOSZZ".charAt(k));
        }
        return out.toString();
    }
}
