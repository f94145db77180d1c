"""Where each visit ends up after a merge: under which lead, live or in the trash,
with which number. Pure: rows in, decisions out (``VisitPlan``); write.py applies them.

Rules (domain/lifecycle.py): a visit is the same visit on every laptop (same id);
what differs is its state, live or trashed, with the stamp of its last move, and its
answers and notes once corrected in the lead dialog, with the stamp of that edit
(``edited_at``/``edited_device``, issue 22). The newest state wins, and apart from
it the newest edit. A visit follows its lead through joins (aliases) and goes with
it when the lead is removed (erased elsewhere). Live visits are numbered 1..n per
lead by (time, id); a lead's counts, dates and ``deleted_at`` follow from its visits.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime

from showfloor.domain.lifecycle import Timeline, edit_key, state_key, timeline
from showfloor.services.sync.clock import Row

EDIT_STAMP = ("edited_at", "edited_device")
EDITABLE = ("answers", "notes", *EDIT_STAMP)  # what an edit changes, stamp included
LIVE_STATE = ("id", "lead_id", "at", "number", "state_at", "state_device", *EDIT_STAMP)
TRASH_STATE = ("id", "lead_id", "at", "reason", "state_at", "state_device", *EDIT_STAMP)

ReadContent = Callable[[list[str]], dict[str, Row]]


def _read_nothing(_ids: list[str]) -> dict[str, Row]:
    return {}


@dataclass
class VisitPlan:
    """What to change in ``visits`` and ``visit_trash``, and each lead's new timeline."""

    insert_live: list[Row] = field(default_factory=list)  # whole rows, numbered
    insert_trash: list[Row] = field(default_factory=list)  # whole rows
    delete_live: list[str] = field(default_factory=list)  # ids moved to the trash
    delete_trash: list[str] = field(default_factory=list)  # ids brought back
    renumber: list[Row] = field(default_factory=list)  # {id, lead_id, number}
    restamp_live: list[Row] = field(default_factory=list)  # {id, state_at, state_device}
    update_trash: list[Row] = field(default_factory=list)  # {id, lead_id, reason, state_*}
    edit_live: list[Row] = field(default_factory=list)  # {id, answers, notes, edited_*}
    edit_trash: list[Row] = field(default_factory=list)  # {id, answers, notes, edited_*}
    timelines: dict[str, Timeline] = field(default_factory=dict)
    new_live: dict[str, Row] = field(default_factory=dict)  # visits this database never had


@dataclass(frozen=True)
class _Final:
    row: Row  # the winning state, with the newest edit's answers and notes
    lead_id: str
    trashed: bool


def _key(row: Row, trashed: bool) -> tuple[object, ...]:
    return state_key(row.get("state_at"), row.get("state_device"), trashed)


def _edit(row: Row) -> tuple[object, ...]:
    return edit_key(row.get("edited_at"), row.get("edited_device"))


def plan_visits(
    incoming_live: Iterable[Row],
    incoming_trash: Iterable[Row],
    local_live: dict[str, Row],
    local_trash: dict[str, Row],
    resolve: Callable[[str], str],
    exists: Callable[[str], bool],
    staff_map: dict[str, str],
    read_content: ReadContent = _read_nothing,
) -> VisitPlan:
    """Decide every visit's place, and which of its versions' answers it keeps.

    Args:
        incoming_live, incoming_trash: the bundle's visits and trashed visits.
        local_live, local_trash: this database's rows (``LIVE_STATE`` /
            ``TRASH_STATE`` columns) of every lead the merge touches, by id.
        resolve: a lead id to the lead it is now (aliases, joins).
        exists: whether a lead is there after the merge.
        staff_map: another laptop's staff id to ours (same name).
        read_content: this database's ``EDITABLE`` columns of the given visit ids
            (wherever they are), for the few visits edited here after another
            laptop moved them.
    """
    best: dict[str, tuple[Row, bool]] = {}
    edited: dict[str, Row] = {}  # the incoming version with the newest edit, per visit
    for trashed, rows in ((False, incoming_live), (True, incoming_trash)):
        for row in rows:
            seen = best.get(row["id"])
            if seen is None or _key(row, trashed) > _key(*seen):
                best[row["id"]] = (row, trashed)
            newest = edited.get(row["id"])
            if newest is None or _edit(row) > _edit(newest):
                edited[row["id"]] = row
    finals: dict[str, _Final] = {}
    for vid, row in local_live.items():
        finals[vid] = _Final(row, resolve(row["lead_id"]), False)
    for vid, row in local_trash.items():
        finals[vid] = _Final(row, resolve(row["lead_id"]), True)
    plan = VisitPlan()
    for vid, (row, trashed) in best.items():
        local = finals.get(vid)
        if local is not None and _key(local.row, local.trashed) >= _key(row, trashed):
            continue
        # A visit's content is the same on every laptop: the winner's row carries it,
        # with its staff member as this database knows them.
        lead_id = local.lead_id if local is not None else resolve(row["lead_id"])
        staff_id = row.get("staff_id")
        row = {**row, "staff_id": staff_map.get(staff_id, staff_id) if staff_id else None}
        finals[vid] = _Final(row, lead_id, trashed)
    _newest_edits(finals, edited, local_live, local_trash, read_content)
    _place(plan, finals, local_live, local_trash, exists)
    return plan


def _newest_edits(
    finals: dict[str, _Final],
    edited: dict[str, Row],
    local_live: dict[str, Row],
    local_trash: dict[str, Row],
    read_content: ReadContent,
) -> None:
    """Give each visit's final row the answers and notes of its newest edit, wherever
    that edit was made (in place)."""
    ours: list[str] = []  # edited here later than the version whose state won
    for vid, final in finals.items():
        local = local_live.get(vid) or local_trash.get(vid)
        theirs = edited.get(vid)
        newest = max(
            (r for r in (final.row, theirs, local) if r is not None), key=_edit
        )
        if _edit(newest) == _edit(final.row):
            continue
        if newest is theirs:
            finals[vid] = _Final(
                {**final.row, **{k: newest.get(k) for k in EDITABLE}},
                final.lead_id,
                final.trashed,
            )
        else:
            ours.append(vid)
    for vid, content in read_content(ours).items():
        final = finals[vid]
        finals[vid] = _Final({**final.row, **content}, final.lead_id, final.trashed)


def _place(
    plan: VisitPlan,
    finals: dict[str, _Final],
    local_live: dict[str, Row],
    local_trash: dict[str, Row],
    exists: Callable[[str], bool],
) -> None:
    live: dict[str, list[tuple[datetime, str]]] = defaultdict(list)
    trash: dict[str, list[tuple[datetime, datetime]]] = defaultdict(list)
    for vid, final in finals.items():
        if not exists(final.lead_id):
            continue  # its lead is gone (erased elsewhere): its rows go with it
        if final.trashed:
            trash[final.lead_id].append((final.row["at"], final.row["state_at"]))
        else:
            live[final.lead_id].append((final.row["at"], vid))
    numbers: dict[str, int] = {}
    for lead_id in live.keys() | trash.keys():
        items = sorted(live.get(lead_id, []))  # (aware time, id): time order, ties by id
        for n, (_at, vid) in enumerate(items, start=1):
            numbers[vid] = n
        line = timeline([at for at, _ in items], trash.get(lead_id, []))
        if line is not None:
            plan.timelines[lead_id] = line
    for vid, final in finals.items():
        if not exists(final.lead_id):
            continue
        _diff(plan, vid, final, numbers.get(vid), local_live.get(vid), local_trash.get(vid))


def _diff(
    plan: VisitPlan,
    vid: str,
    final: _Final,
    number: int | None,
    was_live: Row | None,
    was_trashed: Row | None,
) -> None:
    row = final.row
    if final.trashed:
        if was_live is not None:
            plan.delete_live.append(vid)
        if was_trashed is None:
            plan.insert_trash.append(_trash_row(row, final.lead_id))
        elif _edit(was_trashed) != _edit(row):
            plan.edit_trash.append({"id": vid} | {k: row.get(k) for k in EDITABLE})
        elif [was_trashed[k] for k in TRASH_STATE[1:]] != [
            final.lead_id,
            *(row.get(k) for k in TRASH_STATE[2:]),
        ]:
            plan.update_trash.append(
                {"id": vid, "lead_id": final.lead_id}
                | {k: row.get(k) for k in ("reason", "state_at", "state_device")}
            )
        return
    assert number is not None
    if was_trashed is not None:
        plan.delete_trash.append(vid)
    if was_live is None:
        live_row = _live_row(row, final.lead_id, number)
        plan.insert_live.append(live_row)
        if was_trashed is None:
            plan.new_live[vid] = live_row
        return
    if (was_live["lead_id"], was_live["number"]) != (final.lead_id, number):
        plan.renumber.append({"id": vid, "lead_id": final.lead_id, "number": number})
    if (was_live["state_at"], was_live["state_device"]) != (
        row.get("state_at"),
        row.get("state_device"),
    ):
        plan.restamp_live.append(
            {"id": vid, "state_at": row.get("state_at"), "state_device": row.get("state_device")}
        )
    if _edit(was_live) != _edit(row):
        plan.edit_live.append({"id": vid} | {k: row.get(k) for k in EDITABLE})


_CONTENT = (
    "at", "visitor_class", "rating", "staff_id", "device_id", "notes", "answers", *EDIT_STAMP
)


def _live_row(row: Row, lead_id: str, number: int) -> Row:
    out = {k: row.get(k) for k in ("id", *_CONTENT, "created_at", "state_at", "state_device")}
    out["lead_id"], out["number"] = lead_id, number
    out["answers"] = out["answers"] or {}
    return out


def _trash_row(row: Row, lead_id: str) -> Row:
    out = {k: row.get(k) for k in ("id", *_CONTENT, "created_at", "reason", "state_at")}
    out["lead_id"], out["state_device"] = lead_id, row.get("state_device")
    out["answers"] = out["answers"] or {}
    return out
