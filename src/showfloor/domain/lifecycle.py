"""When a lead is live: the one rule that capture, Undo, Delete, Restore and the
merge all follow (docs/architecture.md, "A lead's life").

A lead is live while it has a live visit. Undo puts the visit it takes back in the
trash; Delete puts all of the lead's visits there; Restore brings back those Delete
put there. Each visit carries the time and laptop of its last move (its state
stamp), and a merge keeps, visit by visit, the newest state. So a delete removes
exactly the visits the deleting laptop knew: a visit captured on another laptop
that had not heard of the delete keeps the lead alive, and a deleted or undone copy
of a person can never take a live lead with it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

_NEVER = datetime.min.replace(tzinfo=UTC)  # the state stamp of a visit never moved


class TrashReason(StrEnum):
    UNDO = "undo"  # taken back right after the capture; Restore leaves it there
    DELETE = "delete"  # deleted with its lead; Restore brings it back


@dataclass(frozen=True)
class Timeline:
    """What a lead's visits say about it."""

    visit_count: int
    first_seen_at: datetime
    last_seen_at: datetime
    deleted_at: datetime | None


def timeline(
    live: Sequence[datetime], trashed: Sequence[tuple[datetime, datetime]]
) -> Timeline | None:
    """The lead's counts and dates from its live visits' times and its trashed
    visits' (time, moved-to-trash time); None for a lead with no visit at all.

    A lead with no live visit is deleted as of its latest move to the trash, and keeps
    the dates of its trashed visits (so a retention rule still sees its age).
    """
    if live:
        return Timeline(len(live), min(live), max(live), None)
    if trashed:
        ats = [at for at, _moved in trashed]
        return Timeline(0, min(ats), max(ats), max(moved for _at, moved in trashed))
    return None


def with_live_visit(
    visit_count: int | None,
    first_seen_at: datetime | None,
    last_seen_at: datetime | None,
    deleted_at: datetime | None,
    at: datetime,
) -> Timeline:
    """A lead's timeline after one new live visit at ``at``, from its own (derived)
    counts and dates, without reading its visits."""
    if visit_count and deleted_at is None:
        return Timeline(
            visit_count + 1, min(first_seen_at or at, at), max(last_seen_at or at, at), None
        )
    return Timeline(1, at, at, None)  # new, or deleted and captured again: no live visit


def state_key(
    state_at: datetime | None, state_device: str | None, trashed: bool
) -> tuple[datetime, str, bool]:
    """Orders the states of one visit: the newest move wins, a tie goes to the trash
    (deleting twice at the same instant on two laptops must not bring it back)."""
    when = _NEVER if state_at is None else state_at.astimezone(UTC)
    return when, state_device or "", trashed


def edit_key(edited_at: datetime | None, edited_device: str | None) -> tuple[datetime, str]:
    """Orders the edits of one visit's answers and notes (issue 22): the newest wins;
    a visit never edited has the lowest key, so any correction beats it."""
    when = _NEVER if edited_at is None else edited_at.astimezone(UTC)
    return when, edited_device or ""
