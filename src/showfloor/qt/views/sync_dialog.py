"""Layout of the sync dialog: what is being merged, a progress bar, and the outcome."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from showfloor.qt import locale_text
from showfloor.qt.widgets.grow import grow_to_fit

MAX_CHANGE_ROWS = 2000  # beyond this the list says how many more (the CLI lists all)


class SyncDialog(QDialog):
    """Shows one merge or sync running in the background, then its summary line.

    With ``ask_url`` it first asks for the server's URL (Sync with server…).
    """

    def __init__(self, title: str, parent: QWidget | None = None, *, ask_url: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("sync_dialog")
        self.ask_url = ask_url
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.url = QLineEdit()
        self.url.setObjectName("sync_url")
        self.url.setPlaceholderText("postgresql+psycopg://user:password@server/showfloor")
        if ask_url:
            form.addRow(self.tr("Server:"), self.url)
        layout.addLayout(form)
        # Asked before a merge: where each event of the bundles that is no show here
        # goes (show_event_questions).
        self.questions = QWidget()
        self.questions.setObjectName("sync_questions")
        self.questions_form = QFormLayout(self.questions)
        self.questions.setVisible(False)
        layout.addWidget(self.questions)
        self.event_combos: dict[str, QComboBox] = {}
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setVisible(False)
        layout.addWidget(self.progress)
        self.message = QLabel()
        self.message.setObjectName("sync_message")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        # Asked before a merge when a bundle is sealed with a team passphrase that is
        # not this laptop's (show_passphrase_question).
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("sync_passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("Team passphrase"))
        self.passphrase.setAccessibleName(self.tr("Team passphrase of the bundle"))
        self.passphrase.setVisible(False)
        layout.addWidget(self.passphrase)
        self.details = QWidget()  # the summary, one number per row, once done
        self.details_form = QFormLayout(self.details)
        self.details_form.setContentsMargins(12, 4, 0, 0)
        self.details.setVisible(False)
        layout.addWidget(self.details)
        self.note = QLabel()
        self.note.setObjectName("sync_note")
        self.note.setWordWrap(True)
        self.note.setVisible(False)
        layout.addWidget(self.note)
        self.changes_button = QPushButton(self.tr("Show each lead"))
        self.changes_button.setObjectName("sync_changes_button")
        self.changes_button.setCheckable(True)
        self.changes_button.setVisible(False)
        layout.addWidget(self.changes_button)
        self.changes = QTableWidget(0, 3)
        self.changes.setObjectName("sync_changes")
        self.changes.setHorizontalHeaderLabels(
            [self.tr("What happened"), self.tr("Lead"), self.tr("Details")]
        )
        self.changes.verticalHeader().setVisible(False)
        self.changes.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.changes.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.changes.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.changes.setAccessibleName(self.tr("Each lead the merge changed"))
        self.changes.setVisible(False)
        layout.addWidget(self.changes, 1)
        self.changes_button.toggled.connect(self.changes.setVisible)
        layout.addStretch(1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Close
        )
        self.start_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.start_button.setText(self.tr("Sync") if ask_url else self.tr("Merge"))
        self.start_button.setVisible(ask_url)
        self.buttons.rejected.connect(self.reject)
        self._start_action: Callable[[], None] | None = None
        layout.addWidget(self.buttons)
        self.resize(520, 160)

    def show_event_questions(
        self, questions: list[tuple[str, str, list[tuple[str | None, str]], int]]
    ) -> None:
        """Before a merge: for each incoming event (id, "name (dates)", choices as
        (local event id or None to keep it apart, label), index chosen), a choice."""
        while self.questions_form.rowCount():
            self.questions_form.removeRow(0)
        self.event_combos.clear()
        intro = QLabel(
            self.tr(
                "These events from the other laptop are not the same show as one here by "
                "name and dates. Merge each into one of yours, or keep it separate:"
            )
        )
        intro.setWordWrap(True)
        self.questions_form.addRow(intro)
        for event_id, label, choices, chosen in questions:
            combo = QComboBox()
            combo.setObjectName(f"sync_into_{event_id}")
            for local_id, text in choices:
                combo.addItem(text, local_id)
            combo.setCurrentIndex(chosen)
            combo.setAccessibleName(self.tr("Merge {label} into").format(label=label))
            self.event_combos[event_id] = combo
            name = QLabel(label)
            name.setWordWrap(True)
            name.setBuddy(combo)
            self.questions_form.addRow(name, combo)
        self.questions.setVisible(True)
        self.message.setText(self.tr("Choose where their leads go, then press Merge."))
        self.start_button.setText(self.tr("Merge"))
        self.start_button.setVisible(True)
        self.start_button.setEnabled(True)
        self.start_button.setDefault(True)
        self.resize(max(self.width(), 620), self.sizeHint().height())

    def reconnect_start(self, action: Callable[[], None]) -> None:
        """The start button does ``action`` from now on (and nothing it did before)."""
        if self._start_action is None:
            self.start_button.clicked.connect(self._started)
        self._start_action = action

    def _started(self) -> None:
        if self._start_action is not None:
            self._start_action()

    def show_question(self, text: str, accept: str) -> None:
        """Before a merge goes ahead: what it would do, and the button that lets it."""
        self.progress.setVisible(False)
        self.questions.setVisible(False)
        self.message.setText(text)
        self.message.setProperty("error", False)
        self.start_button.setText(accept)
        self.start_button.setVisible(True)
        self.start_button.setEnabled(True)
        self.start_button.setDefault(False)  # Enter must not say yes to this
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)
        self.resize(max(self.width(), 620), self.sizeHint().height())

    def show_passphrase_question(self, text: str, *, wrong: bool = False) -> None:
        """Before a merge: a sealed bundle's passphrase, typed here (Enter opens it)."""
        self.progress.setVisible(False)
        self.message.setText(text)
        self.message.setProperty("error", wrong)
        self.passphrase.clear()
        self.passphrase.setVisible(True)
        self.passphrase.setFocus()
        self.start_button.setText(self.tr("Open and merge"))
        self.start_button.setVisible(True)
        self.start_button.setEnabled(True)
        self.start_button.setDefault(True)
        self.resize(max(self.width(), 560), self.sizeHint().height())

    def typed_passphrase(self) -> str:
        """What was typed (and the field hidden and emptied: it is not kept around)."""
        typed = self.passphrase.text()
        self.passphrase.clear()
        self.passphrase.setVisible(False)
        return typed

    def event_choices(self) -> dict[str, str | None]:
        """The answers: incoming event id -> local event id (None: keep it apart)."""
        return {event_id: combo.currentData() for event_id, combo in self.event_combos.items()}

    def show_running(self, text: str) -> None:
        self.questions.setEnabled(False)
        self.message.setText(text)
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.start_button.setEnabled(False)

    def show_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def show_summary(self, headline: str, rows: list[tuple[str, int]]) -> None:
        """A finished merge: a headline, then each count on its own row."""
        self.show_result(headline, ok=True)
        self.questions.setVisible(False)
        self.start_button.setVisible(self.ask_url)  # a merge is done; a sync may run again
        font = self.message.font()
        font.setBold(True)
        self.message.setFont(font)
        while self.details_form.rowCount():
            self.details_form.removeRow(0)
        for label, count in rows:
            value = QLabel(locale_text.number(count))
            value.setObjectName(f"sync_{label.split()[0].lower()}")
            self.details_form.addRow(f"{label}:", value)
        self.details.setVisible(True)
        grow_to_fit(self)

    def show_changes(self, rows: list[tuple[str, str, str]]) -> None:
        """Per lead: what happened, the lead's name, details (shown on request)."""
        shown = rows[:MAX_CHANGE_ROWS]
        more = len(rows) - len(shown)
        self.changes.setRowCount(len(shown) + (1 if more else 0))
        for r, cells in enumerate(shown):
            for c, text in enumerate(cells):
                self.changes.setItem(r, c, QTableWidgetItem(text))
        if more:
            self.changes.setItem(
                len(shown),
                1,
                QTableWidgetItem(
                    self.tr("… and {more} more").format(more=locale_text.number(more))
                ),
            )
        self.changes.resizeColumnsToContents()
        self.changes_button.setText(
            self.tr("Show each lead ({count})").format(count=locale_text.number(len(rows)))
        )
        self.changes_button.setVisible(bool(rows))

    def show_note(self, text: str) -> None:
        """A line under the summary the booth lead should read (not an error)."""
        self.note.setText(text)
        self.note.setVisible(True)
        grow_to_fit(self)

    def show_result(self, text: str, *, ok: bool) -> None:
        self.progress.setVisible(False)
        self.message.setText(text)
        self.message.setProperty("error", not ok)
        grow_to_fit(self)
        self.start_button.setEnabled(True)
