"""Where things live on this computer (no Qt: the CLI uses it too)."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_DIR_NAME = "vaxa-desktop"


def user_data_dir() -> Path:
    override = os.environ.get("VAXA_DATA_DIR")
    return Path(override) if override else Path(platformdirs.user_data_dir(APP_DIR_NAME))


def default_archive_dir() -> Path:
    """The archive opened when none is named: created with the demo on first run."""
    override = os.environ.get("VAXA_ARCHIVE")
    return Path(override) if override else user_data_dir() / "Arkiv"


def log_dir() -> Path:
    override = os.environ.get("VAXA_LOG_DIR")
    return Path(override) if override else Path(platformdirs.user_log_dir(APP_DIR_NAME))
