"""One click on Choose chooses the folder, even while a typed name is being completed."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLineEdit

from vaxa_desktop.ui.file_dialogs import choose_folder


@pytest.mark.xvfb
def test_one_click_on_choose_takes_the_typed_folder(qtbot, tmp_path: Path) -> None:
    if not os.environ.get("DISPLAY") or QGuiApplication.platformName() == "offscreen":
        pytest.skip("needs an X display: xvfb-run -a env VAXA_TEST_DISPLAY=1 pytest -m xvfb")
    (tmp_path / "DCIM" / "100CANON").mkdir(parents=True)
    (tmp_path / "Övrigt").mkdir()
    clicks: list[bool] = []

    def type_and_click() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(100, type_and_click)
            return
        edit = dialog.findChild(QLineEdit, "fileNameEdit")
        edit.setFocus()
        QTest.keyClicks(edit, "DC")  # Qt would offer "DCIM" in a popup list here

        def click() -> None:
            button = dialog.findChild(QDialogButtonBox).buttons()[0]
            pos = button.mapTo(dialog, button.rect().center())
            # Through the window system, as a real click: a popup would eat it.
            QTest.mouseClick(dialog.windowHandle(), Qt.MouseButton.LeftButton,
                             Qt.KeyboardModifier.NoModifier, pos)  # fmt: skip
            clicks.append(dialog.isVisible())
            if dialog.isVisible():
                dialog.reject()

        QTimer.singleShot(600, click)

    QTimer.singleShot(200, type_and_click)
    chosen = choose_folder(None, "Mapp", str(tmp_path))
    assert clicks == [False], "the first click on Choose did not choose"
    assert Path(chosen) == tmp_path / "DCIM"
