"""Event > Share with the team… and Event > Combine events…: one show, one event.

Sharing writes the team setup file other laptops join from (first-run wizard);
combining joins two events already here, after a backup (services/sync/combine.py).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Slot
from PySide6.QtWidgets import QFileDialog, QMessageBox

from showfloor.domain.errors import ShowfloorError
from showfloor.domain.file_names import file_stem
from showfloor.domain.shows import likeness
from showfloor.domain.texts import QT_TRANSLATE_NOOP
from showfloor.qt.context import AppContext
from showfloor.qt.main_window import MainWindow
from showfloor.qt.views.combine_events_dialog import CombineEventsDialog
from showfloor.qt.workers.task import TaskWorker
from showfloor.services.backup import backup_folders
from showfloor.services.events import list_events
from showfloor.services.sync.combine import CombineResult, combine_events, preview_combine
from showfloor.services.sync.team import share_event

SETUP_FILTER = QT_TRANSLATE_NOOP(
    "EventTeamController", "Showfloor team setup (*.sfsetup);;All files (*)"
)


class EventTeamController(QObject):
    def __init__(self, context: AppContext, window: MainWindow) -> None:
        super().__init__(window)
        self.context, self.window = context, window
        self.dialog: CombineEventsDialog | None = None
        self.worker: TaskWorker | None = None
        window.add_action(
            "&Event",
            self.tr("S&hare with the team…"),
            "Ctrl+Shift+W",
            self.share,
            object_name="share",
        )
        window.add_action(
            "&Event",
            self.tr("&Combine events…"),
            "Ctrl+Shift+J",
            self.open_combine,
            object_name="combine",
        )

    # --- share -------------------------------------------------------------------------

    def share(self) -> None:
        start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = f"{file_stem(self.context.event_name, 'event')}-team.sfsetup"
        chosen, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Share the event with the team"),
            str(Path(start) / name),
            self.tr(SETUP_FILTER),
        )
        if chosen:
            self.write_setup(Path(chosen))

    def write_setup(self, path: Path) -> str:
        """Write the setup file; returns what the user was told (tests call this)."""
        try:
            info = share_event(self.context.db, path)
        except ShowfloorError as exc:
            QMessageBox.warning(self.window, self.tr("Share with the team"), str(exc))
            return str(exc)
        text = self.tr(
            "Wrote {name}: '{event}', {staff} staff, {attendees} "
            'attendees. On each laptop, choose "Join the team\'s event" '
            "when Showfloor first starts (or run: showfloor event join "
            "FILE)."
        ).format(name=path.name, event=info.event, staff=info.staff, attendees=info.attendees)
        self.window.set_status("saved", text)
        return text

    # --- combine -----------------------------------------------------------------------

    def open_combine(self) -> CombineEventsDialog:
        dialog = CombineEventsDialog(self.window)
        self.dialog = dialog
        with self.context.db.session() as session:
            infos = list_events(session)
        events = [
            (i.id, self.tr("{name} ({leads} leads)").format(name=i.name, leads=i.leads))
            for i in infos
        ]
        target = next((n for n, i in enumerate(infos) if i.current), 0)
        # Preselect the event most like the current one as the one to join in.
        others = [n for n in range(len(infos)) if n != target]
        source = max(
            others, key=lambda n: likeness(infos[n].name, infos[target].name), default=target
        )
        dialog.set_events(events, source, target)
        dialog.source.currentIndexChanged.connect(self._preview)
        dialog.target.currentIndexChanged.connect(self._preview)
        dialog.combine_button.clicked.connect(self.start_combine)
        self._preview()
        dialog.show()
        return dialog

    @Slot()
    def _preview(self) -> None:
        dialog = self.dialog
        if dialog is None:
            return
        source, target = dialog.chosen()
        try:
            preview = preview_combine(self.context.db, source, target)
        except ShowfloorError as exc:
            dialog.show_preview(str(exc), can_combine=False)
            return
        dialog.show_preview(preview.sentence(), can_combine=True)

    def start_combine(self) -> None:
        dialog = self.dialog
        if dialog is None:
            return
        source, target = dialog.chosen()
        paths = self.context.paths
        folders = backup_folders(paths.database)
        db = self.context.db
        dialog.combine_button.setEnabled(False)
        worker = TaskWorker(lambda _p: combine_events(db, paths.database, folders, source, target))
        worker.succeeded.connect(self._on_combined)
        worker.failed.connect(self._on_failed)
        worker.finished.connect(worker.deleteLater)
        self.worker = worker
        worker.start()

    @Slot(object)
    def _on_combined(self, result: CombineResult) -> None:
        if self.dialog is not None:
            self.dialog.show_done(
                self.tr(
                    "Combined '{source}' into '{target}': {merged_duplicates} "
                    "visitor(s) met in both are one lead now. To undo, close "
                    "Showfloor and run: showfloor backup restore {backup_id}"
                ).format(
                    source=result.preview.source,
                    target=result.preview.target,
                    merged_duplicates=result.summary.merged_duplicates,
                    backup_id=result.backup_id,
                )
            )
        self.context.follow_current_event()
        self.context.leads_changed.emit()

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        if self.dialog is not None:
            self.dialog.show_preview(message, can_combine=True)

    def shutdown(self) -> None:
        thread = self.worker.thread_ if self.worker is not None else None
        if thread is not None:
            thread.quit()
            thread.wait()
