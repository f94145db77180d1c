"""Behaviour of the Follow-ups tab: list, filter by owner, done / not done, drafts.

Reads when shown (and again after a save elsewhere, once visible): one query of the
event's live leads and their visits, as the debrief reads them. A draft opens in the
user's mail program (``mailto:``) or is saved as an ``.eml`` file; nothing is sent.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from sqlalchemy.orm import Session

from PySide6.QtCore import QEvent, QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeyEvent
from PySide6.QtWidgets import QFileDialog, QTableWidgetItem

from showfloor.domain.errors import ShowfloorError
from showfloor.domain.file_names import file_stem
from showfloor.domain.palette import RATING_COLOURS
from showfloor.domain.questions import Rating
from showfloor.domain.texts import QT_TRANSLATE_NOOP
from showfloor.qt import locale_text
from showfloor.qt.context import AppContext
from showfloor.qt.domain_text import rating_label
from showfloor.qt.main_window import MainWindow
from showfloor.qt.theme import cell_text
from showfloor.qt.views.follow_ups_view import FollowUpsView
from showfloor.services.atomic_files import atomic_path
from showfloor.services.follow_up_mail import Draft, draft_for, load_templates
from showfloor.services.follow_ups import FollowUpItem, follow_up_owners, list_follow_ups
from showfloor.services.visit_edit import set_follow_up
from showfloor.store.database import storage_errors

T = TypeVar("T")
DONE = QT_TRANSLATE_NOOP("FollowUpsController", "✓ done")
DONE_HUE = "#15803d"  # a follow-up that was done


class FollowUpsController(QObject):
    def __init__(
        self,
        context: AppContext,
        window: MainWindow,
        *,
        open_url: Callable[[QUrl], object] = QDesktopServices.openUrl,
        choose_file: Callable[[str], str] | None = None,
        open_lead: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__(window)
        self.context = context
        self.window = window
        self.view = FollowUpsView()
        self.items: list[FollowUpItem] = []
        self._open_url = open_url
        self._choose_file = choose_file or self._ask_for_file
        self._open_lead = open_lead
        self._stale = True
        window.add_view(self.view, self.tr("Follow-ups"), "Ctrl+4")
        v = self.view
        v.shown.connect(self._on_shown)
        v.owner_filter.currentIndexChanged.connect(lambda _i: self.refresh_now())
        v.show_done.toggled.connect(lambda _on: self.refresh_now())
        v.draft_button.clicked.connect(self.draft_email)
        v.eml_button.clicked.connect(self.save_eml)
        v.done_button.clicked.connect(self.toggle_done)
        v.open_button.clicked.connect(self.open_selected)
        v.table.doubleClicked.connect(lambda _index: self.open_selected())
        v.table.installEventFilter(self)
        window.add_action(
            "&View", self.tr("Draft the follow-up email"), "Ctrl+D", self._draft_if_shown
        )
        window.document_shortcut("Space", self.tr("Follow-ups: done / not done"))
        context.lead_saved.connect(lambda _id: self.refresh())
        context.leads_changed.connect(self.refresh)
        context.event_changed.connect(lambda _id: self.refresh())

    # -- reading -------------------------------------------------------------------

    def refresh(self) -> None:
        self._stale = True
        if self.view.isVisible():
            self.refresh_now()

    def refresh_now(self) -> None:
        v = self.view
        owner = v.owner_filter.currentData()
        event_id = self.context.event_id
        try:
            everyone = self._db(lambda s: list_follow_ups(s, event_id))
        except ShowfloorError as exc:
            v.show_message(str(exc))
            return
        self._stale = False
        self._fill_owners(follow_up_owners(everyone), owner)
        owner = v.owner_filter.currentData()
        self.items = [
            i
            for i in everyone
            if (owner is None or i.step.owner == owner)
            and (v.show_done.isChecked() or not i.step.done)
        ]
        self._fill_table()
        done = sum(1 for i in self.items if i.step.done)
        v.count_label.setText(
            self.tr("{count} to follow up · {done} done").format(
                count=locale_text.number(len(self.items)), done=locale_text.number(done)
            )
        )

    def _on_shown(self) -> None:
        if self._stale:
            self.refresh_now()
        self.view.table.setFocus()
        if self.items and self.view.table.currentRow() < 0:
            self.view.table.selectRow(0)

    def _fill_owners(self, owners: list[str], chosen: str | None) -> None:
        combo = self.view.owner_filter
        combo.blockSignals(True)
        try:
            combo.clear()
            combo.addItem(self.tr("All owners"), None)
            for name in owners:
                combo.addItem(name, name)
            combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen else 0)
        finally:
            combo.blockSignals(False)

    def _fill_table(self) -> None:
        table = self.view.table
        row_before = max(0, table.currentRow())
        table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            cells = [
                self.tr(DONE) if item.step.done else "",
                item.step.due or "—",
                _rating_label(item.rating),
                item.who,
                item.step.action or "—",
                item.step.owner or "—",
                " · ".join(x for x in (item.email, item.phone) if x)
                + ("" if item.consent else self.tr("  (no consent: do not contact)")),
            ]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column == 0:
                    cell.setData(Qt.ItemDataRole.UserRole, item.lead_id)
                    if item.step.done:
                        cell.setForeground(cell_text(DONE_HUE))
                if column == 2 and item.rating in {r.value for r in Rating}:
                    cell.setForeground(cell_text(RATING_COLOURS[Rating(item.rating)]))
                table.setItem(row, column, cell)
        if self.items:
            table.selectRow(min(row_before, len(self.items) - 1))

    # -- actions -------------------------------------------------------------------

    def selected(self) -> FollowUpItem | None:
        row = self.view.table.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def toggle_done(self) -> None:
        item = self.selected()
        if item is None:
            return
        done = not item.step.done
        try:
            self._db(lambda s: set_follow_up(s, item.lead_id, done=done))
        except ShowfloorError as exc:
            self.view.show_message(str(exc))
            return
        self.view.show_message(
            self.tr("{name}: done.").format(name=item.name)
            if done
            else self.tr("{name}: not done yet.").format(name=item.name),
            error=False,
        )
        self.context.lead_saved.emit(item.lead_id)  # the debrief and other views follow
        self.refresh_now()

    def draft_email(self) -> None:
        draft = self._draft()
        if draft is None:
            return
        if not self._open_url(QUrl(draft.mailto())):
            self.view.show_message(
                self.tr("No mail program answered; save the draft as an .eml file instead.")
            )
            return
        self.view.show_message(
            self.tr("Drafted an email to {to} in your mail program.").format(to=draft.to),
            error=False,
        )

    def save_eml(self) -> None:
        item = self.selected()
        draft = self._draft()
        if item is None or draft is None:
            return
        name = self._choose_file(
            file_stem(self.tr("follow-up {name}").format(name=item.name), self.tr("follow-up"))
            + ".eml"
        )
        if not name:
            return
        path = Path(name)
        try:
            with storage_errors(path, "draft"), atomic_path(path) as temp:
                temp.write_bytes(draft.eml())
        except (ShowfloorError, OSError) as exc:
            self.view.show_message(
                self.tr("Cannot save {name}: {exc}").format(name=path.name, exc=exc)
            )
            return
        self._open_url(QUrl.fromLocalFile(str(path)))
        self.view.show_message(self.tr("Saved the draft to {path}.").format(path=path), error=False)

    def open_selected(self) -> None:
        item = self.selected()
        if item is not None and self._open_lead is not None:
            self._open_lead(item.lead_id)

    def _draft_if_shown(self) -> None:
        if self.window.tabs.currentWidget() is self.view:
            self.draft_email()

    def _draft(self) -> Draft | None:
        item = self.selected()
        if item is None:
            self.view.show_message(self.tr("Choose a lead first."))
            return None
        if not item.consent:
            self.view.show_message(
                self.tr("{name} did not agree to be contacted: no email.").format(name=item.name)
            )
            return None
        try:
            templates = self._db(load_templates)
            return draft_for(item, templates[item.visitor_class], self.context.event_name)
        except ShowfloorError as exc:
            self.view.show_message(str(exc))
            return None

    def _ask_for_file(self, suggested: str) -> str:
        start = str(Path.home() / suggested)
        name, _filter = QFileDialog.getSaveFileName(
            self.view, self.tr("Save the draft"), start, self.tr("Email draft (*.eml)")
        )
        return name

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Space and not event.modifiers():
                self.toggle_done()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_selected()
                return True
        return False

    def _db(self, fn: Callable[[Session], T]) -> T:
        db = self.context.db
        with storage_errors(db.path, "follow-ups"), db.session() as session:
            return fn(session)


def _rating_label(rating: str | None) -> str:
    try:
        return rating_label(rating) if rating else "—"
    except ValueError:
        return rating or "—"
