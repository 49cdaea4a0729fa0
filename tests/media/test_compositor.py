"""The programme mixer on plain pictures: cut, dissolve, fades, black, different sizes."""

from __future__ import annotations

from PySide6.QtGui import QColor, QImage

from vaxa_desktop.media.compositor import ProgrammeMixer, centre_colour, close_to


def card(colour: tuple[int, int, int], w: int = 320, h: int = 180) -> QImage:
    image = QImage(w, h, QImage.Format.Format_RGB32)
    image.fill(QColor(*colour))
    return image


BLUE, GREEN = (0x1F, 0x4E, 0x79), (0x2E, 0x7D, 0x32)


def test_cut_passes_the_deck_frames_through_and_black_is_black(qtbot) -> None:
    mixer = ProgrammeMixer()
    out: list[QImage] = []
    mixer.programme.connect(out.append)
    blue = card(BLUE)
    mixer.set_frame(0, blue)
    assert out == []  # not on the programme yet
    mixer.cut_to(0)
    assert out[-1].cacheKey() == blue.cacheKey() and mixer.composed == 0
    mixer.set_frame(1, card(GREEN))  # the standby deck: nothing changes
    assert len(out) == 1
    mixer.black()
    assert max(centre_colour(out[-1])) == 0 and mixer.is_black()


def test_dissolve_and_fades_mix_the_pictures(qtbot) -> None:
    mixer = ProgrammeMixer()
    out: list[QImage] = []
    mixer.programme.connect(out.append)
    mixer.set_frame(0, card(BLUE))
    mixer.set_frame(1, card(GREEN, 640, 360))  # another size: letterboxed on one canvas
    mixer.set_mix([(0, 1.0), (1, 0.5)], 1.0)
    mid = centre_colour(out[-1])
    half = tuple((a + b) // 2 for a, b in zip(BLUE, GREEN, strict=True))
    assert close_to(mid, half, 4), mid
    mixer.set_mix([(1, 1.0)], 0.25)  # fading to black
    assert close_to(centre_colour(out[-1]), tuple(c // 4 for c in GREEN), 4)
    mixer.set_mix([(0, 0.0)], 1.0)  # a fade in at its start
    assert max(centre_colour(out[-1])) == 0


def test_transition_steps_are_throttled_frames_are_not(qtbot) -> None:
    mixer = ProgrammeMixer()
    out: list[QImage] = []
    mixer.programme.connect(out.append)
    mixer.set_frame(0, card(BLUE))
    mixer.set_frame(1, card(GREEN))
    mixer.set_mix([(0, 1.0), (1, 0.1)], 1.0)
    n = len(out)
    mixer.set_mix([(0, 1.0), (1, 0.2)], 1.0, min_interval_ms=10_000)
    assert len(out) == n  # a step too soon: no picture ...
    mixer.set_frame(1, card(GREEN))  # ... but the top deck's next frame shows the new mix
    assert len(out) == n + 1
    assert close_to(centre_colour(out[-1]), tuple(
        round(b * 0.8 + g * 0.2) for b, g in zip(BLUE, GREEN, strict=True)), 4)  # fmt: skip
