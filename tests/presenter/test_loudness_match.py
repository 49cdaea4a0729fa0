"""Loudness that matches: two clips mastered 15 LU apart play at the same loudness.

The decks' sound is taken from libvlc's audio callbacks (the decoded,
volume-scaled PCM that would go to the sound card) and measured with the
same EBU R128 method the catalogue uses (ffmpeg's ebur128 filter).
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from vaxa_desktop.domain.cues import CueInfo
from vaxa_desktop.media.loudness import ffmpeg_available, measure_file, measure_pcm
from vaxa_desktop.media.showplayer import Deck, DeckStatus, ShowPlayer

from .conftest import WAIT_MS

pytestmark = pytest.mark.skipif(not ffmpeg_available(), reason="needs ffmpeg")


def _clip(path: Path, colour: str, gain_db: float) -> Path:
    subprocess.run(
        ["ffmpeg", "-loglevel", "error", "-nostdin", "-y",
         "-f", "lavfi", "-i", f"color=c={colour}:s=320x180:r=25:d=4",
         "-f", "lavfi", "-i", "anoisesrc=color=pink:duration=4:sample_rate=48000:amplitude=0.1",
         "-ac", "2", "-af", f"volume={gain_db}dB", "-c:v", "libx264", "-pix_fmt", "yuv420p",
         "-c:a", "aac", "-b:a", "192k", "-shortest", str(path)],
        check=True, timeout=120,
    )  # fmt: skip
    return path


def _cue(n: int, path: Path) -> CueInfo:
    measured = measure_file(path)
    return CueInfo(
        id=n, cue_list_id=1, position=n, recording_id=n, path=path, title=path.stem, people=(),
        in_ms=0, out_ms=None, recording_duration_ms=4000,
        loudness_lufs=measured.integrated_lufs, true_peak_dbtp=measured.true_peak_dbtp,
    )  # fmt: skip


def _play_and_capture(qtbot, show: ShowPlayer, index: int) -> bytes:  # type: ignore[no-untyped-def]
    deck: Deck = show.standby_deck()
    qtbot.waitUntil(
        lambda: deck.index == index and deck.status is DeckStatus.READY, timeout=WAIT_MS
    )
    assert deck.audio_tap is not None
    deck.audio_tap.take()  # the muted preroll
    assert show.go()
    qtbot.waitUntil(lambda: deck.status is DeckStatus.HELD, timeout=WAIT_MS)
    qtbot.wait(200)
    return deck.audio_tap.take()


def test_two_clips_15_lu_apart_play_at_the_same_loudness(qtbot, tmp_path: Path) -> None:
    loud = _cue(0, _clip(tmp_path / "loud.mp4", "blue", 9.0))
    quiet = _cue(1, _clip(tmp_path / "quiet.mp4", "green", -6.0))
    assert loud.loudness_lufs is not None and quiet.loudness_lufs is not None
    assert loud.loudness_lufs - quiet.loudness_lufs == pytest.approx(15, abs=1.0)

    show = ShowPlayer(audio_taps=True, target_lufs=-23.0)
    try:
        show.set_cues([loud, quiet], 0)
        first = _play_and_capture(qtbot, show, 0)
        second = _play_and_capture(qtbot, show, 1)
    finally:
        show.shutdown()
    assert len(first) > 48_000 * 4 * 2 and len(second) > 48_000 * 4 * 2  # seconds of sound
    played = [measure_pcm(pcm, 48_000, 2).integrated_lufs for pcm in (first, second)]
    assert played[0] is not None and played[1] is not None
    assert abs(played[0] - played[1]) <= 1.0, played
    assert played[0] == pytest.approx(-23.0, abs=1.5), played
