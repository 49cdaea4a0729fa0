"""Commands run against an archive on a real read-only mount.

A user and mount namespace (`unshare -rm`) bind-mounts the archive read-only,
as on a locked USB stick, without root and without touching the machine's
mounts. The script sees the mount as "$2", the interpreter as "$3" and any
further arguments from "$4" on.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import require


def on_read_only_mount(
    archive: Path, mount: Path, script: str, *args: str
) -> subprocess.CompletedProcess[str]:
    require(None if shutil.which("unshare") else "unshare is missing (util-linux)")
    mount.mkdir()
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    proc = subprocess.run(
        ["unshare", "-rm", "sh", "-c",
         f'mount --bind "$1" "$2" && mount -o remount,bind,ro "$2" && {script}',
         "sh", str(archive), str(mount), sys.executable, *args],
        capture_output=True, text=True, timeout=120, env=env,
    )  # fmt: skip
    if "mount" in proc.stderr and "not permitted" in proc.stderr.lower():
        require("mount namespaces are not allowed here")
    return proc
