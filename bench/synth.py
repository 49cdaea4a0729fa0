"""Synthetic archives of 10k, 100k or 1M talks with Swedish-looking text, for benchmarks.

The schema comes from `create_archive` (the real migrations); rows go in with
raw `executemany` because a million ORM objects would take an hour, and the
search index is then filled by `rebuild_index`, the same code `check` uses.
Text is drawn with a Zipf-like skew from real Swedish words (with å ä ö),
compounds of them, Norrbotten's municipalities and common Swedish names, so
prefix queries meet realistic term frequencies. Built archives are cached in
bench/.cache/ (git-ignored) and reused.

    python bench/synth.py --sizes 10000,100000
"""

from __future__ import annotations

import argparse
import random
import shutil
import sqlite3
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT.parent / "src"))

from vaxa_desktop.domain.text import person_sort_key, sort_key  # noqa: E402
from vaxa_desktop.storage.archive import create_archive, open_archive  # noqa: E402
from vaxa_desktop.storage.search_index import rebuild_index  # noqa: E402

CACHE = ROOT / ".cache"


def _words(text: str) -> list[str]:
    return text.split()


VERSION = 3  # bump when the generated data or the schema changes

MUNICIPALITIES = _words(
    "Arjeplog Arvidsjaur Boden Gällivare Haparanda Jokkmokk Kalix Kiruna Luleå "
    "Pajala Piteå Älvsbyn Överkalix Övertorneå"
)

FIRST_NAMES = _words(
    "Anna Eva Maria Karin Sara Lena Kerstin Ingrid Marie Emma Malin Johanna Linnéa Åsa "
    "Elin Josefina Sofia Hanna Ida Maja Lisa Ulla Birgitta Märta Signe Ebba Tove Saga "
    "Lars Karl Erik Anders Per Johan Mikael Nils Jan Hans Peter Olof Sverker Sören "
    "Björn Göran Jonas Mattias Fredrik Daniel Henrik Stefan Åke Örjan Pär Tomas René"
)
SURNAMES = _words(
    "Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson "
    "Gustafsson Pettersson Jonsson Jansson Hansson Bengtsson Lindberg Lindqvist Lundgren "
    "Berglund Sandgren Olofsson Syssner Häggroth Öberg Åström Ström Wikström Nordström "
    "Lundström Sjöberg Bäckström Nyström Holmström Forsberg Sundqvist Lindström Hägglund "
    "Marklund Burman Lantto Keskitalo Niemi Mäkelä Pekkari Rova Kuoppa Enoksson Isaksson "
    "Zetterberg Müller Lehtonen Nutti Spik Kråik Fjällström Sörlin Älvkvist Ågren"
)

# Everyday and municipal-development Swedish; compounds are made from these too.
WORDS = _words(
    "kommun kommunen kommuner kommunerna kommunal kommunala region regionen län länet "
    "framtid framtiden utveckling utvecklingen tillväxt tillväxten krympning befolkning "
    "befolkningen invånare invånarna arbete arbetet jobb kompetens kompetensförsörjning "
    "näringsliv näringslivet företag företagen industri industrin omställning omställningen "
    "hållbar hållbara hållbarhet hållbarheten grön gröna fossilfri fossilfritt stål järnmalm "
    "gruva gruvan gruvor gruvstad samhälle samhället samhällen social sociala välfärd "
    "välfärden skola skolan skolor förskola vård vården omsorg äldreomsorg hälsa livskvalitet "
    "attraktivitet attraktiv attraktiva bostad bostäder bostadsbyggande planering planeringen "
    "översiktsplan detaljplan mark vatten älv älven älvdal fjäll fjällen skog skogen skogsbruk "
    "rennäring renskötsel samisk samiska meänkieli finska svenska språk kultur kulturen turism "
    "besöksnäring turister vinter sommar midnattssol norrsken kyla snö is sjö sjöar kust "
    "kusten inland inlandet glesbygd landsbygd landsbygden stad städer centrum tätort by byar "
    "väg vägar järnväg tåg malmbanan flyg flygplats hamn transport transporter pendling resor "
    "digital digitala digitalisering bredband uppkoppling innovation innovationer forskning "
    "universitet högskola studenter utbildning utbildningar lärande ledarskap styrning politik "
    "politiker beslut demokrati medborgare dialog samverkan samarbete partnerskap nätverk "
    "ekonomi ekonomin kostnad kostnader kostnadsutveckling budget skatt skatter utjämning "
    "statsbidrag investering investeringar kapacitet förmåga uppdrag ansvar resurser "
    "arbetsmarknad arbetslöshet sysselsättning unga ungdomar äldre familjer barn kvinnor män "
    "inflyttning utflyttning flytt återflytt etablering etableringar nyetablering "
    "vindkraft vattenkraft energi elektricitet elnät batterier vätgas klimat klimatet miljö "
    "natur naturen biologisk mångfald fiske jakt bär lingon hjortron blåbär moltebär "
    "framgång möjligheter utmaningar risker hot styrkor svagheter strategi strategier "
    "vision mål målet handlingsplan uppföljning analys rapport studie utredning kartläggning "
    "exempel erfarenheter lärdomar metoder modeller verktyg arbetssätt nya nytt gamla stora "
    "små lokala regionala nationella europeiska arktiska norra norr nord söder öst väst "
    "växa krympa åtgärder förändring förändringar trygghet säkerhet beredskap kris krisen "
    "pandemi distans möte möten konferens kunskap kunskapsarena arena scen publik samtal "
    "intervju panel föredrag inledning avslutning frågor svar diskussion perspektiv "
    "äga ägande makt värde värden kvalitet service tjänster handel butik butiker mat "
    "livsmedel jordbruk renar fjällturism skidor skoter båt båtar färja bro broar åar "
    "föreningar föreningsliv idrott ishockey bandy musik konst teater bibliotek museum "
    "kyrka historia arv framtidstro hopp oro flyttlass generation generationer"
)

JOINERS = ("för", "och", "i", "av", "med", "på", "om", "till", "från", "mot", "när", "hur")
TALK_TYPES = ("talk", "talk", "talk", "keynote", "panel", "interview")
ROLES = ("speaker", "speaker", "speaker", "moderator", "panellist", "interviewee")
SERIES = ("FoUI rapport", "SOU", "Vinnovarapport VR", "Rapport", "Arbetsrapport")
PUBLISHERS = (
    "Linköpings universitet",
    "Luleå tekniska universitet",
    "Tillväxtverket",
    "Vinnova",
    "Sweco",
    "Region Norrbotten",
    "Norrbottens kommuner",
)


class Text:
    """Seeded word source with a Zipf-like skew over a few thousand words."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        rng = random.Random(seed + 1)
        nouns = [w for w in WORDS if len(w) > 3]
        compounds = {rng.choice(nouns) + rng.choice(nouns) for _ in range(2500)}
        vocab = list(dict.fromkeys([*WORDS, *MUNICIPALITIES, *sorted(compounds)]))
        rng.shuffle(vocab)
        self.vocab = vocab
        weights = [1.0 / (rank + 8) for rank in range(len(vocab))]
        total = 0.0
        self.cum: list[float] = []
        for w in weights:
            total += w
            self.cum.append(total)

    def words(self, n: int) -> list[str]:
        return self.rng.choices(self.vocab, cum_weights=self.cum, k=n)

    def title(self) -> str:
        w = self.words(self.rng.randint(2, 5))
        if len(w) > 2:
            w.insert(self.rng.randint(1, len(w) - 1), self.rng.choice(JOINERS))
        return " ".join(w).capitalize()

    def sentence(self, n: int) -> str:
        w = self.words(n)
        for i in range(2, len(w), 5):
            w[i] = self.rng.choice(JOINERS)
        return " ".join(w).capitalize() + "."

    def paragraph(self, words: int) -> str:
        out = []
        while words > 0:
            n = min(words, self.rng.randint(6, 14))
            out.append(self.sentence(n))
            words -= n
        return " ".join(out)

    def name(self) -> str:
        return f"{self.rng.choice(FIRST_NAMES)} {self.rng.choice(SURNAMES)}"


def _insert(con: sqlite3.Connection, table: str, cols: Sequence[str], rows: Iterable[Any]) -> None:
    """executemany, filling other NOT NULL columns with '' or 0 (defaults live in the ORM)."""
    info = con.execute(f"PRAGMA table_info({table})").fetchall()
    extra = [
        (r[1], 0 if "INT" in r[2].upper() or "BOOL" in r[2].upper() else "")
        for r in info
        if r[3] and r[1] not in cols and r[1] != "id"
    ]
    all_cols = [*cols, *(c for c, _ in extra)]
    tail = tuple(v for _, v in extra)
    sql = f"INSERT INTO {table} ({', '.join(all_cols)}) VALUES ({', '.join('?' * len(all_cols))})"
    con.executemany(sql, (tuple(r) + tail for r in rows))


def _fill(con: sqlite3.Connection, n_talks: int, seed: int) -> None:
    tx = Text(seed)
    rng = tx.rng
    n_conf = max(4, n_talks // 200)
    n_people = max(50, n_talks // 10)
    n_orgs = max(20, n_people // 50)
    n_docs = max(10, n_talks // 100)
    n_rec = n_talks // 20
    n_transcripts = n_talks // 100

    orgs = [f"{m} kommun" for m in MUNICIPALITIES] + list(PUBLISHERS)
    while len(orgs) < n_orgs:
        orgs.append(f"{tx.words(1)[0].capitalize()} {rng.choice(MUNICIPALITIES)} AB")
    orgs = list(dict.fromkeys(orgs))
    _insert(
        con,
        "organisation",
        ("id", "name", "sort_key"),
        ((i + 1, o, sort_key(o)) for i, o in enumerate(orgs)),
    )

    def conferences() -> Iterator[tuple[Any, ...]]:
        for i in range(1, n_conf + 1):
            year = 1990 + i % 36
            place = rng.choice(MUNICIPALITIES)
            title = f"Växa eller Krympa {year}" if i % 3 else f"{tx.title()} {place} {year}"
            yield (
                i,
                year,
                title,
                sort_key(title),
                tx.sentence(6),
                place,
                "in-person",
                "held",
                tx.paragraph(40),
            )

    _insert(
        con,
        "conference",
        ("id", "year", "title", "sort_key", "theme", "place", "format", "status", "description"),
        conferences(),
    )

    def people() -> Iterator[tuple[Any, ...]]:
        for i in range(1, n_people + 1):
            name = tx.name()
            yield (
                i,
                name,
                person_sort_key(name),
                rng.choice(
                    ("", "Professor", "Kommunchef", "Forskare", "Näringslivschef", "Planerare")
                ),
                rng.randint(1, len(orgs)),
                tx.paragraph(rng.randint(0, 30)),
            )

    _insert(con, "person", ("id", "name", "sort_key", "title", "organisation_id", "bio"), people())

    def talks() -> Iterator[tuple[Any, ...]]:
        for i in range(1, n_talks + 1):
            title = tx.title()
            yield (
                i,
                rng.randint(1, n_conf),
                title,
                sort_key(title),
                tx.paragraph(rng.randint(15, 45)),
                rng.choice(TALK_TYPES),
                "sv" if rng.random() < 0.85 else "en",
            )

    _insert(
        con,
        "talk",
        ("id", "conference_id", "title", "sort_key", "abstract", "talk_type", "language"),
        talks(),
    )

    def talk_people() -> Iterator[tuple[Any, ...]]:
        for t in range(1, n_talks + 1):
            for pos, p in enumerate(rng.sample(range(1, n_people + 1), rng.randint(1, 3))):
                yield (t, p, ROLES[0] if pos == 0 else rng.choice(ROLES), pos)

    _insert(con, "talk_person", ("talk_id", "person_id", "role", "position"), talk_people())

    def documents() -> Iterator[tuple[Any, ...]]:
        for i in range(1, n_docs + 1):
            title = tx.title()
            year = rng.randint(1995, 2025)
            yield (
                i,
                rng.choice(SERIES),
                f"{rng.randint(1, 120)}:{year}",
                title,
                sort_key(title),
                rng.choice(PUBLISHERS),
                year,
            )

    _insert(
        con,
        "document",
        ("id", "series", "number", "title", "sort_key", "publisher", "year"),
        documents(),
    )
    _insert(
        con,
        "document_person",
        ("document_id", "person_id", "role", "position"),
        (
            (d, rng.randint(1, n_people), rng.choice(("author", "editor")), 0)
            for d in range(1, n_docs + 1)
        ),
    )

    rec_talks = rng.sample(range(1, n_talks + 1), n_rec)
    _insert(
        con,
        "recording",
        ("id", "talk_id", "rel_path", "kind", "added_at", "status", "is_placeholder"),
        (
            (i + 1, t, f"media/{t}.mp4", "full", "2024-01-01 00:00:00", "ok", 0)
            for i, t in enumerate(rec_talks)
        ),
    )
    _insert(
        con,
        "transcript",
        ("recording_id", "language", "format", "text"),
        (
            (r, "sv", "txt", tx.paragraph(rng.randint(150, 400)))
            for r in range(1, n_transcripts + 1)
        ),
    )


def archive_path(n_talks: int) -> Path:
    return CACHE / f"talks-{n_talks}-v{VERSION}"


def build(n_talks: int, *, seed: int = 2018, force: bool = False) -> Path:
    """The cached archive for `n_talks`, built if missing. Prints timings."""
    root = archive_path(n_talks)
    if root.exists() and not force and (root / ".complete").exists():
        return root
    if root.exists():
        shutil.rmtree(root)
    CACHE.mkdir(parents=True, exist_ok=True)
    create_archive(root).close()
    started = time.perf_counter()
    con = sqlite3.connect(root / "archive.sqlite", isolation_level=None)
    con.execute("PRAGMA synchronous=OFF")
    con.execute("BEGIN")
    _fill(con, n_talks, seed)
    con.execute("COMMIT")
    con.close()
    filled = time.perf_counter()
    arc = open_archive(root)
    try:
        with arc.session_factory.begin() as session:
            rebuild_index(session)
        with arc.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.exec_driver_sql("ANALYZE")
    finally:
        arc.close()
    indexed = time.perf_counter()
    (root / ".complete").write_text("ok\n")
    size = (root / "archive.sqlite").stat().st_size / 1e6
    print(
        f"built {n_talks:>9,} talks: rows {filled - started:6.1f} s, "
        f"index {indexed - filled:6.1f} s, file {size:7.1f} MB",
        flush=True,
    )
    return root


def frab_schedule(n_events: int, *, seed: int = 2024, people: int | None = None) -> Path:
    """A cached frab `schedule.xml` of one conference with `n_events` events.

    Five days, eight rooms, one to four people per event drawn from a pool of
    `people` names (default: half as many as events), tracks, abstracts with
    Swedish text and entities as published files have them.
    """
    from xml.sax.saxutils import escape, quoteattr

    pool_size = people or max(10, n_events // 2)
    path = CACHE / f"frab-{n_events}-{pool_size}-s{seed}.xml"
    if path.is_file():
        return path
    tx = Text(seed)
    rng = tx.rng
    pool = list(dict.fromkeys(f"{tx.name()} {rng.choice(SURNAMES)}" for _ in range(pool_size * 2)))
    pool = pool[:pool_size]
    rooms = [f"Sal {c}" for c in "ABCDEFGH"]
    tracks = [f"{w.capitalize()}" for w in tx.words(12)]
    per_slot = len(rooms)
    slots_per_day = -(-n_events // (5 * per_slot))
    out = [
        '<?xml version="1.0" encoding="utf-8"?>\n<schedule>\n  <version>1.0</version>\n'
        "  <conference><title>Växa eller Krympa 2030</title><acronym>vek2030</acronym>"
        "<start>2030-05-20</start><end>2030-05-24</end><days>5</days></conference>\n"
    ]
    n = 0
    for day in range(5):
        date = f"2030-05-{20 + day:02d}"
        out.append(f'  <day index="{day + 1}" date="{date}">\n')
        for r, room in enumerate(rooms):
            out.append(f"    <room name={quoteattr(room)}>\n")
            for slot in range(slots_per_day):
                idx = (day * per_slot + r) * slots_per_day + slot
                if idx >= n_events:
                    break
                n += 1
                minutes = 8 * 60 + slot * 5
                start = f"{minutes // 60:02d}:{minutes % 60:02d}"
                names = rng.sample(pool, rng.randint(1, 4))
                persons = "".join(
                    f'<person id="{pool.index(nm) + 1}">{escape(nm)}</person>' for nm in names
                )
                guid = f"00000000-0000-4000-8000-{seed:04d}{idx:08d}"
                out.append(
                    f'      <event id="{idx + 1}" guid="{guid}"><room>{escape(room)}</room>'
                    f"<title>{escape(tx.title())}</title><type>talk</type>"
                    f"<date>{date}T{start}:00+02:00</date><start>{start}</start>"
                    f"<duration>00:05</duration><track>{escape(rng.choice(tracks))}</track>"
                    f"<language>sv</language>"
                    f"<abstract>{escape(tx.paragraph(rng.randint(30, 90)))} &amp;auml;</abstract>"
                    f"<persons>{persons}</persons></event>\n"
                )
            out.append("    </room>\n")
        out.append("  </day>\n")
    out.append("</schedule>\n")
    assert n == n_events, (n, n_events)
    CACHE.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".part")
    tmp.write_text("".join(out), encoding="utf-8")
    tmp.replace(path)
    return path


def parse_sizes(text: str) -> list[int]:
    return [int(s.replace("_", "")) for s in text.split(",") if s.strip()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--sizes", default="10000,100000,1000000", type=parse_sizes)
    parser.add_argument("--force", action="store_true", help="rebuild even if cached")
    args = parser.parse_args(argv)
    for n in args.sizes:
        print(build(n, force=args.force))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
