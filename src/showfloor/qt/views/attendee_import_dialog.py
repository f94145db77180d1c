"""Layout of the attendee-list import: a file chooser, an Import button, progress and a summary.

Only widgets live here; ``qt/controllers/attendee_import_controller.py`` runs the
import and fills them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

ERROR_STYLE = "color: #b91c1c;"


class AttendeeImportPanel(QWidget):
    """File chooser + Import button + progress + summary; used in the dialog and wizard."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        explain = QLabel(
            "Load the attendee list the organiser sent (CSV from Eventbrite, pretix, Luma, "
            "Cvent, Swapcard...). Badges that hold only a ticket number then show the "
            "visitor's name the moment they are scanned."
        )
        explain.setWordWrap(True)
        layout.addWidget(explain)
        row = QHBoxLayout()
        self.path = QLineEdit()
        self.path.setObjectName("attendee_file")
        self.path.setPlaceholderText("attendees.csv")
        self.browse_button = QPushButton("Choose…")
        self.import_button = QPushButton("Import")
        self.import_button.setObjectName("import_button")
        row.addWidget(self.path, 1)
        row.addWidget(self.browse_button)
        row.addWidget(self.import_button)
        layout.addLayout(row)
        self.progress = QProgressBar()
        self.progress.setObjectName("import_progress")
        self.progress.hide()
        layout.addWidget(self.progress)
        self.summary = QLabel()
        self.summary.setObjectName("import_summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

    def ask_for_file(self) -> str | None:
        name, _ = QFileDialog.getOpenFileName(
            self, "Attendee list", str(Path.home()), "CSV files (*.csv *.txt);;All files (*)"
        )
        return name or None

    def show_running(self, text: str) -> None:
        self.import_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.summary.setStyleSheet("")
        self.summary.setText(text)

    def show_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def show_summary(self, lines: list[str]) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.summary.setStyleSheet("")
        self.summary.setText("\n".join(lines))
        self.import_button.setEnabled(True)

    def show_failure(self, message: str) -> None:
        self.progress.hide()
        self.summary.setText(message)
        self.summary.setStyleSheet(ERROR_STYLE)
        self.import_button.setEnabled(True)


class AttendeeImportDialog(QDialog):
    """The panel in a window of its own, with a Close button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Import attendee list")
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        self.panel = AttendeeImportPanel(self)
        layout.addWidget(self.panel)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
