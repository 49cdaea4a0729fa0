"""Cataloguing benchmarks against plain tools on the same files in the same run.

1. Ingest (copy) of 20 clips of 60 s and 200 clips of 3 s, 1280x720 H.264 + AAC,
   a key frame every 2 s: `vaxa-archive import-media` as a whole process, and
   IngestService in-process (what the open window pays), each against a shell
   pipeline run with `xargs -P<cores>` doing the same work per file (ffprobe,
   sha256sum, cp + sync, an ffmpeg poster frame, an ffmpeg strip of key
   frames; for the command, which also measures each file's EBU R128
   loudness, plus ffmpeg's ebur128 filter). Target: ratio <= 1.0.
2. Relinking 10,000 moved files: RelinkService against a bare script (walk,
   hash every file, raw SQL UPDATEs). Target: <= 5 s.
3. Fixity (FixityService over every recording) against `sha256sum` and
   `openssl dgst -sha256` over the same files. Target: <= 1.2x sha256sum.

Product and baseline run in turn, medians of --runs pairs. Clips and files are
generated once and cached under bench/.cache/ (git-ignored); scratch archives
go to bench/.cache/tmp/ and are removed.

    .venv/bin/python bench/bench_catalogue.py [--only ingest] [--runs 5]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import insert

from common import Result, compile_product, emit, load_line, paired, ratio_of, rounds, run_process
from vaxa_desktop.services.context import ArchiveContext
from vaxa_desktop.storage import models as m

HERE = Path(__file__).resolve().parent
CACHE = HERE / ".cache"
# Scratch archives and copies go to the disk the cache is on (not a tmpfs), as a user's do.
WORK = CACHE / "tmp"
CLI = Path(sys.executable).parent / "vaxa-archive"


def make_clips(n: int, seconds: int = 3, size: str = "1280x720") -> Path:
    """`n` H.264 + AAC clips of `seconds` s: a keyframe every 2 s, about 2.5 Mbit/s,
    as a camera or a stream recorder writes them. Cached under bench/.cache/."""
    folder = CACHE / f"clips-{n}x{seconds}s-{size}"
    folder.mkdir(parents=True, exist_ok=True)
    # A larger cached set of the same clips lends its first n (hard links).
    larger = [d for d in CACHE.glob(f"clips-*x{seconds}s-{size}") if d != folder]
    for i in range(n):
        out = folder / f"klipp {i:03d}.mp4"
        if out.is_file():
            continue
        donor = next((d / out.name for d in larger if (d / out.name).is_file()), None)
        if donor is not None:
            os.link(donor, out)
            continue
        part = out.with_suffix(".part.mp4")
        subprocess.run(
            ["ffmpeg", "-hide_banner", "-loglevel", "error", "-y",
             "-f", "lavfi", "-i", f"testsrc2=d={seconds}:s={size}:r=25,hue=h={i * 7 % 360}",
             "-f", "lavfi", "-i", f"sine=f={200 + i}:d={seconds}",
             "-c:v", "libx264", "-preset", "veryfast", "-g", "50", "-keyint_min", "50",
             "-sc_threshold", "0", "-b:v", "2500k", "-maxrate", "3000k", "-bufsize", "6000k",
             "-c:a", "aac", "-b:a", "128k", "-shortest", "-movflags", "+faststart",
             str(part)],
            check=True,
        )  # fmt: skip
        part.rename(out)
    return folder


# The same work per file as an import, with plain tools: probe, SHA-256, a copy made
# durable, a poster frame one second in, and a strip of ten key frames.
SHELL_INGEST = r"""
f="$1"; out="$2"; name=$(basename "$f")
ffprobe -v error -print_format json -show_format -show_streams "$f" > "$out/$name.json"
d=$(sed -n 's/.*"duration": "\([0-9.]*\)".*/\1/p' "$out/$name.json" | head -n 1)
sha256sum "$f" > "$out/$name.sha256"
cp "$f" "$out/$name" && sync "$out/$name"
ffmpeg -hide_banner -loglevel error -nostdin -y -ss 1 -i "$f" -frames:v 1 \
    -vf "scale='min(640,iw)':-2" "$out/$name.jpg"
ffmpeg -hide_banner -loglevel error -nostdin -y -skip_frame nokey -i "$f" \
    -vf "fps=10/$d,scale=-2:90,tile=10x1" -frames:v 1 "$out/$name.strip.jpg"
"""

# What `vaxa-archive import-media` also does per file: its EBU R128 loudness
# (for presenter mode's common level), measured by ffmpeg's ebur128 filter.
SHELL_LOUDNESS = SHELL_INGEST + r"""
ffmpeg -hide_banner -nostdin -nostats -i "$f" -map 0:a:0 -vn -sn -dn \
    -af ebur128=peak=true -f null - 2> "$out/$name.r128"
"""


def shell_baseline(folder: Path, jobs: int, script_per_file: str = SHELL_INGEST) -> float:
    """`find | xargs -P jobs` over SHELL_INGEST (or another per-file script); wall seconds."""
    out = Path(tempfile.mkdtemp(prefix="vx-shell-", dir=WORK))
    script = (
        f'find "$1" -type f -name "*.mp4" -print0 | '
        f'xargs -0 -P {jobs} -I{{}} bash -c "$2" bash {{}} "$3"'
    )
    cmd = ["bash", "-c", script, "bash", str(folder), script_per_file, str(out)]
    run = run_process(cmd)
    made = len(list(out.glob("*.strip.jpg")))
    shutil.rmtree(out)
    if run.code != 0 or made == 0:
        raise SystemExit(f"the shell baseline failed (exit {run.code}, {made} strips)")
    return run.seconds


def cli_ingest(folder: Path) -> float:
    """`vaxa-archive import-media` as a whole process into a fresh archive."""
    root = Path(tempfile.mkdtemp(prefix="vx-ingest-", dir=WORK)) / "arkiv"
    ArchiveContext.create(root).close()
    run = run_process([str(CLI), "--archive", str(root), "import-media", "--copy", str(folder)])
    shutil.rmtree(root.parent)
    if run.code != 0:
        raise SystemExit(f"import-media failed (exit {run.code})")
    return run.seconds


def service_ingest(folder: Path, copy: bool = True) -> float:
    """IngestService.run in this process (what the open window pays)."""
    root = Path(tempfile.mkdtemp(prefix="vx-ingest-", dir=WORK)) / "arkiv"
    with ArchiveContext.create(root) as ctx:
        t0 = time.perf_counter()
        report = ctx.ingest.run([folder], copy=copy)
        elapsed = time.perf_counter() - t0
    shutil.rmtree(root.parent)
    if report.failed or not report.imported:
        raise SystemExit(f"ingest failed: {report.failed[:3]}")
    return elapsed


def bench_ingest(n: int, seconds: int, runs: int) -> list[Result]:
    folder = make_clips(n, seconds)
    for f in sorted(folder.glob("*.mp4")):  # the same page-cache state for both
        f.read_bytes()
    jobs = os.cpu_count() or 2
    label = f"ingest {n} clips of {seconds} s (720p H.264), copy"
    print(f"{label}: shell pipeline with xargs -P{jobs} vs the product, {runs} rounds", flush=True)
    # The clips are in the page cache already, so no warm-up round.
    times = rounds(
        {
            "shell": lambda: shell_baseline(folder, jobs),
            "shell_loud": lambda: shell_baseline(folder, jobs, SHELL_LOUDNESS),
            "cli": lambda: cli_ingest(folder),
            "service": lambda: service_ingest(folder),
        },
        runs,
        warmup=0,
    )
    shell = statistics.median(times["shell"])
    shell_loud = statistics.median(times["shell_loud"])
    base = f"shell -P{jobs}"
    results = [
        Result(f"{label}, vaxa-archive import-media (with loudness)",
               statistics.median(times["cli"]), shell_loud, target=1.0,
               baseline_name=f"{base} + ebur128",
               ratio=ratio_of(times["cli"], times["shell_loud"]), runs=runs),
        Result(f"{label}, IngestService (window)", statistics.median(times["service"]), shell,
               target=1.0, baseline_name=base,
               ratio=ratio_of(times["service"], times["shell"]), runs=runs),
    ]  # fmt: skip
    emit(results)
    return results


def _moved_files(n: int, base: Path) -> tuple[Path, list[dict[str, object]]]:
    rng = random.Random(7)
    old = base / "gamla"
    old.mkdir()
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
    return old, rows


def _relink_once(n: int, product: bool) -> float:
    """One relink of `n` moved files: the service, or the bare baseline.

    The baseline is what a script with the standard library does: walk the
    new folder, hash every file, and UPDATE each row's path by checksum with
    raw SQL in one transaction.
    """
    base = Path(tempfile.mkdtemp(prefix="vx-relink-", dir=WORK))
    old, rows = _moved_files(n, base)
    with ArchiveContext.create(base / "arkiv") as ctx, ctx.archive.session_factory.begin() as s:
        s.execute(insert(m.Recording), rows)
    new = base / "nya platsen"
    old.rename(new)
    if product:
        with ArchiveContext.open(base / "arkiv") as ctx:
            t0 = time.perf_counter()
            report = ctx.relink.relink_folder(new)
            elapsed = time.perf_counter() - t0
        ok = len(report.relinked) == n
    else:
        t0 = time.perf_counter()
        found = {}
        for dirpath, _dirs, files in os.walk(new):
            for name in files:
                p = os.path.join(dirpath, name)
                with open(p, "rb") as fh:
                    found[hashlib.file_digest(fh, "sha256").hexdigest()] = p
        con = sqlite3.connect(base / "arkiv" / "archive.sqlite")
        with con:
            cur = con.executemany(
                "UPDATE recording SET rel_path = ?, version = version + 1 WHERE sha256 = ?",
                [(p, d) for d, p in found.items()],
            )
        con.close()
        elapsed = time.perf_counter() - t0
        ok = cur.rowcount == n or len(found) == n
    shutil.rmtree(base)
    if not ok:
        raise SystemExit("relink benchmark: not every file was relinked")
    return elapsed


def bench_relink(n: int, runs: int) -> list[Result]:
    print(f"relink {n} moved files: RelinkService vs walk + hash + raw SQL, {runs} runs")
    p, b, ratio, _ = paired(lambda: _relink_once(n, True), lambda: _relink_once(n, False), runs)
    results = [
        Result(f"relink {n:,} moved files", p, b, limit=5.0 if n >= 10_000 else None,
               baseline_name="walk+hash+raw SQL", ratio=ratio, runs=runs),
    ]  # fmt: skip
    emit(results)
    return results


def bench_fixity(big_files: int, mb: int, runs: int) -> list[Result]:
    folder = CACHE / f"big{big_files}x{mb}"
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for i in range(big_files):
        p = folder / f"stor {i}.bin"
        if not p.is_file() or p.stat().st_size != mb << 20:
            p.write_bytes(os.urandom(mb << 20))
        files.append(p)
    root = Path(tempfile.mkdtemp(prefix="vx-fixity-", dir=WORK)) / "arkiv"
    total_mb = big_files * mb
    print(f"fixity {big_files} x {mb} MB: FixityService vs sha256sum and openssl, {runs} runs")
    with ArchiveContext.create(root) as ctx:
        rows = [{"rel_path": str(p), "size_bytes": p.stat().st_size, "sha256": None,
                 "status": "unverified", "kind": "full", "title": "", "container": "",
                 "video_codec": "", "audio_codec": "", "is_placeholder": False, "notes": "",
                 "thumbnail_path": "", "added_at": m.utcnow()} for p in files]  # fmt: skip
        with ctx.archive.session_factory.begin() as s:
            s.execute(insert(m.Recording), rows)
        ctx.fixity.run()  # records checksums; warms the page cache

        def service() -> float:
            t0 = time.perf_counter()
            report = ctx.fixity.run()
            elapsed = time.perf_counter() - t0
            if len(report.of("ok")) != big_files:
                raise SystemExit("fixity benchmark: not every file verified ok")
            return elapsed

        def tool(*cmd: str) -> Callable[[], float]:
            return lambda: run_process([*cmd, *map(str, files)]).seconds

        results = []
        for name, cmd in (
            ("sha256sum", ("sha256sum",)),
            ("openssl", ("openssl", "dgst", "-sha256")),
        ):
            p, b, ratio, _ = paired(service, tool(*cmd), runs)
            results.append(
                Result(f"fixity {big_files} x {mb} MB ({total_mb / p:.0f} MB/s)", p, b,
                       target=1.2 if name == "sha256sum" else None, baseline_name=name,
                       ratio=ratio, runs=runs)
            )  # fmt: skip
    shutil.rmtree(root.parent)
    emit(results)
    return results


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--clips", default="20x60,200x3", help="ingest sets: COUNTxSECONDS,...")
    ap.add_argument("--relink", type=int, default=10_000)
    ap.add_argument("--big", type=int, default=16, help="files for the fixity run")
    ap.add_argument("--mb", type=int, default=32, help="size of each, MB")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--only", choices=("ingest", "relink", "fixity"))
    args = ap.parse_args(argv)
    WORK.mkdir(parents=True, exist_ok=True)
    print(load_line())
    compile_product()
    if args.only in (None, "ingest"):
        for spec in args.clips.split(","):
            count, seconds = (int(x) for x in spec.split("x"))
            bench_ingest(count, seconds, args.runs)
    if args.only in (None, "relink"):
        bench_relink(args.relink, args.runs)
    if args.only in (None, "fixity"):
        bench_fixity(args.big, args.mb, args.runs)
    print(load_line())
    return 0


if __name__ == "__main__":
    sys.exit(main())
