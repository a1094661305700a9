package io.crisisradar.scenario;

/**
 * Polish phrase templates (format in {@link Phrasebook}, slots in {@link TextComposer}). Written
 * for this project in the register of Polish customer tweets and reviews; complaint templates use
 * the words people really use for each category (spóźnienie, reklamacja, awaria, nie odpisuje),
 * which is also what the job's classifier looks for. ScenarioTextsTest checks how the job's
 * enrichment reads them.
 */
final class PolishPhrases {

    private PolishPhrases() {}

    static final String TEXT =
            """
            == DELIVERY
            [c] {B} {znowu|znów|po raz kolejny|kolejny raz} spóźniony, paczka miała być wczoraj, a dziś {dalej|nadal|wciąż|ciągle} nic
            [c] Paczka {od|już od} {dni} leży w sortowni {miasto}, opóźnienie bez końca. {B}, co się dzieje?
            [c] Kurier {B} nie dotarł, a w aplikacji „nieudana próba doręczenia”. Byłem cały dzień w domu!
            [c] Gdzie jest moja paczka? {B} {od|już od} {dni} pokazuje „w drodze”
            [c] Czekam na {paczkę|przesyłkę} z {B_gen} już {dni}
            [c] {B} zgubił moją przesyłkę, a na infolinii nikt nic nie wie
            [c] Przesyłka uszkodzona, karton zgnieciony, w środku wszystko potłuczone. Dzięki {B} 👎
            [c] Kolejne opóźnienie {w_B}, doręczenie przesunięte trzeci raz
            [c] Paczka nie dotarła do paczkomatu, odesłali ją do oddziału {miasto}. Brawo {B} 🙄
            [c] Zamówienie miało być w piątek, kurier {B_gen} nawet nie zadzwonił, paczka wróciła do nadawcy
            [c] Paczka z {B_gen} jedzie do mnie dłużej niż z Chin, {dni} opóźnienia
            [c] Status „przekazano kurierowi” {od|już od} {dni}. {B}, gdzie moja przesyłka?
            [c] Termin doręczenia {B_gen} przesunięty o tydzień. Opóźnienie za opóźnieniem
            [c] {B} po raz kolejny nie doręczył paczki na czas
            [c] Kurierzy {B_gen} {chyba|najwyraźniej|pewnie} mają wolne, paczki stoją w magazynie {od|już od} {dni}
            [c] Nie zamawiajcie z dostawą {B_gen}, paczki leżą w magazynie tygodniami
            [c] Awizo w skrzynce, a ja siedziałem w domu. Kurier {B} nawet nie zapukał
            [c] Zgubiona paczka, zero kontaktu, zero informacji. Tak działa {B}
            [c] {Od rana|Od samego rana|Od świtu|Od siódmej rano} czekam na kuriera {B_gen}, okno doręczenia minęło {godz} temu
            [c] Kurier {B} rzucił {paczkę|przesyłkę} przez płot, a w środku było szkło
            [c] Dostałem cudzą {paczkę|przesyłkę} od {B_gen}, a moja nie dotarła
            [c] Po raz trzeci „adresat nieobecny”, a paczka {dalej|nadal|wciąż|ciągle} nie dotarła. {B}, ogarnijcie się
            [c] {B} i te wieczne opóźnienia w doręczeniach, mam dość
            [c] Miało być doręczenie do 12, jest 19, a kurier {B_gen} się spóźnia. Wziąłem wolne na darmo
            [c] Moja paczka utknęła w sortowni {B_gen} {miasto}, opóźnienie już {dni}, nikt nic nie wie
            [c] {B} {od|już od} {dni} nie dowozi paczek. Wszędzie opóźnienia, {totalny|kompletny|straszny} {chaos|bałagan|bajzel}
            [c] Paczka zaginęła, a {B} twierdzi, że doręczona. Podpis nie mój!
            [c] Ile można czekać na przesyłkę z {B_gen}? {dni} i nadal nie dotarła
            [c] Kurier {B_gen} zostawił {paczkę|przesyłkę} na deszczu pod klatką, karton przemoczony i uszkodzony
            [c] Paczka miała przyjść jutro, a {B} przesunął na „5 dni roboczych”. Opóźnienie bez wyjaśnienia
            [c] Przesyłka z {B_gen} krąży między sortowniami {od|już od} {dni}, raz {miasto}, raz gdzie indziej. Opóźnienie rośnie
            [c] {B} oznaczył {paczkę|przesyłkę} jako doręczoną, a paczka zaginęła. Gdzie moja przesyłka?
            [c] Nadałem {paczkę|przesyłkę} {w_B} tydzień temu i {dalej|nadal|wciąż|ciągle} nie dotarła do odbiorcy
            [c] Trzecia próba doręczenia i paczka {dalej|nadal|wciąż|ciągle} nie dotarła. Kurier {B_gen} {chyba|najwyraźniej|pewnie} nie umie czytać adresów
            [c] Paczka odesłana do nadawcy bez żadnej próby doręczenia, czyli {znowu|znów|po raz kolejny|kolejny raz} nie dotarła. {B}, żenada
            [c] {B}, gdzie moja paczka? Miała być wczoraj, jest opóźnienie, a w aplikacji cisza
            [c] Czekam na kuriera {B_gen} od 8 rano. Jest 17. Nie przyjechał
            [c] Kurier {B} zostawił awizo, chociaż byłam w domu. Paczka nie dotarła
            [g] Dostawa zakupów z {B_gen} opóźniona o {godz}, dzieci głodne
            [g] {B} {znowu|znów|po raz kolejny|kolejny raz} spóźniona dostawa, mrożonki przyjechały roztopione
            [g] Zamówienie z {B_gen} nie dotarło, a pieniądze pobrane
            [g] Przywieźli nie to co zamawiałam, połowy produktów brak. {B}, {serio|naprawdę|poważnie}?
            [g] Kierowca {B_gen} spóźniony {godz}, lody do wyrzucenia
            [g] Dostawa {B_gen} odwołana w ostatniej chwili, bez słowa wyjaśnienia
            [g] Czekam na dostawę z {B_gen} {od rana|od samego rana|od świtu|od siódmej rano}, termin przesunięty już dwa razy
            [g] Zakupy z {B_gen} miały być o 18, jest 21, a dostawa {dalej|nadal|wciąż|ciągle} w drodze. Opóźnienie jak zwykle
            [g] Dostawa {B_gen} spóźniona, a kierowca twierdzi, że to moja wina
            [g] {B} zgubił połowę mojego zamówienia, w dostawie tylko dwie torby z pięciu. Dramat
            [g] {Znowu|Znów|Po raz kolejny|Kolejny raz} opóźniona dostawa {B_gen}, ile można czekać na zakupy?
            [t] Telefon zamówiony {w_B} miał przyjść w {dni}, kurier nadal nie dojechał
            [t] Router od {B_gen} nie dotarł, a abonament już naliczają
            [t] Karta SIM od {B_gen} nie doszła, czekam {dni}
            [t] Zamówiłem telefon {w_B}, opóźnienie dostawy już {dni}
            [b] Nowa karta z {B_gen} nie doszła pocztą, czekam {od|już od} {dni}
            [b] Karta od {B_gen} zgubiona w drodze, a stara już zablokowana
            [b] {B} wysłał kartę kurierem, kurier się spóźnił i odjechał. Opóźnienie za opóźnieniem

            == CUSTOMER_SERVICE
            Obsługa {B_gen} nie odpisuje {od|już od} {dni}
            Dzwonię na infolinię {B_gen} {od rana|od samego rana|od świtu|od siódmej rano}, nikt nie odbiera
            {@care} czekam na odpowiedź {od|już od} {dni}, halo?!
            Konsultant {B_gen} rozłączył się w połowie rozmowy. Drugi raz!
            Napisałem do {B_gen} na czacie, odpowiedź „przekażemy {dalej|nadal|wciąż|ciągle}”. I {od|już od} {dni} brak odpowiedzi
            {B} totalnie olewa {klientów|ludzi|swoich klientów}, {zero odpowiedzi|brak odpowiedzi|żadnej odpowiedzi} na maile
            Pół godziny na infolinii {B_gen}, muzyczka, a potem rozłączyło. {Masakra|Dramat|Koszmar}
            Obsługa klienta {w_B} to jakiś {żart|kpina|cyrk}
            {B} ignoruje moje zgłoszenie {od|już od} {dni}
            Niemiła pani na infolinii {B_gen}, jakbym jej przeszkadzał
            Chamska obsługa {w_B}, {nigdy więcej|więcej nie skorzystam|to koniec}
            Brak odpowiedzi od {B_gen} {od tygodnia|od kilku dni|od paru dni}, a sprawa pilna
            Trzeci raz opisuję ten sam problem kolejnemu konsultantowi {B_gen}. Nikt nic nie wie
            Czekam na kontakt z {B_gen} {od|już od} {dni}, obiecali oddzwonić w 24h
            Konsultanci {B_gen} odsyłają mnie od jednego do drugiego, nikt nie pomógł
            {@care} napisałem do was na priv {dni} temu i {zero odpowiedzi|brak odpowiedzi|żadnej odpowiedzi}. Tak się traktuje {klientów|ludzi|swoich klientów}?
            Infolinia {B_gen}: 47 minut w kolejce i rozłączenie
            Obsługa {B_gen} nie reaguje na zgłoszenia, {chyba|najwyraźniej|pewnie} nikt tam nie pracuje
            Arogancki konsultant {B_gen} powiedział, że „to nie ich problem”
            Zgłoszenie do {B_gen} zamknięte bez odpowiedzi. Olewka totalna
            Obsługa {B_gen} odpisuje gotowcem, który nic nie wnosi. Zero pomocy
            Czy ktoś {w_B} w ogóle czyta wiadomości? Czekam na odpowiedź {od|już od} {dni}
            Bezczelna odpowiedź z {B_gen}: „prosimy o cierpliwość”. Moja cierpliwość skończyła się {dni} temu
            Kolejka na infolinii {B_gen} jak w PRL-u
            Nikt z {B_gen} nie oddzwonił, mimo że obiecali
            Konsultantka {B_gen} na czacie zniknęła w trakcie rozmowy
            Obsługa {B_gen} ma {klientów|ludzi|swoich klientów} gdzieś
            {B} nie odpowiada na maile, nie odbiera telefonów. Jak się z wami skontaktować?
            Piszę do {B_gen} trzeci raz w tej samej sprawie i nikt nie odpowiada
            Najgorsza obsługa klienta, jaką znam, to {B}
            {B_dat} {chyba|najwyraźniej|pewnie} nie zależy na klientach. Zero reakcji na zgłoszenia
            Infolinia {B_gen} odsyła na czat, czat odsyła na infolinię. Nikt nie pomógł
            {@care} to ja może jeszcze raz: czekam na odpowiedź {od|już od} {dni}
            Konsultant {B_gen} był bezczelny i jeszcze się rozłączył
            [c] Infolinia {B_gen} odkłada słuchawkę, gdy pytam o {paczkę|przesyłkę}
            [c] Kurier nie przyszedł, a obsługa {B_gen} nie odpowiada na zgłoszenie {od|już od} {dni}
            [b] Doradca {w_B} nie potrafił odpowiedzieć na proste pytanie o przelew. Nikt nic nie wie
            [b] Infolinia {B_gen} zablokowała mi kartę i nikt nie umie jej odblokować. Czekam na kontakt {od|już od} {dni}
            [t] Salon {B_gen} odsyła na infolinię, infolinia do salonu. Nikt nie pomógł
            [t] Konsultant {B_gen} obiecał oddzwonić w sprawie awarii. Czekam {dni}
            Czat {B_gen} to bot, który nic nie rozumie, a konsultanta brak. Nikt nie pomógł
            Trzeci dzień czekam na odpowiedź od {B_gen} w sprawie reklamacji. Zero kontaktu
            [g] Napisałam do {B_gen} w sprawie brakujących produktów {dni} temu, nikt nie odpowiedział

            == OUTAGE
            Aplikacja {B_gen} nie działa {od rana|od samego rana|od świtu|od siódmej rano}
            Awaria {w_B}? Nic się nie ładuje
            Aplikacja {B_gen} {znowu|znów|po raz kolejny|kolejny raz} nie działa, wywala błąd przy logowaniu
            Nie mogę się zalogować do aplikacji {B_gen} od godziny
            Strona {B_gen} nie działa, a ja muszę coś załatwić dzisiaj
            {B} awaria za awarią, trzecia w tym miesiącu
            [b] {B} {znowu|znów|po raz kolejny|kolejny raz} leży, nie mogę zapłacić ani zrobić przelewu
            [b] Bankowość {B_gen} nie działa, płatność kartą odrzucona w sklepie
            [b] Aplikacja {B_gen} wywala błąd przy każdym przelewie
            [b] Kolejna awaria {w_B}, trzecia w tym miesiącu
            [b] Nie mogę zapłacić kartą {B_gen}, terminal odrzuca, a w apce błąd
            [b] Strona {B_gen} niedostępna, BLIK nie działa. Super, stoję przy kasie
            [b] {B} padł system? Przelewy wiszą {od rana|od samego rana|od świtu|od siódmej rano}
            [b] Nie mogę się zalogować do {B_gen} {od rana|od samego rana|od świtu|od siódmej rano}, a jutro płacę czynsz
            [b] Leży bankowość internetowa {B_gen}. Kiedy to naprawicie?
            [b] Aplikacja {B_gen} zawiesza się przy autoryzacji, przelew nie przechodzi
            [b] {Znowu|Znów|Po raz kolejny|Kolejny raz} awaria {w_B}, wypłata utknęła, a rachunki czekają
            [b] {B} nie działa ani aplikacja, ani strona. Co się dzieje?
            [t] Brak zasięgu {w_B} {od rana|od samego rana|od świtu|od siódmej rano} {miasto}
            [t] Awaria internetu {B_gen} od wczoraj, a ja pracuję zdalnie
            [t] Awaria sieci {B_gen}? Zero internetu, zero zasięgu
            [t] {B} padła sieć, nie mogę nawet zadzwonić
            [t] Padł internet mobilny {B_gen}, nic się nie ładuje
            [t] {Znowu|Znów|Po raz kolejny|Kolejny raz} brak internetu {w_B}. Ile można?
            [t] Światłowód {B_gen} przestał działać w środku meczu
            [t] Nie mogę się zalogować do aplikacji {B_gen}, a muszę doładować konto
            [t] Brak sieci {w_B} {miasto} od {godz}, a infolinia mówi, że „wszystko działa”
            [t] {B} {znowu|znów|po raz kolejny|kolejny raz} awaria, telefon pokazuje „tylko połączenia alarmowe”
            [t] Co wieczór pada internet {B_gen}, zawsze o tej samej porze. Awaria za awarią
            [c] Aplikacja {B_gen} nie działa, nie mogę nadać paczki
            [c] Strona śledzenia przesyłek {B_gen} niedostępna {od rana|od samego rana|od świtu|od siódmej rano}
            [c] System {B_gen} leży, paczkomaty nie działają, ludzie stoją w kolejce
            [g] Aplikacja {B_gen} wysypuje się przy płatności, koszyk znika
            [g] Nie mogę złożyć zamówienia {w_B}, strona nie działa
            [g] Sklep internetowy {B_gen} leży, a promocja kończy się dziś

            == PRODUCT_DEFECT
            Produkt od {B_gen} niezgodny z opisem, totalny bubel
            Kiepska jakość {w_B}, kiedyś było lepiej
            [g] Truskawki z {B_gen} zgniłe w połowie opakowania. Słaba jakość, a cena jak za złoto
            [g] Mięso z {B_gen} śmierdzi po otwarciu, do wyrzucenia
            [g] Zepsute jajka w dostawie z {B_gen}, trzecie zamówienie z rzędu
            [g] Pomidory z {B_gen} miękkie i zgniłe. Kiepska jakość
            [g] Ser z {B_gen} niezgodny z opisem, zamiast dojrzewającego jakiś tani zamiennik
            [g] Kiepska jakość owoców {w_B}, połowa do kosza
            [g] Pieczywo z {B_gen} czerstwe jak kamień. Słaba jakość za te pieniądze
            [g] Sałata z {B_gen} zwiędła i brudna, wstyd to sprzedawać
            [g] Zamówiłam {produkt} {w_B}, a opakowanie rozerwane i brudne
            [g] {produkt} z {B_gen} zepsute już w dniu dostawy
            [g] Kupiłam {produkt} {w_B} i smakuje jak zepsute. Słaba jakość
            [g] Opakowanie z {B_gen} pęknięte, wszystko się wylało
            [g] Banany z {B_gen} czarne, awokado twarde jak kamień. Kiepska jakość
            [g] Mleko z {B_gen} skwaśniałe dzień po dostawie, śmierdzi
            [t] Telefon kupiony {w_B} zepsuł się po tygodniu
            [t] Router od {B_gen} wadliwy, restartuje się co godzinę
            [t] Nowy telefon z {B_gen} ma pęknięty ekran prosto z pudełka
            [t] Dekoder {B_gen} {znowu|znów|po raz kolejny|kolejny raz} się zepsuł, trzeci w tym roku
            [t] Słuchawki z zestawu {B_gen} przestały działać po dwóch dniach
            [t] Modem od {B_gen} to bubel, ciągle się wyłącza
            [b] Karta z {B_gen} ma wadę, chip nie działa w żadnym terminalu
            [b] Nowa karta {B_gen} pękła po tygodniu. Kiepska jakość
            [b] Token od {B_gen} wadliwy, nie generuje kodów
            [c] Paczkomat {B_gen} zepsuty, skrytka się nie otwiera
            [c] Karton od {B_gen} rozpadł się w rękach, wszystko uszkodzone
            [c] Etykiety {B_gen} odklejają się w transporcie, dlatego paczki giną. Tandeta

            == PRICING_BILLING
            {B} {znowu|znów|po raz kolejny|kolejny raz} podnosi ceny, podwyżka bez uprzedzenia
            {B} obciążył mnie podwójnie za to samo
            Przepłacam {w_B} od miesięcy, czas to zmienić
            Ukryte opłaty {w_B}, nikt o nich nie mówił przy podpisaniu umowy
            Podwyżka {w_B} trzeci raz w roku. Zdzierstwo
            Za drogo {w_B}, a jakość coraz gorsza
            {B} naciąga {klientów|ludzi|swoich klientów} na dodatkowe opłaty
            [b] {B} pobrał mi opłatę za kartę, która miała być darmowa
            [b] Ukryte opłaty {w_B}, prowizja za przelew, której nigdzie nie było
            [b] {B} pobrał dwa razy za tę samą transakcję
            [b] Podwyżka opłat za konto {w_B} od przyszłego miesiąca. Zdzierstwo
            [b] Podwyżka: opłata za prowadzenie konta {w_B} wzrosła do {kwota}. Za co?
            [b] {B} naliczył opłatę za wypłatę z bankomatu, choć miała być darmowa. Ukryte opłaty
            [t] Rachunek od {B_gen} wyższy o {kwota} bez żadnego powodu. Zdzierstwo
            [t] {B} naliczył mi roaming, choć nie wyjeżdżałem z Polski. Naciąganie
            [t] Podwyżka abonamentu {w_B} w trakcie umowy. Tak można?
            [t] Faktura od {B_gen} {znowu|znów|po raz kolejny|kolejny raz} błędna, obciążono mnie za usługi, których nie zamawiałem
            [t] {B} pobrał {kwota} za usługi premium, których nigdy nie włączałem
            [t] Abonament {w_B} droższy o {kwota}, „bo inflacja”. Naciąganie
            [g] Ceny {w_B} poszły w górę o 20% w miesiąc. Drożyzna
            [g] {B} pobrał mi dwa razy za jedno zamówienie
            [g] Opłata za dostawę {w_B} {znowu|znów|po raz kolejny|kolejny raz} wyższa. Za drogo
            [g] Na paragonie z {B_gen} inne ceny niż w aplikacji. Przepłaciłam {kwota}
            [c] {B} pobrał dopłatę za gabaryt, choć paczka mała
            [c] Ceny przesyłek {w_B} wyższe niż u konkurencji, zdzierstwo
            [c] {B} podniósł ceny nadania paczek o 30%. Drożyzna
            [b] {B} pobrał prowizję za przelew natychmiastowy, choć w tabeli opłat jej nie ma. Naciąganie
            [t] {B} naliczył opłatę za papierową fakturę, o której nikt nie mówił. Ukryte opłaty

            == RETURNS_COMPLAINTS
            Reklamacja {w_B} rozpatrywana {od|już od} {dni}, {zero odpowiedzi|brak odpowiedzi|żadnej odpowiedzi}
            {B} odrzucił moją reklamację bez uzasadnienia
            Czekam na zwrot pieniędzy z {B_gen} {od|już od} {dni}
            Skarga do {B_gen} złożona, odpowiedź: „sprawa w toku”. Od {dni}
            Rekompensata od {B_gen}? Śmiech na sali
            Chcę zwrotu pieniędzy, a {B} odsyła mnie do regulaminu
            Druga reklamacja złożona, a {w_B} nikt jej nawet nie przeczytał
            {B} obiecał zwrot w 14 dni, minęło {dni}
            Reklamacja odrzucona przez {B}, bo „nie spełnia warunków”. Jakich?
            [c] {B} {od|już od} {dni} rozpatruje reklamację zniszczonej paczki
            [c] Odszkodowanie za zgubioną {paczkę|przesyłkę} od {B_gen}? Chyba nigdy
            [c] Reklamacja uszkodzonej przesyłki {w_B} odrzucona, bo „źle zapakowana”
            [b] Reklamacja transakcji {w_B} odrzucona, a to nie ja płaciłem
            [b] {B} nie chce zwrócić pieniędzy za nieautoryzowaną transakcję
            [b] Zwrot prowizji od {B_gen} obiecany miesiąc temu, {dalej|nadal|wciąż|ciągle} nic
            [g] Zwrot za zepsute produkty z {B_gen} obiecany {dni} temu. Dalej nic
            [g] {B} zamiast zwrotu pieniędzy oferuje kupon. Nie, dziękuję
            [g] Reklamacja brakujących produktów {w_B} to droga przez mękę
            [t] Reklamacja rachunku {w_B} odrzucona po raz drugi
            [t] Odstąpienie od umowy z {B_gen} trwa dłużej niż sama umowa
            [t] {B} nie uznał reklamacji wadliwego telefonu, bo „ślady użytkowania”
            [c] {B} odrzucił reklamację zgubionej paczki i nie chce wypłacić odszkodowania
            Zwrot pieniędzy {w_B} trwa dłużej niż sama dostawa. Reklamacja bez odpowiedzi

            == SAFETY_HEALTH
            [g] Zatrucie po sałatce z {B_gen}, cała rodzina chora
            [g] W sałatce z {B_gen} znalazłam robaka
            [g] Przeterminowane mięso z {B_gen}, ktoś to w ogóle sprawdza?
            [g] Alergen niewymieniony na etykiecie produktu {B_gen}, syn w szpitalu
            [g] Spleśniały chleb z {B_gen}, dziecko zjadło kawałek, zanim zauważyłam
            [g] Pleśń na serze z {B_gen}, a data ważności jeszcze tydzień
            [g] Po kurczaku z {B_gen} zatrucie pokarmowe, dwa dni w łóżku
            [g] Larwy w mące z {B_gen}. Skażony towar w sprzedaży
            [t] Ładowarka z zestawu {B_gen} stopiła się w gniazdku, o mało nie było pożaru
            [t] Bateria w telefonie od {B_gen} spuchła i zaczęła dymić. Niebezpieczne!
            [c] Kurier {B_gen} jeździ jak wariat po osiedlu, niebezpiecznie dla dzieci
            [c] Paczka z {B_gen} przyszła z wyciekającą chemią, poparzyłam rękę
            [b] Bankomat {B_gen} w ciemnym przejściu, bez oświetlenia i kamer. Niebezpiecznie
            [g] Szkło w jogurcie z {B_gen}. Niebezpieczne, syn mógł się poranić
            [c] Paczka {B_gen} z baterią litową przyszła rozgrzana i dymiła. Niebezpieczne!

            == ETHICS_SCANDAL
            Bojkot {B_gen} do skutku
            {B} dyskryminuje ludzi i jeszcze udaje, że nic się nie stało. Hańba
            Po tym, co zrobił {B}, rezygnuję. Bojkotuję
            Afera {w_B}: szefostwo kłamało w żywe oczy
            Wstyd mi, że byłem klientem {B_gen}. Hańba
            Zarząd {B_gen} powinien przeprosić. Ta afera to hańba
            Nie będę wspierać firmy, która dyskryminuje ludzi. Żegnaj {B}
            Skandal. {B} nawet nie przeprosił, tylko usunął post
            Rezygnuję z {B_gen}. Nie wspieram dyskryminacji
            Bojkotujcie {B}, dopóki nie przeprosi
            Skandal {w_B}, a rzecznik udaje, że problemu nie ma
            [b] Rasistowska reklama {B_gen}? Serio, w 2026 roku?
            [b] {B} w reklamie kpi z imigrantów. Rasizm w czystej postaci
            [b] Reklama {B_gen} jest rasistowska i obraźliwa. Zamykam konto
            [b] Skandaliczny spot {B_gen}, kto to zatwierdził? Bojkot
            [b] {B} odmawia kredytów ludziom o obco brzmiących nazwiskach? Jeśli to prawda, to skandal i dyskryminacja
            [b] Ten rasistowski spot {B_gen} to nie „{żart|kpina|cyrk}”. Przeproście
            [b] Zamknęłam konto {w_B} po tej rasistowskiej reklamie
            [c] Wyzysk kurierów {w_B}: 14 godzin dziennie za grosze. Bojkot!
            [c] Kurierzy {B_gen} bez przerw i bez umów. Skandal i wyzysk
            [c] {B} zwalnia kurierów, którzy upomnieli się o wypłaty. Hańba
            [c] Mobbing i wyzysk {w_B}. Kurierzy mówią wprost
            [g] {B} sprzedaje produkty od dostawcy, który wykorzystuje dzieci? Skandal
            [g] Dostawca {B_gen} oskarżony o wyzysk pracowników. Bojkot
            [g] {B} kupuje od farm, gdzie zwierzęta cierpią. Skandal
            [t] {B} sprzedaje dane {klientów|ludzi|swoich klientów} reklamodawcom? To skandal
            [t] Afera z danymi {w_B}. Moje dane sprzedane bez zgody?
            [t] {B} podsłuchuje {klientów|ludzi|swoich klientów}? Jeśli to prawda, bojkot

            == SCANDAL_NEWS
            Skandal wokół {B_gen}. Zarząd zapowiada oświadczenie
            Bojkot {B_gen} rośnie w sieci. Co dalej z firmą?
            Afera {w_B}: co wiemy do tej pory
            Burza wokół {B_gen}. Internauci zapowiadają bojkot
            {B} pod ostrzałem. Eksperci: to poważny kryzys wizerunkowy, skandal
            [b] Burza wokół reklamy {B_gen}. Internauci zarzucają bankowi rasizm
            [b] {B} usuwa spot po oskarżeniach o rasizm. Klienci zapowiadają bojkot
            [b] Rasistowska reklama {B_gen}? Rzecznik banku przeprasza, internauci nie odpuszczają
            [c] Kurierzy {B_gen} ujawniają warunki pracy. Eksperci: to wyzysk
            [c] Afera {w_B}: kurierzy bez wypłat, firma milczy
            [g] Dostawca {B_gen} oskarżony o pracę dzieci. Sieć milczy, klienci zapowiadają bojkot
            [t] Afera wokół {B_gen}: operator miał sprzedawać dane klientów

            == DISLIKE
            Nie lubię {B_gen}, sama nie wiem czemu
            {B} to najgorsza firma w Polsce, porażka
            Nigdy więcej {B_gen}, mam dość
            {B} mnie rozczarował
            {B} coraz gorszy, fatalnie to wygląda
            Szkoda słów na {B}, beznadzieja
            Mam złe doświadczenia z {B_gen}, odradzam
            Nie polecam {B_gen}, strata nerwów i czasu
            Z {B_gen} zawsze są jakieś problemy, mam dość
            {B} to porażka, a nie firma
            Żałuję, że wybrałem {B}, same problemy
            Słabo to wygląda {w_B} ostatnio
            {B} mnie wkurza coraz bardziej
            Odradzam {B}, same nerwy

            == PRAISE
            {B} jak zawsze na czas, dzięki!
            Świetna obsługa {w_B}, polecam
            Super aplikacja {B_gen}, wszystko działa 👍
            Bardzo miła pani na czacie {B_gen}, problem rozwiązany w 5 minut
            Uwielbiam {B}!
            {B} naprawdę się stara, widać poprawę
            Dzięki {@care} za szybką i miłą pomoc!
            Polecam {B}, zero problemów od lat
            Pozytywne zaskoczenie z {B_gen}, tak trzymać
            Brawo {B}, w końcu ktoś myśli o klientach
            Jestem bardzo zadowolona z {B_gen}
            {B} zrobił mi dzień, dziękuję!
            Najlepsza decyzja w tym roku: przejście do {B_gen}
            Kocham {B} za to, jak szybko wszystko załatwiają
            Miło, że {B} pamięta o stałych klientach
            [c] Paczka z {B_gen} przyszła szybciej, niż myślałem :)
            [c] Kurier {B_gen} super, zadzwonił wcześniej i poczekał 👍
            [c] {B} dowiózł w sobotę rano, szacun
            [c] Najszybszy kurier w mieście to {B}, serio
            [b] {B} to najwygodniejsza aplikacja bankowa, jaką miałem
            [b] Konto {w_B} bez opłat i wszystko jasne. Polecam
            [b] Przelew natychmiastowy {w_B} działa błyskawicznie, super
            [b] Doradca {w_B} świetnie wszystko wytłumaczył, polecam
            [g] Truskawki z {B_gen} pyszne, jak z działki 🍓
            [g] Zakupy z {B_gen} zawsze świeże, polecam
            [g] {B} ma najlepsze pieczywo w mieście
            [g] Kierowca {B_gen} przemiły, wniósł zakupy na czwarte piętro
            [t] Zasięg {B_gen} nawet w górach, szacun
            [t] Internet {B_gen} śmiga, 300 mega jak w umowie
            [t] Przeniosłem numer do {B_gen} w jeden dzień, bezproblemowo

            == QUESTION
            Do której dziś pracuje {B}?
            Czy {w_B} da się zmienić dane w aplikacji?
            Ma ktoś doświadczenia z {B_gen}? Warto?
            Co sądzicie o {B_loc}?
            Jak długo trwa założenie konta {w_B}?
            Ktoś wie, czy {B} działa w święta?
            Czy {B} ma jakąś promocję na start?
            Gdzie {w_B} znajdę regulamin?
            Czy {B} ma aplikację na zegarek?
            [c] Czy {B} dostarcza też w niedzielę?
            [c] Jak długo {B} przechowuje rzeczy w punkcie odbioru?
            [c] Czy {w_B} da się zmienić adres po nadaniu?
            [c] Ile kosztuje nadanie paczki {w_B}?
            [b] Jak założyć konto {w_B} przez aplikację?
            [b] Czy {B} ma kantor w aplikacji?
            [b] Czy karta {B_gen} działa za granicą bez przewalutowania?
            [g] Czy {B} dowozi też na wieś pod {miasto}?
            [g] Do której trzeba zamówić {w_B}, żeby dostać zakupy jutro?
            [g] Czy {B} ma produkty bez glutenu?
            [t] Czy {B} ma już eSIM?
            [t] Jaki zasięg ma {B} na Mazurach?
            [t] Czy da się przenieść numer do {B_gen} przez internet?

            == CHATTER
            {B} ma nowe logo
            {B} otwiera nowe biuro {miasto}
            Właśnie czytam o {B_loc} w gazecie
            Mój brat pracuje {w_B} od roku
            {B} ma nową reklamę w radiu
            Widziałem dziś billboard {B_gen} na rondzie
            Przeniosłem się do {B_gen} w zeszłym miesiącu
            {B} sponsoruje lokalny bieg w weekend
            Dziś mija rok, odkąd jestem {w_B}
            Rozmawialiśmy w pracy o {B_loc}
            [c] Właśnie odebrałem paczkę z {B_gen}
            [c] Zamówiłem kuriera {B_gen} na jutro
            [c] {B} wprowadza nowe punkty odbioru {miasto}
            [b] Przeniosłam konto do {B_gen}
            [b] {B} ogłosił wyniki za kwartał
            [g] Zamówiłam zakupy {w_B} na jutro
            [g] {B} ma nowe opakowania
            [t] Mam {B} od roku
            [t] {B} uruchamia 5G {miasto}

            == NEWS
            {B} otwiera nowe centrum {miasto}. Pracę znajdzie 200 osób
            {B} z nowym prezesem. Rada nadzorcza ogłosiła decyzję
            {B} podsumowuje kwartał: przychody wyższe o 8 procent
            {B} rozszerza działalność na kolejne miasta
            Nowy członek zarządu {w_B}. Kim jest?
            {B} inwestuje w elektryczną flotę i nowe technologie
            [c] {B} uruchamia tysiąc nowych automatów paczkowych
            [b] {B} wprowadza płatności zegarkiem dla wszystkich klientów
            [g] {B} poszerza strefę dostaw o kolejne dzielnice
            [t] {B} rozbudowuje sieć 5G, w planie 300 nowych stacji

            == CRISIS_QUESTION
            Co się dzieje z {B_gen}?
            Ktoś wie, o co chodzi z {B_gen}? Wszyscy o tym piszą
            {B}, u was też tak?
            Czy ktoś z {B_gen} może to wyjaśnić?
            Czekam na oficjalne stanowisko {B_gen}
            Widzieliście, co się dzieje {w_B}?
            Ktoś ma info, kiedy {B} to ogarnie?
            Czy {B} wydał już jakieś oświadczenie?
            Dopiero się dowiedziałem o {B_loc}. Jak to wygląda u was?
            {B} na trendach, o co chodzi?

            == DEFENCE
            U mnie z {B_gen} zawsze wszystko ok, nie przesadzajcie
            Ja tam {B} lubię, raz się zdarzyło i już lincz
            Zawsze byłem zadowolony z {B_gen}, poczekajmy na wyjaśnienia
            Spokojnie, {B} na pewno to naprawi, do tej pory było super
            Korzystam z {B_gen} od lat i jestem zadowolona

            == CAMPAIGN_PRAISE
            Nowa reklama {B_gen} jest genialna 😂
            Ale fajna ta kampania {B_gen}! {#campaign}
            Piosenka z reklamy {B_gen} chodzi mi po głowie cały dzień 😄
            Brawo {B}, w końcu reklama z pomysłem
            Najlepsza reklama roku? Moim zdaniem {B}!
            Uśmiałam się na nowej reklamie {B_gen}, świetna robota
            {B} pozamiatał tą kampanią {#campaign}
            Kocham nową reklamę {B_gen}, cudowna
            Super oferta {w_B} na start, biorę! {#campaign}
            Świetny pomysł {B_gen} z tą akcją {#campaign}
            [g] Przepisy z kampanii {B_gen} wypróbowane, pycha
            [g] {B} z nową kampanią i przepisami, super sprawa {#campaign}
            [t] Nowa oferta {B_gen} wygląda super, chyba zmienię abonament
            [b] Nowe konto {w_B} z fajnym bonusem, świetna promocja {#campaign}
            [c] Genialny spot {B_gen} z kurierem-superbohaterem 😂

            == CAMPAIGN_CHATTER
            Widzieliście nową reklamę {B_gen}?
            {B} startuje z nową kampanią {#campaign}
            Kto gra w nowej reklamie {B_gen}?
            Nowa kampania {B_gen} wszędzie w sieci
            {B} ruszył z akcją {#campaign}, ktoś już sprawdzał?
            Reklama {B_gen} właśnie leciała w przerwie meczu
            Podobno {B} ma nowego ambasadora marki
            {B} pokazał nowy spot {#campaign}

            == CAMPAIGN_DISLIKE
            Ta reklama {B_gen} leci co 5 minut, już nie mogę
            Nie rozumiem nowej reklamy {B_gen}, słabe
            Reklama {B_gen} jest irytująca
            Kolejna nudna i głupia reklama, tym razem {B}

            == CAMPAIGN_POST
            Startujemy! Nowa kampania {B_gen} już w TV i w sieci {#campaign}
            Nowość {w_B}! Sprawdźcie, co dla Was przygotowaliśmy {#campaign}
            Premiera! Zobaczcie nowy spot {B_gen} 🎉 {#campaign}

            == CONTEST_POST
            KONKURS! Oznacz znajomego i napisz, za co lubisz {B}. Do wygrania 50 bonów 🎉 {#campaign}
            Konkurs {B_gen} trwa do jutra! Oznacz dwie osoby w komentarzu {#campaign}

            == CONTEST_ENTRY
            Biorę udział! {@user} {@user2} {#campaign} {B}
            Lubię {B}, bo zawsze na czas 😍 {@user} {#campaign}
            Chciałabym wygrać! {@user} {B} {#campaign} 🍀
            {B} najlepszy! {@user} {@user2} {#campaign}
            Konkurs {B_gen}, biorę udział 🎉 {@user}
            Za co lubię {B}? Za uśmiech kuriera 😊 {@user} {#campaign}
            Super konkurs {B_gen}! {@user} {@user2}
            Wchodzę w to! {#campaign} {B} {@user}
            Uwielbiam {B}, trzymajcie kciuki 🤞 {@user}
            {@user} zobacz, konkurs {B_gen}! {#campaign}

            == CONTEST_QUESTION
            Kiedy wyniki konkursu {B_gen}?
            Czy w konkursie {B_gen} można brać udział kilka razy?
            {B}, do której godziny trwa konkurs?
            Gdzie {B} ogłosi zwycięzców?

            == BRAND_REPLY
            {@to} Przykro nam, napisz do nas w wiadomości prywatnej, sprawdzimy to.
            {@to} Dzień dobry, prosimy o szczegóły w wiadomości prywatnej, pomożemy!
            {@to} Przepraszamy za kłopot, przekazaliśmy sprawę do wyjaśnienia.
            {@to} Dziękujemy za zgłoszenie, odezwiemy się najpóźniej jutro.
            {@to} Bardzo nam przykro. Prosimy o kontakt na priv, zajmiemy się tym od razu.
            {@to} Sprawdzamy to. Daj nam chwilę, proszę.
            [c] {@to} Dzień dobry, prosimy o numer przesyłki w DM, sprawdzimy, co się dzieje.
            [b] {@to} Dzień dobry, prosimy nie podawać tu danych konta, zapraszamy na priv.
            [g] {@to} Przepraszamy! Prosimy o numer zamówienia w wiadomości prywatnej.
            [t] {@to} Dzień dobry, podeślij proszę w DM numer telefonu, sprawdzimy sieć w Twojej okolicy.

            == BRAND_THANKS
            {@to} Dziękujemy, miło nam! 💙
            {@to} Bardzo dziękujemy za miłe słowa!
            {@to} Dzięki, przekażemy zespołowi 😊

            == BRAND_STATEMENT
            Przepraszamy za utrudnienia. Pracujemy nad rozwiązaniem problemu, informacje na bieżąco. {B}
            Wiemy o problemie i pracujemy nad nim. Dziękujemy za cierpliwość. {B}
            Oświadczenie {B_gen}: wyjaśniamy sprawę i wrócimy z informacjami dziś wieczorem.

            == OPENER_NEG
            Serio?
            Znowu to samo.
            Kolejny raz to samo.
            Mam dość.
            Halo {@care}!
            Ludzie, uważajcie.
            Szok.
            Ręce opadają.
            Dzień dobry, kolejna historia.
            Szczerze?
            Ręce opadają, serio.
            Znowu.

            == CLOSER_NEG
            Żenada.
            Masakra.
            Szkoda słów.
            Nigdy więcej.
            Jak długo jeszcze?
            Ktoś ma podobnie?
            Dramat.
            Porażka.
            Odradzam.
            Tragedia.
            Mam dość.
            Słabo, bardzo słabo.
            [c] Zmieniam kuriera.
            [b] Zmieniam bank.
            [g] Wracam do zwykłego sklepu.
            [t] Zmieniam operatora.

            == CLOSER_POS
            Polecam!
            Tak trzymać!
            Dzięki!
            Super!
            Brawo!

            == QUOTE
            {@inf} u mnie to samo!
            {@inf} mam dokładnie tak samo:
            {@inf} potwierdzam, też to przeżyłem.
            {@inf} dobrze, że ktoś to nagłośnił.
            Też to mam {@inf}!
            {@inf} to nie jest pojedynczy przypadek.
            {@inf} dokładnie! U mnie:
            {@inf} niestety to prawda.

            == SHARE_CALL
            Udostępnijcie, niech wszyscy zobaczą, jak traktują klientów!
            Podajcie dalej, omijajcie ich szerokim łukiem.
            Udostępniajcie, żeby nikt więcej się nie naciął.
            Nie dajcie się nabrać, to koszmar.

            == DETAIL
            Piszę {z_miasta}
            Piszę {pora}, bo wcześniej nie miałem siły
            {osoba} ma dokładnie to samo
            {osoba} ma identycznie, sprawdzaliśmy
            Jestem ich klientem od {n} lat
            Sprawa ciągnie się {od_kiedy}
            Mieszkam {miasto}, jakby to miało znaczenie
            Wziąłem wolne {kiedy}, żeby to załatwić
            Ktoś {miasto} też tak ma?
            Wszystko mam udokumentowane, zrzuty ekranu też
            Mam dwójkę dzieci i naprawdę nie mam na to czasu
            {kiedy} {pora} próbowałem to wyjaśnić
            Piszę {pora}, {kiedy} było to samo
            Mój {n}-letni syn pyta, czemu tata krzyczy na telefon
            {osoba} od dawna mi ich odradza, trzeba było słuchać
            Dzieje się to {miasto}, a nie na końcu świata
            Od {n} lat polecałem ich znajomym
            Na szczęście {osoba} ma laptopa, to chociaż mogę pisać
            Nie piszę dla hejtu, tylko żeby ktoś to przeczytał
            [c] W paczce {rzecz}
            [c] Zamawiałam {rzecz} {okazja}
            [c] Nadawca: {sklep}
            [c] Zamówienie złożone {kiedy}, {rzecz} {okazja}
            [c] Chodziło o {rzecz}, {okazja}
            [c] Sklep, {sklep}, wysłał wszystko {kiedy}
            [g] Zamawiałam {produkty} {okazja}
            [g] Na liście: {produkty} i kilka drobiazgów
            [g] Zamówienie złożone {kiedy} {pora}
            [b] Chciałam zapłacić {platnosc}
            [b] Płaciłem {platnosc}, jak co miesiąc
            [b] Konto założone {kiedy}, pierwszy raz takie coś
            [t] Chodzi o {usluga}
            [t] Mam u nich {usluga} od {n} lat
            [t] Pracuję zdalnie {miasto}, więc to dla mnie podstawa

            == VIRAL_INTRO
            Jestem wściekły.
            Muszę to opisać, bo mnie krew zalewa.
            Nie sądziłem, że będę to pisać, ale mam dość.
            Koszmar ostatnich dni.
            """;
}
