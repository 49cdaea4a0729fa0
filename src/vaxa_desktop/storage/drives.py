"""Folders made for output, never on the system disk in place of a drive that is not there.

`make_folders("/media/anna/USB-Åsa/Arkiv")` with the stick unplugged would make
`/media/anna/USB-Åsa` as an ordinary folder on the system disk and write the
archive, the backup or the snapshot there, where nobody looks for it (and it
fills the system disk). A missing folder is made only when the first missing
one would not be where drives are mounted: directly in `/mnt`, `/Volumes`, or
in `/media` or `/run/media` or a user's folder there.
"""

from __future__ import annotations

from pathlib import Path

from vaxa_desktop.domain.errors import UserError

# Where drives are mounted; in the two "by user" folders a drive sits in the user's folder.
MOUNT_FOLDERS: tuple[Path, ...] = (Path("/mnt"), Path("/Volumes"))
MOUNT_FOLDERS_BY_USER: tuple[Path, ...] = (Path("/media"), Path("/run/media"))


class DriveMissingError(UserError):
    """A folder to be made lies on a drive that is not connected."""


def missing_drive(path: Path) -> Path | None:
    """The drive folder `path` needs that is not there, or None when it may be made."""
    path = Path(path).absolute()
    first_missing: Path | None = None
    here = path
    while not here.exists():
        first_missing = here
        if here.parent == here:
            return None
        here = here.parent
    if first_missing is None:
        return None
    holders = {*MOUNT_FOLDERS, *MOUNT_FOLDERS_BY_USER}
    by_user = set(MOUNT_FOLDERS_BY_USER)
    if here in holders or here.parent in by_user:
        return first_missing
    return None


def make_folders(path: Path) -> None:
    """`path.mkdir(parents=True, exist_ok=True)`, refused on a drive that is not connected."""
    drive = missing_drive(path)
    if drive is not None:
        raise DriveMissingError("drive.missing", drive=str(drive), path=str(path))
    Path(path).mkdir(parents=True, exist_ok=True)
