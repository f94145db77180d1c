"""The Follow-ups tab: the week after the show, one row per lead. Layout only."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from showfloor.domain.texts import QT_TRANSLATE_NOOP
from showfloor.qt.theme import muted_css, themed
from showfloor.qt.widgets.columns import set_column_widths
from showfloor.qt.widgets.message_line import show_message_line

COLUMNS = (
    QT_TRANSLATE_NOOP("FollowUpsView", "Done"),
    QT_TRANSLATE_NOOP("FollowUpsView", "Due"),
    QT_TRANSLATE_NOOP("FollowUpsView", "Rating"),
    QT_TRANSLATE_NOOP("FollowUpsView", "Who"),
    QT_TRANSLATE_NOOP("FollowUpsView", "Next step"),
    QT_TRANSLATE_NOOP("FollowUpsView", "Owner"),
    QT_TRANSLATE_NOOP("FollowUpsView", "Contact"),
)
COLUMN_WIDTHS = (64, 104, 80, 260, 250, 140)


class FollowUpsView(QWidget):
    """Signals:
    shown(): the view became visible (the controller re-reads what went stale).
    """

    shown = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("follow_ups_view")
        base = QFont(self.font())
        base.setPointSizeF(max(base.pointSizeF(), 11.5))
        self.setFont(base)

        self.owner_filter = QComboBox()
        self.owner_filter.setObjectName("follow_up_owner_filter")
        self.owner_filter.setMinimumWidth(180)
        owner_label = QLabel(self.tr("&Owner"))
        owner_label.setBuddy(self.owner_filter)
        self.show_done = QCheckBox(self.tr("Show &done"))
        self.show_done.setObjectName("follow_up_show_done")
        self.show_done.setChecked(True)
        self.count_label = QLabel()
        self.count_label.setObjectName("follow_up_count")
        bold = QFont(base)
        bold.setBold(True)
        self.count_label.setFont(bold)
        top = QHBoxLayout()
        top.addWidget(owner_label)
        top.addWidget(self.owner_filter)
        top.addSpacing(12)
        top.addWidget(self.show_done)
        top.addStretch(1)
        top.addWidget(self.count_label)

        self.message = QLabel()
        self.message.setObjectName("follow_up_message")
        self.message.setWordWrap(True)
        self.message.hide()

        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("follow_up_table")
        self.table.setAccessibleName(self.tr("Follow-ups"))
        self.table.setHorizontalHeaderLabels([self.tr(column) for column in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(True)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setFont(bold)
        set_column_widths(self.table, COLUMN_WIDTHS)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

        self.draft_button = QPushButton(self.tr("Draft &email"))
        self.draft_button.setObjectName("follow_up_draft")
        self.draft_button.setToolTip(
            self.tr("Opens the drafted email in your mail program (Ctrl+D)")
        )
        self.eml_button = QPushButton(self.tr("Save as .e&ml…"))
        self.eml_button.setObjectName("follow_up_eml")
        self.done_button = QPushButton(self.tr("&Mark done"))
        self.done_button.setObjectName("follow_up_done")
        self.done_button.setToolTip(self.tr("Done, or not done again (Space)"))
        self.open_button = QPushButton(self.tr("&Open lead"))
        self.open_button.setObjectName("follow_up_open")
        hint = QLabel(
            self.tr("Space: done / not done   ·   Ctrl+D: draft email   ·   Enter: open lead")
        )
        themed(hint, muted_css)
        hint.setFont(base)
        buttons = QHBoxLayout()
        for button in (self.draft_button, self.eml_button, self.done_button, self.open_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(hint)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def show_message(self, text: str, *, error: bool = True) -> None:
        """One line above the table; an empty text hides it."""
        show_message_line(self.message, text, error=error)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.shown.emit()
