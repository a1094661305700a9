package io.crisisradar.scenario;

import java.util.List;
import java.util.Optional;

/**
 * The invented brands of the local setup (jobs/local/brands.json): a courier, a bank, an online
 * grocer and a mobile operator. The names and inflected forms here must stay matchable by those
 * rules; BrandCatalogTest checks every form against the file.
 */
public final class BrandCatalog {

    private static final Persona MAREK = new Persona("7001", "MarekPoleca", 310_000, true, "pl");
    private static final Persona KASIA = new Persona("7002", "KasiaTestuje", 145_000, true, "pl");
    private static final Persona ZBYSZEK = new Persona("7003", "TechZbyszek", 420_000, true, "pl");
    private static final Persona FINANSE = new Persona("7004", "FinanseBezTajemnic", 88_000, true, "pl");
    private static final Persona OLA = new Persona("7005", "OlaGotuje", 230_000, true, "pl");
    private static final Persona PACZKA = new Persona("7006", "PaczkaDnia", 64_000, false, "pl");
    private static final Persona DAN = new Persona("7007", "DealsWithDan", 120_000, true, "en");
    private static final Persona EXPAT = new Persona("7008", "EuroExpatLife", 52_000, false, "en");
    private static final Persona BIZNES = new Persona("7009", "BiznesTeraz", 350_000, true, "pl");
    private static final Persona WARSAW = new Persona("7010", "WarsawInsider", 75_000, true, "en");

    public static final BrandProfile BLYSK = new BrandProfile(
            "blysk",
            Sector.COURIER,
            new BrandNames(
                    List.of("Błysk", "Kurier Błysk", "Błysk", "blysk", "Błysk", "BŁYSK"),
                    "Błysku",
                    "Błysku",
                    "w Błysku",
                    "z Błyskiem",
                    "Błyskowi",
                    "@BlyskKurier",
                    "@BlyskPomoc",
                    List.of("#BłyskStop", "#BlyskStop"),
                    "#BłyskStop",
                    "#BłyskKonkurs"),
            120,
            0.65,
            0.60,
            0.40,
            List.of(MAREK, PACZKA, DAN));

    public static final BrandProfile NOVABANK = new BrandProfile(
            "novabank",
            Sector.BANK,
            new BrandNames(
                    List.of("NovaBank", "NovaBank", "Novabank", "novabank"),
                    "NovaBanku",
                    "NovaBanku",
                    "w NovaBanku",
                    "z NovaBankiem",
                    "NovaBankowi",
                    "@NovaBank",
                    "@NovaBankHelp",
                    List.of(),
                    "#NovaBankAwaria",
                    "#NovaKonto"),
            80,
            0.60,
            0.70,
            0.60,
            List.of(FINANSE, BIZNES, EXPAT));

    public static final BrandProfile FRESHCO = new BrandProfile(
            "freshco",
            Sector.GROCERY,
            new BrandNames(
                    List.of("FreshCo", "FreshCo", "Freshco", "freshco"),
                    "FreshCo",
                    "FreshCo",
                    "we FreshCo",
                    "z FreshCo",
                    "FreshCo",
                    "@FreshCo",
                    "@FreshCoCare",
                    List.of(),
                    "#FreshCoFail",
                    "#FreshCoGotuje"),
            60,
            0.70,
            1.15,
            0.85,
            List.of(OLA, KASIA, WARSAW));

    public static final BrandProfile MOBILIX = new BrandProfile(
            "mobilix",
            Sector.TELECOM,
            new BrandNames(
                    List.of("Mobilix", "Mobilix", "mobilix", "MOBILIX"),
                    "Mobilixa",
                    "Mobiliksie",
                    "w Mobiliksie",
                    "z Mobilixem",
                    "Mobilixowi",
                    "@Mobilix",
                    "@MobilixPomoc",
                    List.of("#MobilixAwaria"),
                    "#MobilixOlewa",
                    "#MobilixNaStart"),
            100,
            0.75,
            0.95,
            0.95,
            List.of(ZBYSZEK, MAREK, DAN));

    /** News outlets, national and local; they write about any brand and pick up scandals. */
    static final List<Persona> NEWS_OUTLETS = List.of(
            BIZNES,
            new Persona("7011", "NewsPL24", 610_000, true, "pl"),
            new Persona("7012", "PortalKonsument", 95_000, true, "pl"),
            new Persona("7013", "PolandBizWire", 40_000, true, "en"),
            new Persona("7014", "WiadomosciLokalne", 12_000, false, "pl"),
            new Persona("7015", "GazetaRegionu", 28_000, false, "pl"),
            new Persona("7016", "InfoDzielnica", 3_500, false, "pl"),
            new Persona("7017", "EkonomiaDzis", 41_000, true, "pl"));

    private static final List<BrandProfile> ALL = List.of(BLYSK, NOVABANK, FRESHCO, MOBILIX);

    private BrandCatalog() {}

    /** All brands, in the order of jobs/local/brands.json. */
    public static List<BrandProfile> all() {
        return ALL;
    }

    public static Optional<BrandProfile> byId(String id) {
        return ALL.stream().filter(b -> b.id().equals(id)).findFirst();
    }
}
