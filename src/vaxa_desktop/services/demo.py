"""The demo archive of "Växa eller Krympa", from the facts of its public page only.

Nothing here is invented: where the page is silent (places, dates of the
earlier conferences, link targets) the field stays empty. The three 2018
interview clips exist only as short placeholder cards, marked as such.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select

from vaxa_desktop.media.loudness import ffmpeg_available
from vaxa_desktop.media.thumbnails import ThumbnailError, extract_poster_frame
from vaxa_desktop.resources import resource_path
from vaxa_desktop.services import sidecar
from vaxa_desktop.services.catalogue import CatalogueService
from vaxa_desktop.services.loudness import LoudnessService
from vaxa_desktop.services.mediainfo import describe
from vaxa_desktop.storage import models as m

SERIES = "Växa eller Krympa"
SERIES_DESCRIPTION = (
    '"Växa eller Krympa" är Norrbottens Kommuners kunskapsarena som sedan 2016 fokuserar på '
    "länets framtida samhällsutmaningar och möjligheter. Det handlar om hur vi kan hitta "
    "områden för samverkan, nya arbetssätt, modeller samt skapa resurser som stärker "
    "Norrbotten som ett hållbart län både i ett kortsiktigt och långsiktigt perspektiv."
)
THEME_2021 = "Omställningsförmåga för ett hållbart Norrbotten"
DESCRIPTION_2021 = (
    "Konferensen, den tredje i ordningen, är en viktig kunskapsarena för framtidens "
    "samhällsutmaningar och en hållbar utveckling i kommunerna i Norrbotten.\n\n"
    "Innehållet speglar flera perspektiv på omställning och omställningsförmåga ur ett "
    "kommunalt perspektiv. Vad innebär industrins gröna omställning för kommunerna? Hur "
    "samspelar tillväxt med social hållbarhet och livskvalitet? Flera nya företagsetableringar "
    "har tillkännagivits i Norrbotten vilka bland annat syftar till fossilfri omställning inom "
    "industrin.\n\n"
    "Omställningen vi har framför oss ställer krav på både samhällsplanering och "
    "kompetensförsörjning samt kommunernas och regionernas förmåga att leverera välfärd. "
    "Under konferensen kommer nyckelbegreppet attraktivitet för att behålla innevånare och "
    "få inflyttning att belysas tillsammans med nya perspektiv på synergier och flöden mellan "
    "olika delar av landet."
)

# (title as published, person, role, organisation, person title, clip file, subtitles).
# The third title keeps the page's wording ("forskare och kulturgeografi") verbatim.
CLIPS_2018 = [
    (
        'Moderator Sverker Olofsson inför "Växa eller Krympa?"',
        "Sverker Olofsson",
        "moderator",
        "",
        "Moderator",
        "sverker-olofsson-2018.mp4",
        None,
    ),
    (
        'Per Sandgren från Arena för Tillväxt inför "Växa eller Krympa?"',
        "Per Sandgren",
        "interviewee",
        "Arena för Tillväxt",
        "",
        "per-sandgren-2018.mp4",
        None,
    ),
    (
        "Josefina Syssner, forskare och kulturgeografi och verksam vid Centrum för "
        'kommunstrategiska studier inför "Växa eller Krympa?"',
        "Josefina Syssner",
        "interviewee",
        "Centrum för kommunstrategiska studier",
        "Forskare i kulturgeografi",
        "josefina-syssner-2018.mp4",
        "josefina-syssner-2018.sv.vtt",
    ),
]

# (series, number, title, subtitle, year, publisher, editors)
DOCUMENTS: list[tuple[str, str, str, str, int, str, list[str]]] = [
    ("FoUI rapport", "89:2020", "Kostnadsutveckling för Norrbottens kommuner 2016-2018",
     "", 2020, "", []),
    ("SOU", "2020:8", "Starkare kommuner med kapacitet att klara välfärdsuppdraget",
     "", 2020, "", []),
    ("FoUI rapport", "87:2019", "Kostnadsutveckling för Norrbottens kommuner 2015-2017",
     "", 2019, "", []),
    ("", "", "Sveriges nya geografi", "", 2019, "Sweco", []),
    ("Vinnovarapport", "VR 2019:14", "Offentlig verksamhets innovationskraft",
     "", 2019, "Vinnova", []),
    ("Rapport", "0251", "Hållbar utveckling i svenska regioner", "", 2018, "Tillväxtverket", []),
    ("", "", "Att äga framtiden", "Perspektiv på kommunal utveckling", 2017,
     "Linköpings universitet", ["Josefina Syssner", "Sören Häggroth"]),
]  # fmt: skip

PLACEHOLDER_NOTE = "Exempelklipp: platshållare, inte den riktiga inspelningen."
DEMO_CUE_LIST = "Axplock 2018"


def build_demo(catalogue: CatalogueService) -> None:
    """Fill an empty archive with the demo catalogue and its placeholder clips."""
    add = catalogue.add_conference
    add(2016, "Växa eller Krympa 2016", status="held", series=SERIES)
    add(2018, "Växa eller Krympa 2018", status="held", series=SERIES)
    add(2020, "Växa eller Krympa 2020", status="cancelled", series=SERIES)
    add(
        2021,
        "Växa eller Krympa 2021",
        theme=THEME_2021,
        status="held",
        format="digital",
        start_date=dt.date(2021, 5, 25),
        description=DESCRIPTION_2021,
        series=SERIES,
    )

    recording_ids = []
    for title, name, role, org, person_title, clip, subs in CLIPS_2018:
        catalogue.add_person(name, organisation=org, title=person_title)
        talk_id = catalogue.add_talk(
            title, conference_year=2018, people=[(name, role)], talk_type="interview"
        )
        source = resource_path("clips", clip)
        _probe, fields, digest = describe(source)
        rec_id = catalogue.add_recording(
            source,
            talk_id=talk_id,
            kind="clip",
            is_placeholder=True,
            probe=fields,
            sha256=digest,
        )
        recording_ids.append(rec_id)
        _add_poster(catalogue, rec_id, source)
        if subs:
            _attach_subtitles(catalogue, rec_id, resource_path("clips", subs))

    for series, number, title, subtitle, year, publisher, editors in DOCUMENTS:
        doc_id = catalogue.add_document(
            title,
            series=series,
            number=number,
            year=year,
            publisher=publisher,
            people=[(e, "editor") for e in editors],
        )
        if subtitle:
            with catalogue.archive.session_factory.begin() as s:
                doc = s.get(m.Document, doc_id)
                assert doc is not None
                doc.subtitle = subtitle

    with catalogue.archive.session_factory.begin() as s:
        series_row = s.scalars(select(m.Series).where(m.Series.name == SERIES)).one()
        series_row.description = SERIES_DESCRIPTION
        for rid in recording_ids:
            rec = s.get(m.Recording, rid)
            assert rec is not None
            rec.notes = PLACEHOLDER_NOTE
            rec.status = "ok"
            rec.last_verified_at = m.utcnow()
        cue_list = m.CueList(name=DEMO_CUE_LIST, notes="")
        s.add(cue_list)
        for pos, rid in enumerate(recording_ids):
            cue_list.cues.append(m.Cue(position=pos, recording_id=rid, end_action="hold"))
    if ffmpeg_available():  # presenter mode plays the clips at a common loudness
        LoudnessService(catalogue.archive).measure(recording_ids)
    sidecar.write_sidecars(catalogue.archive, recording_ids)


def _add_poster(catalogue: CatalogueService, recording_id: int, source: Path) -> None:
    rel = f"thumbnails/{recording_id}.jpg"
    try:
        extract_poster_frame(source, catalogue.root / rel, at_ms=1000, max_width=320)
    except ThumbnailError:
        return  # the browser shows a generic card instead
    with catalogue.archive.session_factory.begin() as s:
        rec = s.get(m.Recording, recording_id)
        assert rec is not None
        rec.thumbnail_path = rel


def _attach_subtitles(catalogue: CatalogueService, recording_id: int, source: Path) -> None:
    target = catalogue.archive.media_dir / source.name
    target.write_bytes(source.read_bytes())
    with catalogue.archive.session_factory.begin() as s:
        s.add(
            m.Transcript(
                recording_id=recording_id,
                language="sv",
                format="vtt",
                text=_vtt_text(source),
                rel_path=target.relative_to(catalogue.root).as_posix(),
            )
        )


def _vtt_text(path: Path) -> str:
    """The spoken lines of a WebVTT file, for search and the transcript excerpt."""
    lines = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line == "WEBVTT" or "-->" in line or line.isdigit():
            continue
        lines.append(line)
    return "\n".join(lines)
