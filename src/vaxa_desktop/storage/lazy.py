"""Modules imported when first used.

SQLAlchemy's ORM, the models and Alembic take about half a second and 45 MB
to import; reading an archive needs none of them (`storage.reader`). Code that
writes through the ORM names them through `lazy_module`, so a process that
only reads never pays for them:

    if TYPE_CHECKING:
        from vaxa_desktop.storage import models as m
    else:
        m = lazy_module("vaxa_desktop.storage.models")

The first attribute read imports the module (under the import system's own
per-module lock, so two threads can race for it safely); later reads are a
dictionary lookup and a `getattr`.
"""

from __future__ import annotations

import importlib
import sys
from types import ModuleType
from typing import Any


class _LazyModule:
    __slots__ = ("_name",)

    def __init__(self, name: str) -> None:
        self._name = name

    def _module(self) -> ModuleType:
        module = sys.modules.get(self._name)
        if module is None or getattr(getattr(module, "__spec__", None), "_initializing", False):
            module = importlib.import_module(self._name)
        return module

    def __getattr__(self, attr: str) -> Any:
        return getattr(self._module(), attr)

    def __repr__(self) -> str:
        return f"<lazy module {self._name!r}>"


def lazy_module(name: str) -> Any:
    """A stand-in for module `name` that imports it when an attribute is first read."""
    return _LazyModule(name)
