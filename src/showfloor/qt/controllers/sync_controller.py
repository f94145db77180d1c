"""File > Merge from file… and File > Sync with server…: the window's side of team sync.

The work is ``services.sync`` (bundle merge, push then pull) run in a TaskWorker,
so the window keeps painting; the dialog shows progress and one summary line, and
``leads_changed`` refreshes every view afterwards.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QStandardPaths, Slot
from PySide6.QtWidgets import QFileDialog

from showfloor.domain.errors import ShowfloorError
from showfloor.qt.context import AppContext
from showfloor.qt.main_window import MainWindow
from showfloor.qt.views.sync_dialog import SyncDialog
from showfloor.qt.workers.task import TaskWorker
from showfloor.services.sync.files import merge_bundles
from showfloor.services.sync.merge import MergeSummary
from showfloor.services.sync.remote import pull, push
from showfloor.services.sync.team import EventQuestion, event_questions

SERVER_URL_KEY = "sync_server_url"
BUNDLE_FILTER = "Showfloor bundles (*.sfb);;All files (*)"


class SyncController(QObject):
    def __init__(self, context: AppContext, window: MainWindow) -> None:
        super().__init__(window)
        self.context = context
        self.window = window
        self.dialog: SyncDialog | None = None
        self.worker: TaskWorker | None = None
        self.merging = ""  # what the running merge reads, for its summary
        window.add_action(
            "&File", "&Merge from file…", "Ctrl+Shift+M", self.merge_from_file, object_name="merge"
        )
        window.add_action(
            "&File", "S&ync with server…", "Ctrl+Shift+Y", self.sync_with_server, object_name="sync"
        )

    # --- merge -------------------------------------------------------------------------

    def merge_from_file(self) -> None:
        start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        # Several at once: after the show the booth lead has one bundle per laptop.
        names, _ = QFileDialog.getOpenFileNames(
            self.window, "Merge from files (select one per laptop)", start, BUNDLE_FILTER
        )
        if names:
            self.merge_files([Path(n) for n in names])

    def merge_file(self, path: Path) -> SyncDialog:
        return self.merge_files([path])

    def merge_files(self, paths: list[Path]) -> SyncDialog:
        """Merge ``paths`` in the background with a dialog (tests call this directly).

        When a bundle holds an event that is no show here by name and dates, the
        dialog first asks where it goes (keep apart, or one of ours), then merges.
        """
        dialog = self._dialog("Merge from file")
        what = paths[0].name if len(paths) == 1 else f"{len(paths)} files"
        self.merging = what
        try:
            questions = event_questions(self.context.db, paths)
        except ShowfloorError:
            questions = []  # the merge says what is wrong with the file
        if not questions:
            self._merge(dialog, paths, None)
            return dialog
        dialog.show_event_questions([_question_row(q) for q in questions])
        dialog.start_button.clicked.connect(
            lambda: self._merge(dialog, paths, dialog.event_choices())
        )
        return dialog

    def _merge(
        self, dialog: SyncDialog, paths: list[Path], into: dict[str, str | None] | None
    ) -> None:
        db = self.context.db
        self._run(
            dialog, f"Merging {self.merging}…", lambda p: merge_bundles(db, paths, p, into=into)
        )

    # --- server ------------------------------------------------------------------------

    def sync_with_server(self) -> SyncDialog:
        dialog = self._dialog("Sync with server", ask_url=True)
        dialog.url.setText(self._saved_url())
        dialog.start_button.clicked.connect(lambda: self.start_sync(dialog.url.text().strip()))
        return dialog

    def start_sync(self, url: str) -> None:
        if self.dialog is None or not url:
            return
        self._save_url(url)
        db = self.context.db

        def job(progress: Callable[[int, int], None]) -> str:
            sent = push(db, url, progress)
            got = pull(db, url, progress)
            return f"Sent {sent.leads_sent} leads, received: {got.summary.line()}."

        self._run(self.dialog, "Syncing with the server…", job)

    # --- plumbing ----------------------------------------------------------------------

    def _dialog(self, title: str, *, ask_url: bool = False) -> SyncDialog:
        dialog = SyncDialog(title, self.window, ask_url=ask_url)
        self.dialog = dialog
        dialog.show()
        return dialog

    def _run(self, dialog: SyncDialog, text: str, job: Callable[[Any], object]) -> None:
        dialog.show_running(text)
        worker = TaskWorker(job)
        # Slots of objects that live on the GUI thread, so Qt queues the calls there
        # (a lambda would run on the worker's thread and touch widgets from it).
        worker.progress.connect(dialog.show_progress)
        worker.succeeded.connect(self._on_succeeded)
        worker.failed.connect(self._on_failed)
        worker.finished.connect(worker.deleteLater)
        self.worker = worker
        worker.start()

    @Slot(object)
    def _on_succeeded(self, result: object) -> None:
        if self.dialog is not None:
            self._done(self.dialog, result)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        if self.dialog is not None:
            self.dialog.show_result(message, ok=False)

    def _done(self, dialog: SyncDialog, result: object) -> None:
        if isinstance(result, MergeSummary):
            dialog.show_summary(f"Merged {self.merging}.", _summary_rows(result))
            dialog.show_changes([(c.change.value, c.name, c.detail) for c in result.changes])
            if note := result.events_note():
                dialog.show_note(note)
        else:
            dialog.show_result(str(result), ok=True)
        self.context.follow_current_event()  # joined events: the current one may move
        self.context.leads_changed.emit()

    def _saved_url(self) -> str:
        from showfloor.store.settings import get_setting

        with self.context.db.session() as session:
            return str(get_setting(session, SERVER_URL_KEY, "") or "")

    def _save_url(self, url: str) -> None:
        from showfloor.store.settings import set_setting

        with self.context.db.session() as session:
            set_setting(session, SERVER_URL_KEY, url)

    def shutdown(self) -> None:
        """Let a running merge finish, then stop its thread (call before closing)."""
        thread = self.worker.thread_ if self.worker is not None else None
        if thread is not None:
            # quit() directly: the queued finished→quit needs the event loop we block.
            thread.quit()
            thread.wait()


def _question_row(question: EventQuestion) -> tuple[str, str, list[tuple[str | None, str]], int]:
    choices: list[tuple[str | None, str]] = [(None, "Keep as a separate event")]
    choices += [(c.event_id, f"Merge into '{c.name}'") for c in question.choices]
    chosen = next(
        (i for i, (event_id, _t) in enumerate(choices) if event_id == question.suggested), 0
    )
    return question.event_id, f"'{question.name}' ({question.dates})", choices, chosen


def _summary_rows(summary: MergeSummary) -> list[tuple[str, int]]:
    rows = [
        ("New leads", summary.new_leads),
        ("New visits", summary.new_visits),
        ("Same person on two laptops, joined", summary.merged_duplicates),
        ("Edits on two laptops, newest kept", summary.conflicts_resolved),
    ]
    if summary.removed:
        rows.append(("Removed: erased or deleted elsewhere", summary.removed))
    return rows
