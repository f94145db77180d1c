"""Reaching widgets' parts in Qt tests by what the test knows is there."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem, QWidget


def cell(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    """The item the table shows at (row, column); the test fails if there is none."""
    item = table.item(row, column)
    assert item is not None, f"no cell at ({row}, {column})"
    return item


def action(window: QWidget, name: str) -> QAction:
    """The window's action with this object name; the test fails if there is none."""
    found = window.findChild(QAction, name)
    assert found is not None, f"no action {name!r}"
    return found
