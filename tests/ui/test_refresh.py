"""After an operation the window refreshes what it changed, and nothing else.

Every list model is watched for resets, reorders and repainted rows, and the
services that the other views read from are counted, around a real edit made
through the window's own form.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pytestqt.modeltest import ModelTester
from shiboken6 import isValid

from vaxa_desktop.services.changes import OpChanges
from vaxa_desktop.ui.dialogs.edit_forms import EditForm
from vaxa_desktop.ui.main_window import MainWindow
from vaxa_desktop.ui.models.lazy import LazyTableModel, _compare, _Order

from .conftest import WAIT_MS, wait_detail, wait_idle, wait_rows


class Spy:
    """What happened to one list model."""

    def __init__(self, model: LazyTableModel) -> None:
        self.model = model
        self.resets = 0  # modelAboutToBeReset and modelReset, each
        self.moves = 0  # layoutChanged
        self.rows: set[int] = set()  # rows repainted (dataChanged)
        model.modelAboutToBeReset.connect(self._reset)
        model.modelReset.connect(self._reset)
        model.layoutChanged.connect(self._moved)
        model.dataChanged.connect(self._data)

    def _reset(self) -> None:
        self.resets += 1

    def _moved(self) -> None:
        self.moves += 1

    def _data(self, first: Any, last: Any) -> None:
        self.rows.update(range(first.row(), last.row() + 1))

    def clear(self) -> None:
        self.resets = self.moves = 0
        self.rows.clear()

    @property
    def untouched(self) -> bool:
        return not (self.resets or self.moves or self.rows)


@pytest.fixture
def model_testers(qtbot) -> Iterator[Callable[[LazyTableModel], None]]:  # type: ignore[no-untyped-def]
    """qtmodeltester's checks (the Python ones, which fail the test) on several models."""
    testers: list[ModelTester] = []

    def check(model: LazyTableModel) -> None:
        tester = ModelTester(None)
        tester.check(model, force_py=True)
        testers.append(tester)

    yield check
    for tester in testers:
        if isValid(tester._model):  # pytest-qt may have closed the window first
            tester._cleanup()


def _calls(monkeypatch, obj: object, names: list[str]) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """Count calls of these methods of a service (made from the pool)."""
    calls = dict.fromkeys(names, 0)
    for name in names:
        method = getattr(obj, name)

        def counted(*args: Any, _name: str = name, _method: Any = method, **kw: Any) -> Any:
            calls[_name] += 1
            return _method(*args, **kw)

        monkeypatch.setattr(obj, name, counted)
    return calls


def _every_list_loaded(qtbot, window: MainWindow) -> dict[str, Spy]:  # type: ignore[no-untyped-def]
    """Visit each list so each has its model and rows; spy on all of them."""
    for kind in ("conference", "person", "document", "recording", "cuelist", "talk"):
        window.go_section(kind)
        view = window.grid if kind == "recording" else window.table
        if kind != "cuelist":
            wait_rows(qtbot, view.model())
    recordings = window.cue_page.recordings.model()
    wait_rows(qtbot, recordings)
    wait_idle(qtbot, window)
    spies = {f"{m.kind}{'-grid' if m is window.grid.model() else ''}": Spy(m)
             for m in window.nav.all_models()}  # fmt: skip
    spies["cue-recordings"] = Spy(recordings)
    return spies


def _edit_title(qtbot, window: MainWindow, title: str) -> None:  # type: ignore[no-untyped-def]
    """Edit ▸ Edit record… on the shown talk, as a user does."""
    window.catalogue.actions["editRecord"].trigger()
    form = window.findChild(EditForm)
    assert form is not None and form.entity == "talk"
    qtbot.waitUntil(lambda: form.is_loaded, timeout=WAIT_MS)
    form.widgets["title"].setText(title)
    with qtbot.waitSignal(form.accepted, timeout=WAIT_MS):
        form.save()
    form.deleteLater()


def _titles(model: LazyTableModel) -> list[str]:
    return [model.data(model.index(r, 0)) for r in range(model.rowCount())]


def test_editing_a_title_refreshes_its_row_and_page_only(
    make_window, archive_dir, qtbot, monkeypatch, model_testers
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(archive_dir)
    spies = _every_list_loaded(qtbot, window)
    talks = window.table.model()
    assert talks.kind == "talk"
    for spy in spies.values():
        model_testers(spy.model)
    row = 1
    ident = talks.id_at(row)
    old = talks.data(talks.index(row, 0))
    window.table.selectRow(row)
    wait_detail(qtbot, window, old)
    browse, search = window.ctx.browse, window.ctx.search
    reads = _calls(monkeypatch, browse, ["counts", "saved_searches", "filter_options", "ids"])
    searches = _calls(monkeypatch, search, ["search"])
    for spy in spies.values():
        spy.clear()

    new = f"{old} (reviderad)"  # keeps its place in the list, which is sorted by title
    _edit_title(qtbot, window, new)
    qtbot.waitUntil(lambda: talks.data(talks.index(row, 0)) == new, timeout=WAIT_MS)
    wait_detail(qtbot, window, new)
    wait_idle(qtbot, window)

    talk = spies["talk"]
    assert talk.rows == {row} and talk.resets == 0 and talk.moves == 0
    assert talks.id_at(row) == ident and window.current_record() == ("talk", ident)
    for name in ("conference", "person", "document"):
        assert spies[name].untouched, name
    # A recording without a title of its own is listed by its talk's: those rows are
    # fetched again, the lists stay.
    for name in ("recording-grid", "cue-recordings"):
        assert spies[name].resets == 0 and spies[name].moves == 0, name
    assert reads["counts"] == reads["saved_searches"] == reads["filter_options"] == 0
    assert reads["ids"] == 3  # the order of the talks and of both recording lists, compared
    assert searches["search"] == 0
    assert window.history.current.record == ("talk", ident)


def test_a_new_order_moves_the_row_and_keeps_it_selected(
    make_window, archive_dir, qtbot, model_testers
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(archive_dir)
    window.go_section("talk")
    talks = window.table.model()
    wait_rows(qtbot, talks)
    model_testers(talks)
    spy = Spy(talks)
    ident = talks.id_at(0)
    old = talks.data(talks.index(0, 0))
    window.table.selectRow(0)
    wait_detail(qtbot, window, old)

    _edit_title(qtbot, window, "Östersjön sist i listan")  # Ö sorts after Z
    last = talks.rowCount() - 1
    qtbot.waitUntil(lambda: talks.id_at(last) == ident, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: _titles(talks)[last] == "Östersjön sist i listan", timeout=WAIT_MS)
    wait_detail(qtbot, window, "Östersjön sist i listan")
    assert spy.resets == 0 and spy.moves == 1
    assert window.table.currentIndex().row() == last  # the selection moved with the row

    spy.clear()
    window.catalogue.undo_action.trigger()  # Ctrl+Z: back where it was
    qtbot.waitUntil(lambda: talks.id_at(0) == ident, timeout=WAIT_MS)
    wait_detail(qtbot, window, old)
    wait_idle(qtbot, window)
    assert _titles(talks)[0] == old and spy.resets == 0
    assert window.table.currentIndex().row() == 0


def test_a_new_record_resets_its_list_and_counts_only(
    make_window, archive_dir, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(archive_dir)
    spies = _every_list_loaded(qtbot, window)
    people = next(s for s in spies.values() if s.model.kind == "person").model
    before = people.rowCount()
    reads = _calls(monkeypatch, window.ctx.browse, ["counts", "saved_searches"])
    for spy in spies.values():
        spy.clear()
    controller = window.catalogue.controller()
    controller.submit(controller.editing.create, "person", {"name": "Åsa Nyberg"})
    qtbot.waitUntil(lambda: people.rowCount() == before + 1, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.counts.people == before + 1, timeout=WAIT_MS)
    wait_idle(qtbot, window)
    assert spies["person"].resets == 2  # about to be reset, reset
    for name in ("conference", "talk", "document", "recording-grid", "cue-recordings"):
        assert spies[name].untouched, name
    assert reads["counts"] == 1 and reads["saved_searches"] == 0


def test_reload_and_others_changes_read_everything(make_window, archive_dir, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window(archive_dir)
    spies = _every_list_loaded(qtbot, window)
    window.commands.act_reload.trigger()  # View ▸ Reload (F5)
    wait_idle(qtbot, window)
    for name, spy in spies.items():
        assert spy.resets == 2, name
    for spy in spies.values():
        spy.clear()
    window.state.publish(OpChanges.everything())  # what the shared-catalogue watcher sends
    wait_idle(qtbot, window)
    assert all(spy.resets == 2 for spy in spies.values())


def test_cue_list_edits_reach_the_cue_lists_list(make_window, archive_dir, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window(archive_dir)
    window.go_section("cuelist")
    page = window.cue_page
    qtbot.waitUntil(lambda: page.lists.count() > 0, timeout=WAIT_MS)
    published: list[OpChanges] = []
    window.state.changed.connect(published.append)
    before = window.counts.cue_lists
    page.new_list("Kväll")
    qtbot.waitUntil(lambda: bool(published), timeout=WAIT_MS)
    assert published[0].touches("cuelist") and published[0].counts
    assert not published[0].touches("talk")
    qtbot.waitUntil(lambda: window.counts.cue_lists == before + 1, timeout=WAIT_MS)


@given(st.lists(st.integers(1, 30), max_size=40), st.data())
def test_a_list_read_again_is_the_same_moved_or_other(old: list[int], data) -> None:  # type: ignore[no-untyped-def]
    new = data.draw(
        st.one_of(st.permutations(old), st.lists(st.integers(1, 30), max_size=40)),
        label="new",
    )
    a, b = array("q", new), array("q", old)
    if new == old:
        expected = _Order.SAME
    elif sorted(new) == sorted(old):
        expected = _Order.MOVED
    else:
        expected = _Order.OTHER
    assert _compare(a, b) is expected


def test_the_page_follows_records_it_links_to_and_no_others(
    make_window, archive_dir, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(archive_dir)
    cat = window.ctx.catalogue
    person = next(p for p in cat.list_people() if cat.person(p.id).appearances)
    appearance = cat.person(person.id).appearances[0]
    window.go_section("person")
    window.open_record("person", person.id)
    wait_detail(qtbot, window, appearance.talk_title)
    wait_idle(qtbot, window)
    shown: list[tuple[str, int]] = []
    window.detailShown.connect(lambda kind, ident: shown.append((kind, ident)))
    controller = window.catalogue.controller()

    # A conference the page does not link to: the page stays as it is.
    linked = {a.conference_id for a in cat.person(person.id).appearances}
    other = next(c for c in cat.list_conferences() if c.id not in linked)
    controller.submit(controller.editing.edit, "conference", other.id, {"theme": "Ny tema"})
    qtbot.waitUntil(lambda: not controller.busy, timeout=WAIT_MS)
    wait_idle(qtbot, window)
    assert shown == []

    # The talk the page lists: the page is read again and shows its new title.
    controller.submit(controller.editing.edit, "talk", appearance.talk_id, {"title": "Ny rubrik"})
    wait_detail(qtbot, window, "Ny rubrik")
    assert shown == [("person", person.id)]
