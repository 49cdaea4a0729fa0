"""The browser with the cataloguing and import/export parts wired in: menus, refresh, badges."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon
from tests.ui.conftest import WAIT_MS, wait_detail, wait_idle, wait_rows

from vaxa_desktop import app as app_module
from vaxa_desktop.services.fixity import FixityService
from vaxa_desktop.ui.dialogs.edit_forms import EditForm
from vaxa_desktop.ui.models.lazy import LazyTableModel


def _titles(window) -> list[str]:  # type: ignore[no-untyped-def]
    return [a.text() for a in window.menuBar().actions()]


def test_one_archive_and_one_edit_menu_in_swedish(make_window, archive_dir: Path) -> None:
    window = make_window(archive_dir, language="sv")
    assert _titles(window) == ["&Arkiv", "&Redigera", "&Gå", "&Sök", "&Visa", "&Hjälp"]
    archive = [a.text() for a in window.menu_file.actions() if not a.isSeparator()]
    assert archive[0] == "&Öppna arkiv…"
    assert "&Importera inspelningar…" in archive and "Importera &program…" in archive
    assert archive[-1] == "&Avsluta"
    edit = [a.text() for a in window.menu_edit.actions() if not a.isSeparator()]
    assert "Ny &konferens…" in edit and "&Slå ihop personer…" in edit


def test_an_edit_refreshes_list_detail_and_counts(make_window, archive_dir, qtbot) -> None:
    window = make_window(archive_dir)
    window.act_grid.setChecked(False)
    window.go_section("person")
    model = window.table.model()
    wait_rows(qtbot, model)
    ident = next(
        model.id_at(r) for r in range(model.rowCount())
        if model.data(model.index(r, 0)) == "Josefina Syssner"
    )  # fmt: skip
    window.open_record("person", ident)
    wait_detail(qtbot, window, "Josefina Syssner")
    controller = window.catalogue.controller()
    controller.submit(controller.editing.edit, "person", ident, {"name": "Josefina Syssner Ek"})
    assert controller.busy  # the edit runs in the background; the window carries on
    wait_detail(qtbot, window, "Josefina Syssner Ek")

    def renamed() -> bool:
        names = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
        return "Josefina Syssner Ek" in names

    qtbot.waitUntil(renamed, timeout=WAIT_MS)
    before = window.counts.people
    controller.submit(controller.editing.create, "person", {"name": "Åsa Nyberg"})
    qtbot.waitUntil(lambda: window.counts.people == before + 1, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: model.rowCount() == before + 1, timeout=WAIT_MS)
    assert f"People  {before + 1}" in window.sidebar.item(2).text()
    qtbot.waitUntil(lambda: not controller.busy and window.catalogue.undo_action.isEnabled(),
                    timeout=WAIT_MS)  # fmt: skip
    window.catalogue.undo_action.trigger()  # undo is an edit too: the list follows
    qtbot.waitUntil(lambda: model.rowCount() == before, timeout=WAIT_MS)


def test_new_record_actions_open_an_empty_form(make_window, archive_dir, qtbot) -> None:
    window = make_window(archive_dir)
    for kind in ("conference", "person", "talk", "document"):
        window.catalogue.actions[f"new-{kind}"].trigger()
        form = window.findChild(EditForm)
        assert form is not None and form.entity == kind and form.ident is None
        assert form.windowTitle() == {"conference": "New conference", "person": "New person",
                                      "talk": "New talk", "document": "New document"}[kind]
        form.reject()
        form.deleteLater()
        qtbot.waitUntil(lambda: window.findChild(EditForm) is None, timeout=WAIT_MS)


def test_missing_recording_has_a_badge(make_window, archive_dir, qtbot, tmp_path) -> None:
    window = make_window(archive_dir)
    rec = window.ctx.catalogue.list_recordings()[0]
    path = window.ctx.catalogue.recording(rec.id).path
    path.rename(tmp_path / path.name)
    FixityService(window.ctx.archive).run()
    window.refresh()
    window.act_grid.setChecked(False)
    window.go_section("recording")
    model = window.table.model()
    assert isinstance(model, LazyTableModel) and model.kind == "recording"
    wait_rows(qtbot, model)
    qtbot.waitUntil(lambda: model.row_values(model.row_of(rec.id))[3] == "missing",
                    timeout=WAIT_MS)  # fmt: skip
    row = model.row_of(rec.id)
    badge = model.data(model.index(row, 0), 1)  # DecorationRole
    assert isinstance(badge, QIcon) and not badge.isNull()
    assert "Missing" in model.data(model.index(row, 0), 3)  # ToolTipRole
    others = [r for r in range(model.rowCount()) if r != row]
    assert all(model.data(model.index(r, 0), 1) is None for r in others)
    window.open_record("recording", rec.id)
    wait_detail(qtbot, window, "⚠ Missing")
    window.act_grid.setChecked(True)
    window.go_section("recording")
    grid = window.grid.model()
    wait_rows(qtbot, grid)
    assert isinstance(grid.data(grid.index(grid.row_of(rec.id), 0), 1), QIcon)
    wait_idle(qtbot, window)


def test_database_argument_is_parsed() -> None:
    args = app_module.parse_args(["/srv/arkiv", "--database", "postgresql://arkiv@db/vaxa"])
    assert args.database == "postgresql://arkiv@db/vaxa"
    assert app_module.parse_args(["/srv/arkiv"]).database is None
