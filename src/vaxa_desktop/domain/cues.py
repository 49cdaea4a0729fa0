"""Cue lists as the presenter sees them."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from vaxa_desktop.domain.enums import EndAction


@dataclass(frozen=True)
class CueInfo:
    id: int
    cue_list_id: int
    position: int
    recording_id: int | None
    path: Path | None
    title: str
    people: tuple[str, ...]
    in_ms: int
    out_ms: int | None
    recording_duration_ms: int | None
    notes: str = ""
    volume: int = 100
    end_action: EndAction = EndAction.HOLD
    pre_wait_ms: int = 0
    title_override: str = ""
    fade_in_ms: int = 0  # from black (and silence) when it starts on a black programme
    fade_out_ms: int = 0  # to black before its out point, when it ends in black
    dissolve_ms: int = 0  # cross-fade into the next cue; 0 = a cut
    trim_db: float = 0.0  # level on top of the common target loudness
    loudness_lufs: float | None = None  # the recording's measured loudness
    true_peak_dbtp: float | None = None

    @property
    def number(self) -> int:
        """1-based, as printed in the running order."""
        return self.position + 1

    @property
    def play_ms(self) -> int | None:
        """How long the cue plays: out (or the recording's end) minus in."""
        end = self.out_ms if self.out_ms is not None else self.recording_duration_ms
        return None if end is None else max(0, end - self.in_ms)


@dataclass(frozen=True)
class CueProblem:
    """Why a cue will not play. `reason` is English (the CLI, the log); `code` and
    `params` say it for the GUI to translate, `technical` keeps the tools' words."""

    cue_id: int
    number: int
    reason: str
    code: str = ""
    params: dict[str, object] = field(default_factory=dict, hash=False, compare=False)
    technical: str = ""


@dataclass(frozen=True)
class CueSnapshot:
    """Everything needed to put a deleted cue back (undo)."""

    cue_list_id: int
    position: int
    recording_id: int | None
    in_ms: int
    out_ms: int | None
    title: str
    notes: str
    volume: int
    end_action: EndAction
    pre_wait_ms: int
    fade_in_ms: int = 0
    fade_out_ms: int = 0
    dissolve_ms: int = 0
    trim_db: float = 0.0
