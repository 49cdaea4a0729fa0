"""A cue list's running order out: CSV, PDF, and an XSPF playlist for plain VLC.

The XSPF carries each cue's in and out points as VLC options
(`start-time`, `stop-time`) so a backup laptop with VLC alone can run the
same show in the same order.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree as ET

from vaxa_desktop.domain.cues import CueInfo
from vaxa_desktop.domain.timecode import format_timecode

XSPF_NS = "http://xspf.org/ns/0/"
VLC_NS = "http://www.videolan.org/vlc/playlist/ns/0/"
VLC_APP = "http://www.videolan.org/vlc/playlist/0"

HEADERS = ("cue", "title", "people", "in", "out", "duration", "running total", "end", "notes")


@dataclass(frozen=True)
class RunningOrderRow:
    cue: int
    title: str
    people: str
    in_tc: str
    out_tc: str
    duration: str
    running_total: str
    end_action: str
    notes: str

    def cells(self) -> tuple[str, ...]:
        return (
            str(self.cue), self.title, self.people, self.in_tc, self.out_tc,
            self.duration, self.running_total, self.end_action, self.notes,
        )  # fmt: skip


def running_order(cues: Sequence[CueInfo]) -> list[RunningOrderRow]:
    rows, total = [], 0
    for cue in cues:
        length = cue.play_ms
        total += (length or 0) + cue.pre_wait_ms
        rows.append(
            RunningOrderRow(
                cue=cue.number,
                title=cue.title,
                people=", ".join(cue.people),
                in_tc=format_timecode(cue.in_ms),
                out_tc=format_timecode(cue.out_ms) if cue.out_ms is not None else "",
                duration=format_timecode(length) if length is not None else "",
                running_total=format_timecode(total),
                end_action=cue.end_action,
                notes=cue.notes,
            )
        )
    return rows


def neutralise_cell(value: str) -> str:
    """Keep spreadsheets from running a cell as a formula."""
    if value and value[0] in "=+-@\t\r":
        return "'" + value
    return value


def to_csv(
    cues: Sequence[CueInfo], *, excel: bool = False, headers: Sequence[str] = HEADERS
) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=";" if excel else ",", lineterminator="\r\n")
    writer.writerow(headers)
    for row in running_order(cues):
        writer.writerow([neutralise_cell(c) for c in row.cells()])
    data = buf.getvalue().encode("utf-8")
    return (b"\xef\xbb\xbf" + data) if excel else data


def to_xspf(name: str, cues: Sequence[CueInfo]) -> bytes:
    ET.register_namespace("", XSPF_NS)
    ET.register_namespace("vlc", VLC_NS)
    root = ET.Element(f"{{{XSPF_NS}}}playlist", version="1")
    ET.SubElement(root, f"{{{XSPF_NS}}}title").text = name
    tracks = ET.SubElement(root, f"{{{XSPF_NS}}}trackList")
    for i, cue in enumerate(cues):
        if cue.path is None:
            continue
        track = ET.SubElement(tracks, f"{{{XSPF_NS}}}track")
        ET.SubElement(track, f"{{{XSPF_NS}}}location").text = cue.path.resolve().as_uri()
        ET.SubElement(track, f"{{{XSPF_NS}}}title").text = cue.title
        if cue.people:
            ET.SubElement(track, f"{{{XSPF_NS}}}creator").text = ", ".join(cue.people)
        if cue.play_ms is not None:
            ET.SubElement(track, f"{{{XSPF_NS}}}duration").text = str(cue.play_ms)
        if cue.notes:
            ET.SubElement(track, f"{{{XSPF_NS}}}annotation").text = cue.notes
        ext = ET.SubElement(track, f"{{{XSPF_NS}}}extension", application=VLC_APP)
        ET.SubElement(ext, f"{{{VLC_NS}}}id").text = str(i)
        if cue.in_ms:
            ET.SubElement(ext, f"{{{VLC_NS}}}option").text = f"start-time={cue.in_ms / 1000:g}"
        if cue.out_ms is not None:
            ET.SubElement(ext, f"{{{VLC_NS}}}option").text = f"stop-time={cue.out_ms / 1000:g}"
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"


def _latin1(text: str) -> str:
    """The PDF core fonts cover Latin-1 (å ä ö é ü); anything else becomes '?'."""
    return text.encode("latin-1", "replace").decode("latin-1")


def to_pdf(
    name: str, cues: Sequence[CueInfo], subtitle: str = "", headers: Sequence[str] = HEADERS
) -> bytes:
    from fpdf import FPDF

    pdf = FPDF(orientation="landscape", format="A4")
    pdf.set_auto_page_break(auto=True, margin=12)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.cell(0, 10, _latin1(name), new_x="LMARGIN", new_y="NEXT")
    if subtitle:
        pdf.set_font("Helvetica", "", 10)
        pdf.cell(0, 6, _latin1(subtitle), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Helvetica", "", 9)
    widths = (10, 70, 45, 18, 18, 18, 20, 14, 64)
    with pdf.table(col_widths=widths, text_align="LEFT", line_height=5) as table:
        head = table.row()
        for h in headers:
            head.cell(_latin1(h))
        for row in running_order(cues):
            r = table.row()
            for cell in row.cells():
                r.cell(_latin1(cell))
    return bytes(pdf.output())


def write(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".part")
    tmp.write_bytes(data)
    tmp.replace(path)
