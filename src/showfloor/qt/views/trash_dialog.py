"""Leads > Deleted leads: the show's Trash, and the button that brings one back. Layout only."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from showfloor.qt.theme import muted_css, themed


class TrashDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trash_dialog")
        self.setWindowTitle(self.tr("Deleted leads"))
        self.resize(620, 380)
        hint = QLabel(
            self.tr(
                "Leads deleted at this show, the latest first. Restore brings a lead "
                "back with every visit."
            )
        )
        hint.setWordWrap(True)
        themed(hint, muted_css)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("trash_table")
        self.table.setAccessibleName(self.tr("Deleted leads"))
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Company"),
                                              self.tr("Deleted")])  # fmt: skip
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.empty = QLabel(self.tr("Nothing was deleted at this show."))
        self.restore_button = QPushButton(self.tr("&Restore"))
        self.restore_button.setObjectName("trash_restore")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.buttons)

    def show_rows(self, rows: Sequence[tuple[str, str, str]], ids: Sequence[str]) -> None:
        """(name, company, when deleted) per deleted lead; ``ids`` in the same order."""
        self.table.setRowCount(len(rows))
        for row, cells in enumerate(rows):
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self._ids = list(ids)
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self.restore_button.setEnabled(bool(rows))
        if rows:
            self.table.selectRow(0)

    def selected_id(self) -> str | None:
        row = self.table.currentRow()
        return self._ids[row] if 0 <= row < len(self._ids) else None
