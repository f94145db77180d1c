"""Layout of the sync dialog: what is being merged, a progress bar, and the outcome."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)


class SyncDialog(QDialog):
    """Shows one merge or sync running in the background, then its summary line.

    With ``ask_url`` it first asks for the server's URL (Sync with server…).
    """

    def __init__(self, title: str, parent: QWidget | None = None, *, ask_url: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("sync_dialog")
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.url = QLineEdit()
        self.url.setObjectName("sync_url")
        self.url.setPlaceholderText("postgresql+psycopg://user:password@server/showfloor")
        if ask_url:
            form.addRow("Server:", self.url)
        layout.addLayout(form)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setVisible(False)
        layout.addWidget(self.progress)
        self.message = QLabel()
        self.message.setObjectName("sync_message")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
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
        layout.addStretch(1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Close
        )
        self.start_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.start_button.setText("Sync" if ask_url else "Merge")
        self.start_button.setVisible(ask_url)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(520, 160)

    def show_running(self, text: str) -> None:
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
        font = self.message.font()
        font.setBold(True)
        self.message.setFont(font)
        while self.details_form.rowCount():
            self.details_form.removeRow(0)
        for label, count in rows:
            value = QLabel(f"{count:,}")
            value.setObjectName(f"sync_{label.split()[0].lower()}")
            self.details_form.addRow(f"{label}:", value)
        self.details.setVisible(True)

    def show_note(self, text: str) -> None:
        """A line under the summary the booth lead should read (not an error)."""
        self.note.setText(text)
        self.note.setVisible(True)

    def show_result(self, text: str, *, ok: bool) -> None:
        self.progress.setVisible(False)
        self.message.setText(text)
        self.message.setProperty("error", not ok)
        self.start_button.setEnabled(True)
