"""The control view and the output window: program monitor, placement, leaving, settings."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import QRect, QSettings, Qt
from PySide6.QtGui import QColor, QFontMetrics, QGuiApplication, QImage
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

from vaxa_desktop.domain.cues import CueInfo
from vaxa_desktop.media.compositor import centre_colour, close_to, is_black
from vaxa_desktop.media.showplayer import DeckStatus
from vaxa_desktop.ui.presenter import screens
from vaxa_desktop.ui.presenter.control import PROGRAM_RED, ControlWindow, MonitorView
from vaxa_desktop.ui.presenter.mode import PresenterMode
from vaxa_desktop.ui.presenter.settings_box import PresenterSettingsBox

from .conftest import BLUE, GREEN, RED
from .helpers import WAIT_MS, press, showing, wait_showing, wait_standby_ready


def _same(a: QImage | None, b: QImage | None) -> bool:
    """The very same picture (shared data), not just a similar one."""
    return a is not None and b is not None and a.cacheKey() == b.cacheKey()


def test_program_monitor_shows_what_the_output_shows(
    qtbot, make_show, demo_cues: list[CueInfo]
) -> None:
    mode, _monitor = make_show(demo_cues)
    wait_standby_ready(qtbot, mode, 0)
    assert showing(mode.control.preview_image(), BLUE)  # preview: the standby's first picture
    press(qtbot, mode, Qt.Key.Key_Space)
    wait_showing(qtbot, mode, BLUE)
    for _ in range(5):
        qtbot.wait(80)
        assert _same(mode.control.program.image(), mode.output.current_image())
    wait_standby_ready(qtbot, mode, 1)
    assert showing(mode.control.preview_image(), GREEN)
    qtbot.waitUntil(lambda: bool(mode.control.program.remaining), timeout=WAIT_MS)
    assert mode.control.program.elapsed.startswith("0:0")
    assert mode.control.program.remaining.startswith("−0:0")
    assert mode.control.program.tally
    press(qtbot, mode, Qt.Key.Key_Escape)  # Stop
    qtbot.waitUntil(lambda: is_black(mode.output.current_image()), timeout=WAIT_MS)
    assert _same(mode.control.program.image(), mode.output.current_image())
    assert not mode.control.program.tally


def test_now_playing_tells_the_truth_after_stop_and_panic(
    qtbot, make_show, demo_cues: list[CueInfo]
) -> None:
    mode, _monitor = make_show(demo_cues)
    wait_standby_ready(qtbot, mode, 0)
    press(qtbot, mode, Qt.Key.Key_Space)
    wait_showing(qtbot, mode, BLUE)
    assert "Olofsson" in mode.control.now_title.text() or "1." in mode.control.now_title.text()
    press(qtbot, mode, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: mode.player.on_air is None, timeout=WAIT_MS)
    assert mode.control.now_title.text() == "Nothing on air (black)"
    assert mode.control.countdown.text() == "–:––"
    wait_standby_ready(qtbot, mode, 1)
    press(qtbot, mode, Qt.Key.Key_Space)
    wait_showing(qtbot, mode, GREEN)
    assert mode.control.now_title.text().startswith("2.")
    press(qtbot, mode, Qt.Key.Key_Escape, shift=True)  # Panic
    qtbot.waitUntil(lambda: mode.player.on_air is None, timeout=WAIT_MS)
    assert mode.control.now_title.text() == "Nothing on air (black)"


def test_one_screen_output_beside_the_control_view_and_f_toggles_fullscreen(
    qtbot, make_show, demo_cues: list[CueInfo]
) -> None:
    assert len(QGuiApplication.screens()) == 1
    mode, _monitor = make_show(demo_cues)
    out = mode.output.geometry()
    assert not mode.output.fullscreen and mode.output.isVisible()
    least = mode.control.minimumSizeHint().width()
    for w, h in ((1280, 720), (1366, 768), (1920, 1080)):  # laptop screens (the xvfb test: real)
        control, output = screens.side_by_side(QRect(0, 0, w, h), least)
        assert not control.intersects(output) and control.width() >= least
        assert output.width() >= 320 and output.height() == output.width() * 9 // 16
    assert mode.control.screen_combo.count() == 1
    press(qtbot, mode, Qt.Key.Key_F)
    assert mode.output.fullscreen and mode.control.fullscreen_button.isChecked()
    screen = QGuiApplication.primaryScreen()
    qtbot.waitUntil(lambda: mode.output.geometry() == screen.geometry(), timeout=WAIT_MS)
    press(qtbot, mode, Qt.Key.Key_F)
    assert not mode.output.fullscreen
    qtbot.waitUntil(lambda: mode.output.geometry() == out, timeout=WAIT_MS)


def test_leaving_asks_only_while_a_cue_is_on_air(
    qtbot, make_show, demo_cues: list[CueInfo]
) -> None:
    mode, _monitor = make_show(demo_cues)
    asked: list[bool] = []
    answer = [False]

    def ask() -> bool:
        asked.append(True)
        return answer[0]

    mode.ask_leave = ask
    closed: list[bool] = []
    mode.closed.connect(lambda: closed.append(True))
    wait_standby_ready(qtbot, mode, 0)
    press(qtbot, mode, Qt.Key.Key_Space)
    wait_showing(qtbot, mode, BLUE)
    qtbot.keyClick(mode.control, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert asked and not closed  # "Cancel": the show goes on
    assert mode.player.on_air is not None
    mode.control.close()  # the window's close box asks too
    assert len(asked) == 2 and not closed and mode.control.isVisible()
    answer[0] = True
    mode.control.leave_button.click()
    assert len(asked) == 3 and closed


def test_leaving_while_black_needs_no_question(
    qtbot, make_show, demo_cues: list[CueInfo]
) -> None:
    mode, _monitor = make_show(demo_cues)
    mode.ask_leave = lambda: (_ for _ in ()).throw(AssertionError("asked"))
    closed: list[bool] = []
    mode.closed.connect(lambda: closed.append(True))
    qtbot.keyClick(mode.control, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert closed


def test_output_screen_and_target_are_settings(qtbot, tmp_path, demo_cues: list[CueInfo]) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    box = PresenterSettingsBox(settings)
    qtbot.addWidget(box)
    name = QGuiApplication.primaryScreen().name()
    box.screen_combo.setCurrentIndex(box.screen_combo.findData(name))
    box.target.setValue(-18.0)
    box.save()
    assert screens.saved_screen_name(settings) == name
    assert screens.target_lufs(settings) == -18.0
    mode = PresenterMode("Axplock 2018", demo_cues, settings=settings)
    try:
        assert mode.player.target_lufs == -18.0
        mode.start()
        assert mode.output.target_screen is QGuiApplication.primaryScreen()
        settings.setValue(screens.OUTPUT_SCREEN_KEY, "")
        mode.choose_output_screen(name)  # chosen in the control view: remembered
        assert screens.saved_screen_name(settings) == name
        assert centre_colour(mode.control.grab().toImage()) is not None
    finally:
        mode.close()


def test_preview_shows_the_standby_picture_through_a_dissolve(
    qtbot, make_show, demo_cues: list[CueInfo]
) -> None:
    """GO dissolves into the standby cue: the cue after it waits for the outgoing
    deck, and the preview shows its first picture meanwhile, never "Loading…"
    while nothing loads. Run twice: the second time the picture is there at once."""
    cues = [
        dataclasses.replace(demo_cues[0], out_ms=1500, end_action="hold", dissolve_ms=1500),
        dataclasses.replace(demo_cues[1], out_ms=2500, end_action="hold"),
        dataclasses.replace(demo_cues[2], out_ms=2000),
    ]
    mode, _monitor = make_show(cues)
    loading = mode.control.tr("Loading…")
    samples: list[tuple[bool, str, bool]] = []  # picture shown, placeholder, standby deck loads

    def sample(*_args: object) -> None:
        if mode.player.standby != 2:
            return
        deck = mode.player.standby_deck()
        loads = deck.index == 2 and deck.status is DeckStatus.PREROLLING
        preview = mode.control.preview_monitor
        if preview.image() is None:
            samples.append((False, preview.placeholder, loads))
        else:
            samples.append((showing(preview.image(), RED), "", loads))

    for run in range(2):
        samples.clear()
        mode.player.set_standby(0)
        wait_standby_ready(qtbot, mode, 0)
        press(qtbot, mode, Qt.Key.Key_Space)
        wait_showing(qtbot, mode, BLUE)
        wait_standby_ready(qtbot, mode, 1)
        mode.player.transitionChanged.connect(sample)
        mode.player.standbyChanged.connect(sample)
        mode.player.standbyReady.connect(sample)
        press(qtbot, mode, Qt.Key.Key_Space)  # dissolve into cue 2; cue 3 stands by
        qtbot.waitUntil(lambda: mode.player.transition is None, timeout=WAIT_MS)
        wait_standby_ready(qtbot, mode, 2)
        qtbot.waitUntil(lambda: showing(mode.control.preview_image(), RED), timeout=WAIT_MS)
        for signal in (
            mode.player.transitionChanged,
            mode.player.standbyChanged,
            mode.player.standbyReady,
        ):
            signal.disconnect(sample)
        assert samples, "the dissolve was watched"
        # No "Loading…" while the standby waits for the outgoing deck (nothing loads then).
        waiting = [s for s in samples if not s[0] and not s[2]]
        assert all(placeholder != loading for _shown, placeholder, _l in waiting), samples
        # A picture, once shown, is the standby's; it is never taken away again.
        shown = [s[0] for s in samples]
        assert shown == sorted(shown), samples
        if run == 1:  # the second time round the first picture is known at once
            assert all(shown), samples
        press(qtbot, mode, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: mode.player.on_air is None, timeout=WAIT_MS)


def test_long_cue_titles_wrap_whole_in_the_cue_list(qtbot) -> None:
    """Every cue in the control view's list shows all its words and its length:
    each item is tall enough for its text wrapped at the width it is painted at."""
    titles = [
        'Moderator Sverker Olofsson inför "Växa eller Krympa?"',
        "Josefina Syssner, forskare och kulturgeografi och verksam vid Centrum för "
        'kommunstrategiska studier inför "Växa eller Krympa?"',
        "Kort",
    ]
    cues = [
        CueInfo(i + 1, 1, i, i + 1, Path(f"/clip{i}.mp4"), t, (), 0, 3500, 4000)
        for i, t in enumerate(titles)
    ]
    control = ControlWindow("Kvällens visning")
    qtbot.addWidget(control)
    control.set_cues(cues)
    control.set_standby(0)
    for width in (886, 1180, 700):
        control.resize(width, 800)
        control.show()
        qtbot.waitExposed(control)
        qtbot.wait(50)
        view = control.cue_list
        for row in range(view.count()):
            item = view.item(row)
            opt = QStyleOptionViewItem()
            view.initViewItemOption(opt)
            index = view.indexFromItem(item)
            view.itemDelegate().initStyleOption(opt, index)
            opt.rect = view.visualItemRect(item)
            style = view.style()
            text = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, view)
            # The style wraps the text inside that rectangle less a margin each side.
            margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
            needed = QFontMetrics(opt.font).boundingRect(
                QRect(0, 0, text.width() - 2 * margin, 100_000),
                Qt.TextFlag.TextWordWrap,
                item.text(),
            )
            assert needed.height() <= text.height(), (width, item.text())
            assert opt.rect.right() < view.viewport().width(), (width, item.text())
            assert item.text().rstrip().endswith("0:03"), item.text()
    # The key hints below break between keys, never between a key and what it does.
    assert all(" " not in part for part in control.keys_hint.text().split("  ·  "))


def test_monitor_caption_and_times_never_cover_the_picture(qtbot) -> None:
    """The tally caption and the clocks sit beside the picture: every pixel of the
    clip is seen, also the corners where titles and lower thirds are."""
    monitor = MonitorView(PROGRAM_RED)
    qtbot.addWidget(monitor)
    monitor.resize(480, 300)
    monitor.show()
    qtbot.waitExposed(monitor)
    picture = QImage(640, 360, QImage.Format.Format_RGB32)
    picture.fill(QColor(*BLUE))
    monitor.caption = "PROGRAM"
    monitor.tally = True
    monitor.set_times("0:01.5", "−0:01.5")
    monitor.set_image(picture)
    shot = monitor.grab().toImage()

    def blue(x: int, y: int) -> bool:
        c = shot.pixelColor(x, y)
        return close_to((c.red(), c.green(), c.blue()), BLUE, 6)

    points = [(x, y) for y in range(shot.height()) for x in range(shot.width()) if blue(x, y)]
    left, right = min(x for x, _ in points), max(x for x, _ in points)
    top, bottom = min(y for _, y in points), max(y for _, y in points)
    assert right - left + 1 >= monitor.width() - 8  # the picture fills the monitor's width
    inside = [(x, y) for y in range(top + 1, bottom) for x in range(left + 1, right)]
    covered = [p for p in inside if not blue(*p)]
    assert not covered, f"{len(covered)} pixels of the picture covered, first {covered[:3]}"
    assert monitor.height() == monitor.heightForWidth(monitor.width())
