"""A frab schedule of 10,000 events imports whole, correctly, and again without duplicates.

The import reads what it can meet once and flushes once; this checks the
result of that at a size where a query per event used to take many minutes.
"""

from __future__ import annotations

import pytest

from vaxa_desktop.interchange.schedules import parse_schedule
from vaxa_desktop.services.context import ArchiveContext

FIRST = "Anna Åsa Örjan Märta Linnéa Per Björn Ebba Sören Tove Elin Nils Karin Jonas Signe Ulla"
LAST = (
    "Syssner Åström Öberg Häggroth Lindqvist Nyström Keskitalo Pekkari Sjöberg Marklund "
    "Lantto Niemi Ågren Fjällström Wikström Burman Sörlin Enoksson Kuoppa Spik"
)
ROOMS = ["Kulturens hus", "Sal Ä", "Studio Öst", "Aulan"]
TRACKS = ["Omställning", "Välfärd", "Gruvstad", "Samverkan", "Språk"]
EVENTS = 10_000
DAYS = 5


def _names() -> list[str]:
    """Distinct names: first x last x a middle initial (16 * 20 * 10 = 3,200)."""
    return [f"{f} {m}. {s}" for m in "ABCDEFGHIK" for s in LAST.split() for f in FIRST.split()]


def _people_of(i: int, names: list[str]) -> list[str]:
    return [names[(i * 7 + k * 613) % len(names)] for k in range(1 + i % 3)]


def frab_xml(n: int = EVENTS) -> bytes:
    names = _names()
    per_room = -(-n // (DAYS * len(ROOMS)))
    out = [
        '<?xml version="1.0" encoding="utf-8"?><schedule><version>1</version>'
        "<conference><title>Växa eller Krympa 2031</title><acronym>vek31</acronym>"
        "<start>2031-05-19</start><end>2031-05-23</end></conference>"
    ]
    i = 0
    for d in range(DAYS):
        date = f"2031-05-{19 + d}"
        out.append(f'<day index="{d + 1}" date="{date}">')
        for room in ROOMS:
            out.append(f'<room name="{room}">')
            for slot in range(per_room):
                if i >= n:
                    break
                minute = 8 * 60 + slot
                start = f"{minute // 60:02d}:{minute % 60:02d}"
                # Every fifth event has no guid: it is matched by start and title.
                guid = "" if i % 5 == 4 else f' guid="6a0e0000-0000-4000-8000-{i:012d}"'
                persons = "".join(f"<person>{p}</person>" for p in _people_of(i, names))
                out.append(
                    f'<event id="{i + 1}"{guid}><room>{room}</room>'
                    f"<title>Föredrag {i} om ålderdom &amp; växtkraft</title><type>talk</type>"
                    f"<date>{date}T{start}:00+02:00</date><start>{start}</start>"
                    f"<duration>00:01</duration><track>{TRACKS[i % len(TRACKS)]}</track>"
                    f"<abstract>Samtal nummer {i} om kommunernas framtid.</abstract>"
                    f"<persons>{persons}</persons></event>"
                )
                i += 1
            out.append("</room>")
        out.append("</day>")
    out.append("</schedule>")
    assert i == n
    return "".join(out).encode()


@pytest.mark.slow
def test_ten_thousand_events_import_and_reimport(empty: ArchiveContext) -> None:
    schedule = parse_schedule(frab_xml())
    assert len(schedule.events) == EVENTS
    names = _names()
    used = {p for i in range(EVENTS) for p in _people_of(i, names)}
    imp = empty.schedules

    report = imp.import_schedule(schedule)
    assert report.conference_created
    assert (report.talks_created, report.talks_updated) == (EVENTS, 0)
    assert (report.people_created, report.people_matched) == (len(used), 0)
    assert report.tags_created == len(ROOMS) + len(TRACKS)
    counts = empty.catalogue.counts()
    assert (counts.conferences, counts.talks, counts.people) == (1, EVENTS, len(used))

    talks = {t.title: t for t in empty.catalogue.list_talks(2031)}
    assert len(talks) == EVENTS
    for i in (0, 4, 4321, EVENTS - 1):
        t = talks[f"Föredrag {i} om ålderdom & växtkraft"]
        assert t.speakers == _people_of(i, names)
        room = ROOMS[(i // -(-EVENTS // (DAYS * len(ROOMS)))) % len(ROOMS)]
        detail = empty.catalogue.talk(t.id)
        assert detail.talk.room == room
        assert set(detail.tags) == {room, TRACKS[i % len(TRACKS)]}

    # The search index was brought up to date by the one flush.
    hits = empty.search.search("Föredrag 4321", kinds=["talk"]).group("talk")
    assert talks["Föredrag 4321 om ålderdom & växtkraft"].id in {h.id for h in hits}
    person_hits = empty.search.search(names[0], kinds=["person"]).group("person")
    assert person_hits and person_hits[0].title == names[0]

    preview = imp.preview(schedule)
    assert (preview.talks_new, preview.talks_updated) == (0, EVENTS)
    assert (preview.people_exact, preview.people_new, preview.close_matches) == (len(used), 0, [])

    again = imp.import_schedule(schedule)
    assert (again.talks_created, again.talks_updated) == (0, EVENTS)
    assert (again.people_created, again.people_matched, again.tags_created) == (0, len(used), 0)
    counts = empty.catalogue.counts()
    assert (counts.talks, counts.people) == (EVENTS, len(used))
    t = empty.catalogue.talk(talks["Föredrag 4 om ålderdom & växtkraft"].id)
    assert t.talk.speakers == _people_of(4, names)  # no person added twice
