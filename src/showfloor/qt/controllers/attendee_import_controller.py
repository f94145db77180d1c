"""Event > Import attendee list… (and the wizard's last page): preview, then import.

The view (``views/attendee_import_dialog.py``) only lays out; this controller reads
the chosen file into a preview (``preview_attendees``: the platform recognised, the
column mapping, three sample rows, what resolves badges, a warning when nothing
can), then runs ``import_attendees``, both in a TaskWorker so the window keeps
painting, and puts progress and the outcome back into the view.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from showfloor.qt import locale_text
from showfloor.qt.views.attendee_import_dialog import AttendeeImportDialog, AttendeeImportPanel
from showfloor.qt.workers.task import TaskWorker
from showfloor.services.attendees import (
    ImportPreview,
    ImportReport,
    import_attendees,
    preview_attendees,
)
from showfloor.store.database import Database

SHOWN_REJECTS = 5


class AttendeeImportController(QObject):
    """Wires one import panel to the store; ``report`` holds the last import's outcome.

    Signals:
        imported(): an import ended and its summary is shown.
    """

    imported = Signal()

    def __init__(
        self, db: Database, event_id: str, view: AttendeeImportPanel | None = None
    ) -> None:
        view = view if view is not None else AttendeeImportPanel()
        super().__init__(view)  # the view owns its controller
        self.db, self.event_id = db, event_id
        self.view = view
        self.worker: TaskWorker | None = None
        self.previewer: TaskWorker | None = None
        self.report: ImportReport | None = None
        self.preview: ImportPreview | None = None
        self.preview_path = ""
        self.view.browse_button.clicked.connect(self.browse)
        self.view.import_button.clicked.connect(self.start_import)
        self.view.path.editingFinished.connect(self.start_preview)

    @classmethod
    def in_dialog(
        cls, db: Database, event_id: str, parent: QWidget | None = None
    ) -> tuple[AttendeeImportDialog, AttendeeImportController]:
        """The Event menu's dialog with its controller; the import is waited for on close."""
        dialog = AttendeeImportDialog(parent)
        controller = cls(db, event_id, dialog.panel)
        dialog.finished.connect(lambda _result: controller.shutdown())
        return dialog, controller

    def browse(self) -> None:
        name = self.view.ask_for_file()
        if name:
            self.view.path.setText(name)
            self.start_preview()

    def start_preview(self) -> None:
        """Read the chosen file's header and first rows; nothing is written."""
        path = self.view.path.text().strip()
        if not path or (self.preview is not None and self.preview_path == path):
            return
        self.preview_path = path
        previewer = TaskWorker(lambda _progress: preview_attendees(Path(path)))
        previewer.succeeded.connect(self._on_preview)
        previewer.failed.connect(self.view.show_preview_failure)
        self.previewer = previewer
        previewer.start()

    def _on_preview(self, preview: ImportPreview) -> None:
        self.preview = preview
        if preview.platform:
            platform = self.tr("Recognised: {platform} export ({platform_badge}).").format(
                platform=preview.platform, platform_badge=preview.platform_badge
            )
        else:
            platform = self.tr("Platform not recognised: columns are read by their usual names.")
        platform += self.tr(" About {rows} rows, {encoding}.").format(
            rows=locale_text.number(preview.rows), encoding=preview.encoding
        )
        platform += "".join(f" {note[:1].upper()}{note[1:]}." for note in preview.notes)
        columns = [[header, target] for header, target in preview.columns.items()]
        columns += [[header, self.tr("kept as extra data")] for header in preview.extras]
        samples = [
            [s["full_name"] or "", s["company"] or "", s["title"] or "", s["email"] or "",
             s["badge_id"] or "", s["ticket_code"] or ""]
            for s in preview.samples
        ]  # fmt: skip
        if preview.badge_columns:
            badge = (
                self.tr("Scanned badges resolve by: ") + ", then ".join(preview.badge_columns) + "."
            )
        else:
            badge = self.tr("Scanned badges resolve by: nothing in this file.")
        self.view.show_preview(platform, columns, samples, badge, preview.warnings)

    def busy(self) -> bool:
        worker = self.worker
        return worker is not None and worker.thread_ is not None and worker.thread_.isRunning()

    def start_import(self) -> None:
        path = self.view.path.text().strip()
        if not path or self.busy():
            return
        self.view.show_running(self.tr("Importing…"))
        db, event_id = self.db, self.event_id
        worker = TaskWorker(
            lambda progress: import_attendees(db, event_id, Path(path), progress=progress)
        )
        worker.progress.connect(self.view.show_progress)
        worker.succeeded.connect(self._on_done)
        worker.failed.connect(self.view.show_failure)
        self.worker = worker
        worker.start()

    def _on_done(self, report: ImportReport) -> None:
        self.report = report
        lines = [
            self.tr("Imported {imported}, updated {updated}, rejected {rejected}.").format(
                imported=locale_text.number(report.imported),
                updated=locale_text.number(report.updated),
                rejected=locale_text.number(report.rejected),
            )
        ]
        lines += [
            self.tr("Row {row}: {reason}").format(row=issue.row, reason=issue.reason)
            for issue in report.rejects[:SHOWN_REJECTS]
        ]
        self.view.show_summary(lines)
        self.imported.emit()

    def shutdown(self) -> None:
        for worker in (self.previewer, self.worker):
            if worker is not None:
                worker.wait()
