"""File > Merge from file… and File > Sync with server…: the window's side of team sync.

The work is ``services.sync`` (bundle merge, push then pull) run in a TaskWorker,
so the window keeps painting; the dialog shows progress and one summary line, and
``leads_changed`` refreshes every view afterwards.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QStandardPaths,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QFileDialog

from showfloor.domain.errors import ShowfloorError
from showfloor.domain.texts import QT_TRANSLATE_NOOP
from showfloor.qt.context import AppContext
from showfloor.qt.main_window import MainWindow
from showfloor.qt.views.sync_dialog import SyncDialog
from showfloor.qt.workers.task import TaskWorker
from showfloor.services.sync.credentials import PASSWORDS, with_password
from showfloor.services.sync.files import (
    NeedsConfirmationError,
    NeedsTrustError,
    merge_bundles,
)
from showfloor.services.sync.merge import MergeSummary
from showfloor.services.sync.remote import pull, push
from showfloor.services.sync.server_settings import configured_server, remember_server
from showfloor.services.sync.team import EventQuestion, event_questions

BUNDLE_FILTER = QT_TRANSLATE_NOOP("SyncController", "Showfloor bundles (*.sfb);;All files (*)")


class SyncController(QObject):
    """Signals:
    team_server_changed(): the dialog saved a team server (background sync follows it).
    """

    team_server_changed = Signal()

    def __init__(self, context: AppContext, window: MainWindow) -> None:
        super().__init__(window)
        self.context = context
        self.window = window
        self.dialog: SyncDialog | None = None
        self.worker: TaskWorker | None = None
        self.merging = ""  # what the running merge reads, for its summary
        # The running merge's files, events and answers so far (trust, yes).
        self.pending: tuple[list[Path], dict[str, str | None] | None, bool, bool] = (
            [], None, False, False
        )
        window.add_action(
            "&File",
            self.tr("&Merge from file…"),
            "Ctrl+Shift+M",
            self.merge_from_file,
            object_name="merge",
        )
        window.add_action(
            "&File",
            self.tr("S&ync with server…"),
            "Ctrl+Shift+Y",
            self.sync_with_server,
            object_name="sync",
        )

    # --- merge -------------------------------------------------------------------------

    def merge_from_file(self) -> None:
        start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        # Several at once: after the show the booth lead has one bundle per laptop.
        names, _ = QFileDialog.getOpenFileNames(
            self.window,
            self.tr("Merge from files (select one per laptop)"),
            start,
            self.tr(BUNDLE_FILTER),
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
        dialog = self._dialog(self.tr("Merge from file"))
        what = paths[0].name if len(paths) == 1 else self.tr("%Ln file(s)", "", len(paths))
        self.merging = what
        try:
            questions = event_questions(self.context.db, paths)
        except ShowfloorError:
            questions = []  # the merge says what is wrong with the file
        if not questions:
            self._merge(dialog, paths, None)
            return dialog
        dialog.show_event_questions([_question_row(q) for q in questions])
        dialog.reconnect_start(lambda: self._merge(dialog, paths, dialog.event_choices()))
        return dialog

    def _merge(
        self,
        dialog: SyncDialog,
        paths: list[Path],
        into: dict[str, str | None] | None,
        *,
        trust: bool = False,
        yes: bool = False,
    ) -> None:
        """Merge; a bundle from a laptop not trusted yet, or one that would remove or
        overwrite many leads, comes back as a question (issue 19) shown first."""
        db = self.context.db

        def job(progress: Callable[[int, int], None]) -> object:
            try:
                return merge_bundles(db, paths, progress, into=into, trust=trust, yes=yes)
            except (NeedsTrustError, NeedsConfirmationError) as question:
                return question

        self.pending = (paths, into, trust, yes)
        self._run(dialog, self.tr("Merging {merging}…").format(merging=self.merging), job)

    def _ask(self, dialog: SyncDialog, question: NeedsTrustError | NeedsConfirmationError) -> None:
        paths, into, trust, yes = self.pending
        preview = question.preview
        if isinstance(question, NeedsTrustError):
            accept, trust = self.tr("Trust this laptop and merge"), True
        else:
            accept, yes = self.tr("Merge anyway"), True
        dialog.show_question(question.window_text, accept)
        dialog.show_changes([(c.change.value, c.name, c.detail) for c in preview.summary.changes])
        dialog.reconnect_start(lambda: self._merge(dialog, paths, into, trust=trust, yes=yes))

    # --- server ------------------------------------------------------------------------

    def sync_with_server(self) -> SyncDialog:
        dialog = self._dialog(self.tr("Sync with server"), ask_url=True)
        dialog.url.setText(self._saved_url())
        dialog.start_button.clicked.connect(lambda: self.start_sync(dialog.url.text().strip()))
        return dialog

    def start_sync(self, url: str) -> None:
        if self.dialog is None or not url:
            return
        try:
            url = self._save_url(url)
        except ShowfloorError as exc:
            self.dialog.show_result(str(exc), ok=False)
            return
        db = self.context.db

        def job(progress: Callable[[int, int], None]) -> str:
            sent = push(db, url, progress)
            got = pull(db, url, progress)
            return self.tr("Sent {leads_sent} leads, received: {arg0}.").format(
                leads_sent=sent.leads_sent, arg0=got.summary.line()
            )

        self._run(self.dialog, self.tr("Syncing with the server…"), job)

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
        if isinstance(result, NeedsTrustError | NeedsConfirmationError):
            self._ask(dialog, result)
            return
        if isinstance(result, MergeSummary):
            dialog.show_summary(
                self.tr("Merged {merging}.").format(merging=self.merging), _summary_rows(result)
            )
            dialog.show_changes([(c.change.value, c.name, c.detail) for c in result.changes])
            if note := result.events_note():
                dialog.show_note(note)
        else:
            dialog.show_result(str(result), ok=True)
        self.context.follow_current_event()  # joined events: the current one may move
        self.context.leads_changed.emit()

    def _saved_url(self) -> str:
        """The team server of Settings > Team sync, shown without its password."""
        server = configured_server(self.context.db)
        return server.url if server is not None else ""

    def _save_url(self, url: str) -> str:
        """Keep the server as Settings > Team sync does (its password apart, never in
        the settings); returns the URL to connect with (with the kept password)."""
        with self.context.db.session() as session:
            stored = remember_server(session, url)
        self.team_server_changed.emit()
        return with_password(stored, PASSWORDS.get(stored)) if stored else url

    def shutdown(self) -> None:
        """Let a running merge finish, then stop its thread (call before closing)."""
        thread = self.worker.thread_ if self.worker is not None else None
        if thread is not None:
            # quit() directly: the queued finished→quit needs the event loop we block.
            thread.quit()
            thread.wait()


def _question_row(question: EventQuestion) -> tuple[str, str, list[tuple[str | None, str]], int]:
    choices: list[tuple[str | None, str]] = [
        (None, QCoreApplication.translate("SyncController", "Keep as a separate event"))
    ]
    choices += [
        (
            c.event_id,
            QCoreApplication.translate("SyncController", "Merge into '{name}'").format(name=c.name),
        )
        for c in question.choices
    ]
    chosen = next(
        (i for i, (event_id, _t) in enumerate(choices) if event_id == question.suggested), 0
    )
    return question.event_id, f"'{question.name}' ({question.dates})", choices, chosen


def _summary_rows(summary: MergeSummary) -> list[tuple[str, int]]:
    rows = [
        (QCoreApplication.translate("SyncController", "New leads"), summary.new_leads),
        (QCoreApplication.translate("SyncController", "New visits"), summary.new_visits),
        (
            QCoreApplication.translate("SyncController", "Same person on two laptops, joined"),
            summary.merged_duplicates,
        ),
        (
            QCoreApplication.translate("SyncController", "Edits on two laptops, newest kept"),
            summary.conflicts_resolved,
        ),
    ]
    if summary.removed:
        rows.append(
            (
                QCoreApplication.translate(
                    "SyncController", "Removed: erased or deleted elsewhere"
                ),
                summary.removed,
            )
        )
    return rows
