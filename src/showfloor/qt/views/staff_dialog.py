"""The Staff dialog: each staff member's name and CRM email, and a row to add one. Layout only."""

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

from showfloor.domain.texts import QT_TRANSLATE_NOOP
from showfloor.qt.theme import error_text_css, muted_css, themed

HELP = QT_TRANSLATE_NOOP(
    "StaffDialog",
    "The email is the staff member's address in your CRM: every CRM export names the "
    "person who first met a lead as its owner (HubSpot contact owner, Salesforce record "
    "owner, ...). Leave it empty to leave the owner to the CRM.",
)


class StaffDialog(QDialog):
    """Rows of (name, email); names of existing staff are fixed, new rows can be typed."""

    def __init__(self, staff: Sequence[tuple[str, str | None]], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Staff and emails"))
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("staff_table")
        self.table.setAccessibleName(self.tr("Staff and emails"))
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Email (CRM owner)")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.fixed_rows = len(staff)
        for name, email in staff:
            self.add_row(name, email or "", fixed=True)
        self.add_button = QPushButton(self.tr("&Add staff member"))
        self.message = QLabel("")
        self.message.setWordWrap(True)
        themed(self.message, error_text_css)
        help_label = QLabel(self.tr(HELP))
        help_label.setWordWrap(True)
        themed(help_label, lambda c: muted_css(c, "font-size: 9pt;"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(help_label)
        layout.addWidget(self.table)
        layout.addWidget(self.add_button)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(560, 360)

    def add_row(self, name: str = "", email: str = "", *, fixed: bool = False) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        name_item = QTableWidgetItem(name)
        if fixed:  # a name is how visits refer to them; rename is not this dialog's job
            name_item.setFlags(name_item.flags() & ~name_item.flags().ItemIsEditable)
        self.table.setItem(row, 0, name_item)
        self.table.setItem(row, 1, QTableWidgetItem(email))
        return row

    def rows(self) -> list[tuple[str, str]]:
        return [(self._text(row, 0), self._text(row, 1)) for row in range(self.table.rowCount())]

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

    def show_error(self, text: str) -> None:
        self.message.setText(text)
