"""Smoke test on a real X display: the clip's pixels appear inside the app's window.

Run with `xvfb-run -a .venv/bin/python -m pytest -m xvfb tests/media`.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from tests.media.conftest import CLIPS, clip_path
from tests.media.helpers import close_to

pytestmark = [pytest.mark.xvfb, pytest.mark.player(window=True)]


def test_embedded_window_shows_clip_pixels(tmp_path: Path) -> None:
    name = "per-sandgren-2018.mp4"
    script = Path(__file__).with_name("xvfb_player_check.py")
    env = dict(os.environ, QT_QPA_PLATFORM="xcb")
    root = Path(__file__).resolve().parents[2]
    env["PYTHONPATH"] = os.pathsep.join([str(root), str(root / "src"), env.get("PYTHONPATH", "")])
    done = subprocess.run(
        [sys.executable, str(script), str(clip_path(name)), str(tmp_path / "screen.png")],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result.get("embedded") is True
    assert "error" not in result, result
    assert result["page"] == "video"
    # X11 video outputs convert YUV a little differently from the frame sink.
    assert close_to(tuple(result["rgb"]), CLIPS[name], 32), result
