"""The leads table over paged queries: 100k leads open as fast as 100.

The model knows how many rows match (one count per filter change) and reads a
page of rows only when the view asks for a row in it; a few pages stay cached, so
scrolling back and forth does not query again. Nothing ever loads every lead.
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
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPen, QPixmap

from showfloor.domain.errors import ShowfloorError, StorageError
from showfloor.domain.palette import CLASS_COLOURS, RATING_COLOURS, TO_QUALIFY_COLOUR
from showfloor.domain.questions import Rating, VisitorClass
from showfloor.domain.texts import QT_TRANSLATE_NOOP
from showfloor.qt import locale_text
from showfloor.qt.domain_text import class_label, rating_label
from showfloor.services.leads import (
    DRIVE_FROM_INDEX_BELOW,
    LeadFilter,
    LeadRow,
    count_leads,
    page_rows,
)
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
_MARKED_ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.DecorationRole,
    Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.ToolTipRole,
)


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

    A search counts its matches only up to COUNT_FIRST before showing the first
    page (all the query plan needs); the exact count follows from the event loop,
    so a broad search ("a") shows its first rows in half the time.
    """

    PAGE_SIZE = 200
    CACHED_PAGES = 8
    COUNT_FIRST = DRIVE_FROM_INDEX_BELOW

    failed = Signal(str)
    counted = Signal()

    def __init__(self, db: Database, flt: LeadFilter, parent: Any = None) -> None:
        super().__init__(parent)
        self._db = db
        self._filter = flt
        self._sort = "last_seen"
        self._descending = True
        self._count = 0
        self._partial = False
        self._total = 0
        self._count_timer = QTimer(self, singleShot=True, interval=0)
        self._count_timer.timeout.connect(self._finish_count)
        self._pages: OrderedDict[int, list[LeadRow]] = OrderedDict()
        self._class_icons = {c.value: _dot(CLASS_COLOURS[c]) for c in VisitorClass}
        self._rating_brushes = {r.value: QBrush(QColor(RATING_COLOURS[r])) for r in Rating}
        self._to_qualify_icon = _dot(TO_QUALIFY_COLOUR, hollow=True)
        self._to_qualify_brush = QBrush(QColor(TO_QUALIFY_COLOUR))
        self.reload(recount_total=True)

    # -- what the controller asks -------------------------------------------------

    @property
    def filter(self) -> LeadFilter:
        return self._filter

    @property
    def count(self) -> int:
        """Leads matching the filter."""
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
        if flt == self._filter and not refresh:
            return
        recount = refresh or flt.event_id != self._filter.event_id
        previous, self._filter = self._filter, flt
        try:
            self.reload(recount_total=recount)
        except ShowfloorError:
            self._filter = previous
            raise

    def reload(self, *, recount_total: bool = False) -> None:
        """Count again and forget cached pages (the view re-reads what it shows).

        Raises:
            ShowfloorError: the database cannot be read (the old rows stay).
        """
        flt, sort, descending = self._filter, self._sort, self._descending

        at_most = self.COUNT_FIRST if flt.search and flt.search.strip() else None

        def read(session: Session) -> tuple[int, int, list[LeadRow]]:
            count = count_leads(session, flt, at_most=at_most)
            total = self._total
            if recount_total:
                everything = LeadFilter(flt.event_id)
                total = count if flt == everything else count_leads(session, everything)
            first = page_rows(
                session, flt, sort=sort, descending=descending, limit=self.PAGE_SIZE,
                matches=count,
            )  # fmt: skip
            return count, total, first

        count, total, first = self._read(read)
        self._count_timer.stop()
        self.beginResetModel()
        self._count, self._total = count, total
        self._partial = at_most is not None and count >= at_most
        self._pages.clear()
        self._pages[0] = first
        self.endResetModel()
        if self._partial:
            self._count_timer.start()

    def finish_count(self) -> None:
        """Count exactly now if only a lower bound is known (benchmarks, tests)."""
        if self._partial:
            self._count_timer.stop()
            self._finish_count()

    def _finish_count(self) -> None:
        flt = self._filter
        try:
            exact = self._read(lambda s: count_leads(s, flt))
        except StorageError as exc:
            self.failed.emit(str(exc))
            return
        if exact > self._count:
            self.beginInsertRows(QModelIndex(), self._count, exact - 1)
            self._count = exact
            self.endInsertRows()
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
        if not index.isValid():
            return None
        lead = self.row_at(index.row())
        if lead is None:
            return "…" if role == Qt.ItemDataRole.DisplayRole and index.column() == 0 else None
        column = index.column()
        if column == CLASS and lead.to_qualify and role in _MARKED_ROLES:
            return self._to_qualify_data(lead, role)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(lead, column)
        if role == LEAD_ID_ROLE:
            return lead.id
        if role == Qt.ItemDataRole.DecorationRole and column == CLASS:
            return self._class_icons.get(lead.visitor_class)
        if role == Qt.ItemDataRole.ForegroundRole and column == RATING and lead.rating:
            return self._rating_brushes.get(lead.rating)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == VISITS:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column in (NAME, COMPANY, EMAIL):
            return self._text(lead, column) or None
        return None

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
        try:
            page = self._read(
                lambda s: page_rows(
                    s, flt, sort=sort, descending=descending, offset=offset,
                    limit=self.PAGE_SIZE, matches=self._count,
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
