"""What an import would bring in, found before anything is copied.

`ImportPreviewService.preview(paths)` lists the files under the chosen files
and folders as the import would see them (`services.ingest.collect_files`)
and probes each in the background, a few at a time: its length, size and
codecs, a small picture of it, and a note when it would fail. Files that are
not audio or video (a camera's .THM picture, a .txt note) are listed as
skipped. Nothing is written anywhere: the pictures are kept in memory.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from vaxa_desktop.domain.messages import Notice
from vaxa_desktop.domain.text import title_from_file_name
from vaxa_desktop.media.probe import ProbeResult, probe_media
from vaxa_desktop.media.thumbnails import ThumbnailError, extract_poster_frame
from vaxa_desktop.services.base import ArchiveService
from vaxa_desktop.services.cancel import CancelFlag
from vaxa_desktop.services.ingest import PROBE_TIMEOUT_S, collect_files
from vaxa_desktop.services.media_files import is_media_probe, media_suffix
from vaxa_desktop.services.mediainfo import container_name
from vaxa_desktop.services.reasons import media_reason, os_reason

PICTURE_WIDTH = 160
PICTURE_TIMEOUT_S = 15.0
WORKERS = 3  # ffprobe and ffmpeg wait on disk and decoding: a few at a time

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class FoundFile:
    """One file as an import would take it.

    `media`: it is audio or video and will be imported (unless `problem`
    says why it will fail); False: it is skipped, `problem` says why.
    `title`: the title a new talk of its own would get, from its name.
    """

    path: Path
    size: int
    media: bool
    title: str
    problem: Notice | None = None
    duration_ms: int = 0
    container: str = ""
    video_codec: str = ""
    audio_codec: str = ""
    width: int = 0
    height: int = 0
    picture: bytes = b""

    @property
    def importable(self) -> bool:
        return self.media and self.problem is None


def _picture(path: Path, duration_ms: int) -> bytes:
    """A small JPEG of the file, made in a temporary folder and read back ("" when none)."""
    with tempfile.TemporaryDirectory(prefix="vaxa-preview-") as tmp:
        target = Path(tmp) / "picture.jpg"
        at = min(1000, duration_ms // 3) if duration_ms else 0
        try:
            extract_poster_frame(
                path, target, at_ms=at, max_width=PICTURE_WIDTH, timeout=PICTURE_TIMEOUT_S
            )
            return target.read_bytes()
        except (ThumbnailError, OSError):
            return b""


def look_at(path: Path, *, pictures: bool = True) -> FoundFile:
    """Probe one file (bounded in time) and say how an import would take it."""
    title = title_from_file_name(path.name)
    try:
        size = path.stat().st_size
    except OSError as exc:
        return FoundFile(path, 0, True, title, os_reason(exc))
    if media_suffix(path) is False:
        return FoundFile(path, size, False, title, Notice("ingest.not_media"))
    if size == 0:
        return FoundFile(path, 0, True, title, Notice("media.empty"))
    probe = probe_media(path, timeout=PROBE_TIMEOUT_S)
    if media_suffix(path) is None and not is_media_probe(probe):
        return FoundFile(path, size, False, title, Notice("ingest.not_media", {}, probe.error))
    return _described(path, size, title, probe, pictures)


def _described(
    path: Path, size: int, title: str, probe: ProbeResult, pictures: bool
) -> FoundFile:
    problem = None
    if not probe.ok:
        problem = media_reason(probe.error)
    elif not is_media_probe(probe):
        problem = Notice("media.still_image", {}, probe.container)
    picture = b""
    if pictures and problem is None and probe.has_video:
        picture = _picture(path, probe.duration_ms)
    return FoundFile(
        path,
        size,
        True,
        title,
        problem,
        duration_ms=probe.duration_ms,
        container=container_name(probe.container, path),
        video_codec=probe.video_codec,
        audio_codec=probe.audio_codec,
        width=probe.width,
        height=probe.height,
        picture=picture,
    )


class ImportPreviewService(ArchiveService):
    def preview(
        self,
        paths: Sequence[Path],
        *,
        progress: Progress | None = None,
        cancel: CancelFlag | None = None,
        pictures: bool = True,
    ) -> list[FoundFile]:
        """The files under `paths` as an import would take them, in name order.

        Stops early (with what it has) when `cancel` is set; reports
        `progress(done, total, file name)` as each file is looked at.
        """
        files, problems = collect_files(paths, skip_under=self.archive.root)
        found: list[FoundFile] = [
            FoundFile(Path(p.source), 0, True, title_from_file_name(Path(p.source).name), p.why)
            for p in problems
        ]
        total, done = len(files), 0
        results: dict[int, FoundFile] = {}

        def one(index: int) -> tuple[int, FoundFile | None]:
            if cancel is not None and cancel.cancelled:
                return index, None
            return index, look_at(files[index], pictures=pictures)

        with ThreadPoolExecutor(max_workers=WORKERS) as pool:
            for index, item in pool.map(one, range(total)):
                if item is None:
                    continue
                results[index] = item
                done += 1
                if progress is not None:
                    progress(done, total, files[index].name)
        found += [results[i] for i in sorted(results)]
        return found
