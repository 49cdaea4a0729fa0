"""Back/Forward like a web browser: a list of places and a cursor into it."""

from __future__ import annotations

from dataclasses import dataclass, replace


@dataclass(frozen=True)
class Location:
    """Where the user is: a side-bar section (or "search"), the record shown, the query."""

    section: str
    record: tuple[str, int] | None = None
    query: str = ""

    def with_record(self, record: tuple[str, int] | None) -> Location:
        return replace(self, record=record)


class History:
    LIMIT = 200

    def __init__(self, start: Location) -> None:
        self._items = [start]
        self._pos = 0

    @property
    def current(self) -> Location:
        return self._items[self._pos]

    def push(self, loc: Location) -> None:
        """Go somewhere new: forward entries are dropped, as in a browser."""
        if loc == self.current:
            return
        del self._items[self._pos + 1 :]
        self._items.append(loc)
        if len(self._items) > self.LIMIT:
            del self._items[0]
        self._pos = len(self._items) - 1

    def replace(self, loc: Location) -> None:
        """Update the current place without a new entry (selection moves, typing)."""
        self._items[self._pos] = loc

    def can_back(self) -> bool:
        return self._pos > 0

    def can_forward(self) -> bool:
        return self._pos < len(self._items) - 1

    def back(self) -> Location | None:
        if not self.can_back():
            return None
        self._pos -= 1
        return self.current

    def forward(self) -> Location | None:
        if not self.can_forward():
            return None
        self._pos += 1
        return self.current
