"""A deleted or undone copy never takes a live lead with it (issue 13).

Each test follows what staff naturally do on one laptop (undo, delete, restore, then
capture the same visitor again) and merges a bundle, even an empty one, as the
booth lead does after the show. What the Leads view shows must not change.
"""

from __future__ import annotations

from pathlib import Path

from showfloor.services.sync.files import create_bundle, merge_bundle
from showfloor.services.sync.merge import MergeSummary
from showfloor.store.database import Database

from .conftest import MakeDir
from .laptops import capture, delete, live, live_visits, merge_from, restore, undo


def _merge_empty(target: Database, tmp_path: Path, make_dir: MakeDir) -> MergeSummary:
    empty = make_dir("empty")
    path = tmp_path / "empty.sfb"
    create_bundle(empty, path)
    return merge_bundle(target, path)


def test_undo_then_capture_again_keeps_one_live_lead_through_an_empty_merge(
    make_dir: MakeDir, tmp_path: Path
) -> None:
    a = make_dir("a")
    first = capture(a, 0, "wrong class")
    undo(a, first)
    again = capture(a, 0, "the real talk")
    assert again == first  # the undone lead comes back rather than a second one
    before = live(a), live_visits(a)
    summary = _merge_empty(a, tmp_path, make_dir)
    assert (live(a), live_visits(a)) == before == ({first: 1}, before[1])
    assert summary.merged_duplicates == 0 and summary.removed == 0


def test_delete_then_capture_again_keeps_the_new_visit_only(
    make_dir: MakeDir, tmp_path: Path
) -> None:
    a = make_dir("a")
    lead = capture(a, 1, "first")
    capture(a, 1, "second")
    delete(a, lead)
    capture(a, 1, "after the delete")
    assert live(a) == {lead: 1}
    before = live_visits(a)
    _merge_empty(a, tmp_path, make_dir)
    assert live(a) == {lead: 1} and live_visits(a) == before


def test_restore_after_a_capture_again_brings_every_visit_back(
    make_dir: MakeDir, tmp_path: Path
) -> None:
    a = make_dir("a")
    lead = capture(a, 2, "first")
    delete(a, lead)
    capture(a, 2, "again")
    restore(a, lead)
    assert live(a) == {lead: 2}
    _merge_empty(a, tmp_path, make_dir)
    assert live(a) == {lead: 2}


def test_an_old_deleted_copy_on_another_laptop_never_absorbs_the_live_lead(
    make_dir: MakeDir, tmp_path: Path
) -> None:
    """The reported loss: a second laptop holds a copy deleted later than it saw it."""
    a, b = make_dir("a"), make_dir("b")
    lead = capture(a, 0, "first")
    merge_from(b, a, tmp_path)  # b has it live
    delete(b, lead)  # b deletes its copy
    other = capture(b, 0, "b meets Ada again")  # b's own new lead of Ada
    merge_from(a, b, tmp_path)
    merge_from(b, a, tmp_path)
    for laptop in (a, b):
        assert set(live(laptop).values()) == {1}  # one Ada, with the visit after the delete
        assert len(live(laptop)) == 1
    assert other in live(b) or lead in live(b)


def test_a_visit_captured_after_a_delete_elsewhere_keeps_the_lead(
    make_dir: MakeDir, tmp_path: Path
) -> None:
    """b had not heard of a's delete when Ada came back: b's new visit is not lost."""
    a, b = make_dir("a"), make_dir("b")
    lead = capture(a, 0, "first")
    merge_from(b, a, tmp_path)
    delete(a, lead)
    capture(b, 0, "came back to b")
    for target, source in ((a, b), (b, a)):
        merge_from(target, source, tmp_path)
    for laptop in (a, b):
        assert live(laptop) == {lead: 1}  # live, with b's new visit; the deleted one stays so
    assert set(live_visits(a)) == set(live_visits(b))


def test_undone_on_one_laptop_stays_undone_after_merging_back(
    make_dir: MakeDir, tmp_path: Path
) -> None:
    a, b = make_dir("a"), make_dir("b")
    lead = capture(a, 3, "oops")
    merge_from(b, a, tmp_path)  # b got the capture before the undo
    undo(a, lead)
    merge_from(b, a, tmp_path)
    merge_from(a, b, tmp_path)
    assert live(a) == live(b) == {}


def test_a_format_2_restore_still_beats_the_older_delete() -> None:
    """A lead restored after a merge carried the restore's stamp on ``deleted_at``;
    read from an old bundle, its visits get that stamp, so it wins over the delete."""
    from datetime import UTC, datetime

    from showfloor.domain.lifecycle import state_key
    from showfloor.services.sync.clock import value_hash
    from showfloor.services.sync.legacy import upgrade_snapshot
    from showfloor.services.sync.snapshot import Snapshot

    restored_at = datetime(2026, 5, 1, 15, tzinfo=UTC)
    deleted_at = datetime(2026, 5, 1, 14, tzinfo=UTC)
    lead = {
        "id": "L",
        "deleted_at": None,
        "updated_at": restored_at,
        "device_id": "b",
        "field_times": {"deleted_at": ["2026-05-01T15:00:00.000000Z", "b", value_hash([None])]},
    }
    gone = {"id": "G", "deleted_at": deleted_at, "updated_at": deleted_at, "device_id": "a"}
    snap = Snapshot()
    snap["leads"].extend([lead, gone])
    snap["visits"].extend([{"id": "v1", "lead_id": "L", "number": 1}, {"id": "v2", "lead_id": "G"}])
    upgrade_snapshot(snap)
    (kept,) = snap["visits"]
    (trashed,) = snap["visit_trash"]
    assert kept["state_at"] == restored_at and kept["state_device"] == "b"
    assert trashed["id"] == "v2" and trashed["state_at"] == deleted_at
    assert state_key(kept["state_at"], "b", False) > state_key(deleted_at, "a", True)


def test_the_summary_says_per_lead_what_happened(make_dir: MakeDir, tmp_path: Path) -> None:
    from showfloor.services.sync.merge import Change

    from .laptops import edit, erase

    a, b = make_dir("a"), make_dir("b")
    ada, grace, alan = capture(a, 0), capture(a, 1), capture(a, 2)
    merge_from(b, a, tmp_path)
    delete(b, ada)
    edit(b, grace, company="Globex")
    erase(b, alan)
    capture(b, 3)  # Mei, new to a
    capture(b, 1, "again")  # Grace's second visit, on b
    summary = merge_from(a, b, tmp_path)
    seen = {(c.change, c.name) for c in summary.changes}
    assert seen == {
        (Change.DELETED, "Ada"),
        (Change.UPDATED, "Grace"),
        (Change.ERASED, "Alan"),
        (Change.NEW, "Mei"),
    }
    (grace_change,) = [c for c in summary.changes if c.name == "Grace"]
    assert grace_change.detail == "1 new visit, company"
    changes = summary.to_json_dict(changes=True)["changes"]
    assert isinstance(changes, list)  # one object a change
    assert changes[0]["change"] == "deleted"
    assert "changes" not in summary.to_json_dict()  # the contract's keys only


def _real_bundle(make_dir: MakeDir, tmp_path: Path) -> Path:
    """Another laptop of the same event that met Mei and Grace (Grace twice)."""
    other = make_dir("other")
    capture(other, 3, "mei at the other laptop")
    capture(other, 1, "grace at the other laptop")
    path = tmp_path / "other.sfb"
    create_bundle(other, path)
    return path


def test_undo_delete_restore_then_capture_again_survive_a_real_bundle(
    make_dir: MakeDir, tmp_path: Path
) -> None:
    """Each natural flow on one laptop, then a real teammate's bundle: the Leads view
    keeps every live lead with its visits (and gains the teammate's)."""
    a = make_dir("a")
    undone = capture(a, 0, "wrong class")
    undo(a, undone)
    capture(a, 0, "the real talk")  # Ada, captured again after Ctrl+Z
    deleted = capture(a, 2, "first")
    delete(a, deleted)
    capture(a, 2, "after the delete")  # Alan, captured again after Delete
    restored = capture(a, 1, "grace here")
    delete(a, restored)
    restore(a, restored)  # Grace, deleted then restored
    assert _named(a) == {"Ada": 1, "Alan": 1, "Grace": 1}
    merge_bundle(a, _real_bundle(make_dir, tmp_path))
    # Grace, met on both laptops, is one lead with both visits; Mei is new.
    assert _named(a) == {"Ada": 1, "Alan": 1, "Grace": 2, "Mei": 1}


def _named(db: Database) -> dict[str, int]:
    """The Leads view by name: each live lead's visits."""
    from sqlalchemy import select

    from showfloor.store.models import Lead

    with db.session() as session:
        query = select(Lead.first_name, Lead.visit_count).where(Lead.deleted_at.is_(None))
        return {str(name): count for name, count in session.execute(query)}


def test_a_lead_joined_elsewhere_is_joined_here_too_and_merging_again_is_quiet(
    make_dir: MakeDir, tmp_path: Path
) -> None:
    """Found by the property test: laptop b joined a's Ada into Grace (a's staff had
    typed Grace's address on Ada, then b merged); a then corrected Ada's address to a
    new one. A third laptop merging both kept Ada's row beside its alias, and the next
    merge failed on a duplicate alias."""
    from .laptops import edit

    for attempt in range(50):  # Ada's id must sort after Grace's: hers is the alias
        a, b = make_dir(f"a{attempt}"), make_dir(f"b{attempt}")
        ada, grace = capture(a, 0, "ada"), capture(b, 1, "grace at b")
        if grace < ada:
            break
    edit(a, ada, email="grace@example.org", badge_id=None)  # typed Grace's address
    merge_from(b, a, tmp_path)  # b: one lead now, Ada's id an alias of Grace's
    edit(a, ada, email="typo@example.org")  # a corrects it (to yet another address)
    target = make_dir("t")
    for source in (a, b):
        merge_from(target, source, tmp_path)
    again = merge_from(target, b, tmp_path)  # used to fail: UNIQUE lead_aliases.alias_id
    assert again.merged_duplicates == 0
    assert live(target) == {grace: 2}
