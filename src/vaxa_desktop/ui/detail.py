"""HTML pages for the detail pane: every linked record is one click away.

Links use the `vaxa:` scheme (`vaxa:person/3`, `vaxa:play/5`,
`vaxa:open/document/7`); the pane turns a click into navigation. All text
from the archive is escaped.

Whether a recording's, document's, thumbnail's or photo's file is there is
found out by `check_files` in the background, together with the record (on a
file share each check can take long); a page is then rendered inside
`file_checks(found)` and looks up the answers instead of touching the disk.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QUrl

from vaxa_desktop.domain.records import (
    ConferenceDetail,
    CueListInfo,
    DocumentDetail,
    DocumentInfo,
    PersonDetail,
    RecordingInfo,
    TalkDetail,
    TalkInfo,
)
from vaxa_desktop.ui import i18n, labels
from vaxa_desktop.ui.badges import BADGED

STYLE = """
<style>
body { font-size: 10.5pt; }
h1 { font-size: 15pt; font-weight: 600; margin: 0 0 4px 0; }
h2 { font-size: 11pt; font-weight: 600; margin: 16px 0 4px 0; color: #37474f; }
.sub { color: #546e7a; }
.theme { font-size: 12pt; font-style: italic; color: #263238; }
.badge { background-color: #eceff1; color: #37474f; font-weight: 600; }
.cancelled { background-color: #ffebee; color: #b71c1c; font-weight: 600; }
.digital { background-color: #e3f2fd; color: #0d47a1; font-weight: 600; }
.missing { background-color: #c62828; color: #ffffff; font-weight: 600; }
.changed { background-color: #ef8f00; color: #ffffff; font-weight: 600; }
.muted { color: #78909c; }
.warn { color: #b71c1c; }
a { color: #1565c0; text-decoration: none; }
td { padding: 2px 10px 2px 0; vertical-align: top; }
</style>
"""


translate = QCoreApplication.translate

FILE_FIELDS = {"path": False, "local_path": False, "thumbnail": True, "photo_path": True}
_checked: ContextVar[dict[str, bool] | None] = ContextVar("detail_files", default=None)


def check_files(data: Any) -> dict[str, bool]:
    """Whether each file a page of `data` shows is there, keyed by path (call in the pool).

    Walks the record's dataclasses, lists and dicts; images must be files,
    recordings and documents must exist.
    """
    found: dict[str, bool] = {}

    def visit(obj: Any, depth: int) -> None:
        if depth > 8:
            return
        if isinstance(obj, list | tuple):
            for item in obj:
                visit(item, depth + 1)
        elif isinstance(obj, dict):
            for item in obj.values():
                visit(item, depth + 1)
        elif dataclasses.is_dataclass(obj) and not isinstance(obj, type):
            for f in dataclasses.fields(obj):
                value = getattr(obj, f.name)
                if f.name in FILE_FIELDS:
                    if value and isinstance(value, str | Path) and str(value) not in found:
                        path = Path(value)
                        try:
                            found[str(value)] = (
                                path.is_file() if FILE_FIELDS[f.name] else path.exists()
                            )
                        except OSError:
                            found[str(value)] = False
                elif isinstance(value, list | tuple | dict) or dataclasses.is_dataclass(value):
                    visit(value, depth + 1)

    visit(data, 0)
    return found


@contextmanager
def file_checks(found: dict[str, bool] | None) -> Iterator[None]:
    """Render pages with these answers (from `check_files`) instead of asking the disk."""
    token = _checked.set(found)
    try:
        yield
    finally:
        _checked.reset(token)


def _present(path: str | Path, image: bool = False) -> bool:
    found = _checked.get()
    if found is not None and str(path) in found:
        return found[str(path)]
    return Path(path).is_file() if image else Path(path).exists()  # pages built outside a fetch


def link(kind: str, ident: int, text: str) -> str:
    return f'<a href="vaxa:{kind}/{ident}">{escape(text)}</a>'


MAX_ITEMS = 50  # longer lists are cut: a page stays quick to lay out at any archive size


def _more(total: int) -> str:
    if total <= MAX_ITEMS:
        return ""
    text = translate("Detail", "… and {n} more").format(n=total - MAX_ITEMS)
    return f"<p class='muted'>{escape(text)}</p>"


def _badge(text: str, css: str = "badge") -> str:
    return f'<span class="{css}">&nbsp;{escape(text)}&nbsp;</span>'


def _rows(pairs: Iterable[tuple[str, str]]) -> str:
    body = "".join(
        f'<tr><td class="muted">{escape(k)}</td><td>{v}</td></tr>' for k, v in pairs if v
    )
    return f"<table>{body}</table>" if body else ""


def _paragraphs(text: str) -> str:
    return "".join(f"<p>{escape(p)}</p>" for p in text.split("\n\n") if p.strip())


def _page(body: str) -> str:
    return f"<html><head>{STYLE}</head><body>{body}</body></html>"


def _talk_line(t: TalkInfo) -> str:
    people = ", ".join(f"{link('person', p.person_id, p.name)} {_role(p.role)}" for p in t.people)
    return f"<li>{link('talk', t.id, t.title)}{'<br>' + people if people else ''}</li>"


def _role(role: str) -> str:
    return f"<span class='muted'>({escape(labels.role(role))})</span>"


def _doc_line(d: DocumentInfo, extra: str = "") -> str:
    cite = f"<span class='muted'>{escape(d.citation)}</span> " if d.citation != d.title else ""
    year = f" ({d.year})" if d.year else ""
    role = f"<span class='muted'>{escape(extra)}:</span> " if extra else ""
    return f"<li>{role}{cite}{link('document', d.id, d.title)}{year}</li>"


def empty_page(message: str) -> str:
    return _page(f"<p class='muted' style='margin-top:40px' align='center'>{escape(message)}</p>")


def conference_page(d: ConferenceDetail) -> str:
    c = d.conference
    badges = []
    if c.status != "held":
        css = "cancelled" if c.status == "cancelled" else "badge"
        badges.append(_badge(labels.status(c.status), css))
    if c.format != "in-person":
        badges.append(_badge(labels.conference_format(c.format), "digital"))
    out = [f"<h1>{escape(c.title)}</h1>"]
    if badges:
        out.append("<p>" + " ".join(badges) + "</p>")
    if c.theme:
        out.append(f"<p class='theme'>{escape(c.theme)}</p>")
    dates = i18n.format_date(c.start_date)
    if c.end_date and c.end_date != c.start_date:
        dates += " – " + i18n.format_date(c.end_date)
    out.append(
        _rows(
            [
                (translate("Detail", "Year"), str(c.year)),
                (translate("Detail", "Date"), escape(dates)),
                (translate("Detail", "Place"), escape(c.place)),
                (translate("Detail", "Status"), escape(labels.status(c.status))),
                (translate("Detail", "Format"), escape(labels.conference_format(c.format))),
                (translate("Detail", "Series"), escape(c.series)),
            ]
        )
    )
    out.append(_paragraphs(c.description))
    out.append("<h2>" + escape(translate("Detail", "Talks")) + f" ({len(d.talks)})</h2>")
    if d.talks:
        out.append("<ul>" + "".join(_talk_line(t) for t in d.talks[:MAX_ITEMS]) + "</ul>")
        out.append(_more(len(d.talks)))
    else:
        out.append(
            "<p class='muted'>"
            + escape(translate("Detail", "No talks are recorded for this conference."))
            + "</p>"
        )
    if d.people:
        out.append("<h2>" + escape(translate("Detail", "People")) + f" ({len(d.people)})</h2><ul>")
        out += [
            f"<li>{link('person', p.person_id, p.name)} "
            f"<span class='muted'>({escape(labels.role(p.role))})</span></li>"
            for p in d.people[:MAX_ITEMS]
        ]
        out.append("</ul>" + _more(len(d.people)))
    if d.documents:
        out.append(
            "<h2>" + escape(translate("Detail", "Documents")) + f" ({len(d.documents)})</h2><ul>"
        )
        out += [_doc_line(doc) for doc in d.documents[:MAX_ITEMS]]
        out.append("</ul>" + _more(len(d.documents)))
    if c.links:
        out.append("<h2>" + escape(translate("Detail", "Links")) + "</h2><ul>")
        out += [
            f'<li><a href="{escape(url, quote=True)}">{escape(label or url)}</a></li>'
            for label, url in c.links
        ]
        out.append("</ul>")
    return _page("".join(out))


def _thumb_link(r: RecordingInfo, width: int) -> str:
    if r.thumbnail is None or not _present(r.thumbnail, image=True):
        return f'<a href="vaxa:play/{r.id}">▶</a>'
    src = QUrl.fromLocalFile(str(r.thumbnail)).toString()
    return f'<a href="vaxa:play/{r.id}"><img src="{escape(src, quote=True)}" width="{width}"></a>'


def person_page(d: PersonDetail, recordings: dict[int, list[RecordingInfo]] | None = None) -> str:
    p = d.person
    out = []
    if p.photo_path and _present(p.photo_path, image=True):
        src = QUrl.fromLocalFile(p.photo_path).toString()
        out.append(f'<img src="{escape(src, quote=True)}" width="96" align="right">')
    out.append(f"<h1>{escape(p.name)}</h1>")
    sub = " · ".join(escape(x) for x in (p.title, p.organisation) if x)
    if sub:
        out.append(f"<p class='sub'>{sub}</p>")
    out.append(_paragraphs(p.bio))
    out.append(
        "<h2>" + escape(translate("Detail", "Appearances")) + f" ({len(d.appearances)})</h2>"
    )
    if d.appearances:
        out.append("<table>")
        for a in d.appearances[:MAX_ITEMS]:
            conf = (
                link("conference", a.conference_id, str(a.conference_year or a.conference_title))
                if a.conference_id
                else ""
            )
            clips = ""
            for r in (recordings or {}).get(a.talk_id, [])[:3]:
                facts = " · ".join(
                    x
                    for x in (labels.recording_kind(r.kind), i18n.format_duration(r.duration_ms))
                    if x
                )
                clips += (
                    f"<br>{_thumb_link(r, 120)} <a href='vaxa:play/{r.id}'>▶ "
                    + escape(translate("Detail", "Play"))
                    + f"</a> <span class='muted'>{escape(facts)}</span> {status_badge(r)}"
                )
            out.append(
                f"<tr><td>{conf}</td><td class='muted'>{escape(labels.role(a.role))}</td>"
                f"<td>{link('talk', a.talk_id, a.talk_title)}{clips}</td></tr>"
            )
        out.append("</table>" + _more(len(d.appearances)))
    else:
        out.append(
            "<p class='muted'>"
            + escape(translate("Detail", "No talks are recorded for this person."))
            + "</p>"
        )
    if d.documents:
        out.append(
            "<h2>" + escape(translate("Detail", "Documents")) + f" ({len(d.documents)})</h2><ul>"
        )
        out += [_doc_line(doc, labels.role(role)) for doc, role in d.documents]
        out.append("</ul>")
    return _page("".join(out))


def _recording_block(r: RecordingInfo, show_title: bool = True) -> str:
    thumb = ""
    if r.thumbnail is not None and _present(r.thumbnail, image=True):
        src = QUrl.fromLocalFile(str(r.thumbnail)).toString()
        thumb = f'<a href="vaxa:play/{r.id}"><img src="{escape(src, quote=True)}" width="200"></a>'
    facts = [labels.recording_kind(r.kind), i18n.format_duration(r.duration_ms)]
    if r.width and r.height:
        facts.append(f"{r.width}×{r.height}")
    if r.loudness_lufs is not None:
        facts.append(
            translate("Detail", "loudness {lufs} LUFS").format(lufs=f"{r.loudness_lufs:.1f}")
        )
    if r.status not in ("ok", "unverified", *BADGED):
        facts.append(labels.recording_status(r.status))
    play = f'<a href="vaxa:play/{r.id}">▶ {escape(translate("Detail", "Play"))}</a>'
    lines = [f"<b>{escape(r.title)}</b>"] if show_title else []
    badge = status_badge(r)
    if badge:
        lines.insert(0, badge)
    lines += [escape(" · ".join(f for f in facts if f)), play]
    if r.is_placeholder:
        lines.append(
            "<span class='muted'>"
            + escape(translate("Detail", "Placeholder clip, not the real recording."))
            + "</span>"
        )
    if not _present(r.path):
        lines.append(
            "<span class='warn'>"
            + escape(
                translate("Detail", "The file is missing. It was expected at: {path}").format(
                    path=r.path
                )
            )
            + "</span>"
        )
    if r.segments:
        edit = escape(translate("Detail", "Edit"))
        chapters = "".join(
            f"<li>{escape(i18n.format_duration(s.start_ms) or '0:00')} {escape(s.title)} "
            f"<a href='vaxa:edit/segment/{s.id}' title='{edit}'>✎</a></li>"
            for s in r.segments
        )
        lines.append("" + escape(translate("Detail", "Chapters")) + f":<ul>{chapters}</ul>")
    return f"<table><tr><td>{thumb}</td><td>{'<br>'.join(lines)}</td></tr></table>"


def status_badge(r: RecordingInfo) -> str:
    """A red "Missing" or amber "Changed" badge, or "" when the file needs no attention."""
    status: str | None = r.status if r.status in BADGED else None
    if status is None and not _present(r.path):
        status = "missing"
    if status is None:
        return ""
    return _badge("⚠ " + labels.recording_status(status), status)


def talk_page(d: TalkDetail) -> str:
    t = d.talk
    out = [f"<h1>{escape(t.title)}</h1>"]
    conf = link("conference", d.conference.id, d.conference.title) if d.conference else ""
    out.append(
        _rows(
            [
                (translate("Detail", "Conference"), conf),
                (translate("Detail", "Type"), escape(labels.talk_type(t.talk_type))),
                (translate("Detail", "Language"), escape(labels.language(t.language))),
                (
                    translate("Detail", "Date"),
                    escape(i18n.format_date(t.starts_at.date()) if t.starts_at else ""),
                ),
                (translate("Detail", "Room"), escape(t.room)),
                (translate("Detail", "Tags"), escape(", ".join(d.tags))),
            ]
        )
    )
    if t.people:
        out.append("<h2>" + escape(translate("Detail", "People")) + "</h2><ul>")
        out += [
            f"<li>{link('person', p.person_id, p.name)} "
            f"<span class='muted'>({escape(labels.role(p.role))})</span></li>"
            for p in t.people
        ]
        out.append("</ul>")
    out.append(_paragraphs(t.abstract))
    out.append("<h2>" + escape(translate("Detail", "Recordings")) + f" ({len(d.recordings)})</h2>")
    if d.recordings:
        out += [_recording_block(r) for r in d.recordings]
    else:
        out.append(
            "<p class='muted'>"
            + escape(translate("Detail", "No recording of this talk is in the archive."))
            + "</p>"
        )
    if d.transcript_excerpt:
        out.append("<h2>" + escape(translate("Detail", "Transcript")) + "</h2>")
        out.append(f"<p>{escape(d.transcript_excerpt).replace(chr(10), '<br>')}</p>")
    if d.documents:
        out.append("<h2>" + escape(translate("Detail", "Documents")) + "</h2><ul>")
        out += [_doc_line(doc) for doc in d.documents]
        out.append("</ul>")
    return _page("".join(out))


def document_page(d: DocumentDetail) -> str:
    doc = d.document
    out = [f"<h1>{escape(doc.title)}</h1>"]
    if doc.subtitle:
        out.append(f"<p class='sub'>{escape(doc.subtitle)}</p>")
    out.append(
        _rows(
            [
                (translate("Detail", "Series"), escape(doc.series)),
                (translate("Detail", "Number"), escape(doc.number)),
                (translate("Detail", "Publisher"), escape(doc.publisher)),
                (translate("Detail", "Year"), str(doc.year or "")),
            ]
        )
    )
    if doc.people:
        out.append("<h2>" + escape(translate("Detail", "Authors and editors")) + "</h2><ul>")
        out += [
            f"<li>{link('person', p.person_id, p.name)} "
            f"<span class='muted'>({escape(labels.role(p.role))})</span></li>"
            for p in doc.people
        ]
        out.append("</ul>")
    out.append("<h2>" + escape(translate("Detail", "Read")) + "</h2>")
    if doc.local_path is not None:
        if _present(doc.local_path):
            label = escape(translate("Detail", "Open the file"))
            out.append(
                f'<p><a href="vaxa:open/document/{doc.id}">{label}</a> '
                f"<span class='muted'>{escape(str(doc.local_path))}</span></p>"
            )
        else:
            msg = translate("Detail", "The file is missing. It was expected at: {path}").format(
                path=doc.local_path
            )
            out.append(f"<p class='warn'>{escape(msg)}</p>")
    if doc.url:
        label = escape(translate("Detail", "Open the link"))
        out.append(
            f'<p><a href="vaxa:open/document-url/{doc.id}">{label}</a> '
            f"<span class='muted'>{escape(doc.url)}</span></p>"
        )
    if doc.local_path is None and not doc.url:
        out.append(
            "<p class='muted'>"
            + escape(translate("Detail", "No link or file is recorded for this document."))
            + "</p>"
        )
    if d.conferences:
        out.append("<h2>" + escape(translate("Detail", "Conferences")) + "</h2><ul>")
        out += [f"<li>{link('conference', c.id, c.title)}</li>" for c in d.conferences]
        out.append("</ul>")
    if d.talks:
        out.append("<h2>" + escape(translate("Detail", "Talks")) + "</h2><ul>")
        out += [_talk_line(t) for t in d.talks]
        out.append("</ul>")
    return _page("".join(out))


def recording_page(r: RecordingInfo) -> str:
    out = [f"<h1>{escape(r.title)}</h1>", _recording_block(r, show_title=False)]
    out.append(
        _rows(
            [
                (
                    translate("Detail", "Talk"),
                    link("talk", r.talk_id, r.title) if r.talk_id is not None else "",
                ),
                (translate("Detail", "File"), escape(str(r.path))),
                (translate("Detail", "Container"), escape(r.container)),
                (translate("Detail", "Video"), escape(r.video_codec)),
                (translate("Detail", "Audio"), escape(r.audio_codec)),
                (translate("Detail", "Status"), escape(labels.recording_status(r.status))),
                (translate("Detail", "Notes"), ""),
            ]
        )
    )
    return _page("".join(out))


def cuelist_page(c: CueListInfo) -> str:
    out = [f"<h1>{escape(c.name)}</h1>"]
    out.append("<p>" + escape(translate("Detail", "{n} cues").format(n=c.cue_count)) + "</p>")
    out.append(_paragraphs(c.notes))
    out.append(
        "<p class='muted'>"
        + escape(
            translate("Detail", "Open Cue lists in the side bar to edit this list and present it.")
        )
        + "</p>"
    )
    return _page("".join(out))
