#!/usr/bin/env python3
# Writes mentions.ndjson: the demo stream of invented mentions of three invented brands, with a
# delivery crisis of "Kurier Błysk" from 11:00 to 12:30 UTC (a viral post at 11:10 and its
# reposts), brand replies, and a few invalid records. All text was written for this project.
# Deterministic (fixed seed): rerun from this folder to regenerate the same file.
import json, random, datetime
random.seed(20261123)
start = datetime.datetime(2026, 11, 23, 8, 0, tzinfo=datetime.timezone.utc)
brands = {
 "blysk": {"names": ["Kurier Błysk", "Błysk", "@BlyskKurier"], "care": "BlyskPomoc"},
 "novabank": {"names": ["NovaBank", "@NovaBank"], "care": "NovaBankHelp"},
 "freshco": {"names": ["FreshCo", "@FreshCo"], "care": "FreshCoCare"},
}
platforms = ["twitter", "facebook", "instagram", "tiktok", "youtube", "forum", "reviews"]
pos_pl = ["{b} jak zawsze na czas, dzięki!", "Świetna obsługa w {b}, polecam", "Zamówienie z {b} przyszło szybciej niż myślałem :)", "Super aplikacja {b}, wszystko działa 👍", "Bardzo miła pani na czacie {b}, problem rozwiązany"]
neu_pl = ["Ktoś wie, do której dziś pracuje {b}?", "Czy {b} dostarcza też w niedzielę?", "Zmieniłem adres w aplikacji {b}", "{b} ma nowe logo", "Jak długo {b} trzyma paczkę w punkcie?"]
neg_pl = ["{b} znowu spóźnienie, trzeci dzień czekam na paczkę", "Obsługa {b} nie odpisuje od tygodnia 😡", "Reklamacja w {b} to jakaś porażka", "Aplikacja {b} nie działa od rana", "Za drogo w {b}, podnieśli ceny bez uprzedzenia"]
pos_en = ["Loving the new {b} app, so smooth!", "{b} support sorted my issue in minutes, thanks", "Great value at {b} this week", "Parcel from {b} arrived early :)", "Big thanks to the {b} team 🙌"]
neu_en = ["Does {b} deliver on Sundays?", "Switching my account to {b}, any tips?", "{b} opening hours today?", "Just saw the new {b} ad", "Is {b} in Kraków too?"]
neg_en = ["{b} lost my parcel again, unbelievable", "Still waiting for a refund from {b}, two weeks now", "{b} app down again?!", "Rude staff at {b} today, never again", "{b} charged me twice for one order"]
crisis_pl = ["{b} od trzech dni nie dowozi paczek, totalny chaos #BłyskStop", "Moja paczka z {b} utknęła w sortowni, nikt nic nie wie", "{b} zgubił moje zamówienie, a obsługa milczy 😡😡", "Czekam 5 dni na kuriera {b}, skandal", "Nie zamawiajcie z dostawą {b}, paczki leżą w magazynie #BłyskStop", "{b} nie odbiera telefonów, paczki stoją od poniedziałku"]
crisis_en = ["{b} parcels stuck for days, what is going on? #BlyskStop", "Day 4 waiting for {b}, support ignores me", "{b} delivery meltdown, nothing arrives", "Avoid {b}, my order is lost and nobody answers"]
viral = "Kurier Błysk przetrzymuje paczki od tygodnia, a infolinia odkłada słuchawkę. Tak się traktuje klientów? Udostępnijcie, niech to zobaczą! #BłyskStop"
lines = []
n = 0
def mk(ts, brand, text, lang, platform=None, author=None, followers=None, shares=0, likes=0, reply=None, sentiment=None):
    global n
    n += 1
    platform = platform or random.choice(platforms)
    m = {"id": f"{platform}:{100000+n}", "platform": platform, "created_at": ts.strftime("%Y-%m-%dT%H:%M:%SZ"), "text": text}
    if brand and random.random() < 0.3: m["brand"] = brand
    if random.random() < 0.5: m["lang"] = lang
    a = author or f"user{random.randint(1, 400)}"
    m["author"] = {"id": "a-" + a, "handle": a, "followers": followers if followers is not None else int(random.lognormvariate(5, 1.5)), "verified": (followers or 0) > 100000}
    m["engagement"] = {"likes": likes or random.randint(0, 20), "shares": shares or random.randint(0, 3), "comments": random.randint(0, 5)}
    if platform in ("youtube", "tiktok"): m["engagement"]["views"] = random.randint(100, 20000)
    if reply: m["in_reply_to"] = reply
    if sentiment is not None: m["sentiment"] = sentiment
    return m
t = start
end = start + datetime.timedelta(hours=6)
crisis_start = start + datetime.timedelta(hours=3)
crisis_end = crisis_start + datetime.timedelta(minutes=90)
records = []
while t < end:
    for b, info in brands.items():
        rate = 0.5  # per minute
        in_crisis = b == "blysk" and crisis_start <= t < crisis_end
        if in_crisis: rate = 6
        k = sum(1 for _ in range(12) if random.random() < rate / 12 * 1.0) if not in_crisis else random.randint(3, 9)
        for _ in range(k):
            ts = t + datetime.timedelta(seconds=random.randint(0, 59))
            name = random.choice(info["names"])
            pl = random.random() < 0.6
            if in_crisis and random.random() < 0.8:
                text = random.choice(crisis_pl if pl else crisis_en).format(b=name)
            else:
                r = random.random()
                pool = (pos_pl, neu_pl, neg_pl) if pl else (pos_en, neu_en, neg_en)
                text = random.choice(pool[0] if r < 0.35 else pool[1] if r < 0.75 else pool[2]).format(b=name)
            m = mk(ts, b, text, "pl" if pl else "en")
            records.append(m)
            if random.random() < 0.15:
                rts = ts + datetime.timedelta(minutes=random.randint(5, 50))
                records.append(mk(rts, b, f"@{m['author']['handle']} Przykro nam, napisz do nas w wiadomości prywatnej, sprawdzimy to." if pl else f"@{m['author']['handle']} Sorry to hear that, please DM us and we'll look into it.", "pl" if pl else "en", platform=m["platform"], author=info["care"], followers=15000, reply=m["id"]))
    if t == crisis_start + datetime.timedelta(minutes=10):
        v = mk(t + datetime.timedelta(seconds=5), "blysk", viral, "pl", platform="twitter", author="MarekPoleca", followers=310000, shares=1800, likes=5200)
        records.append(v)
        for i in range(25):
            records.append(mk(t + datetime.timedelta(minutes=random.randint(1, 40), seconds=random.randint(0, 59)), None, "RT @MarekPoleca: " + viral, "pl", platform="twitter"))
    t += datetime.timedelta(minutes=1)
records.sort(key=lambda m: m["created_at"])
out = [json.dumps(m, ensure_ascii=False) for m in records]
# Bad records the job must dead-letter without stopping.
bad = [
    'this is not json',
    '{"id": "twitter:broken", "platform": "twitter", "text": "brak daty"}',
    '{"id": "facebook:badtime", "platform": "facebook", "created_at": "23.11.2026 10:00", "text": "zła data"}',
    '{"id": "instagram:neg", "platform": "instagram", "created_at": "2026-11-23T10:00:00Z", "text": "x", "author": {"followers": -10}}',
    '["an", "array"]',
    '{"id": 12345, "platform": "twitter", "created_at": "2026-11-23T10:00:00Z", "text": "numeric id"}',
    '{"id": "tiktok:notext", "platform": "tiktok", "created_at": "2026-11-23T10:00:00Z"}',
]
for i, b in enumerate(bad):
    out.insert(50 + i * 97, b)
open("mentions.ndjson", "w").write("\n".join(out) + "\n")
print(len(out), "lines,", len(bad), "bad")
