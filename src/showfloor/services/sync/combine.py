"""Event > Combine events… and `event merge SOURCE TARGET`: two events already on this
laptop that are one show become one, by the rules of a merge (merge/events.py), after
a backup so that it can be undone (`backup restore ID`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, aliased

from showfloor.domain.errors import RefusedError
from showfloor.services.backup import backup_before_combining
from showfloor.services.events import find_event
from showfloor.services.sync.merge import MergeSummary, merge_snapshot
from showfloor.services.sync.snapshot import Snapshot
from showfloor.store.database import Database, storage_errors
from showfloor.store.models import Attendee, Lead
from showfloor.store.types import utcnow


@dataclass(frozen=True)
class CombinePreview:
    source_id: str
    source: str
    target_id: str
    target: str
    moving: int  # live leads of the source
    same_people: int  # of those, met in the target too (joined into one lead)
    attendees: int  # attendee rows of the source's list

    def sentence(self) -> str:
        moving = _n(self.moving, "lead")
        verb = "moves" if self.moving == 1 else "move"
        same = "none" if not self.same_people else str(self.same_people)
        return (
            f"{moving} of '{self.source}' {verb} into '{self.target}'; {same} of them "
            f"met there too (each becomes one lead with every visit); "
            f"{_n(self.attendees, 'attendee row')} join its list (people on both lists "
            "once). Nothing is lost: a backup is made first."
        )


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


@dataclass(frozen=True)
class CombineResult:
    preview: CombinePreview
    summary: MergeSummary
    backup_id: str | None


def preview_combine(db: Database, source: str, target: str) -> CombinePreview:
    """What combining would do, without changing anything.

    Raises:
        RefusedError: unknown event, or the same event twice.
    """
    with storage_errors(db.path), db.session() as session:
        src, dst = find_event(session, source), find_event(session, target)
        if src.id == dst.id:
            raise RefusedError(f"'{src.name}' and '{dst.name}' are the same event already.")
        return CombinePreview(
            src.id,
            src.name,
            dst.id,
            dst.name,
            _count(session, Lead, src.id),
            _same_people(session, src.id, dst.id),
            _count(session, Attendee, src.id),
        )


def combine_events(
    db: Database, database: Path, backups: Sequence[Path], source: str, target: str
) -> CombineResult:
    """Back ``database`` up into ``backups``, then join ``source`` into ``target`` (names
    or ids); the target's name and dates stay, and every laptop that merges this
    one's bundle later agrees."""
    preview = preview_combine(db, source, target)
    backup_id = backup_before_combining(database, backups)
    snap = Snapshot()
    snap["event_aliases"].append(
        {"alias_id": preview.source_id, "event_id": preview.target_id, "merged_at": utcnow()}
    )
    with storage_errors(db.path), db.engine.begin() as conn:
        summary = merge_snapshot(conn, snap, prefer=[preview.target_id])
    return CombineResult(preview, summary, backup_id)


def _count(session: Session, model: type[Lead] | type[Attendee], event_id: str) -> int:
    query = select(func.count()).select_from(model).where(model.event_id == event_id)
    if model is Lead:
        query = query.where(Lead.deleted_at.is_(None))
    return int(session.scalar(query) or 0)


def _same_people(session: Session, source_id: str, target_id: str) -> int:
    """Live source leads sharing a badge id or an email with a live target lead."""
    other = aliased(Lead)
    match = or_(
        (Lead.badge_id.is_not(None)) & (other.badge_id == Lead.badge_id),
        (Lead.email.is_not(None)) & (func.lower(other.email) == func.lower(Lead.email)),
    )
    query = (
        select(func.count(func.distinct(Lead.id)))
        .join(other, match)
        .where(Lead.event_id == source_id, other.event_id == target_id)
        .where(Lead.deleted_at.is_(None), other.deleted_at.is_(None))
    )
    return int(session.scalar(query) or 0)
