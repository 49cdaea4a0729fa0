"""The smaller things a new user found, each fixed."""

from __future__ import annotations

import pytest
from tests.ui.conftest import WAIT_MS


def test_the_side_bar_counts_a_second_cue_list_right_after_a_restart(
    make_window, archive_dir, qtbot
) -> None:
    window = make_window(archive_dir, language="sv")
    window.go_section("cuelist")
    page = window.cue_page
    qtbot.waitUntil(lambda: page.lists.count() > 0, timeout=WAIT_MS)
    page.new_list("Första")
    qtbot.waitUntil(lambda: window.counts.cue_lists == 2, timeout=WAIT_MS)
    window.close()
    again = make_window(archive_dir, language="sv")  # the same settings: the cue lists again
    page = again.cue_page
    page.new_list("Andra")
    qtbot.waitUntil(lambda: again.counts.cue_lists == 3, timeout=WAIT_MS)
    item = again.sidebar.item(5)
    qtbot.waitUntil(lambda: item.text().endswith("3"), timeout=WAIT_MS)


def test_enter_on_a_conference_opens_it_onto_its_first_talk(make_window, archive_dir, qtbot):
    from PySide6.QtCore import Qt
    from tests.ui.conftest import wait_detail, wait_rows

    window = make_window(archive_dir, language="sv")
    model = window.table.model()
    wait_rows(qtbot, model)
    row = next(r for r in range(model.rowCount()) if model.id_at(r) == 2)  # 2018: three talks
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
    window.table.setFocus()
    window.table.selectRow(row)
    wait_detail(qtbot, window, "Växa eller Krympa 2018")
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    assert window.current_record() == ("conference", 2)
    browser = window.detail.browser
    assert browser.hasFocus()
    assert browser.textCursor().selectedText() in window.detail_text()
    assert "inför" in browser.textCursor().selectedText()  # a talk's link, ready for Enter


@pytest.mark.parametrize("system", ["en", "sv"])
def test_settings_show_the_language_in_use_when_started_with_one(
    qtbot, tmp_path, monkeypatch, system
) -> None:
    from PySide6.QtCore import QSettings

    from vaxa_desktop.ui import i18n
    from vaxa_desktop.ui.dialogs.about import SettingsDialog

    monkeypatch.setattr(i18n, "system_language", lambda: system)  # a Swedish system too
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)  # nothing chosen
    i18n.install_language("sv", from_command_line=True)  # as --language sv does
    try:
        dialog = SettingsDialog(settings)
        qtbot.addWidget(dialog)
        assert dialog.language.currentText() == "Svenska"
        assert dialog.language.currentData() == "sv"
        ok = [b.text() for b in dialog.findChildren(type(dialog.move_button)) if b.text()]
        assert "Ok" not in ok and "OK" in ok  # Qt's own Swedish says "Ok"
        i18n.install_language("sv")  # chosen in Settings later: the setting is shown again
        settings.setValue("ui/language", "")
        again = SettingsDialog(settings)
        qtbot.addWidget(again)
        assert again.language.currentData() == ("" if system == "sv" else "sv")
    finally:
        i18n.install_language("en")


def test_the_read_only_banner_starts_with_a_sign_the_font_has(make_window, archive_dir, qtbot):
    from PySide6.QtGui import QFontMetrics

    window = make_window(archive_dir, language="sv", read_only=True)
    qtbot.waitUntil(window.banner.isVisible, timeout=WAIT_MS)
    text = window.banner.text()
    assert text.startswith("⚠ Skrivskydd") or text.startswith("⚠ ")
    metrics = QFontMetrics(window.banner.font())
    assert all(metrics.inFontUcs4(ord(ch)) for ch in text if not ch.isspace()), text


def test_a_long_hit_is_cut_between_words_with_an_ellipsis(qapp) -> None:
    from PySide6.QtGui import QFont, QFontMetrics

    from vaxa_desktop.ui.widgets.hit_delegate import fit_runs

    plain = QFontMetrics(QFont())
    bold_font = QFont()
    bold_font.setBold(True)
    bold = QFontMetrics(bold_font)

    def shown(pieces: list[tuple[str, bool]], room: int) -> str:
        fitted = fit_runs(pieces, plain, bold, room)
        assert sum((bold if m else plain).horizontalAdvance(p) for p, m in fitted) <= room
        return "".join(p for p, _ in fitted)

    text = "Josefina Syssner, forskare och kulturgeografi och verksam vid Centrum"
    room = plain.horizontalAdvance("Josefina Syssner, forskare och kult")
    assert shown([(text, False)], room) == "Josefina Syssner, forskare och…"
    assert shown([("kort", False)], 500) == "kort"
    long_word = "Omställningsförmåga"
    cut = shown([(long_word, False)], plain.horizontalAdvance("Omställ…"))
    assert cut.endswith("…") and long_word.startswith(cut[:-1]) and len(cut) > 1
    # A highlighted start of a word that does not fit whole is not shown as "k…":
    # the line is cut before the word, however the runs fall.
    pieces = [("…flera perspektiv på omställning ur ett ", False), ("kommun", True),
              ("alt perspektiv…", False)]  # fmt: skip
    for extra in ("", "k", "kom", "kommun", "kommunal"):
        room = plain.horizontalAdvance("…flera perspektiv på omställning ur ett " + extra + "…")
        assert shown(pieces, room) == "…flera perspektiv på omställning ur ett…", extra


def test_lists_show_no_horizontal_scroll_bar_while_their_columns_fit(
    make_window, archive_dir, qtbot
) -> None:
    from tests.ui.conftest import wait_rows

    window = make_window(archive_dir, language="sv")
    for kind in ("conference", "talk", "person", "recording", "document"):
        window.act_grid.setChecked(False)
        window.go_section(kind)
        wait_rows(qtbot, window.table.model())
        bar = window.table.horizontalScrollBar()
        qtbot.waitUntil(lambda bar=bar: bar.maximum() == 0, timeout=WAIT_MS)


def test_the_shortcut_list_names_keys_as_the_menus_do(make_window, archive_dir, qtbot) -> None:
    window = make_window(archive_dir, language="sv")
    rows = dict(window.shortcut_rows())
    assert rows["Spela upp den valda inspelningen"] == "Mellanslag"
    assert rows["Flytta mellan sidopanel, lista och detaljer"] == "Tab, Skift+Tab"
    play = next(a for a in window.findChildren(type(window.act_back)) if "Mellanslag" in
                a.shortcut().toString(a.shortcut().SequenceFormat.NativeText))  # fmt: skip
    assert play is not None


def test_several_talks_selected_are_edited_together(make_window, archive_dir, qtbot) -> None:
    from PySide6.QtCore import QItemSelectionModel
    from tests.ui.conftest import wait_rows

    from vaxa_desktop.ui.dialogs.edit_forms import BulkEditDialog

    window = make_window(archive_dir, language="sv")
    window.go_section("talk")
    model = window.table.model()
    wait_rows(qtbot, model)
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    window.table.selectRow(0)
    window.table.selectionModel().select(model.index(1, 0), flags)  # Ctrl and click
    assert window.selected_records() == ("talk", [model.id_at(0), model.id_at(1)])
    window.catalogue.actions["editSelected"].trigger()
    dialog = window.findChild(BulkEditDialog)
    assert dialog is not None and dialog.windowTitle() == "Redigera 2 föredrag"
    assert dialog.ids == [model.id_at(0), model.id_at(1)]
    dialog.reject()


def test_the_cue_page_and_result_tables_show_no_horizontal_scroll_bar_when_there_is_room(
    make_window, archive_dir, qtbot
) -> None:
    from PySide6.QtCore import Qt

    from vaxa_desktop.ui.dialogs.edit_forms import HistoryDialog
    from vaxa_desktop.ui.dialogs.jobs import JobDialog

    window = make_window(archive_dir, language="sv")
    window.resize(1400, 860)
    window.go_section("cuelist")
    page = window.cue_page
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: page.recordings.model().rowCount() > 0, timeout=WAIT_MS)
    for table in (page.table, page.recordings):
        bar = table.horizontalScrollBar()
        qtbot.waitUntil(lambda bar=bar: bar.maximum() == 0, timeout=WAIT_MS)
    hh = page.table.horizontalHeader()
    notes = page.model.columnCount() - 1
    heading = str(page.model.headerData(notes, Qt.Orientation.Horizontal))
    assert hh.sectionSize(notes) > hh.fontMetrics().horizontalAdvance(heading)  # readable

    # A result table (relink, check, import) with one long title.
    dialog = JobDialog(window)
    qtbot.addWidget(dialog)
    dialog.finish_layout()
    dialog.show()
    title = "Josefina Syssner, forskare och kulturgeografi och verksam vid Centrum för " * 2
    dialog.fill_table(("Inspelning", "Status", "Fil"), [(title, "ok", "/arkiv/media/a.mp4")])
    qtbot.waitUntil(lambda: dialog.table.horizontalScrollBar().maximum() == 0, timeout=WAIT_MS)
    assert dialog.table.columnWidth(2) >= 80  # the short columns stay readable

    ctx = window.ctx
    talk = ctx.catalogue.list_talks()[0]
    controller = window.catalogue.controller()
    controller.submit(controller.editing.edit, "talk", talk.id, {"abstract": title * 3})
    qtbot.waitUntil(lambda: not controller.busy, timeout=WAIT_MS)
    history = HistoryDialog(controller, "talk", talk.id, window)
    qtbot.addWidget(history)
    history.resize(700, 400)
    history.show()
    qtbot.waitUntil(lambda: history.is_loaded, timeout=WAIT_MS)
    bar = history.table.horizontalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() == 0, timeout=WAIT_MS)


def test_a_search_without_hits_leaves_no_earlier_hit_on_the_detail_pane(
    make_window, archive_dir, qtbot
) -> None:
    from tests.ui.conftest import wait_detail

    window = make_window(archive_dir, language="sv")
    window.focus_search()
    with qtbot.waitSignal(window.searchFinished, timeout=WAIT_MS):
        window.search_box.setText("soren")
    wait_detail(qtbot, window, "Sören Häggroth")
    with qtbot.waitSignal(window.searchFinished, timeout=WAIT_MS):
        window.search_box.setText("far")  # no hits in the demo archive
    qtbot.waitUntil(lambda: "Sören" not in window.detail_text(), timeout=WAIT_MS)
    assert window.current_record() is None


def test_the_cue_list_toolbar_keeps_present_in_view_after_an_edit(
    make_window, archive_dir, qtbot
) -> None:
    window = make_window(archive_dir, language="sv")
    window.resize(1400, 860)
    window.go_section("cuelist")
    page = window.cue_page
    qtbot.waitUntil(lambda: page.lists.count() > 0, timeout=WAIT_MS)
    page.new_list("Andra listan med ett långt namn")
    qtbot.waitUntil(lambda: page.lists.count() == 2, timeout=WAIT_MS)
    assert page.undo_action is not None
    qtbot.waitUntil(lambda: "Andra listan" in page.undo_action.text(), timeout=WAIT_MS)
    qtbot.wait(100)
    # The undo button says "Ångra"; what it undoes is in its tool tip, not its width.
    button = page.toolbar.widgetForAction(page.undo_action)
    assert button.text() == "Ångra"
    assert "Andra listan" in button.toolTip()
    assert page.toolbar.widgetForAction(page.act_present).isVisible()


def test_the_cue_pages_recordings_pane_gives_its_room_to_the_title(
    make_window, archive_dir, qtbot
) -> None:
    window = make_window(archive_dir, language="sv")
    window.resize(1400, 860)
    window.go_section("cuelist")
    page = window.cue_page
    qtbot.waitUntil(lambda: page.recordings.model().rowCount() > 0, timeout=WAIT_MS)
    qtbot.wait(100)
    hh = page.recordings.horizontalHeader()
    shown = [c for c in range(hh.count()) if not hh.isSectionHidden(c)]
    assert len(shown) == 2  # title and length
    title, length = (hh.sectionSize(c) for c in shown)
    assert title > 2 * length
    assert page.recordings.horizontalScrollBar().maximum() == 0


def test_a_hit_without_a_second_line_shows_its_title_centred_not_over_a_blank_line(
    qapp,
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QColor, QImage, QPainter, QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QListView, QStyleOptionViewItem

    from vaxa_desktop.ui.models.search_results import IsGroupRole, SnippetRole
    from vaxa_desktop.ui.widgets.hit_delegate import HitDelegate

    view = QListView()
    delegate = HitDelegate(view)
    model = QStandardItemModel()
    for snippet in ("", "Kommunchef · Luleå kommun"):
        item = QStandardItem("Anna Lindqvist")
        item.setData(snippet, SnippetRole)
        item.setData(False, IsGroupRole)
        model.appendRow(item)

    def ink_rows(row: int) -> tuple[int, int, int]:
        """Top and bottom rows of the title's ink, and the row height, for hit `row`."""
        option = QStyleOptionViewItem()
        option.initFrom(view)
        index = model.index(row, 0)
        size = delegate.sizeHint(option, index)
        option.rect = QRect(0, 0, 400, size.height())
        image = QImage(400, size.height(), QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        delegate.paint(painter, option, index)
        painter.end()
        # The title only: the left part where both rows show the name's letters.
        title_width = view.fontMetrics().horizontalAdvance("Anna")
        inked = [
            y for y in range(image.height())
            if any(QColor(image.pixel(x, y)).lightness() < 128 for x in range(8, 8 + title_width))
        ]  # fmt: skip
        return inked[0], inked[-1], size.height()

    alone_top, alone_bottom, alone_height = ink_rows(0)
    _, _, with_height = ink_rows(1)
    assert alone_height == with_height  # rows keep one height: the list does not jump
    # The name sits in the middle of its row, not on top of an empty second line.
    assert abs((alone_top + alone_bottom) / 2 - alone_height / 2) <= 3
    assert model.index(0, 0).data(Qt.ItemDataRole.DisplayRole) == "Anna Lindqvist"
