"""Generate the demo placeholder clips shipped in resources/clips/.

Each clip is a flat colour card (about 4 s, 640x360, H.264 + AAC tone) with
the speaker's name and "Exempelklipp" near the top edge, so the centre and
the corners stay a plain, known colour that tests can sample after decoding,
and subtitles (drawn at the bottom) never collide with the card's text.
Run: python tools/make_demo_clips.py [OUTPUT_DIR]
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
FONT_BOLD = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")

CLIPS: tuple[tuple[str, str, str, int], ...] = (
    ("sverker-olofsson-2018.mp4", "Sverker Olofsson", "1F4E79", 440),
    ("per-sandgren-2018.mp4", "Per Sandgren", "2E7D32", 550),
    ("josefina-syssner-2018.mp4", "Josefina Syssner", "B23A48", 660),
)

VTT = """WEBVTT

00:00:00.200 --> 00:00:01.400
Exempeltext 1

00:00:01.600 --> 00:00:02.800
Exempeltext 2

00:00:03.000 --> 00:00:03.900
Exempeltext 3
"""


def _has_drawtext(ffmpeg: str) -> bool:
    out = subprocess.run(
        [ffmpeg, "-hide_banner", "-filters"], capture_output=True, text=True, timeout=30
    ).stdout
    return " drawtext " in out and FONT.exists()


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(":", "\\:").replace("'", "\\'")


def make_clip(ffmpeg: str, out: Path, name: str, colour: str, tone_hz: int, text: bool) -> None:
    vf = "format=yuv420p"
    if text:
        bold = FONT_BOLD if FONT_BOLD.exists() else FONT
        vf = (
            f"drawtext=fontfile={bold}:text='{_escape(name)}':fontcolor=white:fontsize=30:"
            "x=(w-text_w)/2:y=34,"
            f"drawtext=fontfile={FONT}:text='Exempelklipp':fontcolor=white@0.85:fontsize=20:"
            "x=(w-text_w)/2:y=76," + vf
        )
    cmd = [
        ffmpeg, "-hide_banner", "-loglevel", "error", "-y",
        "-f", "lavfi", "-i", f"color=c=0x{colour}:s=640x360:r=25:d=4",
        "-f", "lavfi", "-i", f"sine=frequency={tone_hz}:sample_rate=48000:duration=4",
        "-vf", vf,
        "-c:v", "libx264", "-preset", "veryslow", "-tune", "stillimage", "-crf", "18",
        "-g", "25", "-pix_fmt", "yuv420p", "-color_range", "tv",
        "-colorspace", "bt709", "-color_primaries", "bt709", "-color_trc", "bt709",
        "-c:a", "aac", "-b:a", "64k", "-ac", "2",
        "-shortest", "-movflags", "+faststart",
        str(out),
    ]  # fmt: skip
    subprocess.run(cmd, check=True, timeout=300)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    out_dir = Path(args[0]) if args else ROOT / "resources" / "clips"
    ffmpeg = shutil.which("ffmpeg")
    if ffmpeg is None:
        print("ffmpeg not found on PATH", file=sys.stderr)
        return 1
    out_dir.mkdir(parents=True, exist_ok=True)
    text = _has_drawtext(ffmpeg)
    if not text:
        print("drawtext unavailable: clips get colour only", file=sys.stderr)
    for filename, name, colour, tone in CLIPS:
        target = out_dir / filename
        make_clip(ffmpeg, target, name, colour, tone, text)
        print(f"{target} {target.stat().st_size // 1024} KiB")
    vtt = out_dir / "josefina-syssner-2018.sv.vtt"
    vtt.write_text(VTT, encoding="utf-8")
    print(vtt)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
