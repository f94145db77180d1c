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
from showfloor.services.sync.passphrase import kept_passphrases
from showfloor.services.sync.remote import SyncResult, pull, push
from showfloor.services.sync.sealed import Passphrases, unlocks
from showfloor.services.sync.server_settings import configured_server, remember_server
from showfloor.services.sync.team import EventQuestion, event_questions

BUNDLE_FILTER = QT_TRANSLATE_NOOP("SyncController", "Showfloor bundles (*.sfb);;All files (*)")


EVERYTHING_NOTE = QT_TRANSLATE_NOOP(
    "SyncController",
    "Sends every lead, visit and setting this laptop holds to the team server, signed, "
    "not only what changed. For a team server filled before Showfloor signed its rows: "
    "the other laptops refuse those rows until the laptops that hold them send them "
    "signed. Run it once on every laptop of the team.",
)


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
            [],
            None,
            False,
            False,
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
        window.add_action(
            "&File",
            self.tr("Sign and send e&verything to the server…"),
            "Ctrl+Shift+G",
            self.send_everything,
            object_name="sync_everything",
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
        self._unseal(dialog, paths)
        return dialog

    def _unseal(self, dialog: SyncDialog, paths: list[Path], *, wrong: bool = False) -> None:
        """A bundle sealed with a passphrase this laptop does not keep is opened with
        the one typed in the dialog (issue 19); then the merge goes on."""
        try:
            kept = kept_passphrases(self.context.db)
        except ShowfloorError as exc:
            dialog.show_result(str(exc), ok=False)
            return
        locked = next((p for p in paths if not unlocks(p, kept)), None)
        if locked is None:
            self._prepare(dialog, paths)
            return
        text = (
            self.tr("Wrong passphrase for {name}; try again.").format(name=locked.name)
            if wrong
            else self.tr("{name} is sealed with a team passphrase. Type it to merge.").format(
                name=locked.name
            )
        )
        dialog.show_passphrase_question(text, wrong=wrong)

        def typed() -> None:
            given = dialog.typed_passphrase()
            opened = bool(given) and unlocks(locked, Passphrases((given,)))
            self._unseal(dialog, paths, wrong=not opened)

        dialog.reconnect_start(typed)

    def _prepare(self, dialog: SyncDialog, paths: list[Path]) -> None:
        """Ask where unknown events go (when there are any), then merge."""
        try:
            questions = event_questions(self.context.db, paths)
        except ShowfloorError:
            questions = []  # the merge says what is wrong with the file
        if not questions:
            self._merge(dialog, paths, None)
            return
        dialog.show_event_questions([_question_row(q) for q in questions])
        dialog.reconnect_start(lambda: self._merge(dialog, paths, dialog.event_choices()))

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
        dialog.reconnect_start(lambda: self.start_sync(dialog.url.text().strip()))
        return dialog

    def send_everything(self) -> SyncDialog:
        """``sync push --all`` in the window: for a team server filled before rows were
        signed, whose rows every pull refuses as signed by no laptop."""
        dialog = self._dialog(self.tr("Sign and send everything"), ask_url=True)
        dialog.url.setText(self._saved_url())
        dialog.message.setText(self.tr(EVERYTHING_NOTE))
        dialog.start_button.setText(self.tr("Sign and send everything"))
        dialog.reconnect_start(
            lambda: self.start_sync(dialog.url.text().strip(), everything=True)
        )
        return dialog

    def start_sync(self, url: str, *, trust: bool = False, everything: bool = False) -> None:
        """Push then pull. Rows of a laptop not trusted yet come back as a question
        (trust it and sync again); other refused rows are said in the result. With
        ``everything``, the push sends and signs every row this laptop holds."""
        if self.dialog is None or not url:
            return
        dialog = self.dialog
        dialog.reconnect_start(
            lambda: self.start_sync(dialog.url.text().strip(), everything=everything)
        )
        try:
            url = self._save_url(url)
        except ShowfloorError as exc:
            self.dialog.show_result(str(exc), ok=False)
            return
        db = self.context.db

        def job(progress: Callable[[int, int], None]) -> object:
            sent = push(db, url, progress, everything=everything)
            got = pull(db, url, progress, trust=trust)
            if got.untrusted:
                return got
            line = self.tr("Sent %Ln lead(s), received: {arg0}.", "", sent.leads_sent).format(
                arg0=got.summary.line()
            )
            problem = got.problem() or sent.problem()
            return f"{line} {problem[0].upper()}{problem[1:]}." if problem else line

        self._run(dialog, self.tr("Syncing with the server…"), job)

    def _ask_trust(self, dialog: SyncDialog, got: SyncResult) -> None:
        laptops = ", ".join(got.untrusted)
        problem = got.problem() or ""
        dialog.show_question(
            f"{problem[:1].upper()}{problem[1:]}.\n"
            + self.tr(
                "The team server holds rows of {laptops}, a laptop this one does not trust "
                "yet (set up on its own, not from the team setup file). Trust it to take its "
                "rows in; it is remembered."
            ).format(laptops=laptops),
            self.tr("Trust and sync"),
        )
        url = dialog.url.text().strip()
        dialog.reconnect_start(lambda: self.start_sync(url, trust=True))

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
        if isinstance(result, SyncResult):  # rows of a laptop not trusted yet
            self._ask_trust(dialog, result)
            return
        if isinstance(result, MergeSummary):
            dialog.show_summary(
                self.tr("Merged {merging}.").format(merging=self.merging), _summary_rows(result)
            )
            dialog.show_changes([(c.change.value, c.name, c.detail) for c in result.changes])
            notes = [n for n in (result.events_note(), *result.erasure_notes()) if n]
            if notes:
                dialog.show_note(" ".join(notes))
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
