"""PBCore 2.1 description documents for recordings, one each or as a collection.

Element order follows the PBCore 2.1 XSD (its sequences are strict). The
recording's SHA-256 is an instantiation identifier with source "SHA-256",
so fixity travels with the record; people appear as creators (speakers) or
contributors (moderators, interviewers, interviewees, panellists).
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

NS = "http://www.pbcore.org/PBCore/PBCoreNamespace.html"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMA_LOCATION = f"{NS} https://raw.githubusercontent.com/WGBH/PBCore_2.1/master/pbcore-2.1.xsd"
IDENTIFIER_SOURCE = "Vaxa Desktop"

# ISO 639-1 -> ISO 639-2/B, for the languages this archive meets.
LANGUAGE_3 = {
    "sv": "swe",
    "en": "eng",
    "fi": "fin",
    "no": "nor",
    "nb": "nob",
    "nn": "nno",
    "da": "dan",
    "de": "ger",
    "fr": "fre",
    "es": "spa",
    "it": "ita",
    "nl": "dut",
    "pl": "pol",
    "ru": "rus",
    "se": "sme",
    "is": "ice",
    "et": "est",
    "ar": "ara",
    "so": "som",
    "fa": "per",
    "pt": "por",
    "uk": "ukr",
    "tr": "tur",
    "zh": "chi",
    "ja": "jpn",
}
_CREATOR_ROLES = {"speaker": "Speaker"}
_CONTRIBUTOR_ROLES = {
    "moderator": "Moderator",
    "interviewer": "Interviewer",
    "interviewee": "Interviewee",
    "panellist": "Panelist",
}
_MIME = {
    "mp4": "video/mp4",
    "mov": "video/quicktime",
    "matroska": "video/x-matroska",
    "mkv": "video/x-matroska",
    "webm": "video/webm",
    "avi": "video/x-msvideo",
    "mp3": "audio/mpeg",
    "ogg": "audio/ogg",
    "wav": "audio/wav",
    "flac": "audio/flac",
    "m4a": "audio/mp4",
    "mpegts": "video/mp2t",
}


@dataclass(frozen=True)
class PbcorePerson:
    name: str
    role: str
    affiliation: str = ""


@dataclass(frozen=True)
class PbcoreRecord:
    """What one recording says about itself and its talk, as plain values."""

    recording_id: int
    title: str
    file_name: str
    location: str
    talk_id: int | None = None
    talk_title: str = ""
    conference: str = ""
    description: str = ""
    date: dt.date | None = None
    talk_type: str = ""
    kind: str = ""
    language: str = ""
    subjects: tuple[str, ...] = ()
    people: tuple[PbcorePerson, ...] = ()
    sha256: str | None = None
    duration_ms: int | None = None
    container: str = ""
    video_codec: str = ""
    audio_codec: str = ""
    width: int | None = None
    height: int | None = None
    frame_rate: float | None = None
    audio_channels: int | None = None
    size_bytes: int | None = None
    notes: tuple[str, ...] = field(default_factory=tuple)


def timecode(ms: int) -> str:
    """PBCore durations: HH:MM:SS.mmm."""
    s, milli = divmod(max(0, ms), 1000)
    return f"{s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}.{milli:03d}"


def _q(name: str) -> str:
    return f"{{{NS}}}{name}"


def _sub(parent: ET.Element, name: str, text: str | None = None, **attrs: str) -> ET.Element:
    el = ET.SubElement(parent, _q(name), attrs)
    if text is not None:
        el.text = text
    return el


def description_document(rec: PbcoreRecord, parent: ET.Element | None = None) -> ET.Element:
    doc = (
        ET.Element(_q("pbcoreDescriptionDocument"))
        if parent is None
        else _sub(parent, "pbcoreDescriptionDocument")
    )
    _sub(doc, "pbcoreAssetType", "Clip" if rec.kind in ("clip", "trailer") else "Program")
    if rec.date is not None:
        _sub(doc, "pbcoreAssetDate", rec.date.isoformat(), dateType="created")
    _sub(doc, "pbcoreIdentifier", f"recording/{rec.recording_id}", source=IDENTIFIER_SOURCE)
    if rec.talk_id is not None:
        _sub(doc, "pbcoreIdentifier", f"talk/{rec.talk_id}", source=IDENTIFIER_SOURCE)
    _sub(doc, "pbcoreTitle", rec.title or rec.talk_title or rec.file_name, titleType="Main")
    if rec.talk_title and rec.talk_title != rec.title:
        _sub(doc, "pbcoreTitle", rec.talk_title, titleType="Episode")
    if rec.conference:
        _sub(doc, "pbcoreTitle", rec.conference, titleType="Series")
    for subject in rec.subjects:
        _sub(doc, "pbcoreSubject", subject, subjectType="Keyword")
    _sub(doc, "pbcoreDescription", rec.description, descriptionType="Abstract")
    if rec.talk_type:
        _sub(doc, "pbcoreGenre", rec.talk_type.capitalize(), source="Vaxa Desktop talk type")
    for p in rec.people:
        if p.role in _CREATOR_ROLES:
            box = _sub(doc, "pbcoreCreator")
            creator = _sub(box, "creator", p.name)
            if p.affiliation:
                creator.set("affiliation", p.affiliation)
            _sub(box, "creatorRole", _CREATOR_ROLES[p.role])
    for p in rec.people:
        if p.role not in _CREATOR_ROLES:
            box = _sub(doc, "pbcoreContributor")
            contributor = _sub(box, "contributor", p.name)
            if p.affiliation:
                contributor.set("affiliation", p.affiliation)
            _sub(box, "contributorRole", _CONTRIBUTOR_ROLES.get(p.role, p.role.capitalize()))
    _instantiation(_sub(doc, "pbcoreInstantiation"), rec)
    for note in rec.notes:
        _sub(doc, "pbcoreAnnotation", note)
    return doc


def _instantiation(inst: ET.Element, rec: PbcoreRecord) -> None:
    _sub(inst, "instantiationIdentifier", rec.file_name, source="File name")
    if rec.sha256:
        _sub(inst, "instantiationIdentifier", rec.sha256, source="SHA-256", annotation="checksum")
    if rec.width and rec.height:
        _sub(inst, "instantiationDimensions", f"{rec.width}x{rec.height}", unitsOfMeasure="pixels")
    container = rec.container.split(",")[0].strip().lower()
    suffix = rec.file_name.rsplit(".", 1)[-1].lower() if "." in rec.file_name else ""
    mime = _MIME.get(container) or _MIME.get(suffix)
    if mime:
        _sub(inst, "instantiationDigital", mime, source="IANA media types")
    if rec.container:
        _sub(inst, "instantiationStandard", rec.container)
    _sub(inst, "instantiationLocation", rec.location)
    _sub(inst, "instantiationMediaType", "Moving Image" if rec.video_codec else "Sound")
    if rec.size_bytes is not None:
        _sub(inst, "instantiationFileSize", str(rec.size_bytes), unitsOfMeasure="bytes")
    if rec.duration_ms is not None:
        _sub(inst, "instantiationDuration", timecode(rec.duration_ms))
    if rec.audio_channels:
        _sub(inst, "instantiationChannelConfiguration", f"{rec.audio_channels} channels")
    if rec.language in LANGUAGE_3:
        _sub(inst, "instantiationLanguage", LANGUAGE_3[rec.language])
    if rec.video_codec:
        track = _sub(inst, "instantiationEssenceTrack")
        _sub(track, "essenceTrackType", "Video")
        _sub(track, "essenceTrackEncoding", rec.video_codec)
        if rec.frame_rate:
            _sub(track, "essenceTrackFrameRate", f"{rec.frame_rate:g}", unitsOfMeasure="fps")
        if rec.width and rec.height:
            _sub(track, "essenceTrackFrameSize", f"{rec.width}x{rec.height}")
    if rec.audio_codec:
        track = _sub(inst, "instantiationEssenceTrack")
        _sub(track, "essenceTrackType", "Audio")
        _sub(track, "essenceTrackEncoding", rec.audio_codec)


def _serialise(root: ET.Element) -> bytes:
    root.set(f"{{{XSI}}}schemaLocation", SCHEMA_LOCATION)
    ET.register_namespace("", NS)
    ET.register_namespace("xsi", XSI)
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"


def record_xml(rec: PbcoreRecord) -> bytes:
    """One pbcoreDescriptionDocument."""
    return _serialise(description_document(rec))


def collection_xml(records: list[PbcoreRecord], title: str = "", source: str = "") -> bytes:
    """A pbcoreCollection of several records (PBCore requires at least one)."""
    if not records:
        from vaxa_desktop.interchange.errors import InterchangeError

        raise InterchangeError("export.no_recordings")
    root = ET.Element(_q("pbcoreCollection"))
    if title:
        root.set("collectionTitle", title)
    if source:
        root.set("collectionSource", source)
    for rec in records:
        description_document(rec, root)
    return _serialise(root)
