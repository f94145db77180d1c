"""The leads list: search, filters, the count, the table, the undo bar. Layout only."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from showfloor.domain.questions import TO_QUALIFY
from showfloor.qt.theme import bar_css, muted_css, themed
from showfloor.qt.widgets.columns import set_column_widths
from showfloor.qt.widgets.message_line import show_message_line

# Column widths at 1366 px; Email takes what is left.
COLUMN_WIDTHS = (230, 210, 190, 84, 70, 160)
ROW_HEIGHT = 32


class LeadsView(QWidget):
    """Signals:
    shown(): the view became visible (the controller refreshes what went stale).
    """

    shown = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("leads_view")
        base = QFont(self.font())
        base.setPointSizeF(max(base.pointSizeF(), 11.5))
        self.setFont(base)

        self.search = QLineEdit()
        self.search.setObjectName("leads_search")
        self.search.setAccessibleName(self.tr("Search leads"))
        self.search.setPlaceholderText(
            self.tr("Search names, companies, emails, notes…   (Ctrl+F)")
        )
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumHeight(36)
        big = QFont(base)
        big.setPointSizeF(base.pointSizeF() + 1.5)
        self.search.setFont(big)

        self.class_filter = self._combo("class_filter")
        self.rating_filter = self._combo("rating_filter")
        self.staff_filter = self._combo("staff_filter")
        self.day_filter = self._combo("day_filter")

        filters = QHBoxLayout()
        filters.setSpacing(6)
        filters.addWidget(self.search, 1)
        for text, combo in (
            (self.tr("&Class"), self.class_filter),
            (self.tr("&Rating"), self.rating_filter),
            (self.tr("S&taff"), self.staff_filter),
            (self.tr("&Day"), self.day_filter),
        ):
            label = QLabel(text)
            label.setBuddy(combo)
            filters.addSpacing(8)
            filters.addWidget(label)
            filters.addWidget(combo)

        self.count_label = QLabel()
        self.count_label.setObjectName("leads_count")
        count_font = QFont(base)
        count_font.setBold(True)
        self.count_label.setFont(count_font)
        self.hint = QLabel(
            self.tr("Enter or double-click: open   ·   Delete: delete   ·   Esc: clear")
        )
        themed(self.hint, muted_css)
        self.hint.setFont(base)  # a style sheet would otherwise drop the larger font
        status = QHBoxLayout()
        status.addWidget(self.count_label)
        status.addStretch(1)
        status.addWidget(self.hint)

        self.message = QLabel()
        self.message.setObjectName("leads_message")
        self.message.setWordWrap(True)
        self.message.setFont(base)
        self.message.hide()

        self.undo_label = QLabel()
        self.undo_label.setObjectName("leads_undo_label")
        self.undo_button = QPushButton(self.tr("&Undo"))
        self.undo_button.setObjectName("leads_undo")
        self.undo_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.undo_bar = QFrame()
        self.undo_bar.setObjectName("leads_undo_bar")
        themed(self.undo_bar, lambda c: bar_css("warning", "leads_undo_bar", c))
        self.undo_label.setFont(base)
        undo_row = QHBoxLayout(self.undo_bar)
        undo_row.setContentsMargins(10, 4, 6, 4)
        undo_row.addWidget(self.undo_label, 1)
        undo_row.addWidget(self.undo_button)
        self.undo_bar.hide()

        # "Possible duplicate" of the selected lead, with the action that joins them.
        self.duplicate_label = QLabel()
        self.duplicate_label.setObjectName("leads_duplicate_label")
        self.duplicate_label.setWordWrap(True)
        self.duplicate_label.setFont(base)
        self.combine_button = QPushButton(self.tr("Com&bine these two leads…"))
        self.combine_button.setObjectName("leads_combine")
        self.duplicate_bar = QFrame()
        self.duplicate_bar.setObjectName("leads_duplicate_bar")
        themed(self.duplicate_bar, lambda c: bar_css("duplicate", "leads_duplicate_bar", c))
        duplicate_row = QHBoxLayout(self.duplicate_bar)
        duplicate_row.setContentsMargins(10, 4, 6, 4)
        duplicate_row.addWidget(self.duplicate_label, 1)
        duplicate_row.addWidget(self.combine_button)
        self.duplicate_bar.hide()

        self.table = QTableView()
        self.table.setObjectName("leads_table")
        self.table.setAccessibleName(self.tr("Leads"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setTabKeyNavigation(False)
        rows = self.table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(ROW_HEIGHT)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSortIndicatorShown(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setMinimumHeight(34)
        header_font = QFont(base)
        header_font.setBold(True)
        header.setFont(header_font)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        layout.setSpacing(8)
        layout.addLayout(filters)
        layout.addLayout(status)
        layout.addWidget(self.message)
        layout.addWidget(self.undo_bar)
        layout.addWidget(self.duplicate_bar)
        layout.addWidget(self.table, 1)

    def show_duplicate(self, text: str) -> None:
        """The possible-duplicate hint of the selected lead; an empty text hides it."""
        self.duplicate_label.setText(text)
        self.duplicate_bar.setVisible(bool(text))

    def size_columns(self) -> None:
        """Fixed widths (reading every row to fit contents would defeat paging)."""
        set_column_widths(self.table, COLUMN_WIDTHS)

    def show_message(self, text: str, *, error: bool = True) -> None:
        """One line above the table; an empty text hides it."""
        show_message_line(self.message, text, error=error)

    def show_staff(self, staff: list[tuple[str, str]], *, reset: bool = False) -> None:
        """The staff filter's choices, (name, id); keeps the chosen one unless ``reset``."""
        _refill(self.staff_filter, self.tr("All staff"), staff, reset)

    def show_days(self, days: list[tuple[str, str]], *, reset: bool = False) -> None:
        """The day filter's choices, (label, ISO date); keeps the chosen one unless ``reset``."""
        _refill(self.day_filter, self.tr("All days"), days, reset)

    def show_to_qualify(self, label: str) -> None:
        """The class filter's "To qualify" choice, named with its count."""
        self.class_filter.setItemText(self.class_filter.findData(TO_QUALIFY), label)

    def show_count(self, text: str) -> None:
        self.count_label.setText(text)

    def show_undo(self, text: str | None) -> None:
        """The undo bar with its text, or none."""
        if text is not None:
            self.undo_label.setText(text)
        self.undo_bar.setVisible(text is not None)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.shown.emit()

    @staticmethod
    def _combo(name: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        combo.setMinimumHeight(34)
        return combo


def _refill(combo: QComboBox, everything: str, items: list[tuple[str, str]], reset: bool) -> None:
    chosen = None if reset else combo.currentData()
    combo.blockSignals(True)
    try:
        combo.clear()
        combo.addItem(everything, None)
        for text, data in items:
            combo.addItem(text, data)
        index = combo.findData(chosen) if chosen is not None else 0
        combo.setCurrentIndex(max(0, index))
    finally:
        combo.blockSignals(False)
