"""Locate files shipped in `resources/`.

A wheel carries them inside the package (`vaxa_desktop/resources`); an editable
install or a source checkout finds them at the repository's top level.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def resources_dir() -> Path:
    inside = _PACKAGE_DIR / "resources"
    if inside.is_dir():
        return inside
    return _PACKAGE_DIR.parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
