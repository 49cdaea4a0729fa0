"""A retired libvlc player never reaches a Qt object again, even one being deleted.

The reaper stops a retired player on its own thread, and libvlc may display a
last picture or send a last event meanwhile, while the widget that owned the
controller (and with it the frame sink) is already being deleted. Emitting on
a deleted QObject from libvlc's thread crashes the process, so retiring a
player must wait for a callback that is emitting and silence the rest.
"""

from __future__ import annotations

import threading

import pytest
import shiboken6
from PySide6.QtCore import QObject, Qt
from tests.media.conftest import clip_path

from vaxa_desktop.media.controller import PlayerController
from vaxa_desktop.media.framesink import FrameSink
from vaxa_desktop.media.reaper import reaper
from vaxa_desktop.media.vlcboot import get_instance

pytestmark = pytest.mark.player


def test_retire_waits_for_a_frame_being_emitted_then_silences_the_player(qtbot) -> None:
    sink = FrameSink()
    player = get_instance().media_player_new()
    try:
        key = sink.attach(player)
        sink.configure(player, (64, 36))
        inside, go_on, retired = threading.Event(), threading.Event(), threading.Event()
        emitted: list[int] = []

        def receiver(k: int, _image: object) -> None:  # runs on the "video thread"
            emitted.append(k)
            inside.set()
            go_on.wait(30)

        sink.taggedFrame.connect(receiver, Qt.ConnectionType.DirectConnection)
        video = threading.Thread(target=sink._display_cb, args=(key, None))
        video.start()
        assert inside.wait(30), "the display callback did not emit"

        def retire() -> None:
            sink.retire(key)
            retired.set()

        gui = threading.Thread(target=retire)
        gui.start()
        # While a frame is being emitted, retiring waits for it.
        assert not retired.wait(0.3)
        go_on.set()
        video.join(30)
        gui.join(30)
        assert retired.is_set()
        # From now on the retired player's pictures are copied nowhere and emitted never.
        sink._display_cb(key, None)
        assert emitted == [key]
        assert sink.frames_displayed == 1
    finally:
        player.release()
        shiboken6.delete(sink)


@pytest.mark.parametrize("frames_first", [0, 1, 3])
def test_controller_deleted_while_its_player_is_being_stopped(qtbot, frames_first: int) -> None:
    """Shut down while it opens or plays, then delete the Qt objects at once (a closed widget).

    No picture of the retired player is counted or emitted after `shutdown()`.
    """
    for _ in range(4):
        owner = QObject()
        c = PlayerController(owner, frame_sink=True)
        sink = c.frame_sink
        assert sink is not None
        shut_down = threading.Event()
        late: list[int] = []

        def on_frame(k: int, _image: object, shut_down=shut_down, late=late) -> None:
            if shut_down.is_set():
                late.append(k)

        sink.taggedFrame.connect(on_frame, Qt.ConnectionType.DirectConnection)
        c.load(clip_path("per-sandgren-2018.mp4"))
        if frames_first:
            qtbot.waitUntil(lambda c=c: c.frames_displayed >= frames_first, timeout=30_000)
        c.shutdown()
        shut_down.set()
        counted = sink.frames_displayed
        shiboken6.delete(owner)  # the controller and its sink, while the reaper stops
        assert reaper().drain(30)
        assert late == []
        assert sink.frames_displayed == counted
