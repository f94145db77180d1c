"""The export dialog: choose a profile, filters and a file, then export in the background.

The export itself is ``services.export.export_leads``; this dialog only collects
the choices, runs it in a worker thread (100k leads take seconds, and the window
must keep painting), shows progress, and offers to open the folder at the end.
Usage from the main window::

    ExportDialog(db, event_id, parent).exec()
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, QThread, QUrl, Signal, Slot
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from showfloor.domain.errors import ShowfloorError
from showfloor.domain.questions import Rating, VisitorClass
from showfloor.services.events import list_staff
from showfloor.services.export import (
    ExportCancelledError,
    ExportFilter,
    ExportSummary,
    default_file_name,
    export_leads,
)
from showfloor.services.export_profiles import PROFILES
from showfloor.store.database import Database
from showfloor.store.models import Event

PROFILE_LABELS = {
    "generic": "Spreadsheet: every field",
    "hubspot": "HubSpot contact import",
    "salesforce": "Salesforce lead import",
}
RAW_HELP = (
    "Off (for spreadsheets): a value starting with =, +, - or @ gets a leading ' so that "
    "Excel cannot run it as a formula; phone numbers such as +49… get one too. "
    "On (for CRM importers): every value is written exactly as stored."
)
BOM_HELP = "Excel on Windows needs this to show accents (é, ü, ø) correctly; others ignore it."


class ExportWorker(QObject):
    """Runs one export in a worker thread.

    Signals:
        progress(done, total): rows written so far.
        finished(ExportSummary): the file is complete.
        failed(str): one line saying what went wrong (also on cancel).
    """

    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)

    def __init__(
        self,
        db: Database,
        event_id: str,
        path: Path,
        profile: str,
        raw: bool,
        bom: bool,
        filters: ExportFilter,
    ) -> None:
        super().__init__()
        self._args = (db, event_id, path, profile, raw, bom, filters)
        self._cancelled = False

    def cancel(self) -> None:
        """Ask the export to stop at its next progress report; no file is left."""
        self._cancelled = True

    def _report(self, done: int, total: int) -> None:
        if self._cancelled:
            raise ExportCancelledError("The export was cancelled; no file was written.")
        self.progress.emit(done, total)

    @Slot()
    def run(self) -> None:
        db, event_id, path, profile, raw, bom, filters = self._args
        try:
            summary = export_leads(
                db, event_id, path, profile, raw=raw, bom=bom, filters=filters,
                progress=self._report,
            )  # fmt: skip
        except ShowfloorError as exc:
            self.failed.emit(str(exc))
        except Exception as exc:  # a worker must report, never die silently
            self.failed.emit(f"The export failed: {exc}")
        else:
            self.finished.emit(summary)


class ExportDialog(QDialog):
    """Export the event's leads to CSV.

    Args:
        db: the open database.
        event_id: the event whose leads are exported.
        parent: the main window.
        directory: where the file goes by default (the user's Documents folder).

    Signals:
        export_finished(ExportSummary): the file was written.
        export_failed(str): the reason the export did not complete.
    """

    export_finished = Signal(object)
    export_failed = Signal(str)

    def __init__(
        self,
        db: Database,
        event_id: str,
        parent: QWidget | None = None,
        *,
        directory: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._event_id = event_id
        self._thread: QThread | None = None
        self._worker: ExportWorker | None = None
        self._path_edited = False
        self.last_summary: ExportSummary | None = None
        self.open_url = QDesktopServices.openUrl  # replaced in tests
        with db.session() as session:
            event = session.get(Event, event_id)
            self._event_name = event.name if event else "event"
            staff = [s.name for s in list_staff(session)]
        self._directory = directory or Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            or Path.home()
        )
        self.setWindowTitle(f"Export leads — {self._event_name}")
        self._build(staff)
        self._connect()
        self._profile_changed()

    # -- layout ---------------------------------------------------------------

    def _build(self, staff: list[str]) -> None:
        self.profile = QComboBox()
        for key in PROFILES:
            self.profile.addItem(PROFILE_LABELS.get(key, key), key)
        self.profile_help = _help_label("")

        self.visitor_class = QComboBox()
        self.visitor_class.addItem("Every class", None)
        for cls in VisitorClass:
            self.visitor_class.addItem(cls.label, cls.value)
        self.rating = QComboBox()
        self.rating.addItem("Any rating", None)
        for rating in Rating:
            self.rating.addItem(rating.label, rating.value)
        self.staff = QComboBox()
        self.staff.addItem("Anyone on the team", None)
        for name in staff:
            self.staff.addItem(name, name)
        self.consented_only = QCheckBox("Only people who agreed to be contacted")

        filters = QGroupBox("Which leads")
        form = QFormLayout(filters)
        form.addRow("Class", self.visitor_class)
        form.addRow("Rating", self.rating)
        form.addRow("Met by", self.staff)
        form.addRow("", self.consented_only)

        self.path = QLineEdit()
        self.choose = QPushButton("Choose…")
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.choose)

        self.raw = QCheckBox("Keep values exactly (for CRM importers)")
        self.bom = QCheckBox("Mark the file as UTF-8 for Excel")
        options = QGroupBox("Options")
        options_layout = QVBoxLayout(options)
        options_layout.addWidget(self.raw)
        options_layout.addWidget(_help_label(RAW_HELP))
        options_layout.addWidget(self.bom)
        options_layout.addWidget(_help_label(BOM_HELP))

        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.status = QLabel("")
        self.status.setWordWrap(True)

        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(
            "Export", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setDefault(True)
        self.open_folder = self.buttons.addButton(
            "Open folder", QDialogButtonBox.ButtonRole.ActionRole
        )
        self.open_folder.setVisible(False)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)

        layout = QVBoxLayout(self)
        top = QFormLayout()
        top.addRow("Format", self.profile)
        top.addRow("", self.profile_help)
        top.addRow("File", file_row)
        layout.addLayout(top)
        layout.addWidget(filters)
        layout.addWidget(options)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())

    def _connect(self) -> None:
        self.profile.currentIndexChanged.connect(self._profile_changed)
        self.path.textEdited.connect(self._path_typed)
        self.choose.clicked.connect(self._choose_file)
        self.export_button.clicked.connect(self.start_export)
        self.open_folder.clicked.connect(self._open_folder)
        self.close_button.clicked.connect(self.reject)

    # -- behaviour ------------------------------------------------------------

    @property
    def profile_key(self) -> str:
        return str(self.profile.currentData())

    def is_running(self) -> bool:
        return self._thread is not None

    def _profile_changed(self) -> None:
        profile = PROFILES[self.profile_key]
        self.profile_help.setText(profile.description)
        self.consented_only.setChecked(profile.crm)
        self.raw.setChecked(profile.crm)
        if not self._path_edited:
            name = default_file_name(self._event_name, profile.name, date.today())
            self.path.setText(str(self._directory / name))

    def _path_typed(self, _text: str) -> None:
        self._path_edited = True

    def _choose_file(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self, "Export leads to", self.path.text(), "CSV files (*.csv)"
        )
        if chosen:
            self._path_edited = True
            self.path.setText(chosen)

    def filters(self) -> ExportFilter:
        return ExportFilter(
            visitor_class=self.visitor_class.currentData(),
            rating=self.rating.currentData(),
            staff=self.staff.currentData(),
            consented_only=self.consented_only.isChecked(),
        )

    def start_export(self) -> None:
        """Start the export in a worker thread; the dialog stays responsive."""
        if self.is_running():
            return
        text = self.path.text().strip()
        if not text:
            self._show_failure("Choose a file to export to.")
            return
        path = Path(text)
        if path.suffix.lower() != ".csv":
            path = path.with_name(path.name + ".csv")
            self.path.setText(str(path))
        self._set_running(True)
        worker = ExportWorker(
            self._db, self._event_id, path, self.profile_key, self.raw.isChecked(),
            self.bom.isChecked(), self.filters(),
        )  # fmt: skip
        thread = QThread(self)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.progress.connect(self._on_progress)
        worker.finished.connect(self._on_finished)
        worker.failed.connect(self._on_failed)
        worker.finished.connect(thread.quit)
        worker.failed.connect(thread.quit)
        thread.finished.connect(self._thread_done)
        self._thread, self._worker = thread, worker
        thread.start()

    def _set_running(self, running: bool) -> None:
        for widget in (self.profile, self.path, self.choose, self.raw, self.bom,
                       self.visitor_class, self.rating, self.staff, self.consented_only,
                       self.export_button):  # fmt: skip
            widget.setEnabled(not running)
        self.close_button.setText("Cancel" if running else "Close")
        if running:
            self.open_folder.setVisible(False)
            self.progress.setVisible(True)
            self.progress.setRange(0, 0)  # busy until the first count arrives
            self.status.setText("Exporting…")

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.status.setText(f"Exporting… {done} of {total} leads")

    @Slot(object)
    def _on_finished(self, summary: ExportSummary) -> None:
        self.last_summary = summary
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        noun = "lead" if summary.rows == 1 else "leads"
        message = f"Exported {summary.rows} {noun} to {summary.path}."
        if summary.skipped_unconsented:
            message += (
                f" Left out {summary.skipped_unconsented} who did not agree to be contacted."
            )
        self.status.setText(message)
        self.open_folder.setVisible(True)
        self.export_finished.emit(summary)

    @Slot(str)
    def _on_failed(self, reason: str) -> None:
        self._show_failure(reason)
        self.export_failed.emit(reason)

    def _show_failure(self, reason: str) -> None:
        self.progress.setVisible(False)
        self.status.setText(reason)

    @Slot()
    def _thread_done(self) -> None:
        thread, self._thread, self._worker = self._thread, None, None
        if thread is not None:
            thread.deleteLater()
        self._set_running(False)

    def _open_folder(self) -> None:
        if self.last_summary is not None and self.last_summary.path is not None:
            self.open_url(QUrl.fromLocalFile(str(self.last_summary.path.parent)))

    def stop(self) -> None:
        """Cancel a running export and wait for its thread to end."""
        thread, worker = self._thread, self._worker
        if thread is None or worker is None:
            return
        worker.cancel()
        thread.quit()
        thread.wait()

    def reject(self) -> None:
        if self.is_running():
            if self._worker is not None:
                self._worker.cancel()
            return  # the worker reports "cancelled", then the dialog can close
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.stop()
        super().closeEvent(event)


def _help_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: palette(placeholder-text); font-size: 9pt;")
    return label
