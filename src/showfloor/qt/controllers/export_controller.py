"""The export dialog's behaviour: defaults per profile, the file, the background export.

The export itself is ``services.export.export_leads``, run in a TaskWorker (100k
leads take seconds and the window must keep painting); the dialog
(``views.export_dialog``) only lays out. Usage from the main window::

    ExportController(db, event_id, parent).exec()

Signals:
    export_finished(ExportSummary): the file was written.
    export_failed(str): the reason the export did not complete.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from showfloor.domain.errors import ShowfloorError
from showfloor.domain.texts import QT_TRANSLATE_NOOP
from showfloor.qt.views.export_dialog import ExportDialog
from showfloor.qt.workers.task import TaskWorker
from showfloor.services.events import list_staff
from showfloor.services.export import (
    ExportFilter,
    ExportSummary,
    count_consent,
    default_file_name,
    export_leads,
    remember_lead_source,
    saved_lead_source,
)
from showfloor.services.export_profiles import PROFILES
from showfloor.store.database import Database
from showfloor.store.models import Event

FILE_FILTERS = {
    "csv": QT_TRANSLATE_NOOP("ExportController", "CSV files (*.csv)"),
    "xlsx": QT_TRANSLATE_NOOP("ExportController", "Excel workbooks (*.xlsx)"),
}
CANCELLED = QT_TRANSLATE_NOOP("ExportController", "The export was cancelled; no file was written.")


def default_folder() -> Path:
    """The user's Documents folder where there is one; a fresh account may have none
    (many Linux installs, a kiosk user), and a file must never be offered in a folder
    that does not exist: then the home folder."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    for candidate in (documents, QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.HomeLocation)):  # fmt: skip
        if candidate and Path(candidate).is_dir():
            return Path(candidate)
    return Path.home()


class ExportController(QObject):
    """Wires an ExportDialog to the export service.

    Args:
        db: the open database.
        event_id: the event whose leads are exported.
        parent: the main window.
        directory: where the file goes by default (the user's Documents folder).
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
        self._worker: TaskWorker | None = None
        self._path_edited = False
        self.last_summary: ExportSummary | None = None
        self.open_url = QDesktopServices.openUrl  # replaced in tests
        with db.session() as session:
            event = session.get(Event, event_id)
            self._event_name = event.name if event else "event"
            staff = [s.name for s in list_staff(session)]
            lead_source = saved_lead_source(session)
        self._directory = directory or default_folder()
        profiles = [(key, profile.label) for key, profile in PROFILES.items()]
        self.view = ExportDialog(self._event_name, profiles, staff, parent)
        self.view.lead_source.setText(lead_source)
        self._connect()
        self._profile_changed()

    def _connect(self) -> None:
        v = self.view
        v.profile.currentIndexChanged.connect(self._profile_changed)
        v.path.textEdited.connect(self._path_typed)
        v.choose.clicked.connect(self._choose_file)
        v.export_button.clicked.connect(self.start_export)
        v.open_folder.clicked.connect(self._open_folder)
        v.file_type.currentIndexChanged.connect(self._file_type_changed)
        v.export_consented.clicked.connect(lambda: self._run(consented_only=True))
        v.export_all.clicked.connect(lambda: self._run(consented_only=False))
        v.question_back.clicked.connect(v.hide_question)
        v.may_close = self._may_close
        v.on_close = self.stop

    def exec(self) -> int:
        return self.view.exec()

    @property
    def profile_key(self) -> str:
        return str(self.view.profile.currentData())

    @property
    def file_type(self) -> str:
        return str(self.view.file_type.currentData())

    def is_running(self) -> bool:
        return self._worker is not None

    def _profile_changed(self) -> None:
        profile = PROFILES[self.profile_key]
        v = self.view
        v.profile_help.setText(profile.description)
        v.consented_only.setChecked(profile.crm)
        v.raw.setChecked(profile.crm)
        v.show_crm(profile.crm)
        v.hide_question()
        self._default_path()

    def _default_path(self) -> None:
        if not self._path_edited:
            name = default_file_name(self._event_name, self.profile_key, date.today(),
                                     self.file_type)  # fmt: skip
            self.view.path.setText(str(self._directory / name))

    def _file_type_changed(self) -> None:
        xlsx = self.file_type == "xlsx"
        self.view.raw.setEnabled(not xlsx)  # every .xlsx cell is text: nothing to guard
        self.view.bom.setEnabled(not xlsx)
        text = self.view.path.text().strip()
        if self._path_edited and text:
            self.view.path.setText(str(Path(text).with_suffix("." + self.file_type)))
        self._default_path()

    def _path_typed(self, _text: str) -> None:
        self._path_edited = True

    def _choose_file(self) -> None:
        chosen = self.view.ask_save_path(
            self.view.path.text(), self.tr(FILE_FILTERS[self.file_type])
        )
        if chosen:
            self._path_edited = True
            self.view.path.setText(chosen)

    def filters(self) -> ExportFilter:
        v = self.view
        return ExportFilter(
            visitor_class=v.visitor_class.currentData(),
            rating=v.rating.currentData(),
            staff=v.staff.currentData(),
            consented_only=v.consented_only.isChecked(),
        )

    def start_export(self) -> None:
        """Export in a worker thread; a CRM file that would leave people out asks first."""
        if self.is_running():
            return
        v = self.view
        if not v.path.text().strip():
            v.show_failure(self.tr("Choose a file to export to."))
            return
        if PROFILES[self.profile_key].crm and v.consented_only.isChecked():
            try:
                counted = count_consent(self._db, self._event_id, self.filters())
            except ShowfloorError as exc:
                self._on_failed(str(exc))
                return
            if counted.unconsented:
                v.ask_about_unconsented(
                    self.tr(
                        "{arg0}. A CRM file holds only people who agreed to be "
                        "contacted; export them anyway, marked opted out (they get "
                        "no marketing email)?"
                    ).format(arg0=counted.question()),
                    counted.consented,
                    counted.chosen,
                )
                return
        self._run(consented_only=v.consented_only.isChecked())

    def _run(self, *, consented_only: bool) -> None:
        v = self.view
        v.consented_only.setChecked(consented_only)
        path = Path(v.path.text().strip())
        if path.suffix.lower() != "." + self.file_type:
            path = path.with_name(path.name + "." + self.file_type)
            v.path.setText(str(path))
        db, event_id, profile, fmt = self._db, self._event_id, self.profile_key, self.file_type
        raw, bom, filters = v.raw.isChecked(), v.bom.isChecked(), self.filters()
        lead_source: str | None = None
        if PROFILES[profile].crm:
            try:
                with db.session() as session:
                    lead_source = remember_lead_source(session, v.lead_source.text())
            except ShowfloorError as exc:
                self._on_failed(str(exc))
                return
            v.lead_source.setText(lead_source)
        worker = TaskWorker(
            lambda progress: export_leads(
                db, event_id, path, profile, raw=raw, bom=bom and fmt == "csv", filters=filters,
                progress=progress, fmt=fmt, lead_source=lead_source,
            ),
            cancel_message=self.tr(CANCELLED),
        )  # fmt: skip
        # Slots of objects on the GUI thread, so Qt queues the calls there.
        worker.progress.connect(v.show_progress)
        worker.succeeded.connect(self._on_finished)
        worker.failed.connect(self._on_failed)
        worker.finished.connect(self._worker_done)
        self._worker = worker
        v.show_running(True)
        worker.start()

    @Slot(object)
    def _on_finished(self, summary: ExportSummary) -> None:
        self.last_summary = summary
        noun = "lead" if summary.rows == 1 else "leads"
        message = self.tr("Exported {rows} {noun} to {path}.").format(
            rows=summary.rows, noun=noun, path=summary.path
        )
        if summary.skipped_unconsented:
            message += self.tr(
                " Left out {skipped_unconsented} who did not agree to be contacted."
            ).format(skipped_unconsented=summary.skipped_unconsented)
        if summary.opted_out:
            message += self.tr(" {opted_out} without consent are marked opted out.").format(
                opted_out=summary.opted_out
            )
        if PROFILES[summary.profile].crm and summary.without_owner:
            message += self.tr(
                " {without_owner} have no owner: give their staff member an "
                "email in Staff > Staff and emails."
            ).format(without_owner=summary.without_owner)
        self.view.show_finished(message)
        self.export_finished.emit(summary)

    @Slot(str)
    def _on_failed(self, reason: str) -> None:
        self.view.show_failure(reason)
        self.export_failed.emit(reason)

    @Slot()
    def _worker_done(self) -> None:
        worker, self._worker = self._worker, None
        if worker is not None:
            worker.wait()
            worker.deleteLater()
        self.view.show_running(False)

    def _open_folder(self) -> None:
        if self.last_summary is not None and self.last_summary.path is not None:
            self.open_url(QUrl.fromLocalFile(str(self.last_summary.path.parent)))

    def stop(self) -> None:
        """Cancel a running export and wait for its thread to end."""
        worker = self._worker
        if worker is None:
            return
        worker.cancel()
        worker.wait()

    def _may_close(self) -> bool:
        if self._worker is not None:
            self._worker.cancel()
            return False  # the worker reports "cancelled", then the dialog can close
        return True
