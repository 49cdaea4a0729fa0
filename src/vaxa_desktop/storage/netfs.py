"""Is a folder on a network file system? SQLite's WAL needs shared memory that NFS,
SMB and the like do not give, so a catalogue there can be corrupted by two
machines at once; the user is warned at open.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

NETWORK_FSTYPES = frozenset(
    {
        "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "sshfs", "fuse.sshfs",
        "9p", "afs", "ncpfs", "coda", "ceph", "glusterfs", "fuse.glusterfs", "lustre",
        "fuse.rclone", "davfs", "fuse.davfs2", "fuse.s3fs", "fuse.gcsfuse", "gpfs", "ocfs2",
    }
)  # fmt: skip


def _unescape(field: str) -> str:
    """/proc/mounts writes space, tab, newline and backslash as octal escapes."""
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(code, char)
    return field


def mount_fstype(path: Path, mounts_text: str | None = None) -> str | None:
    """The file system type of the mount holding `path`, from /proc/mounts (Linux)."""
    if mounts_text is None:
        try:
            mounts_text = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None
    target = os.path.realpath(path)
    best: tuple[int, str] | None = None
    for line in mounts_text.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        mount_point, fstype = _unescape(parts[1]), parts[2]
        inside = target == mount_point or target.startswith(mount_point.rstrip("/") + "/")
        if inside and (best is None or len(mount_point) >= best[0]):
            best = (len(mount_point), fstype)
    return best[1] if best else None


def _windows_remote(path: Path) -> bool:
    import ctypes

    drive = os.path.splitdrive(os.path.realpath(path))[0]
    if drive.startswith("\\\\"):
        return True  # a UNC path is a share
    get_type = ctypes.windll.kernel32.GetDriveTypeW  # type: ignore[attr-defined]
    return bool(get_type(drive + "\\") == 4)  # DRIVE_REMOTE


def network_filesystem(path: Path) -> str | None:
    """The network file system type `path` is on ('nfs4', 'cifs', 'network drive'), or None."""
    try:
        if sys.platform == "win32":
            return "network drive" if _windows_remote(path) else None
        fstype = mount_fstype(path)
    except (OSError, AttributeError, ValueError):
        return None
    if fstype and (fstype in NETWORK_FSTYPES or fstype.startswith(("nfs", "smb"))):
        return fstype
    return None
