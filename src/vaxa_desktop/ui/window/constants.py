"""Numbers the window's parts share: stack pages, delays, list column widths."""

from __future__ import annotations

PAGE_TABLE, PAGE_GRID, PAGE_SEARCH, PAGE_MESSAGE, PAGE_CUES = range(5)
SEARCH_DELAY_MS = 120
PREVIEW_DELAY_MS = 150
HITS_PER_KIND = 20  # per kind while typing; the group says when there are more
RECENT_LIMIT = 8
COLUMN_WIDTHS = {
    "year": 70,
    "title": 380,
    "theme": 260,
    "status": 100,
    "format": 100,
    "start_date": 130,
    "speakers": 220,
    "talk_type": 110,
    "language": 90,
    "name": 220,
    "organisation": 260,
    "kind": 100,
    "duration_ms": 90,
    "citation": 190,
    "publisher": 200,
    "cues": 70,
}

# Defaults chosen so each list's columns fit the list pane of a 1400-pixel window.
COLUMN_WIDTHS_BY_KIND = {
    "conference": {"year": 60, "title": 180, "theme": 250, "format": 80, "start_date": 110},
    "talk": {"title": 330, "year": 60, "speakers": 200, "talk_type": 100, "language": 80},
    "document": {"title": 300, "year": 60},
}
