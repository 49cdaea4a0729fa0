"""Why a file could not be used: coded, with the tools' own words kept as the detail."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from vaxa_desktop.domain.messages import MESSAGES, Notice
from vaxa_desktop.media.probe import ProbeResult
from vaxa_desktop.services.errors import CatalogueError
from vaxa_desktop.services.fixity import check_file
from vaxa_desktop.services.media_files import is_media_probe, media_suffix
from vaxa_desktop.services.reasons import failure_reason, media_reason, os_reason


@pytest.mark.parametrize(
    ("said", "code"),
    [
        ("Invalid data found when processing input", "media.invalid_data"),
        ("/a/b.mp4: Invalid data found when processing input", "media.invalid_data"),
        ("moov atom not found", "media.truncated"),
        ("file is empty", "media.empty"),
        ("file not found", "io.not_found"),
        ("ffprobe not installed", "media.no_tools"),
        ("no audio or video streams", "media.no_streams"),
        ("no media format recognised", "media.unknown_format"),
        ("something nobody has seen before", "media.unreadable"),
    ],
)
def test_what_the_media_tools_said_is_coded(said: str, code: str) -> None:
    why = media_reason(said)
    assert (why.code, why.detail) == (code, said)
    assert why.code in MESSAGES


def test_a_timeout_keeps_its_seconds_as_a_number() -> None:
    why = media_reason("probe timed out after 20 s")
    assert why == Notice("media.timeout", {"seconds": 20.0}, "probe timed out after 20 s")


@pytest.mark.parametrize(
    ("number", "code"),
    [
        (errno.ENOENT, "io.not_found"),
        (errno.EACCES, "io.permission"),
        (errno.EIO, "io.read_error"),
        (errno.ENOSPC, "io.disk_full"),
        (errno.ESTALE, "io.network"),
        (errno.EXDEV, "io.other"),
    ],
)
def test_what_the_system_said_is_coded_by_errno(number: int, code: str) -> None:
    why = os_reason(OSError(number, "Some English", "/media/kort/MVI_0001.MOV"))
    assert why.code == code and why.code in MESSAGES
    assert why.detail == "Some English: /media/kort/MVI_0001.MOV"


def test_any_failure_becomes_a_notice() -> None:
    full = failure_reason(CatalogueError("catalogue.full", detail="disk I/O error"))
    assert (full.code, full.detail) == ("catalogue.full", "disk I/O error")
    odd = failure_reason(RuntimeError("boom"))
    assert (odd.code, odd.detail) == ("file.failed", "RuntimeError: boom")


def test_fixity_findings_are_coded(tmp_path: Path) -> None:
    f = tmp_path / "a.mp4"
    f.write_bytes(b"x" * 57246)
    status, why, _ = check_file(f, None, 57245)
    assert status == "changed" and why is not None
    assert (why.code, why.params) == (
        "fixity.size_changed",
        {"size_bytes": 57246, "was_bytes": 57245},
    )
    status, why, digest = check_file(f, None, 57246)
    assert status == "ok" and why == Notice("fixity.recorded") and digest
    status, why, _ = check_file(tmp_path / "gone.mp4", "0" * 64, 1)
    assert status == "missing" and why == Notice("fixity.missing")
    status, why, _ = check_file(f, "0" * 64, 57246)
    assert status == "changed" and why == Notice("fixity.checksum_differs")


def test_media_is_told_by_name_then_by_probe() -> None:
    assert media_suffix(Path("MVI_0001.MOV")) is True
    assert media_suffix(Path("MVI_0001.THM")) is False
    assert media_suffix(Path("läs mig.txt")) is False
    assert media_suffix(Path("kamera.xyz")) is None
    video = ProbeResult(duration_ms=1500, container="mov,mp4", has_video=True, has_audio=True)
    assert is_media_probe(video)
    text = ProbeResult(duration_ms=0, container="tty", has_video=True, video_codec="ansi")
    assert not is_media_probe(text)
    still = ProbeResult(container="png_pipe", has_video=True)
    assert not is_media_probe(still)
    assert not is_media_probe(ProbeResult(error="Invalid data found when processing input"))
