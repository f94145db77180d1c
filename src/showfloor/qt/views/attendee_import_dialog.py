"""Choose the organiser's CSV, import it with a progress bar, show what happened."""

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

from showfloor.qt.workers.task import TaskWorker
from showfloor.services.attendees import ImportReport, import_attendees
from showfloor.store.database import Database


class AttendeeImportPanel(QWidget):
    """File chooser + Import button + progress + summary; used in the dialog and wizard."""

    def __init__(self, db: Database, event_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.event_id = db, event_id
        self.worker: TaskWorker | None = None
        self.report: ImportReport | None = None
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
        browse = QPushButton("Choose…")
        browse.clicked.connect(self._browse)
        self.import_button = QPushButton("Import")
        self.import_button.setObjectName("import_button")
        self.import_button.clicked.connect(self.start_import)
        row.addWidget(self.path, 1)
        row.addWidget(browse)
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

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, "Attendee list", str(Path.home()), "CSV files (*.csv *.txt);;All files (*)"
        )
        if name:
            self.path.setText(name)

    def start_import(self) -> None:
        path = self.path.text().strip()
        if not path or (
            self.worker is not None and self.worker.thread_ and self.worker.thread_.isRunning()
        ):
            return
        self.import_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.summary.setText("Importing…")
        db, event_id = self.db, self.event_id
        worker = TaskWorker(
            lambda progress: import_attendees(db, event_id, Path(path), progress=progress)
        )
        worker.progress.connect(self._on_progress)
        worker.succeeded.connect(self._on_done)
        worker.failed.connect(self._on_failed)
        self.worker = worker
        worker.start()

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _on_done(self, report: ImportReport) -> None:
        self.report = report
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        lines = [
            f"Imported {report.imported:,}, updated {report.updated:,}, "
            f"rejected {report.rejected:,}."
        ]
        lines += [f"Row {issue.row}: {issue.reason}" for issue in report.rejects[:5]]
        self.summary.setText("\n".join(lines))
        self.import_button.setEnabled(True)

    def _on_failed(self, message: str) -> None:
        self.progress.hide()
        self.summary.setText(message)
        self.summary.setStyleSheet("color: #b91c1c;")
        self.import_button.setEnabled(True)

    def shutdown(self) -> None:
        if self.worker is not None:
            self.worker.wait()


class AttendeeImportDialog(QDialog):
    def __init__(self, db: Database, event_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Import attendee list")
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        self.panel = AttendeeImportPanel(db, event_id, self)
        layout.addWidget(self.panel)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def done(self, result: int) -> None:
        self.panel.shutdown()
        super().done(result)
