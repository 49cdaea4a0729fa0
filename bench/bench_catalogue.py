"""Cataloguing benchmarks against plain tools on the same files in the same run.

1. Ingest of 200 short clips through IngestService vs a sequential shell loop
   doing the same work per file (sha256sum, ffprobe, one ffmpeg poster frame).
   Target: ratio <= 1.0.
2. Relinking 10,000 moved files (small files) with RelinkService. Target: <= 10 s.
3. Fixity throughput (FixityService over every recording) vs `sha256sum` over
   the same files. Target: ratio <= 1.2.

Inputs are cached under bench/.cache/. Run: .venv/bin/python bench/bench_catalogue.py
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import insert

from vaxa_desktop.services.context import ArchiveContext
from vaxa_desktop.services.fixity import FixityService
from vaxa_desktop.services.ingest import IngestService
from vaxa_desktop.services.relink import RelinkService
from vaxa_desktop.storage import models as m

CACHE = Path(__file__).resolve().parent / ".cache"


def make_clips(n: int) -> Path:
    folder = CACHE / f"clips{n}"
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        out = folder / f"klipp {i:03d}.mp4"
        if out.is_file():
            continue
        subprocess.run(
            ["ffmpeg", "-hide_banner", "-loglevel", "error", "-y",
             "-f", "lavfi", "-i", f"testsrc2=d=3:s=320x240:r=25,hue=h={i * 7 % 360}",
             "-f", "lavfi", "-i", f"sine=f={200 + i}:d=3",
             "-c:v", "libx264", "-preset", "veryfast", "-g", "25", "-c:a", "aac", "-shortest",
             str(out)],
            check=True,
        )  # fmt: skip
    return folder


def shell_baseline(folder: Path) -> float:
    out = Path(tempfile.mkdtemp(prefix="vx-shell-"))
    script = (
        'for f in "$1"/*.mp4; do '
        'sha256sum "$f" > /dev/null; '
        'ffprobe -v error -print_format json -show_format -show_streams "$f" > /dev/null; '
        'ffmpeg -hide_banner -loglevel error -nostdin -y -ss 1 -i "$f" -frames:v 1 '
        '"$2/$(basename "$f").jpg"; '
        "done"
    )
    t0 = time.perf_counter()
    subprocess.run(["bash", "-c", script, "bash", str(folder), str(out)], check=True)
    elapsed = time.perf_counter() - t0
    shutil.rmtree(out)
    return elapsed


def service_ingest(folder: Path, copy: bool) -> tuple[float, int]:
    root = Path(tempfile.mkdtemp(prefix="vx-ingest-")) / "arkiv"
    with ArchiveContext.create(root) as ctx:
        t0 = time.perf_counter()
        report = IngestService(ctx.archive).run([folder], copy=copy)
        elapsed = time.perf_counter() - t0
    shutil.rmtree(root.parent)
    return elapsed, len(report.imported)


def bench_ingest(n: int) -> None:
    folder = make_clips(n)
    files = sorted(folder.glob("*.mp4"))
    for f in files:  # same page-cache state for both
        f.read_bytes()
    shell = shell_baseline(folder)
    link, imported = service_ingest(folder, copy=False)
    copy, _ = service_ingest(folder, copy=True)
    print(f"ingest {n} clips: shell loop {shell:.2f} s")
    print(
        f"  service, link in place: {link:.2f} s  ratio {link / shell:.2f}  ({imported} imported)"
    )
    print(f"  service, copy + fsync:  {copy:.2f} s  ratio {copy / shell:.2f}")


def bench_relink(n: int) -> None:
    rng = random.Random(7)
    base = Path(tempfile.mkdtemp(prefix="vx-relink-"))
    old = base / "gamla"
    old.mkdir()
    import hashlib

    rows = []
    for i in range(n):
        data = rng.randbytes(rng.randint(200, 4000))
        p = old / f"d{i % 100:02d}" / f"fil {i:05d}.bin"
        p.parent.mkdir(exist_ok=True)
        p.write_bytes(data)
        rows.append({"rel_path": str(p), "size_bytes": len(data),
                     "sha256": hashlib.sha256(data).hexdigest(), "status": "ok",
                     "kind": "full", "title": "", "container": "", "video_codec": "",
                     "audio_codec": "", "is_placeholder": False, "notes": "",
                     "thumbnail_path": "", "added_at": m.utcnow()})  # fmt: skip
    with ArchiveContext.create(base / "arkiv") as ctx:
        with ctx.archive.session_factory.begin() as s:
            s.execute(insert(m.Recording), rows)
        new = base / "nya platsen"
        old.rename(new)
        t0 = time.perf_counter()
        report = RelinkService(ctx.archive).relink_folder(new)
        elapsed = time.perf_counter() - t0
    shutil.rmtree(base)
    print(f"relink {n} moved files: {elapsed:.2f} s ({len(report.relinked)} relinked, "
          f"{len(report.still_missing)} still missing; target <= 10 s)")  # fmt: skip


def bench_fixity(big_files: int, mb: int) -> None:
    folder = CACHE / f"big{big_files}x{mb}"
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for i in range(big_files):
        p = folder / f"stor {i}.bin"
        if not p.is_file() or p.stat().st_size != mb << 20:
            p.write_bytes(os.urandom(mb << 20))
        files.append(p)
    root = Path(tempfile.mkdtemp(prefix="vx-fixity-")) / "arkiv"
    with ArchiveContext.create(root) as ctx:
        rows = [{"rel_path": str(p), "size_bytes": p.stat().st_size, "sha256": None,
                 "status": "unverified", "kind": "full", "title": "", "container": "",
                 "video_codec": "", "audio_codec": "", "is_placeholder": False, "notes": "",
                 "thumbnail_path": "", "added_at": m.utcnow()} for p in files]  # fmt: skip
        with ctx.archive.session_factory.begin() as s:
            s.execute(insert(m.Recording), rows)
        FixityService(ctx.archive).run()  # records checksums; warms the page cache
        t0 = time.perf_counter()
        subprocess.run(["sha256sum", *map(str, files)], check=True, stdout=subprocess.DEVNULL)
        tool = time.perf_counter() - t0
        t0 = time.perf_counter()
        report = FixityService(ctx.archive).run()
        ours = time.perf_counter() - t0
    shutil.rmtree(root.parent)
    total_mb = big_files * mb
    print(f"fixity {big_files} x {mb} MB: sha256sum {tool:.2f} s ({total_mb / tool:.0f} MB/s), "
          f"service {ours:.2f} s ({total_mb / ours:.0f} MB/s), ratio {ours / tool:.2f} "
          f"({len(report.of('ok'))} ok; target <= 1.2)")  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--clips", type=int, default=200)
    ap.add_argument("--relink", type=int, default=10_000)
    ap.add_argument("--big", type=int, default=16, help="files for the fixity run")
    ap.add_argument("--mb", type=int, default=32, help="size of each, MB")
    ap.add_argument("--only", choices=("ingest", "relink", "fixity"))
    args = ap.parse_args(argv)
    print(f"cpus: {os.cpu_count()}, load: {os.getloadavg()[0]:.2f}")
    if args.only in (None, "ingest"):
        bench_ingest(args.clips)
    if args.only in (None, "relink"):
        bench_relink(args.relink)
    if args.only in (None, "fixity"):
        bench_fixity(args.big, args.mb)
    return 0


if __name__ == "__main__":
    sys.exit(main())
