"""Reading untrusted XML: defusedxml, a size bound, and leniency for real schedules.

defusedxml refuses entity declarations (billion laughs, quadratic blow-up)
and external entities before anything is expanded, so hostile files fail
fast with bounded memory. Published schedules often use HTML entities such
as `&nbsp;` without declaring them; those are rewritten to character
references before parsing, and any other undeclared entity is kept as text.
"""

from __future__ import annotations

import html.entities
import re
import xml.etree.ElementTree as StdET

import defusedxml
import defusedxml.ElementTree as SafeET

from vaxa_desktop.interchange.errors import InterchangeError, UnsafeInputError

MAX_XML_BYTES = 64 * 1024 * 1024

_XML_ENTITIES = {b"amp", b"lt", b"gt", b"quot", b"apos"}
_ENTITY_REF = re.compile(rb"&([A-Za-z][A-Za-z0-9]{0,31});")
_DECLARED_ENCODING = re.compile(rb"^\s*<\?xml[^>]*encoding\s*=\s*[\"']([A-Za-z0-9._-]+)[\"']")


def _fix_entities(data: bytes) -> bytes:
    has_doctype = b"<!DOCTYPE" in data[:4096] or b"<!ENTITY" in data

    def repl(match: re.Match[bytes]) -> bytes:
        name = match.group(1)
        if name in _XML_ENTITIES:
            return match.group(0)
        code = html.entities.name2codepoint.get(name.decode("ascii"))
        if code is not None:
            return b"&#%d;" % code
        # Undeclared in a file without a DTD: keep it visible as text.
        return match.group(0) if has_doctype else b"&amp;" + name + b";"

    return _ENTITY_REF.sub(repl, data)


def _check_encoding(data: bytes) -> None:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return  # UTF-16 with a byte order mark: expat reads it
    declared = _DECLARED_ENCODING.match(data)
    name = declared.group(1).decode("ascii").lower() if declared else "utf-8"
    if name.replace("-", "").replace("_", "") not in ("utf8",):
        return  # expat decodes the declared encoding (or says it cannot)
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InterchangeError(
            "xml.not_utf8", byte=f"{data[exc.start]:02x}", position=exc.start
        ) from None


def parse_xml(data: bytes) -> StdET.Element:
    """The root element of untrusted XML bytes; InterchangeError for anything wrong."""
    if len(data) > MAX_XML_BYTES:
        raise InterchangeError(
            "xml.too_large", size=len(data) // 1_000_000, limit=MAX_XML_BYTES // 1_000_000
        )
    if not data.strip():
        raise InterchangeError("schedule.empty_file")
    _check_encoding(data)
    try:
        return SafeET.fromstring(_fix_entities(data), forbid_dtd=False)
    except defusedxml.EntitiesForbidden:
        raise UnsafeInputError("xml.entities") from None
    except defusedxml.ExternalReferenceForbidden:
        raise UnsafeInputError("xml.external") from None
    except defusedxml.DTDForbidden:
        raise UnsafeInputError("xml.doctype") from None
    except defusedxml.DefusedXmlException as exc:
        raise UnsafeInputError("xml.refused", reason=str(exc), detail=str(exc)) from None
    except StdET.ParseError as exc:
        raise InterchangeError("xml.malformed", reason=str(exc), detail=str(exc)) from None
    except (ValueError, LookupError) as exc:  # unknown encodings and the like
        raise InterchangeError("xml.unreadable", reason=str(exc), detail=str(exc)) from None


def local_name(tag: object) -> str:
    """'{namespace}name' -> 'name'; comments and processing instructions -> ''."""
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1]


def child(elem: StdET.Element, name: str) -> StdET.Element | None:
    for c in elem:
        if local_name(c.tag) == name:
            return c
    return None


def children(elem: StdET.Element, name: str) -> list[StdET.Element]:
    return [c for c in elem if local_name(c.tag) == name]


def text_of(elem: StdET.Element | None, name: str | None = None) -> str:
    """All text inside an element (or its named child), markup inside dropped."""
    if elem is not None and name is not None:
        elem = child(elem, name)
    if elem is None:
        return ""
    return "".join(elem.itertext()).strip()
