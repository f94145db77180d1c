"""Behaviour of the leads view: search as you type, filters, sort, edit, delete and undo.

A search typed reads its first page of 200 rows off the GUI thread, after a
debounce (benchmarks/leads_view.py: at 100k leads the GUI thread only lays out the
rows that come back); so does what takes longer: the exact count of a broad search
(the model) and the staff and days of the filters. A filter chosen from a list, Enter
in the search box and a refresh read the first page on the GUI thread, so what
follows them (the first match selected, the lead opened) sees the new rows. Nothing
is read until the view is first shown, so a big event costs nothing at start-up.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TypeVar, cast

from sqlalchemy.orm import Session

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    Qt,
    QTimer,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from showfloor.domain.errors import ShowfloorError
from showfloor.domain.questions import TO_QUALIFY, Rating, VisitorClass
from showfloor.qt import locale_text
from showfloor.qt.context import AppContext
from showfloor.qt.controllers import leads_keys, leads_selection
from showfloor.qt.controllers.lead_dialog_edits import LeadDialogEdits
from showfloor.qt.controllers.lead_duplicates import LeadDuplicates
from showfloor.qt.controllers.leads_event_filters import EventFilters, read_event_filters
from showfloor.qt.domain_text import class_label, rating_label
from showfloor.qt.main_window import MainWindow
from showfloor.qt.models.leads_model import LAST_SEEN, TO_QUALIFY_TEXT, LeadsModel
from showfloor.qt.views.lead_dialog import LeadDialog
from showfloor.qt.views.leads_view import LeadsView
from showfloor.qt.workers.background_read import BackgroundRead
from showfloor.services.card_images import newest_card_image
from showfloor.services.duplicates import Possible
from showfloor.services.events import list_staff
from showfloor.services.lead_edit import LeadEdit, delete_lead, restore_lead, update_lead
from showfloor.services.leads import LeadFilter, LeadRecord, get_lead
from showfloor.services.stats import day_bounds
from showfloor.store.database import storage_errors

T = TypeVar("T")
SEARCH_DEBOUNCE_MS = 120
REFRESH_DEBOUNCE_MS = 80
UNDO_SECONDS = 10
MESSAGE_SECONDS = 5
MAX_DELETE = 500  # more at once is surely a slip of Ctrl+A


class LeadsController(QObject):
    def __init__(self, context: AppContext, window: MainWindow) -> None:
        super().__init__(window)
        self.context = context
        self.window = window
        self.view = LeadsView()
        self.dialog: LeadDialog | None = None
        self._deleted: list[LeadRecord] = []
        self._stale = True  # nothing read until first shown
        self._days: set[date] = set()
        self._days_stale = True  # recount the days (event switch, import, merge)
        self._saved: set[str] = set()  # leads saved since the last refresh: their days
        self.to_qualify = 0  # leads saved with their badge only, nobody chose a class yet
        self._filters = BackgroundRead("leads-filters", self)
        self.model = LeadsModel(context.db, LeadFilter(context.event_id), self, load=False)
        self.view.table.setModel(self.model)
        self.view.size_columns()
        header = self.view.table.horizontalHeader()
        header.setSortIndicator(LAST_SEEN, Qt.SortOrder.DescendingOrder)
        self.view.table.setSortingEnabled(True)

        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DEBOUNCE_MS)
        self._refresh_timer = QTimer(self, singleShot=True, interval=REFRESH_DEBOUNCE_MS)
        self._undo_timer = QTimer(self, singleShot=True, interval=UNDO_SECONDS * 1000)
        self._message_timer = QTimer(self, singleShot=True, interval=MESSAGE_SECONDS * 1000)

        self._fill_fixed_filters()
        window.add_view(self.view, self.tr("Leads"), "Ctrl+2")
        self._connect_view()
        self.duplicates = LeadDuplicates(self)
        self._connect_context()
        self._connect_shortcuts()

    # -- wiring --------------------------------------------------------------------

    def _connect_view(self) -> None:
        v = self.view
        v.search.textChanged.connect(lambda _text: self._search_timer.start())
        for combo in (v.class_filter, v.rating_filter, v.staff_filter, v.day_filter):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        v.table.doubleClicked.connect(lambda index: self.open_lead(index.row()))
        v.undo_button.clicked.connect(self.undo_delete)
        v.shown.connect(self._on_shown)
        self.model.failed.connect(v.show_message)
        self.model.counted.connect(self._update_count)
        self._filters.answered.connect(self._on_event_filters)
        self._filters.failed.connect(v.show_message)
        self._search_timer.timeout.connect(self.search_as_typed)
        self.model.searched.connect(self._on_filtered)
        self._refresh_timer.timeout.connect(self.refresh_now)
        self._undo_timer.timeout.connect(self._expire_undo)
        self._message_timer.timeout.connect(lambda: self.view.show_message(""))
        for widget in (v, v.table, v.search):
            widget.installEventFilter(self)

    def _connect_context(self) -> None:
        self.context.lead_saved.connect(self._on_lead_saved)
        self.context.leads_changed.connect(self._on_leads_changed)
        self.context.event_changed.connect(self._on_event_changed)

    def _connect_shortcuts(self) -> None:
        w = self.window
        w.add_action(
            "&View",
            self.tr("&Find a lead…"),
            "Ctrl+F",
            self.focus_search,
            object_name="find",
        )
        w.document_shortcut("Esc", self.tr("Leads: clear the search"))
        w.document_shortcut(
            self.tr("Enter / double-click"), self.tr("Leads: open the lead to edit it")
        )
        w.document_shortcut("Delete", self.tr("Leads: delete the selected leads"))
        w.document_shortcut(
            "Ctrl+Z", self.tr("Leads: undo the delete (for 10 s; later: Event > Trash)")
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            return False
        assert isinstance(event, QKeyEvent)
        action = leads_keys.key_action(self, watched, event)
        if action is None:
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # ours, not a window shortcut with the same keys
            return True
        action()
        return True

    # -- search and filters --------------------------------------------------------

    def current_filter(self) -> LeadFilter:
        v = self.view
        text = v.search.text().strip() or None
        day = v.day_filter.currentData()
        seen_from = seen_until = None
        if day:
            seen_from, seen_until = day_bounds(date.fromisoformat(day), self.context.zone)
        chosen = v.class_filter.currentData()
        to_qualify = None if chosen is None else chosen == TO_QUALIFY
        return LeadFilter(
            self.context.event_id,
            search=text,
            visitor_class=None if chosen in (None, TO_QUALIFY) else chosen,
            to_qualify=to_qualify,  # a guessed class is no class: "Customer" leaves them out
            rating=v.rating_filter.currentData(),
            staff_id=v.staff_filter.currentData(),
            seen_from=seen_from,
            seen_until=seen_until,
        )

    def apply_filter(self) -> None:
        """Show the current filter's leads now (on the GUI thread)."""
        self._search_timer.stop()
        try:
            self.model.set_filter(self.current_filter())
        except ShowfloorError as exc:
            self.view.show_message(str(exc))
            return
        self._on_filtered()

    def search_as_typed(self) -> None:
        """A pause in typing: the search is read off the GUI thread (the next key
        never waits for it); its rows follow (``_on_filtered``)."""
        try:
            self.model.search_in_background(self.current_filter())
        except ShowfloorError as exc:
            self.view.show_message(str(exc))

    def _on_filtered(self) -> None:
        self._update_count()
        if self.model.count and not self.view.table.currentIndex().isValid():
            self.select_rows([0], 0)

    def clear_search(self) -> None:
        self.view.search.clear()
        self.apply_filter()

    def focus_search(self) -> None:
        self.window.tabs.setCurrentWidget(self.view)
        self.view.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.view.search.selectAll()

    def focus_table(self) -> None:
        self.apply_filter()  # Enter before the debounce fired: search now
        table = self.view.table
        table.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.model.count and not table.currentIndex().isValid():
            self.select_rows([0], 0)

    def _fill_fixed_filters(self) -> None:
        v = self.view
        v.class_filter.addItem(self.tr("All classes"), None)
        for cls in VisitorClass:
            v.class_filter.addItem(class_label(cls), cls.value)
        v.class_filter.addItem(
            QCoreApplication.translate("LeadsModel", TO_QUALIFY_TEXT), TO_QUALIFY
        )  # counted in _fill_event_filters
        v.rating_filter.addItem(self.tr("All ratings"), None)
        for rating in Rating:
            v.rating_filter.addItem(rating_label(rating), rating.value)

    def _fill_event_filters(self, *, reset: bool = False) -> None:
        """Staff and days with visits, read off the GUI thread; keeps the chosen ones
        unless ``reset``.

        (What is read and when the days are counted again: ``leads_event_filters``.)
        """
        db, event_id = self.context.db, self.context.event_id
        recount, saved, days = self._days_stale, set(self._saved), set(self._days)
        zone = self.context.zone  # read here: the reading runs off the GUI thread

        def read() -> EventFilters:
            return read_event_filters(db, event_id, zone, recount=recount, saved=saved, days=days)

        self._filters.ask((event_id, reset), read)

    def _on_event_filters(self, key: object, answer: object) -> None:
        event_id, reset = cast(tuple[str, bool], key)
        if event_id != self.context.event_id or self._filters.waiting:
            return  # a newer reading is on its way
        assert isinstance(answer, EventFilters)
        self._days, self._saved = answer.days, self._saved - answer.saved
        if answer.recounted:
            self._days_stale = False
        self.to_qualify = answer.to_qualify
        n = answer.to_qualify
        to_qualify = QCoreApplication.translate("LeadsModel", TO_QUALIFY_TEXT)
        self.view.show_to_qualify(f"{to_qualify} ({locale_text.number(n)})" if n else to_qualify)
        self._update_count()
        self.view.show_staff(answer.staff, reset=reset)
        days = [(locale_text.day(d), d.isoformat()) for d in sorted(answer.days)]
        self.view.show_days(days, reset=reset)

    def _update_count(self) -> None:
        count, total = self.model.count, self.model.total
        if self.model.filter == LeadFilter(self.context.event_id):
            text = self.tr("No leads yet") if total == 0 else self.tr("%Ln lead(s)", "", total)
            if self.to_qualify:
                text += self.tr(
                    " · %Ln to qualify (Class: {to_qualify})", "", self.to_qualify
                ).format(to_qualify=QCoreApplication.translate("LeadsModel", TO_QUALIFY_TEXT))
        else:
            more = "+" if self.model.partial else ""
            text = self.tr("{count}{more} of {total} match").format(
                count=locale_text.number(count), more=more, total=locale_text.number(total)
            )
        self.view.show_count(text)

    # -- refreshing ------------------------------------------------------------------

    def refresh(self) -> None:
        """Leads changed elsewhere: re-read soon if visible, else when next shown."""
        if self.view.isVisible():
            self._refresh_timer.start()
        else:
            self._stale = True

    def refresh_now(self) -> None:
        self._refresh_timer.stop()
        self._stale = False
        state = leads_selection.remember(self.view.table, self.model)
        self._fill_event_filters()
        try:
            self.model.set_filter(self.current_filter(), refresh=True)
        except ShowfloorError as exc:
            self.view.show_message(str(exc))
            return
        self._update_count()
        leads_selection.restore(self.view.table, self.model, state)

    def _on_lead_saved(self, lead_id: str) -> None:
        self._saved.add(lead_id)
        self.refresh()

    def _on_leads_changed(self) -> None:
        self._days_stale = True
        self.refresh()

    def _on_event_changed(self, _event_id: str) -> None:
        self._days_stale = True
        self._saved.clear()
        # The other event's staff and days mean nothing here: "All" until read again.
        self.view.show_staff([], reset=True)
        self.view.show_days([], reset=True)
        self._fill_event_filters(reset=True)
        self.refresh()

    def _on_shown(self) -> None:
        if self._stale:
            self.refresh_now()
        focus = QApplication.focusWidget()
        if focus is None or not self.view.isAncestorOf(focus):
            self.focus_table()

    def select_rows(self, rows: list[int], current: int, *, scroll: bool = True) -> None:
        leads_selection.select_rows(self.view.table, self.model, rows, current, scroll=scroll)

    def shutdown(self) -> None:
        """Before the database closes: no more reading off the GUI thread."""
        self._search_timer.stop()
        self._refresh_timer.stop()
        self.duplicates.shutdown()
        self._filters.shutdown()
        self.model.shutdown()

    # -- edit ----------------------------------------------------------------------

    def open_lead(self, row: int) -> None:
        lead_id = self.model.lead_id(row)
        if lead_id is not None:
            self.open_lead_id(lead_id)

    def open_lead_id(self, lead_id: str) -> None:
        try:
            record = self._read(lambda s: get_lead(s, lead_id))
            card = self._read(lambda s: newest_card_image(s, lead_id))
        except ShowfloorError as exc:
            self.view.show_message(str(exc))
            return
        dialog = LeadDialog(record, self.view)
        dialog.show_card(card)
        base = LeadEdit.of(record)
        dialog.fill(base)
        try:
            staff = self._read(lambda s: [member.name for member in list_staff(s)])
        except ShowfloorError:
            staff = []
        corrections = LeadDialogEdits(dialog, record, staff)
        dialog.save_button.clicked.connect(lambda: self._save(dialog, lead_id, base, corrections))
        dialog.finished.connect(lambda _r: self._dialog_closed(dialog))
        self.dialog = dialog
        dialog.open()

    def _save(
        self, dialog: LeadDialog, lead_id: str, base: LeadEdit, corrections: LeadDialogEdits
    ) -> None:
        edit = dialog.read_edit()

        def write(session: Session) -> LeadRecord:
            saved = update_lead(session, lead_id, edit, base=base)
            corrections.save(session, lead_id)  # one transaction: all or nothing
            return saved

        try:
            saved = self._write(write)
        except ShowfloorError as exc:
            dialog.show_error(str(exc))  # the dialog stays open with what was typed
            return
        dialog.accept()
        self.flash(self.tr("Saved {display_name}.").format(display_name=saved.display_name))
        self.context.lead_saved.emit(lead_id)

    def _dialog_closed(self, dialog: LeadDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
        self.view.table.setFocus()

    # -- possible duplicates ---------------------------------------------------------

    @property
    def duplicate(self) -> tuple[str, Possible] | None:
        """The selected lead and its look-alike, while the hint shows."""
        return self.duplicates.current

    def look_for_duplicate(self) -> None:
        self.duplicates.look()

    def visits_text(self, visits: int) -> str:
        """ "3 visits", in the window's language (plural forms need the class's tr)."""
        return self.tr("%Ln visit(s)", "", visits)

    def combine_with_duplicate(self) -> None:
        self.duplicates.combine()

    # -- delete and undo -------------------------------------------------------------

    def selected_ids(self) -> list[str]:
        rows = sorted(i.row() for i in self.view.table.selectionModel().selectedRows())
        return [i for i in (self.model.lead_id(r) for r in rows) if i]

    def delete_selected(self) -> None:
        rows = self.view.table.selectionModel().selectedRows()
        if len(rows) > MAX_DELETE:
            self.view.show_message(
                self.tr("{count} leads are selected; delete at most {most} at once.").format(
                    count=locale_text.number(len(rows)), most=MAX_DELETE
                )
            )
            return
        ids = self.selected_ids()
        if not ids:
            return
        try:
            records = self._write(lambda s: [delete_lead(s, i) for i in ids])
        except ShowfloorError as exc:
            self.view.show_message(str(exc))
            return
        self._deleted = records
        what = (
            records[0].display_name
            if len(records) == 1
            else self.tr("%Ln lead(s)", "", len(records))
        )
        self.view.show_undo(self.tr("Deleted {what} — Undo (Ctrl+Z)").format(what=what))
        self.view.undo_label.setToolTip(self.tr("Later: Event > Deleted leads (Trash)"))
        self._undo_timer.start()
        self.context.lead_count_moved.emit(-len(ids))
        self._announce(ids)
        self.refresh_now()

    @property
    def deleted_pending(self) -> bool:
        """A delete can still be undone (Ctrl+Z, for UNDO_SECONDS)."""
        return bool(self._deleted)

    def undo_delete(self) -> None:
        records, self._deleted = self._deleted, []
        self._undo_timer.stop()
        self.view.show_undo(None)
        if not records:
            return
        ids = [r.id for r in records]
        try:
            self._write(lambda s: [restore_lead(s, i) for i in ids])
        except ShowfloorError as exc:
            self._deleted = records
            self.view.show_message(str(exc))
            return
        # A restored lead may have been captured again meanwhile (counted then): the
        # counters count again rather than guess.
        self.context.leads_changed.emit()
        self.refresh_now()
        rows = [r for r in (self.model.find_row(i, self.near_row()) for i in ids) if r is not None]
        if rows:
            self.select_rows(rows, rows[0])
        what = (
            records[0].display_name
            if len(records) == 1
            else self.tr("%Ln lead(s)", "", len(records))
        )
        self.flash(self.tr("Restored {what}.").format(what=what))

    def _expire_undo(self) -> None:
        self._deleted = []
        self.view.show_undo(None)

    def near_row(self) -> int:
        return max(0, self.view.table.currentIndex().row())

    def _announce(self, ids: list[str]) -> None:
        if len(ids) == 1:
            self.context.lead_saved.emit(ids[0])
        else:
            self.context.leads_changed.emit()

    def flash(self, text: str) -> None:
        self.view.show_message(text, error=False)
        self._message_timer.start()

    # -- database ------------------------------------------------------------------

    def _read(self, fn: Callable[[Session], T]) -> T:
        return self._write(fn)

    def _write(self, fn: Callable[[Session], T]) -> T:
        """Run ``fn`` in one transaction; low-level errors become one StorageError line."""
        db = self.context.db
        with storage_errors(db.path, "leads view"), db.session() as session:
            return fn(session)
