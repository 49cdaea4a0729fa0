"""The surface pool takes windows back from the reaper's thread, even once it is gone."""

from __future__ import annotations

import threading

import shiboken6

from vaxa_desktop.ui.player.surfaces import SurfacePool


def _release_from_another_thread(pool: SurfacePool, win: int) -> None:
    t = threading.Thread(target=pool.release, args=(win,))
    t.start()
    t.join(30)
    assert not t.is_alive()


def test_window_comes_back_only_after_release_from_another_thread(qtbot) -> None:
    pool = SurfacePool()
    qtbot.addWidget(pool)
    first = pool.acquire()
    second = pool.acquire()
    assert first and second and first != second
    assert pool.lent_count() == 2
    _release_from_another_thread(pool, first)
    qtbot.waitUntil(lambda: pool.lent_count() == 1, timeout=10_000)
    # The window still lent is the one a later acquire must not hand out again.
    third = pool.acquire()
    assert third != second
    _release_from_another_thread(pool, second)
    _release_from_another_thread(pool, third)
    qtbot.waitUntil(lambda: pool.lent_count() == 0, timeout=10_000)


def test_release_after_the_pool_was_deleted_goes_nowhere(qtbot) -> None:
    gone, alive = SurfacePool(), SurfacePool()
    qtbot.addWidget(alive)
    lent_by_gone = gone.acquire()
    lent_by_alive = alive.acquire()
    assert lent_by_gone and lent_by_alive
    shiboken6.delete(gone)  # the panel closed while its player was still being stopped
    _release_from_another_thread(gone, lent_by_gone)
    assert alive.lent_count() == 1
    _release_from_another_thread(alive, lent_by_alive)
    qtbot.waitUntil(lambda: alive.lent_count() == 0, timeout=10_000)
