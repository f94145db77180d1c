"""The handheld scanner check: one row per code of the test sheet, and what to fix.

Layout only: showfloor.qt.controllers.scanner_check_controller fills the rows as
codes are scanned. The same view sits in a dialog (Settings) and in a page of the
first-run wizard (showfloor.qt.views.scanner_check_page).
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from showfloor.domain.texts import QT_TRANSLATE_NOOP
from showfloor.qt.theme import accent_text, banner_css, palette, themed

STATUS, CODE, DETAIL = range(3)


class RowState(Enum):
    """How a code of the sheet fared: its mark, its colour."""

    WAITING = (QT_TRANSLATE_NOOP("ScannerCheckView", "○  Not scanned yet"), "#6b7280")
    PASSED = (QT_TRANSLATE_NOOP("ScannerCheckView", "✓  Pass"), "#15803d")
    FAILED = (QT_TRANSLATE_NOOP("ScannerCheckView", "✗  Fail"), "#b91c1c")

    def __init__(self, mark: str, colour: str) -> None:
        self.mark = mark
        self.colour = colour


class ScannerCheckView(QWidget):
    """Signals:
    shown(): the check became visible (the controller starts listening to the scanner).
    hidden(): it was hidden (the controller stops).
    """

    shown = Signal()
    hidden = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scanner_check")
        base = QFont(self.font())
        base.setPointSizeF(max(base.pointSizeF(), 10.5))
        self.setFont(base)

        self.intro = QLabel(
            self.tr(
                "Scan each code of the printed test sheet with the handheld scanner, in any "
                "order; the focus can be anywhere in this window. Every badge format should "
                "pass, and the Wi-Fi code must be refused. Change a scanner setting, then scan "
                "that code again."
            )
        )
        self.intro.setWordWrap(True)
        self.sheet_button = QPushButton(self.tr("Save the test sheet (PDF)…"))
        self.sheet_button.setObjectName("scanner_check_sheet")
        self.reset_button = QPushButton(self.tr("Start over"))
        self.reset_button.setObjectName("scanner_check_reset")
        for button in (self.sheet_button, self.reset_button):
            button.setAutoDefault(False)  # a slow scanner's Enter must press nothing
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        buttons = QHBoxLayout()
        buttons.addWidget(self.sheet_button)
        buttons.addWidget(self.reset_button)
        buttons.addStretch(1)

        self.summary = QLabel()
        self.summary.setObjectName("scanner_check_summary")
        bold = QFont(base)
        bold.setBold(True)
        bold.setPointSizeF(base.pointSizeF() + 1)
        self.summary.setFont(bold)

        self.results = QTableWidget(0, 3)
        self.results.setObjectName("scanner_check_results")
        self.results.setAccessibleName(self.tr("Scanner check results"))
        self.results.setHorizontalHeaderLabels(
            [self.tr("Result"), self.tr("Code"), self.tr("What happened")]
        )
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.results.setWordWrap(True)
        self.results.setShowGrid(False)
        self.results.setTabKeyNavigation(False)
        self.results.verticalHeader().hide()
        header = self.results.horizontalHeader()
        header.setSectionResizeMode(STATUS, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CODE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DETAIL, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

        self.diagnosis = QLabel()
        self.diagnosis.setObjectName("scanner_check_diagnosis")
        self.diagnosis.setWordWrap(True)
        self.diagnosis.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.diagnosis.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(buttons)
        layout.addWidget(self.summary)
        layout.addWidget(self.diagnosis)
        layout.addWidget(self.results, 1)

    def set_codes(self, labels: Sequence[str]) -> None:
        """One row per code of the sheet, all waiting."""
        self.results.setRowCount(len(labels))
        for row, label in enumerate(labels):
            self.results.setItem(row, CODE, QTableWidgetItem(label))
            self.show_row(row, RowState.WAITING, "")
        self.results.setCurrentCell(-1, -1)  # no row looks chosen

    def show_row(self, row: int, state: RowState, detail: str, *, mark: str | None = None) -> None:
        status = QTableWidgetItem(mark or self.tr(state.mark))
        status.setForeground(QBrush(QColor(accent_text(state.colour, palette()))))
        font = QFont(self.font())
        font.setBold(state is not RowState.WAITING)
        status.setFont(font)
        self.results.setItem(row, STATUS, status)
        item = QTableWidgetItem(detail)
        item.setToolTip(detail)
        self.results.setItem(row, DETAIL, item)
        self.results.resizeRowToContents(row)

    def row_text(self, row: int) -> tuple[str, str, str]:
        """(result, code, what happened) as the row shows them."""
        cells = (self.results.item(row, column) for column in (STATUS, CODE, DETAIL))
        text = tuple(cell.text() if cell is not None else "" for cell in cells)
        return text[0], text[1], text[2]

    def show_diagnosis(self, text: str, *, error: bool = True) -> None:
        """The latest scan's problem and its fix (green when all is well); "" hides it."""
        tone = "warning" if error else "success"
        themed(self.diagnosis, lambda c: banner_css(tone, c, extra="font-weight: 600;"))
        self.diagnosis.setText(text)
        self.diagnosis.setVisible(bool(text))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.shown.emit()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.hidden.emit()


class ScannerCheckDialog(QDialog):
    """The check on its own, from Settings."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scanner_check_dialog")
        self.setWindowTitle(self.tr("Test the handheld scanner"))
        self.view = ScannerCheckView()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        for button in close.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(close)
        self.resize(860, 600)
