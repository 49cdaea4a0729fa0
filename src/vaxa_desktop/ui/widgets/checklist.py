"""A QListWidget used as a list of checkboxes, each carrying a value."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem


def add_checkable(widget: QListWidget, label: str, value: object) -> None:
    item = QListWidgetItem(label)
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Unchecked)
    item.setData(Qt.ItemDataRole.UserRole, value)
    widget.addItem(item)


def checked_values(widget: QListWidget) -> list[Any]:
    return [
        widget.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(widget.count())
        if widget.item(i).checkState() == Qt.CheckState.Checked
    ]
