"""Media files for the cataloguing tests: good clips, audio, and files that must fail.

Clips are made once per session with ffmpeg (tiny: 1-2 s at 160x120) and
copied into each test's folder.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

RESOURCES = Path(__file__).resolve().parents[2] / "resources" / "clips"


def _ffmpeg(*args: str) -> None:
    subprocess.run(["ffmpeg", "-hide_banner", "-loglevel", "error", "-y", *args], check=True)


@pytest.fixture(scope="session")
def clip_factory(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder of source media made once: video clips, an audio file, a still image."""
    d = tmp_path_factory.mktemp("clips")
    for i, colour in enumerate(("red", "green", "blue", "yellow")):
        _ffmpeg(
            "-f",
            "lavfi",
            "-i",
            f"testsrc=d=1.5:s=160x120:r=15,hue=s={i}",
            "-f",
            "lavfi",
            "-i",
            f"sine=f={300 + 100 * i}:d=1.5",
            "-c:v",
            "libx264",
            "-preset",
            "ultrafast",
            "-c:a",
            "aac",
            "-shortest",
            str(d / f"clip{i}.mp4"),
        )
        del colour
    _ffmpeg("-f", "lavfi", "-i", "sine=d=1.5", "-c:a", "libmp3lame", str(d / "tone.mp3"))
    _ffmpeg("-f", "lavfi", "-i", "testsrc=s=64x48", "-frames:v", "1", str(d / "still.png"))
    return d


@pytest.fixture
def mixed_folder(clip_factory: Path, tmp_path: Path) -> Path:
    """Good clips, audio only, zero bytes, truncated, garbage and å ä ö names, in subfolders."""
    src = tmp_path / "inspelningar"
    (src / "dag 1").mkdir(parents=True)
    (src / "dag 2" / "öppning").mkdir(parents=True)
    shutil.copy(clip_factory / "clip0.mp4", src / "dag 1" / "Åsa Ärlig.mp4")
    shutil.copy(clip_factory / "clip1.mp4", src / "dag 1" / "panel.mp4")
    shutil.copy(clip_factory / "clip2.mp4", src / "dag 2" / "öppning" / "välkommen.mp4")
    shutil.copy(clip_factory / "tone.mp3", src / "dag 2" / "ljud.mp3")
    (src / "dag 2" / "tom.mp4").write_bytes(b"")
    data = (clip_factory / "clip3.mp4").read_bytes()
    (src / "dag 2" / "avbruten.mp4").write_bytes(data[: len(data) // 3])
    (src / "skräp.mp4").write_bytes(bytes(range(256)) * 20)
    return src


CARD_NAMES = (
    "Intervju_Åsa_Öberg", "Panel_Omställning_i_Kiruna", "Välkommen_till_Luleå",
    "Intervju_Sören_Häggroth", "Keynote_Gröna_jobb", "Samtal_om_bostäder", "Avslutning_dag_1",
    "MVI_0412", "MVI_0413", "Frågestund_Älvsbyn",
)  # fmt: skip


@pytest.fixture(scope="session")
def camera_card_source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A camera's card made once: ten short clips, a .THM picture and a .txt note."""
    card = tmp_path_factory.mktemp("kort")
    folder = card / "DCIM" / "100CANON"
    folder.mkdir(parents=True)
    for i, name in enumerate(CARD_NAMES):
        _ffmpeg(
            "-f", "lavfi", "-i", f"testsrc=d=1:s=160x90:r=10,hue=h={i * 36}",
            "-f", "lavfi", "-i", f"sine=f={200 + 50 * i}:d=1",
            "-c:v", "libx264", "-preset", "ultrafast", "-c:a", "aac", "-shortest",
            str(folder / f"{name}.MOV"),
        )  # fmt: skip
    _ffmpeg("-f", "lavfi", "-i", "testsrc=s=160x120", "-frames:v", "1", "-f", "image2",
            "-c:v", "mjpeg", str(folder / "MVI_0412.THM"))  # fmt: skip
    (folder / "LÄS_MIG.txt").write_text("Kortet från dag 1.\n", encoding="utf-8")
    return card


@pytest.fixture
def camera_card(camera_card_source: Path, tmp_path: Path) -> Path:
    """A fresh copy of the card's DCIM folder for one test."""
    target = tmp_path / "DCIM"
    shutil.copytree(camera_card_source / "DCIM", target)
    return target
