"""The leads table over paged queries: 100k leads open as fast as 100.

The model reads a page of rows only when the view asks for a row in it; a few
pages stay cached, so scrolling back and forth does not query again. Nothing ever
loads every lead. A filter change counts its matches off the GUI thread
(``BackgroundRead``): at 100k leads the exact count of a broad search takes longer
than a keystroke may. A search typed reads its first page off the GUI thread too
(``search_in_background``); a sort, a filter chosen from a list, Enter or a refresh
reads it on the GUI thread, so what follows sees the new rows.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPen, QPixmap

from showfloor.domain.errors import ShowfloorError, StorageError
from showfloor.domain.palette import CLASS_COLOURS, RATING_COLOURS, TO_QUALIFY_COLOUR
from showfloor.domain.questions import Rating, VisitorClass
from showfloor.domain.texts import QT_TRANSLATE_NOOP
from showfloor.qt import locale_text
from showfloor.qt.domain_text import class_label, rating_label
from showfloor.qt.models.leads_first_page import FirstPage, read_first_page
from showfloor.qt.theme import cell_text
from showfloor.qt.workers.background_read import BackgroundRead
from showfloor.services.leads import LeadFilter, LeadRow, count_leads, page_rows
from showfloor.store.database import Database, storage_errors

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex

# (header, sort key of services.leads.SORT_COLUMNS)
COLUMNS: tuple[tuple[str, str], ...] = (
    (QT_TRANSLATE_NOOP("LeadsModel", "Name"), "name"),
    (QT_TRANSLATE_NOOP("LeadsModel", "Company"), "company"),
    (QT_TRANSLATE_NOOP("LeadsModel", "Class"), "class"),
    (QT_TRANSLATE_NOOP("LeadsModel", "Rating"), "rating"),
    (QT_TRANSLATE_NOOP("LeadsModel", "Visits"), "visits"),
    (QT_TRANSLATE_NOOP("LeadsModel", "Last seen"), "last_seen"),
    (QT_TRANSLATE_NOOP("LeadsModel", "Email"), "email"),
)
NAME, COMPANY, CLASS, RATING, VISITS, LAST_SEEN, EMAIL = range(len(COLUMNS))
LEAD_ID_ROLE = Qt.ItemDataRole.UserRole + 1

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ANSWERED = frozenset({_DISPLAY, _DECORATION, _FOREGROUND, _ALIGNMENT, _TOOLTIP, LEAD_ID_ROLE})
_CENTRE = int(Qt.AlignmentFlag.AlignCenter)


def local_when(value: datetime | None, today: datetime | None = None) -> str:
    """'Today 14:30', or 'Sun 22 Nov 14:30' on another day, on this computer's clock."""
    if value is None:
        return ""
    now = locale_text.local(today or datetime.now().astimezone())
    if locale_text.local(value).date() == now.date():
        return QCoreApplication.translate("LeadsModel", "Today {time}").format(
            time=locale_text.clock(value)
        )
    return locale_text.day_clock(value)


TO_QUALIFY_TEXT = QT_TRANSLATE_NOOP("LeadsModel", "To qualify")
_MARKED_ROLES = frozenset({_DISPLAY, _DECORATION, _FOREGROUND, _TOOLTIP})


def _dot(colour: str, *, hollow: bool = False) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if hollow:
        pen = QPen(QColor(colour))
        pen.setWidthF(2.0)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(2, 2, 10, 10)
    else:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colour))
        painter.drawEllipse(1, 1, 12, 12)
    painter.end()
    return QIcon(pixmap)


class LeadsModel(QAbstractTableModel):
    """Signals:
    failed(str): a page could not be read; one line to show (the rows stay blank).
    counted(): the exact number of matches replaced "at least COUNT_FIRST".
    searched(): the rows of ``search_in_background``'s filter are shown.

    A filtered view shows the rows of its first page at once; when the page is full
    its count is only "COUNT_FIRST or more" until the exact count, read off the GUI
    thread, follows (``counted``). The leads of the whole event (``total``, and the
    unfiltered view) are counted at once: that count reads one index.
    """

    PAGE_SIZE = 200
    CACHED_PAGES = 8
    COUNT_FIRST = PAGE_SIZE

    failed = Signal(str)
    counted = Signal()
    searched = Signal()

    def __init__(
        self, db: Database, flt: LeadFilter, parent: Any = None, *, load: bool = True
    ) -> None:
        """Args:
        load: read the first page now; else the model stays empty until ``reload``
            (a view not shown yet costs nothing at start-up).
        """
        super().__init__(parent)
        self._db = db
        self._filter = flt
        self._sort = "last_seen"
        self._descending = True
        self._count = 0
        self._partial = False
        self._total = 0
        self._plan: int | None = None  # page_rows(matches=...) while the count is partial
        self._generation = 0  # which reload an exact count answers
        self._exact = BackgroundRead("leads-count", self)
        self._exact.answered.connect(self._on_exact_count)
        self._exact.failed.connect(self.failed)
        self._asks = 0  # which reading of a first page is the newest
        self._wanted: LeadFilter | None = None  # searched off the GUI thread, not shown yet
        self._search = BackgroundRead("leads-search", self)
        self._search.answered.connect(self._on_searched)
        self._search.failed.connect(self._on_search_failed)
        self._pages: OrderedDict[int, list[LeadRow]] = OrderedDict()
        self._texts: dict[int, tuple[object, ...]] = {}  # row -> (its lead, its texts)
        self._class_icons = {c.value: _dot(CLASS_COLOURS[c]) for c in VisitorClass}
        self._rating_brushes = {r.value: QBrush(cell_text(RATING_COLOURS[r])) for r in Rating}
        self._to_qualify_icon = _dot(TO_QUALIFY_COLOUR, hollow=True)
        self._to_qualify_brush = QBrush(cell_text(TO_QUALIFY_COLOUR))
        if load:
            self.reload(recount_total=True)

    # -- what the controller asks -------------------------------------------------

    @property
    def filter(self) -> LeadFilter:
        return self._filter

    @property
    def count(self) -> int:
        """Leads matching the filter (at least, while ``partial``)."""
        return self._count

    @property
    def partial(self) -> bool:
        """The count is a lower bound; the exact one is on its way (``counted``)."""
        return self._partial

    @property
    def total(self) -> int:
        """Leads of the event, whatever the filter (recounted by reload(recount_total))."""
        return self._total

    def set_filter(self, flt: LeadFilter, *, refresh: bool = False) -> None:
        """Show the leads matching ``flt``; a new event recounts the total too.

        Args:
            refresh: re-read even if the filter is the same (leads changed), total included.

        Raises:
            ShowfloorError: the filter is refused or the database cannot be read.
        """
        if flt == self._filter and self._wanted is None and not refresh:
            return
        recount = refresh or flt.event_id != self._filter.event_id
        previous, self._filter = self._filter, flt
        self._wanted = None  # this filter, not a search still read off the GUI thread
        self._search.forget()
        try:
            self.reload(recount_total=recount)
        except ShowfloorError:
            self._filter = previous
            raise

    def search_in_background(self, flt: LeadFilter) -> None:
        """Show the leads matching ``flt`` once its first page is read off the GUI
        thread (``searched`` follows); the rows shown stay until then, so the next
        keystroke never waits for the database. A newer search, or any reading on
        the GUI thread meanwhile, replaces this one."""
        if flt == self._filter and self._wanted is None:
            self.searched.emit()
            return
        self._asks += 1
        self._wanted = flt
        reader = self._first_page(flt, recount_total=flt.event_id != self._filter.event_id)
        self._search.ask(self._asks, lambda: self._read(reader))

    def reload(self, *, recount_total: bool = False) -> None:
        """Read the first page again and forget cached pages (the view re-reads what it
        shows); a filtered view's exact count follows off the GUI thread.

        Raises:
            ShowfloorError: the database cannot be read (the old rows stay).
        """
        if self._wanted is not None:  # a search read off the GUI thread: this is newer
            self._filter, self._wanted = self._wanted, None
            self._search.forget()
        self._asks += 1  # drops the answer of a search still running
        self._show(self._read(self._first_page(self._filter, recount_total=recount_total)))

    def _first_page(
        self, flt: LeadFilter, *, recount_total: bool
    ) -> Callable[[Session], FirstPage]:
        """The reading of ``flt``'s first page in the order shown now (on either thread)."""
        sort, descending, limit = self._sort, self._descending, self.PAGE_SIZE
        return lambda session: read_first_page(
            session, flt, sort=sort, descending=descending, limit=limit,
            recount_total=recount_total,
        )  # fmt: skip

    def _on_searched(self, ask: object, first: object) -> None:
        if ask != self._asks or self._search.waiting:
            return  # typed on, or read on the GUI thread since: that one is shown
        assert isinstance(first, FirstPage)  # (a sort reloads: never in another order)
        self._filter, self._wanted = first.flt, None
        self._show(first)
        self.searched.emit()

    def _on_search_failed(self, message: str) -> None:
        if not self._search.waiting:
            self._wanted = None  # the rows shown stay; the next keystroke tries again
            self.failed.emit(message)

    def _show(self, first: FirstPage) -> None:
        count, total = first.count, self._total if first.total is None else first.total
        partial = False
        if count is None:  # filtered: as many as the first page shows, for now
            partial = len(first.rows) >= min(self.PAGE_SIZE, self.COUNT_FIRST)
            count = min(len(first.rows), self.COUNT_FIRST) if partial else len(first.rows)
        self._generation += 1
        self._exact.forget()
        self.beginResetModel()
        self._count, self._total, self._partial, self._plan = count, total, partial, first.plan
        self._pages.clear()
        self._pages[0] = first.rows
        self._texts.clear()
        self.endResetModel()
        if partial:
            flt = first.flt
            self._exact.ask(self._generation, lambda: self._read(lambda s: count_leads(s, flt)))

    def shutdown(self, ms: int = 30_000) -> bool:
        """Before the database closes: wait for a count or a search still running."""
        searched = self._search.shutdown(ms)
        return self._exact.shutdown(ms) and searched

    def _on_exact_count(self, generation: object, exact: object) -> None:
        if generation != self._generation or not self._partial:
            return  # the filter changed since: its own count follows
        assert isinstance(exact, int)
        if exact > self._count:
            self.beginInsertRows(QModelIndex(), self._count, exact - 1)
            self._count = exact
            self.endInsertRows()
        elif exact < self._count:  # leads went meanwhile
            self.beginRemoveRows(QModelIndex(), exact, self._count - 1)
            self._count = exact
            self.endRemoveRows()
        self._partial = False
        self.counted.emit()

    def lead_id(self, row: int) -> str | None:
        lead = self.row_at(row)
        return lead.id if lead else None

    def row_at(self, row: int) -> LeadRow | None:
        """The lead on a row, reading its page if it is not cached."""
        if not 0 <= row < self._count:
            return None
        page = self._page(row // self.PAGE_SIZE)
        offset = row % self.PAGE_SIZE
        return page[offset] if offset < len(page) else None

    def find_row(self, lead_id: str, near: int = 0) -> int | None:
        """The row of a lead among the pages around ``near`` (no query beyond those)."""
        centre = max(0, near) // self.PAGE_SIZE
        last_page = max(0, self._count - 1) // self.PAGE_SIZE
        for number in (centre, centre - 1, centre + 1):
            if 0 <= number <= last_page:
                for i, lead in enumerate(self._page(number)):
                    if lead.id == lead_id:
                        return number * self.PAGE_SIZE + i
        return None

    # -- QAbstractTableModel -------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section][0])
        if role == Qt.ItemDataRole.InitialSortOrderRole:
            # Numbers and times read best largest / latest first; text from A.
            first = section in (VISITS, LAST_SEEN)
            order = Qt.SortOrder.DescendingOrder if first else Qt.SortOrder.AscendingOrder
            return order.value
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # A repaint asks every visible cell for a dozen roles: the ones we do not
        # answer cost one set lookup, and a row's texts are made once per reading.
        if role not in _ANSWERED or not index.isValid():
            return None
        row, column = index.row(), index.column()
        lead = self.row_at(row)
        if lead is None:
            return "…" if role == _DISPLAY and column == 0 else None
        if column == CLASS and lead.to_qualify and role in _MARKED_ROLES:
            return self._to_qualify_data(lead, role)
        if role == _DISPLAY:
            return self._texts_of(row, lead)[column]
        if role == LEAD_ID_ROLE:
            return lead.id
        if role == _DECORATION:
            return self._class_icons.get(lead.visitor_class) if column == CLASS else None
        if role == _FOREGROUND:
            if column == RATING and lead.rating:
                return self._rating_brushes.get(lead.rating)
            return None
        if role == _ALIGNMENT:
            return _CENTRE if column == VISITS else None
        if column in (NAME, COMPANY, EMAIL):  # the tool tip: the whole text
            return self._texts_of(row, lead)[column] or None
        return None

    def _texts_of(self, row: int, lead: LeadRow) -> tuple[str, ...]:
        texts = self._texts.get(row)
        if texts is None or texts[0] is not lead:
            if len(self._texts) > self.PAGE_SIZE * self.CACHED_PAGES:
                self._texts.clear()  # as many as the cached pages hold, no more
            texts = (lead, *(self._text(lead, c) for c in range(len(COLUMNS))))
            self._texts[row] = texts
        return texts[1:]  # type: ignore[return-value]

    def _to_qualify_data(self, lead: LeadRow, role: int) -> Any:
        """A lead saved with its badge only: its class is a guess, and says so."""
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr(TO_QUALIFY_TEXT)
        if role == Qt.ItemDataRole.DecorationRole:
            return self._to_qualify_icon
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._to_qualify_brush
        if role == Qt.ItemDataRole.ToolTipRole:
            guess = class_label(lead.visitor_class)
            return self.tr(
                "Saved from the queue with the badge only; nobody chose the "
                "class yet ({guess} is a guess). Open the lead (Enter) to "
                "choose it."
            ).format(guess=guess)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column][1]
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self._sort, self._descending):
            return
        previous = self._sort, self._descending
        self._sort, self._descending = key, descending
        try:
            self.reload()
        except StorageError as exc:
            self._sort, self._descending = previous
            self.failed.emit(str(exc))

    # -- reading -------------------------------------------------------------------

    @staticmethod
    def _text(lead: LeadRow, column: int) -> str:
        if column == NAME:
            return lead.name
        if column == COMPANY:
            return lead.company or ""
        if column == CLASS:
            return class_label(lead.visitor_class)
        if column == RATING:
            return rating_label(lead.rating) if lead.rating else ""
        if column == VISITS:
            return str(lead.visits)
        if column == LAST_SEEN:
            return local_when(lead.last_seen)
        return lead.email or ""

    def _page(self, number: int) -> list[LeadRow]:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        flt, sort, descending = self._filter, self._sort, self._descending
        offset = number * self.PAGE_SIZE
        plan = self._plan
        try:
            page = self._read(
                lambda s: page_rows(
                    s, flt, sort=sort, descending=descending, offset=offset,
                    limit=self.PAGE_SIZE, matches=plan,
                )
            )  # fmt: skip
        except StorageError as exc:
            page = []  # cached blank: no retry on every cell until the next reload
            self.failed.emit(str(exc))
        self._pages[number] = page
        while len(self._pages) > self.CACHED_PAGES:
            self._pages.popitem(last=False)
        return page

    def _read(self, fn: Callable[[Session], T]) -> T:
        with storage_errors(self._db.path), self._db.session() as session:
            return fn(session)
