"""What booth staff do on one laptop, and what a data dir holds, for merge tests."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import select

from showfloor.domain.person import PersonFields
from showfloor.services.capture import CaptureRequest, CaptureService
from showfloor.services.lead_edit import delete_lead, restore_lead
from showfloor.services.privacy import erase_person
from showfloor.services.sync.clock import effective_stamps
from showfloor.services.sync.files import create_bundle, merge_bundle
from showfloor.services.sync.merge import MergeSummary
from showfloor.services.visit_edit import VisitEdit, edit_visits
from showfloor.store.database import Database
from showfloor.store.models import Device, Lead, Staff, TrashedVisit, Visit
from showfloor.store.types import utcnow

PEOPLE = [
    ("Ada", "ada@example.org", "B-1"),
    ("Grace", "grace@example.org", None),
    ("Alan", "alan@example.org", "B-3"),
    ("Mei", "mei@example.org", None),
]


def capture(db: Database, person: int, note: str = "", staff: str = "Anna") -> str:
    first, email, badge = PEOPLE[person]
    payload = f"BEGIN:VCARD\nVERSION:3.0\nN:;{first}\nEMAIL:{email}\nUID:{badge}\nEND:VCARD"
    request = CaptureRequest(
        visitor_class="customer",
        person=PersonFields(first_name=first, email=email),
        badge_payload=payload if badge else None,
        note=note or None,
        staff_name=staff,
    )
    return CaptureService(db).capture(request).lead.id


def undo(db: Database, lead_id: str) -> None:
    """Ctrl+Z right after a capture: the lead's latest visit is taken back."""
    with db.session() as session:
        lead = session.get(Lead, lead_id)
        assert lead is not None and lead.visits
        number = max(v.number for v in lead.visits)
    CaptureService(db).undo(lead_id, number)


def delete(db: Database, lead_id: str) -> None:
    with db.session() as session:
        delete_lead(session, lead_id)


def restore(db: Database, lead_id: str) -> None:
    with db.session() as session:
        restore_lead(session, lead_id)


def edit_answers(db: Database, lead_id: str, text: str) -> None:
    """The booth lead corrects the latest visit's next step and note in the lead dialog."""
    with db.session() as session:
        lead = session.get(Lead, lead_id)
        assert lead is not None and lead.visits
        visit = lead.visits[-1]
        base = VisitEdit(visit.id, dict(visit.answers or {}), visit.notes)
        edit = VisitEdit(visit.id, {**base.answers, "next_step": text}, f"{text} (corrected)")
        edit_visits(session, lead_id, [edit], [base])


def live(db: Database) -> dict[str, int]:
    """What the Leads view shows: each live lead's id and number of visits."""
    with db.session() as session:
        query = select(Lead.id, Lead.visit_count).where(Lead.deleted_at.is_(None))
        return {lead_id: count for lead_id, count in session.execute(query)}


def live_visits(db: Database) -> dict[str, str]:
    """Every live visit of a live lead: visit id -> lead id."""
    with db.session() as session:
        query = select(Visit.id, Visit.lead_id).join(Lead).where(Lead.deleted_at.is_(None))
        return {visit_id: lead_id for visit_id, lead_id in session.execute(query)}


def edit(db: Database, lead_id: str, **values: Any) -> None:
    with db.session() as session:
        lead = session.get(Lead, lead_id)
        assert lead is not None
        for key, value in values.items():
            setattr(lead, key, value)
        lead.updated_at = utcnow()


def erase(db: Database, lead_id: str) -> None:
    """The person asked to be erased: their leads go, tombstones stay."""
    erase_person(db, lead_id)


def lead_ids(db: Database) -> list[str]:
    with db.session() as session:
        return list(session.scalars(select(Lead.id)))


def merge_from(target: Database, source: Database, tmp: Path) -> MergeSummary:
    path = tmp / f"bundle-{id(source)}-{utcnow().timestamp()}.sfb"
    create_bundle(source, path)
    return merge_bundle(target, path)


def merge_in_orders(
    make_dir: Callable[[str], Database], tmp: Path, orders: Sequence[Sequence[Database]]
) -> list[Database]:
    """A fresh data dir per order, each merged from the sources in that order."""
    targets: list[Database] = []
    for order in orders:
        target = make_dir(f"t{len(targets)}")
        for source in order:
            merge_from(target, source, tmp)
        targets.append(target)
    return targets


def _lead_state(lead: Lead) -> tuple[Any, ...]:
    """Every merged column; field clocks as they take effect (stored or implied)."""
    names = [c.name for c in Lead.__table__.columns if c.name != "search_key"]
    row = {c: getattr(lead, c) for c in names}
    row["field_times"] = effective_stamps(row)
    return tuple((c, repr(v)) for c, v in sorted(row.items()))


def state(db: Database) -> tuple[frozenset[tuple[Any, ...]], frozenset[tuple[Any, ...]]]:
    """Leads and visits as comparable sets (staff by name: names match across laptops)."""
    with db.session() as session:
        leads = frozenset(_lead_state(lead) for lead in session.scalars(select(Lead)))
        staff = {s.id: s.name for s in session.scalars(select(Staff))}
        visits = frozenset(
            (v.id, v.lead_id, v.number, v.at, v.notes, staff.get(v.staff_id or ""), v.state_at,
             repr(sorted((v.answers or {}).items())), v.edited_at, v.edited_device)
            for v in session.scalars(select(Visit))
        )  # fmt: skip
        trashed = frozenset(
            (t.id, t.lead_id, t.at, t.notes, t.reason, t.state_at, t.state_device,
             repr(sorted((t.answers or {}).items())), t.edited_at, t.edited_device)
            for t in session.scalars(select(TrashedVisit))
        )  # fmt: skip
    return leads, visits | trashed


def devices(db: Database) -> frozenset[tuple[str, str]]:
    """Each laptop this data dir knows, with the name it goes by."""
    with db.session() as session:
        return frozenset((d.id, d.name) for d in session.scalars(select(Device)))
