"""Erasing a person on request, and purging old leads under a retention rule.

Why delete rather than mark deleted: an erasure request means the data must go,
not be hidden. The lead, its visits, the attendee-list rows that name the same
person and their search-index row are deleted with ``secure_delete`` on (so the
freed pages are zeroed, not left readable in the file), the FTS index is
optimised (FTS5 keeps deleted tokens until its segments merge) and the WAL is
checkpointed. Tombstones with ids and one-way keys of the person (hashed email
and badge id, no readable personal data) are kept, so merging another laptop's
data never brings the person back, even captured there under another id.
Backups made before still hold them until they rotate out; the report says so.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, or_, select, text
from sqlalchemy.orm import Session

from showfloor.domain.errors import RefusedError
from showfloor.services.leads import full_name_of
from showfloor.services.search_index import has_fts
from showfloor.services.tombstones import record_erased_person, record_tombstone
from showfloor.store.database import Database
from showfloor.store.models import Attendee, Lead
from showfloor.store.settings import get_setting, set_setting
from showfloor.store.types import utcnow

log = logging.getLogger(__name__)

RETENTION_DAYS = "retention_days"


@dataclass(frozen=True)
class ErasureReport:
    name: str
    leads: int
    visits: int
    attendees: int

    def sentence(self, backups_kept: int) -> str:
        return (
            f"Erased {self.name}: {_n(self.leads, 'lead')}, {_n(self.visits, 'visit')}, "
            f"{_n(self.attendees, 'attendee row')}. Backups older than now still hold them "
            f"until they rotate out ({backups_kept} kept)."
        )


@dataclass(frozen=True)
class PurgeReport:
    leads: int
    visits: int
    cutoff: datetime
    done: bool


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def erase_person(db: Database, lead_id: str) -> ErasureReport:
    """Erase the person of lead ``lead_id`` everywhere in this database.

    Same person: the same email (any event, case-insensitive) or the same badge id
    within the lead's event. Soft-deleted leads are erased too.

    Raises:
        RefusedError: no such lead.
    """
    with db.session() as session:
        _secure_delete(session)
        lead = session.get(Lead, lead_id.strip())
        if lead is None:
            raise RefusedError(
                f"No lead {lead_id!r}. Find its id with: showfloor leads list --json"
            )
        name = full_name_of(lead) or lead.email or "the visitor"
        leads = _same_person_leads(session, lead)
        attendees = _same_person_attendees(session, leads)
        visits = sum(len(x.visits) + len(x.trashed) for x in leads)
        for other in leads:
            _delete_lead(session, other, person=True)
        for attendee in attendees:
            record_tombstone(session, "attendee", attendee.id)
            session.delete(attendee)
        report = ErasureReport(name, len(leads), visits, len(attendees))
    _compact(db)
    log.info(
        "erased a person: %d lead(s), %d visit(s), %d attendee row(s)",
        report.leads,
        report.visits,
        report.attendees,
    )
    return report


def _same_person_leads(session: Session, lead: Lead) -> list[Lead]:
    matches = [Lead.id == lead.id]
    if lead.email:
        matches.append(func.lower(Lead.email) == lead.email.lower())
    if lead.badge_id:
        matches.append((Lead.event_id == lead.event_id) & (Lead.badge_id == lead.badge_id))
    return list(session.scalars(select(Lead).where(or_(*matches))).all())


def _same_person_attendees(session: Session, leads: list[Lead]) -> list[Attendee]:
    matches = []
    for lead in leads:
        if lead.email:
            matches.append(func.lower(Attendee.email) == lead.email.lower())
        if lead.badge_id:
            matches.append(
                (Attendee.event_id == lead.event_id)
                & or_(Attendee.badge_id == lead.badge_id, Attendee.ticket_code == lead.badge_id)
            )
    if not matches:
        return []
    return list(session.scalars(select(Attendee).where(or_(*matches))).all())


def _delete_lead(session: Session, lead: Lead, *, person: bool = False) -> None:
    """Delete a lead for good. ``person``: the person asked to be erased, so the
    same person under another id on another laptop goes too when bundles meet."""
    if person:
        record_erased_person(session, lead.event_id, lead.badge_id, lead.email)
    if lead.search_key is not None and has_fts(session):
        session.execute(text("DELETE FROM lead_search WHERE rowid = :k"), {"k": lead.search_key})
    for visit_id in [v.id for v in lead.visits] + [t.id for t in lead.trashed]:
        record_tombstone(session, "visit", visit_id)
    record_tombstone(session, "lead", lead.id)
    session.delete(lead)  # visits go with it (delete-orphan)


def _secure_delete(session: Session) -> None:
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text("PRAGMA secure_delete = ON"))


def _compact(db: Database) -> None:
    """Rewrite the FTS index without the erased tokens and fold the WAL into the file."""
    if not db.is_sqlite:
        return
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA secure_delete = ON")
        conn.exec_driver_sql("INSERT INTO lead_search(lead_search) VALUES ('optimize')")
        conn.commit()
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.exec_driver_sql("PRAGMA secure_delete = OFF")


# -- retention ------------------------------------------------------------------------


def retention_days(session: Session) -> int | None:
    value = get_setting(session, RETENTION_DAYS)
    return value if isinstance(value, int) and value > 0 else None


def set_retention_days(session: Session, days: int | None) -> None:
    if days is not None and days < 1:
        raise RefusedError("Keep leads for at least 1 day, or turn retention off.")
    set_setting(session, RETENTION_DAYS, days)


def purge_older_than(
    db: Database,
    days: int,
    *,
    confirm: bool,
    event_id: str | None = None,
    now: datetime | None = None,
) -> PurgeReport:
    """Erase every lead last seen more than ``days`` days ago.

    Without ``confirm`` nothing is deleted: the report says what would go, so the
    caller can ask first.
    """
    if days < 1:
        raise RefusedError("--older-than must be at least 1 day.")
    cutoff = (now or utcnow()) - timedelta(days=days)
    with db.session() as session:
        if confirm:
            _secure_delete(session)
        query = select(Lead).where(Lead.last_seen_at < cutoff)
        if event_id is not None:
            query = query.where(Lead.event_id == event_id)
        leads = list(session.scalars(query).all())
        visits = sum(len(lead.visits) + len(lead.trashed) for lead in leads)
        if confirm:
            for lead in leads:
                _delete_lead(session, lead)
    if confirm and leads:
        _compact(db)
        log.info("retention purge: %d lead(s) older than %d day(s)", len(leads), days)
    return PurgeReport(len(leads), visits, cutoff, confirm)
