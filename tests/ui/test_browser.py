"""Navigating, searching and reading the demo archive in the real main window."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from tests.ui.conftest import WAIT_MS, wait_detail, wait_idle, wait_rows

from vaxa_desktop.services.browse import COLUMNS, KINDS
from vaxa_desktop.ui import i18n
from vaxa_desktop.ui.main_window import PAGE_MESSAGE, PAGE_SEARCH, PAGE_TABLE
from vaxa_desktop.ui.models.lazy import LazyTableModel
from vaxa_desktop.ui.models.search_results import RecordRole, SearchResultsModel


def _links(window, kind: str) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """Internal links of one kind on the detail page: {anchor text: id}."""
    html = window.detail.html()
    found = re.findall(rf'href="vaxa:{kind}/(\d+)"[^>]*>(?:<span[^>]*>)?([^<]+)<', html)
    return {text.strip(): int(ident) for ident, text in found}


def _hit_kinds(model: SearchResultsModel) -> set[str]:
    kinds = set()
    for g in range(model.rowCount()):
        group = model.index(g, 0)
        for r in range(model.rowCount(group)):
            hit = model.hit(model.index(r, 0, group))
            assert hit is not None
            kinds.add(hit.kind)
    return kinds


def _type_search(qtbot, window, text: str) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.searchFinished, timeout=WAIT_MS):
        qtbot.keyClicks(window.search_box, text)


def test_every_section_lists_its_records(make_window, archive_dir: Path, qtbot) -> None:
    window = make_window(archive_dir)
    expected = {"conference": 4, "talk": 3, "person": 4, "recording": 3, "document": 7}
    window.act_grid.setChecked(False)
    for kind, n in expected.items():
        window.go_section(kind)
        model = window.table.model()
        qtbot.waitUntil(lambda m=model, k=kind: isinstance(m, LazyTableModel) and m.kind == k
                        and m.is_loaded, timeout=WAIT_MS)  # fmt: skip
        assert model.rowCount() == n
        assert window.stack.currentIndex() == PAGE_TABLE
    window.go_section("cuelist")  # the cue-list editor, with the archive's one list
    qtbot.waitUntil(lambda: window.cue_page.lists.count() == 1, timeout=WAIT_MS)
    assert "Cue lists: 1" not in window.counts_label.text()
    assert "Cue lists  1" in window.sidebar.item(5).text()
    assert "Conferences: 4" in window.counts_label.text()
    assert str(archive_dir) in window.path_label.text()


def test_people_sorted_in_swedish_order_and_resortable(make_window, archive_dir, qtbot) -> None:
    window = make_window(archive_dir)
    window.go_section("person")
    model = window.table.model()
    wait_rows(qtbot, model)
    names = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    # By family name: Häggroth, Olofsson, Sandgren, Syssner (ä sorts after z, but H first).
    assert names == ["Sören Häggroth", "Sverker Olofsson", "Per Sandgren", "Josefina Syssner"]
    with qtbot.waitSignal(model.loaded, timeout=WAIT_MS):
        window.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    wait_rows(qtbot, model)
    assert model.data(model.index(0, 0)) == "Josefina Syssner"


def test_models_pass_the_model_tester(make_window, archive_dir, qtbot, qtmodeltester) -> None:
    window = make_window(archive_dir)
    browse = window.ctx.browse
    for kind in KINDS:
        model = LazyTableModel(kind, browse, window.tasks)
        with qtbot.waitSignal(model.loaded, timeout=WAIT_MS):
            model.reload()
        wait_rows(qtbot, model)
        assert model.columnCount() == len([k for k in COLUMNS[kind] if k != "thumbnail"])
        qtmodeltester.check(model)
    window.act_grid.setChecked(True)
    window.go_section("recording")
    grid = window.grid.model()
    qtbot.waitUntil(lambda: grid.is_loaded, timeout=WAIT_MS)
    wait_idle(qtbot, window)
    qtmodeltester.check(grid)
    _type_search(qtbot, window, "syss")
    results = window.results.model()
    assert isinstance(results, SearchResultsModel)
    qtmodeltester.check(results)
    empty = SearchResultsModel()
    qtmodeltester.check(empty)


def test_search_groups_hits_by_kind_with_highlights(make_window, archive_dir, qtbot) -> None:
    window = make_window(archive_dir)
    _type_search(qtbot, window, "syss")
    assert window.stack.currentIndex() == PAGE_SEARCH
    model = window.results_model
    groups = [model.data(model.index(g, 0)) for g in range(model.rowCount())]
    assert groups[0].startswith("People")
    assert any(g.startswith("Talks") for g in groups)
    assert any(g.startswith("Documents") for g in groups)
    person = model.index(0, 0, model.index(0, 0))
    assert person.data() == "Josefina Syssner"
    assert person.data(RecordRole) == ("person", 3)
    start, end = person.data(Qt.ItemDataRole.UserRole + 12)[0]
    assert "Josefina Syssner"[start:end] == "Syss"


def test_a_search_without_a_ring_and_umlauts_says_what_it_shows(
    make_window, archive_dir, qtbot
) -> None:
    window = make_window(archive_dir, language="sv")
    _type_search(qtbot, window, "soren")
    assert window.stack.currentIndex() == PAGE_SEARCH
    person = window.results_model.first_hit()
    assert person.data() == "Sören Häggroth"
    start, end = person.data(Qt.ItemDataRole.UserRole + 12)[0]
    assert "Sören Häggroth"[start:end] == "Sören"
    assert window.search_note.isVisible()
    assert window.search_note.text() == "Inga träffar för ”soren”. Visar träffar för ”sören”."
    window.search_box.clear()
    _type_search(qtbot, window, "syss")
    assert not window.search_note.isVisible()


def test_filters_narrow_and_no_hits_suggests_removing_them(make_window, archive_dir, qtbot):
    window = make_window(archive_dir)
    window.act_filters.trigger()
    assert window.filter_bar.isVisible()
    _type_search(qtbot, window, "syss")
    assert window.results_model.hit_count() >= 3
    bar = window.filter_bar
    with qtbot.waitSignal(window.searchFinished, timeout=WAIT_MS):
        bar.year.setCurrentIndex(bar.year.findData(2016))
    assert window.stack.currentIndex() == PAGE_MESSAGE
    assert "Remove filters" in window.message.text()
    assert window.message_button.isVisible()
    with qtbot.waitSignal(window.searchFinished, timeout=WAIT_MS):
        window.message_button.click()
    assert window.results_model.hit_count() >= 3
    with qtbot.waitSignal(window.searchFinished, timeout=WAIT_MS):
        bar.role.setCurrentIndex(bar.role.findData("editor"))
    assert _hit_kinds(window.results_model) == {"document"}
    with qtbot.waitSignal(window.searchFinished, timeout=WAIT_MS):
        bar.clear()
    with qtbot.waitSignal(window.searchFinished, timeout=WAIT_MS):
        bar.recording.setCurrentIndex(bar.recording.findData(True))
    assert window.results_model.hit_count() >= 1


def test_journey_find_syssner_see_clip_and_report_then_back(make_window, archive_dir, qtbot):
    """Type "syss", open her, see the 2018 clip and the report she edited, Alt+Left home."""
    window = make_window(archive_dir)
    start = window.history.current
    assert start.section == "conference"
    window.focus_search()
    _type_search(qtbot, window, "syss")
    wait_detail(qtbot, window, "Josefina Syssner")
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_record() == ("person", 3), timeout=WAIT_MS)
    wait_detail(qtbot, window, "Att äga framtiden")
    text = window.detail_text()
    assert "2018" in text and "Editor" in text
    talks = _links(window, "talk")
    assert len(talks) == 1
    window.link(QUrl(f"vaxa:talk/{next(iter(talks.values()))}"))
    wait_detail(qtbot, window, "Recordings (1)")
    text = window.detail_text()
    assert "Clip" in text and "0:04" in text and "Växa eller Krympa 2018" in text
    assert "vaxa:play/" in window.detail.html()
    docs_back = window.history.current
    qtbot.keyClick(window.detail.browser, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.current_record() == ("person", 3), timeout=WAIT_MS)
    wait_detail(qtbot, window, "Att äga framtiden")
    qtbot.keyClick(window.detail.browser, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.history.current == docs_back
    for _ in range(5):
        if not window.history.can_back():
            break
        qtbot.keyClick(window.detail.browser, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.history.current == start
    assert window.stack.currentIndex() == PAGE_TABLE


def test_back_forward_across_sections_and_links(make_window, archive_dir, qtbot) -> None:
    window = make_window(archive_dir)
    assert not window.act_back.isEnabled()
    window.go_section("document")
    window.open_record("document", 7)
    wait_detail(qtbot, window, "Att äga framtiden")
    people = _links(window, "person")
    assert set(people) == {"Josefina Syssner", "Sören Häggroth"}
    window.link(QUrl(f"vaxa:person/{people['Sören Häggroth']}"))
    wait_detail(qtbot, window, "Sören Häggroth")
    window.back()
    wait_detail(qtbot, window, "Linköpings universitet")
    window.back()
    assert window.history.current.section == "document"
    assert window.history.current.record is None
    window.back()
    assert window.history.current.section == "conference"
    assert not window.act_back.isEnabled() and window.act_forward.isEnabled()
    window.forward()
    window.forward()
    wait_detail(qtbot, window, "Att äga framtiden")


def test_selecting_a_row_shows_its_detail_and_enter_opens(make_window, archive_dir, qtbot):
    window = make_window(archive_dir)
    model = window.table.model()
    wait_rows(qtbot, model)
    window.table.setFocus()
    window.table.selectRow(0)
    wait_detail(qtbot, window, "Omställningsförmåga för ett hållbart Norrbotten")
    assert "25 May 2021" in window.detail_text() and "Digital" in window.detail_text()
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    assert window.current_record() == ("conference", 4)
    assert window.detail.browser.hasFocus()  # Enter opens: the keyboard is now in the page


def test_language_switch_live(make_window, archive_dir, qtbot) -> None:
    window = make_window(archive_dir, language="sv")
    assert window.sidebar.item(0).text().startswith("Konferenser")
    assert window.menu_file.title() == "&Arkiv"
    assert window.menu_edit.title() == "&Redigera"
    assert window.catalogue.actions["importMedia"].text() == "&Importera inspelningar…"
    assert window.interchange.export.text() == "&Exportera…"
    assert window.table.model().headerData(0, Qt.Orientation.Horizontal) == "År"
    window.open_record("conference", 3)
    wait_detail(qtbot, window, "Inställd")
    window.open_record("conference", 4)
    wait_detail(qtbot, window, "25 maj 2021")
    i18n.install_language("en")
    qtbot.waitUntil(lambda: window.sidebar.item(0).text().startswith("Conferences"))
    assert window.menu_file.title() == "&Archive"
    assert window.menu_edit.title() == "&Edit"
    assert window.catalogue.actions["importMedia"].text() == "&Import recordings…"
    assert window.interchange.export.text() == "&Export…"
    wait_detail(qtbot, window, "25 May 2021")
    window.open_record("conference", 3)
    wait_detail(qtbot, window, "Cancelled")


def test_saved_search_appears_in_side_bar_and_runs(make_window, archive_dir, qtbot) -> None:
    window = make_window(archive_dir)
    _type_search(qtbot, window, "kommun")
    window.save_search_as("Kommunfrågor")
    qtbot.waitUntil(lambda: window.sidebar.count() > 6, timeout=WAIT_MS)
    item = window.sidebar.item(window.sidebar.count() - 1)
    assert item.text() == "Kommunfrågor"
    window.search_box.clear()
    window.go_section("talk")
    with qtbot.waitSignal(window.searchFinished, timeout=WAIT_MS):
        window.sidebar.setCurrentItem(item)
    assert window.search_box.text() == "kommun"
    assert window.results_model.hit_count() >= 1


def test_shortcut_sheet_and_about(make_window, archive_dir, qtbot) -> None:
    window = make_window(archive_dir)
    rows = dict(window.shortcut_rows())
    assert "Alt+Left" in rows["Back"]
    assert rows["Play the selected recording"] == "Space"  # as the menu writes it
    assert rows["Find"].startswith("Ctrl+K")
    assert "(Alt+Left" in window.act_back.toolTip()


@pytest.mark.parametrize("key", ["Ctrl+K", "Ctrl+F"])
def test_find_shortcuts_focus_the_search_box(make_window, archive_dir, qtbot, key) -> None:
    window = make_window(archive_dir)
    window.activateWindow()
    window.table.setFocus()
    from PySide6.QtGui import QKeySequence

    seq = QKeySequence(key)
    combo = seq[0]
    qtbot.keyClick(window.table, combo.key(), combo.keyboardModifiers())
    qtbot.waitUntil(window.search_box.hasFocus, timeout=2000)


@pytest.mark.player
def test_space_plays_the_talks_recording(make_window, archive_dir, qtbot) -> None:
    window = make_window(archive_dir)
    window.open_record("talk", 3)
    wait_detail(qtbot, window, "Recordings (1)")
    window.detail.browser.setFocus()
    qtbot.keyClick(window.detail.browser, Qt.Key.Key_Space)
    if window.detail.player is None:
        pytest.fail(f"no player: {window.detail.player_error}")
    assert "Josefina Syssner" in window.detail.player.title()
    window.detail.player.stop()
