"""The middle of the window: which page of the stack shows, and the message page.

The stack holds the table, the grid, the search results, a message page (empty
states, errors, with one button) and the cue list editor. The detail pane
beside it is hidden while the cue list editor shows, which needs the width.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QPushButton, QStackedWidget, QWidget

from vaxa_desktop.ui.window.constants import PAGE_MESSAGE


class Pages:
    def __init__(
        self, stack: QStackedWidget, message: QLabel, button: QPushButton, side: QWidget
    ) -> None:
        self.stack = stack
        self.message = message
        self.button = button
        self.side = side
        self._slot: Callable[[], object] | None = None
        button.clicked.connect(lambda: self._slot() if self._slot is not None else None)

    def current(self) -> int:
        return self.stack.currentIndex()

    def show(self, page: int) -> None:
        self.stack.setCurrentIndex(page)

    def show_side(self, visible: bool) -> None:
        """The detail pane beside the stack (hidden for the cue list editor)."""
        self.side.setVisible(visible)

    def show_message(
        self, text: str, button: str = "", slot: Callable[[], object] | None = None
    ) -> None:
        """The message page in place of the list (empty states, errors), with a button."""
        self.message.setText(text)
        self.button.setVisible(bool(button))
        self._slot = slot
        if button:
            self.button.setText(button)
        self.stack.setCurrentIndex(PAGE_MESSAGE)
