"""Erasing a person on request, and purging old leads under a retention rule.

Why delete rather than mark deleted: an erasure request means the data must go,
not be hidden. The lead, its visits, the attendee-list rows that name the same
person and their search-index row are deleted with ``secure_delete`` on (so the
freed pages are zeroed, not left readable in the file), the FTS index is
optimised (FTS5 keeps deleted tokens until its segments merge) and the WAL is
checkpointed. Tombstones with ids and one-way keys of the person (email and badge id
hashed with the team key, no readable personal data) are kept, so merging another
laptop's data never brings the person back, even captured there under another id.

Then (issue 19, services/scrub.py) the database is vacuumed, so no earlier version
of a row survives in free space, and its log truncated; every kept copy (backups,
pre-migration copies) that still holds the person is rewritten without them; and the
report names the bundles this laptop wrote since the person was first met, which
are out of its reach.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import func, or_, select, text
from sqlalchemy.orm import Session

from showfloor.domain.errors import RefusedError
from showfloor.domain.settings_registry import RETENTION_DAYS as RETENTION
from showfloor.services.leads import full_name_of
from showfloor.services.scrub import PENDING_CHECKPOINT, Trace, compact_live, scrub_copies
from showfloor.services.search_index import has_fts
from showfloor.services.sync.written import WrittenBundle, bundles_written_since
from showfloor.services.tombstones import record_erased_person, record_tombstone
from showfloor.store.database import Database
from showfloor.store.models import Attendee, Lead
from showfloor.store.settings import get_setting, set_setting
from showfloor.store.types import utcnow

log = logging.getLogger(__name__)

RETENTION_DAYS = RETENTION.key


@dataclass(frozen=True)
class ErasureReport:
    name: str
    leads: int
    visits: int
    attendees: int
    copies_rewritten: int = 0  # kept copies (backups...) rewritten without the person
    copy_errors: tuple[str, ...] = ()
    bundles: tuple[WrittenBundle, ...] = ()  # written before the erase: still hold them
    log_truncated: bool = True

    def sentence(self) -> str:
        line = (
            f"Erased {self.name}: {_n(self.leads, 'lead')}, {_n(self.visits, 'visit')}, "
            f"{_n(self.attendees, 'attendee row')}."
        )
        if self.copies_rewritten:
            line += f" {_n(self.copies_rewritten, 'backup')} rewritten without them."
        return line

    def warnings(self) -> list[str]:
        """What the person erasing must still see to (one line each)."""
        out = [f"This backup could not be rewritten and still holds them: {e}" for e in
               self.copy_errors]  # fmt: skip
        if self.bundles:
            listed = "; ".join(
                f"{b.path} ({b.at.astimezone().strftime('%Y-%m-%d %H:%M')})" for b in self.bundles
            )
            out.append(
                f"Bundles this laptop wrote before the erase still hold them: {listed}. "
                "Delete those files (and ask whoever merged them to erase the person too)."
            )
        if not self.log_truncated:
            out.append(
                "Another program (a Showfloor window?) is reading the database, so its log "
                "still holds traces until it closes; they are cleared at the next start."
            )
        return out


@dataclass(frozen=True)
class PurgeReport:
    leads: int
    visits: int
    cutoff: datetime
    done: bool


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def erase_person(db: Database, lead_id: str, copies: Sequence[Path] = ()) -> ErasureReport:
    """Erase the person of lead ``lead_id`` everywhere in this database, and in the
    kept ``copies`` of it (backups: ``scrub.kept_copies``).

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
        trace = Trace(
            frozenset(x.id for x in leads),
            frozenset(e.lower() for x in leads if (e := x.email)),
            frozenset((x.event_id, b) for x in leads if (b := x.badge_id)),
            frozenset(a.id for a in attendees),
        )
        first_met = min((x.created_at for x in leads), default=utcnow())
        bundles = tuple(bundles_written_since(session, first_met))
        for other in leads:
            _delete_lead(session, other, person=True)
        for attendee in attendees:
            record_tombstone(session, "attendee", attendee.id)
            session.delete(attendee)
    truncated = _compact(db)
    scrubbed = scrub_copies(copies, trace)
    report = ErasureReport(
        name,
        len(leads),
        visits,
        len(attendees),
        len(scrubbed.rewritten),
        tuple(scrubbed.failed),
        bundles,
        truncated,
    )
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


def _compact(db: Database) -> bool:
    """Rewrite the FTS index without the erased tokens, vacuum the file (no old copy
    of a row stays in free space) and truncate the WAL; False when a reader kept it
    (then the next start truncates it: ``scrub.finish_pending``)."""
    if not db.is_sqlite or db.path is None:
        return True
    db.engine.dispose()  # no pooled connection of ours holds the log
    done = compact_live(db.path)
    if not done:
        with db.session() as session:
            set_setting(session, PENDING_CHECKPOINT, True)
    return done


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
