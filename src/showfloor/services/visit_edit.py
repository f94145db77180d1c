"""Correcting what a visit recorded after the show, and the lead's follow-up.

A mistyped answer, a due date typed a day off, a note put on the wrong visitor: the
booth lead fixes them in the lead dialog. Each corrected visit is stamped with the
time and laptop of the edit (``edited_at``/``edited_device``), and a merge keeps the
newest edit of each visit (services/sync/merge/visits.py), so two laptops that
correct the same answer end on the same text whatever the merge order. The answers
go through the capture's checks (a due date must be a date).

The follow-up (who does it, and whether it is done) is a field group of the lead,
merged like its other fields (services/sync/clock.py).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy.orm import Session

from showfloor.domain.errors import RefusedError
from showfloor.domain.validation import (
    MAX_NOTE,
    check_answers,
    check_length,
    clean_text,
    parse_class,
)
from showfloor.services.events import this_device
from showfloor.services.search_index import reindex_lead
from showfloor.store.models import Lead, Visit
from showfloor.store.types import utcnow

MAX_OWNER = 200


@dataclass(frozen=True)
class VisitEdit:
    """A visit's answers and notes as the dialog holds them (empty answers clear)."""

    visit_id: str
    answers: Mapping[str, str]
    notes: str | None = None


def edit_visits(
    session: Session, lead_id: str, edits: list[VisitEdit], bases: list[VisitEdit]
) -> int:
    """Write the visits whose answers or notes differ from what the dialog started with.

    Only the answers that were changed are written (a colleague's correction of
    another answer meanwhile stays). Returns how many visits changed.

    Raises:
        RefusedError: an answer is refused (as at capture), or the visit is gone.
    """
    lead = session.get(Lead, lead_id)
    if lead is None or lead.deleted_at is not None:
        raise RefusedError("That lead was deleted meanwhile; nothing was changed.")
    by_id = {v.id: v for v in lead.visits}
    start = {b.visit_id: b for b in bases}
    changed = 0
    now, device = utcnow(), this_device(session).id
    for edit in edits:
        visit = by_id.get(edit.visit_id)
        if visit is None:
            raise RefusedError("That visit was deleted meanwhile; nothing was changed.")
        if _apply(visit, edit, start.get(edit.visit_id)):
            visit.edited_at, visit.edited_device = now, device
            changed += 1
    if changed:
        session.flush()
        reindex_lead(session, lead)  # answers and notes are searchable
    return changed


def _apply(visit: Visit, edit: VisitEdit, base: VisitEdit | None) -> bool:
    cls = parse_class(visit.visitor_class)
    wanted = check_answers(cls, edit.answers)
    before = check_answers(cls, base.answers) if base is not None else dict(visit.answers or {})
    answers = dict(visit.answers or {})
    for key in set(wanted) | set(before):
        if wanted.get(key) == before.get(key):
            continue  # untouched in the dialog: keep what the visit has now
        if key in wanted:
            answers[key] = wanted[key]
        else:
            answers.pop(key, None)
    notes = check_length("The note", clean_text(edit.notes, multiline=True), MAX_NOTE)
    old_notes = base.notes if base is not None else visit.notes
    old_notes = clean_text(old_notes, multiline=True)
    new_notes = visit.notes if notes == old_notes else notes
    if answers == dict(visit.answers or {}) and new_notes == visit.notes:
        return False
    visit.answers, visit.notes = answers, new_notes
    return True


def set_follow_up(
    session: Session, lead_id: str, *, owner: str | None = None, done: bool | None = None
) -> Lead:
    """Set who follows the lead up (None: leave; "": whoever met them) and whether it
    is done (None: leave). The time of "done" is kept when it was done already.

    Raises:
        RefusedError: the lead is gone, or the owner's name is too long.
    """
    lead = session.get(Lead, lead_id)
    if lead is None or lead.deleted_at is not None:
        raise RefusedError("That lead was deleted meanwhile; nothing was changed.")
    changed = False
    if owner is not None:
        name = check_length("The owner", clean_text(owner), MAX_OWNER)
        if name != lead.follow_up_owner:
            lead.follow_up_owner, changed = name, True
    if done is not None and done != (lead.follow_up_done_at is not None):
        lead.follow_up_done_at, changed = (utcnow() if done else None), True
    if changed:
        lead.updated_at = utcnow()
        session.flush()
    return lead
