"""Reading leads: the records the CLI prints and the window pages through."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    String,
    and_,
    bindparam,
    case,
    cast,
    column,
    exists,
    func,
    literal_column,
    or_,
    select,
    text,
)
from sqlalchemy.orm import Session, object_session

from showfloor.domain.errors import RefusedError
from showfloor.domain.person import PERSON_FIELDS, PersonFields, display_name_of
from showfloor.domain.questions import TO_QUALIFY

# The records live in the domain (views show them); re-exported for the services' callers.
from showfloor.domain.records import LeadRecord as LeadRecord
from showfloor.domain.records import VisitRecord as VisitRecord
from showfloor.domain.validation import parse_class, parse_rating
from showfloor.services.search_index import fts_query, has_fts
from showfloor.store.models import Lead, Visit
from showfloor.store.prepared import Prepared


def full_name_of(lead: Lead) -> str | None:
    return _full_name(lead.full_name, lead.first_name, lead.last_name)


def _full_name(full: str | None, first: str | None, last: str | None) -> str | None:
    return full or (" ".join(p for p in (first, last) if p) or None)


# The lead columns a LeadRecord shows.
RECORD_COLUMNS = (
    "id", "event_id", "visitor_class", "rating", *PERSON_FIELDS, "badge_id", "badge_format",
    "consent", "tags", "visit_count", "first_seen_at", "last_seen_at", "consent_at",
    "consent_text_version", "follow_up_owner", "follow_up_done_at",
)  # fmt: skip


def to_record(
    lead: Lead, with_history: bool = False, history_limit: int | None = None
) -> LeadRecord:
    """The lead as shown; ``with_history``: its visits too, the latest
    ``history_limit`` of them when given (read without loading the others)."""
    history: tuple[VisitRecord, ...] = ()
    if with_history:
        visits = lead.visits if history_limit is None else _latest_visits(lead, history_limit)
        history = tuple(
            VisitRecord(
                v.number,
                v.at,
                v.visitor_class,
                v.rating,
                v.staff.name if v.staff else None,
                v.notes,
                dict(v.answers or {}),
                v.id,
                v.edited_at,
                v.device_id,
                v.device.name if v.device else None,
            )
            for v in visits
        )
    return record_of({name: getattr(lead, name) for name in RECORD_COLUMNS}, history)


def record_of(row: Mapping[str, Any], history: tuple[VisitRecord, ...] = ()) -> LeadRecord:
    """The record of a lead row (its RECORD_COLUMNS, as the ORM reads them)."""
    return LeadRecord(
        id=row["id"],
        event_id=row["event_id"],
        visitor_class=row["visitor_class"],
        rating=row["rating"],
        **{key: row[key] for key in PERSON_FIELDS if key != "full_name"},
        full_name=_full_name(row["full_name"], row["first_name"], row["last_name"]),
        badge_id=row["badge_id"],
        badge_format=row["badge_format"],
        consent=row["consent"],
        tags=tuple(row["tags"] or ()),
        visits=row["visit_count"],
        first_seen=row["first_seen_at"],
        last_seen=row["last_seen_at"],
        history=history,
        consent_at=row["consent_at"],
        consent_text_version=row["consent_text_version"],
        follow_up_owner=row["follow_up_owner"],
        follow_up_done_at=row["follow_up_done_at"],
    )


def _latest_visits(lead: Lead, limit: int) -> list[Visit]:
    session = object_session(lead)
    if session is None or lead.id is None:
        return list(lead.visits)[-limit:]
    query = select(Visit).where(Visit.lead_id == lead.id).order_by(Visit.number.desc())
    return list(reversed(session.scalars(query.limit(limit)).all()))


@dataclass(frozen=True)
class LeadFilter:
    """What the leads view or `leads list` asks for. Empty fields filter nothing."""

    event_id: str
    search: str | None = None
    visitor_class: str | None = None
    rating: str | None = None
    staff_id: str | None = None
    seen_from: datetime | None = None
    seen_until: datetime | None = None
    to_qualify: bool | None = None  # True: only leads to qualify; False: none of them


SORT_COLUMNS: dict[str, ColumnElement[Any]] = {
    "name": func.lower(func.coalesce(Lead.last_name, Lead.full_name, Lead.first_name, "")),
    "company": func.lower(func.coalesce(Lead.company, "")),
    "email": Lead.email.expression,
    "class": Lead.visitor_class.expression,
    # hot > warm > cold > none, not alphabetical
    "rating": case(
        (Lead.rating == "hot", 3), (Lead.rating == "warm", 2), (Lead.rating == "cold", 1), else_=0
    ),
    "visits": Lead.visit_count.expression,
    "first_seen": Lead.first_seen_at.expression,
    "last_seen": Lead.last_seen_at.expression,
}


# Above this many matches, a page sorted by last visit is fastest found by walking the
# (event, last_seen) index and stopping after one page; below it, by fetching the
# matches through the search index and sorting them. Measured on 100k leads.
DRIVE_FROM_INDEX_BELOW = 3000


def _conditions(
    session: Session, flt: LeadFilter, *, drive_from_search: bool = True
) -> list[ColumnElement[bool]]:
    searching = bool(flt.search and flt.search.strip()) and has_fts(session)
    event_cond: ColumnElement[bool] = Lead.event_id == flt.event_id
    if searching and drive_from_search:
        # The unary + keeps SQLite from walking every lead of the event through the
        # event index; it then starts from the few leads the search index returns.
        event_cond = literal_column("+leads.event_id") == flt.event_id
    conds: list[ColumnElement[bool]] = [event_cond, Lead.deleted_at.is_(None)]
    if flt.visitor_class:
        conds.append(Lead.visitor_class == parse_class(flt.visitor_class).value)
    if flt.to_qualify is not None:
        tagged = _tagged(TO_QUALIFY)
        conds.append(tagged if flt.to_qualify else ~tagged)
    if flt.rating:
        rating = parse_rating(flt.rating)
        if rating is not None:
            conds.append(Lead.rating == rating.value)
    if flt.staff_id or flt.seen_from or flt.seen_until:
        visit_conds: list[ColumnElement[bool]] = [Visit.lead_id == Lead.id]
        if flt.staff_id:
            visit_conds.append(Visit.staff_id == flt.staff_id)
        if flt.seen_from:
            visit_conds.append(Visit.at >= flt.seen_from)
        if flt.seen_until:
            visit_conds.append(Visit.at < flt.seen_until)
        conds.append(exists().where(and_(*visit_conds)))
    if flt.search and flt.search.strip():
        conds.append(_search_condition(session, flt.search))
    return conds


def _tagged(tag: str) -> ColumnElement[bool]:
    """The lead has ``tag``. Tags are a JSON list: json_each reads it exactly, and a
    LIKE on its text first skips most leads cheaply (100k leads: 40 ms, not 74)."""
    each = func.json_each(Lead.tags).table_valued("value")
    exact = exists(select(literal_column("1")).select_from(each).where(each.c.value == tag))
    text_has = cast(Lead.tags, String).contains(tag, autoescape=True)
    return and_(text_has, exact)


def _search_condition(session: Session, user_text: str) -> ColumnElement[bool]:
    if has_fts(session):
        query = fts_query(user_text)
        if query is None:
            return Lead.id.is_(None)
        matching = text("SELECT rowid FROM lead_search WHERE lead_search MATCH :q").bindparams(
            q=query
        )
        return Lead.search_key.in_(matching.columns(column("rowid", Integer)))
    pattern = f"%{user_text.strip()}%"
    fields = (Lead.first_name, Lead.last_name, Lead.full_name, Lead.company, Lead.email)
    return or_(*(f.ilike(pattern) for f in fields))


def lead_query(session: Session, flt: LeadFilter) -> Select[Lead]:
    return select(Lead).where(*_conditions(session, flt))


def count_leads(session: Session, flt: LeadFilter, *, at_most: int | None = None) -> int:
    """How many leads match; with ``at_most``, counting stops there.

    Search as you type needs only "a page or more" at once (the exact number can
    follow): a capped count of a broad search costs a third of the full one.
    """
    if at_most is None:
        stmt = select(func.count()).select_from(Lead).where(*_conditions(session, flt))
    else:
        found = select(Lead.id).where(*_conditions(session, flt)).limit(at_most).subquery()
        stmt = select(func.count()).select_from(found)
    return int(session.execute(stmt).scalar_one())


def many_matches(session: Session, flt: LeadFilter) -> bool:
    """Whether the filter matches DRIVE_FROM_INDEX_BELOW leads or more: which plan
    pages it fastest (``page_rows(matches=...)``).

    A plain search in a database that holds one event's leads asks the search index
    alone, which stops after that many rows (under a millisecond at 100k leads; a
    capped count through the leads table takes 15-35 ms, longer than a keystroke may).
    Every live lead has one index row, so the index can only overestimate (rows of a
    lead removed without its index row): the faster plan may then be missed, never a
    match.
    """
    plain = flt.search and flt == LeadFilter(flt.event_id, search=flt.search)
    if plain and has_fts(session) and not _other_events_have_leads(session, flt.event_id):
        query = fts_query(flt.search or "")
        if query is None:
            return False
        found = _INDEX_MATCHES.scalar(session.connection(), q=query, n=DRIVE_FROM_INDEX_BELOW)
        return int(found) >= DRIVE_FROM_INDEX_BELOW
    capped = count_leads(session, flt, at_most=DRIVE_FROM_INDEX_BELOW)
    return capped >= DRIVE_FROM_INDEX_BELOW


# Asked on every pause in typing: compiled once and run through the driver
# (store/prepared.py), as SQLAlchemy's own work per statement was most of their cost.
_INDEX_MATCHES = Prepared(
    text(
        "SELECT count(*) FROM (SELECT rowid FROM lead_search WHERE lead_search MATCH :q LIMIT :n)"
    ).bindparams(bindparam("q"), bindparam("n"))
)
# The smallest and largest event id of any lead: two steps down an index (asked
# together, min and max would make SQLite scan it).
_EVENT_RANGE = Prepared(
    select(
        select(func.min(Lead.event_id)).scalar_subquery(),
        select(func.max(Lead.event_id)).scalar_subquery(),
    )
)


def _other_events_have_leads(session: Session, event_id: str) -> bool:
    found = _EVENT_RANGE.first(session.connection())
    lowest, highest = found if found is not None else (None, None)
    return lowest is not None and not lowest == highest == event_id


# ``page_rows(matches=...)`` for a filter ``many_matches`` said yes or no to.
MANY, FEW = DRIVE_FROM_INDEX_BELOW, 0


def page_leads(
    session: Session,
    flt: LeadFilter,
    *,
    sort: str = "last_seen",
    descending: bool = True,
    offset: int = 0,
    limit: int | None = 200,
    matches: int | None = None,
) -> list[LeadRecord]:
    """One page of leads; the id breaks ties so pages never overlap.

    Args:
        matches: the count for this filter if the caller already has it; it picks
            the faster query plan for a search.
    """
    conds, order = _page_plan(session, flt, sort, descending, limit, matches)
    stmt = select(Lead).where(*conds).order_by(*order).offset(offset)
    if limit is not None:
        stmt = stmt.limit(limit)
    return [to_record(lead) for lead in session.scalars(stmt)]


@dataclass(frozen=True, slots=True)
class LeadRow:
    """One line of the leads table: the columns it shows, read without ORM objects.

    A page of these costs a quarter of a page of LeadRecords, which matters when a
    search re-reads the first page on every pause in typing.
    """

    id: str
    name: str
    company: str | None
    visitor_class: str
    rating: str | None
    visits: int
    last_seen: datetime | None
    email: str | None
    to_qualify: bool = False  # saved with its badge only: the class is a guess


_ROW_COLUMNS = (
    Lead.id,
    Lead.full_name,
    Lead.first_name,
    Lead.last_name,
    Lead.email,
    Lead.badge_id,
    Lead.company,
    Lead.visitor_class,
    Lead.rating,
    Lead.visit_count,
    Lead.last_seen_at,
    Lead.tags,
)


def page_rows(
    session: Session,
    flt: LeadFilter,
    *,
    sort: str = "last_seen",
    descending: bool = True,
    offset: int = 0,
    limit: int | None = 200,
    matches: int | None = None,
) -> list[LeadRow]:
    """The same page as page_leads, as light table rows (same order, same plans)."""
    conds, order = _page_plan(session, flt, sort, descending, limit, matches)
    stmt = select(*_ROW_COLUMNS).where(*conds).order_by(*order).offset(offset)
    if limit is not None:
        stmt = stmt.limit(limit)
    rows: list[LeadRow] = []
    # (through the session's connection: rows as Core reads them, without the ORM's
    # work per statement, on every pause in typing)
    for lead_id, full, first, last, email, badge, company, cls, rating, visits, seen, tags in (
        session.connection().execute(stmt).all()
    ):
        name = display_name_of(PersonFields(first, last, full, email=email), badge)
        unclassified = bool(tags) and TO_QUALIFY in tags
        rows.append(
            LeadRow(lead_id, name, company, cls, rating, visits or 0, seen, email, unclassified)
        )
    return rows


def _page_plan(
    session: Session,
    flt: LeadFilter,
    sort: str,
    descending: bool,
    limit: int | None,
    matches: int | None,
) -> tuple[list[ColumnElement[bool]], tuple[ColumnElement[Any], ...]]:
    """The WHERE conditions and ORDER BY of a page: the id breaks ties."""
    if sort not in SORT_COLUMNS:
        raise RefusedError(f"Cannot sort by '{sort}'; use one of: {', '.join(SORT_COLUMNS)}.")
    drive = True
    if flt.search and sort == "last_seen" and limit is not None:
        matches = count_leads(session, flt) if matches is None else matches
        drive = matches < DRIVE_FROM_INDEX_BELOW
    column = SORT_COLUMNS[sort]
    order = (column.desc(), Lead.id.desc()) if descending else (column.asc(), Lead.id.asc())
    return _conditions(session, flt, drive_from_search=drive), order


def get_lead(session: Session, lead_id: str) -> LeadRecord:
    lead = session.get(Lead, lead_id)
    if lead is None:
        raise RefusedError(f"No lead with id {lead_id}.")
    return to_record(lead, with_history=True)


