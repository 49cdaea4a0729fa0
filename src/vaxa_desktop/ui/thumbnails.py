"""Recording thumbnails for the grid, decoded off the GUI thread and kept in a small cache."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QImage, QPixmap

from vaxa_desktop.ui.badges import BADGED, badged
from vaxa_desktop.ui.icons import icon
from vaxa_desktop.ui.tasks import TaskRunner

SIZE = QSize(192, 108)


def _load(path: str) -> QImage | None:
    img = QImage(path)
    if img.isNull():
        return None
    return img.scaled(SIZE, Qt.AspectRatioMode.KeepAspectRatio,
                      Qt.TransformationMode.SmoothTransformation)  # fmt: skip


class ThumbnailCache:
    LIMIT = 400

    def __init__(self, tasks: TaskRunner, on_loaded: Callable[[int], None]) -> None:
        self._tasks = tasks
        self._on_loaded = on_loaded
        self._icons: OrderedDict[str, QIcon] = OrderedDict()
        self._loading: set[str] = set()
        self._fallback = icon("recording")
        self._badges: dict[tuple[int, str], QIcon] = {}

    def icon_for(self, ident: int, path: str, status: str | None = None) -> QIcon:
        """The thumbnail (with a badge when the file is missing or changed)."""
        if not path:
            return self._badged(self._fallback, status)
        found = self._icons.get(path)
        if found is not None:
            self._icons.move_to_end(path)
            return self._badged(found, status)
        if path not in self._loading:
            self._loading.add(path)
            self._tasks.submit(
                lambda: _load(path),
                on_result=lambda img: self._store(ident, path, img),
                on_error=lambda _exc: self._store(ident, path, None),
            )
        return self._badged(self._fallback, status)

    def _badged(self, base: QIcon, status: str | None) -> QIcon:
        if status not in BADGED:
            return base
        key = (base.cacheKey(), str(status))
        found = self._badges.get(key)
        if found is None:
            found = self._badges[key] = badged(base, status, SIZE)
            while len(self._badges) > 64:
                self._badges.pop(next(iter(self._badges)))
        return found

    def _store(self, ident: int, path: str, image: QImage | None) -> None:
        self._loading.discard(path)
        self._icons[path] = QIcon(QPixmap.fromImage(image)) if image is not None else self._fallback
        while len(self._icons) > self.LIMIT:
            self._icons.popitem(last=False)
        self._on_loaded(ident)
