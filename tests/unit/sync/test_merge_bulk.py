"""Big merges take the fast lane (staged inserts, rows read lazily): same result as small ones."""

from __future__ import annotations

import copy
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select

from showfloor.domain.errors import StorageError
from showfloor.services.events import require_current_event
from showfloor.services.leads import LeadFilter, count_leads
from showfloor.services.sync import rows
from showfloor.services.sync.bundle import write_bundle
from showfloor.services.sync.files import merge_bundle
from showfloor.services.sync.merge import merge_snapshot
from showfloor.services.sync.snapshot import Snapshot, read_snapshot
from showfloor.store.database import Database
from showfloor.store.models import Lead

from .conftest import MakeDir
from .laptops import capture, merge_from, state

MANY = rows.STAGE_FROM + 20


def _many_people(source: Database) -> Snapshot:
    """The source's snapshot with its one lead copied into MANY different people."""
    with source.engine.connect() as conn:
        snap = read_snapshot(conn)
    (lead,), (visit,) = snap["leads"], snap["visits"]
    snap.tables["leads"], snap.tables["visits"] = [], []
    for i in range(MANY):
        person = copy.deepcopy(lead) | {"id": str(uuid.uuid4()), "badge_id": None}
        person |= {"email": f"person{i}@example.org", "first_name": f"Person{i}"}
        person["field_times"] = {}  # stamps come from updated_at, as for a captured lead
        snap["leads"].append(person)
        snap["visits"].append(
            copy.deepcopy(visit)
            | {"id": str(uuid.uuid4()), "lead_id": person["id"], "notes": f"note {i}"}
        )
    return snap


def _table_dump(db: Database) -> list[tuple[object, ...]]:
    with db.engine.connect() as conn:
        out: list[tuple[object, ...]] = []
        for table in ("leads", "visits"):
            out += conn.exec_driver_sql(f"SELECT * FROM {table} ORDER BY id").fetchall()
        out += conn.exec_driver_sql("SELECT rowid, body FROM lead_search ORDER BY 1").fetchall()
        return out


def test_staged_insert_writes_exactly_what_row_by_row_writes(
    make_dir: MakeDir, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = make_dir("source")
    capture(source, 0, "first talk")
    snap = _many_people(source)
    staged, plain = make_dir("staged"), make_dir("plain")
    with staged.engine.begin() as conn:
        summary = merge_snapshot(conn, copy.deepcopy(snap))
    monkeypatch.setattr(rows, "STAGE_FROM", 10**9)
    with plain.engine.begin() as conn:
        merge_snapshot(conn, copy.deepcopy(snap))
    assert summary.new_leads == MANY and summary.new_visits == MANY
    assert _table_dump(staged) == _table_dump(plain)
    assert len(_table_dump(staged)) == 3 * MANY
    with staged.session() as session:
        event_id = require_current_event(session).id
        assert count_leads(session, LeadFilter(event_id, search="note 7")) >= 1
        assert count_leads(session, LeadFilter(event_id, search="person519")) == 1


def test_a_person_already_here_is_not_a_new_lead(make_dir: MakeDir, tmp_path: Path) -> None:
    """Joined with a local lead the bundle never mentions by id (read only when needed)."""
    a, b = make_dir("a"), make_dir("b")
    for person in (1, 2, 3):
        capture(a, person)
    capture(a, 0, "on a")
    capture(b, 0, "on b")
    summary = merge_from(a, b, tmp_path)
    assert (summary.new_leads, summary.new_visits, summary.merged_duplicates) == (0, 1, 1)
    with a.session() as session:
        ada = session.scalars(select(Lead).where(Lead.email == "ada@example.org")).one()
        assert [v.notes for v in ada.visits] == ["on a", "on b"] and ada.visit_count == 2
        event_id = require_current_event(session).id
        assert count_leads(session, LeadFilter(event_id, search="on b")) == 1


def test_new_visit_of_an_unchanged_lead_updates_its_count(
    make_dir: MakeDir, tmp_path: Path
) -> None:
    a, b = make_dir("a"), make_dir("b")
    capture(a, 2, "one")
    merge_from(b, a, tmp_path)
    capture(b, 2, "two")
    merge_from(a, b, tmp_path)
    assert state(a) == state(b)
    with a.session() as session:
        alan = session.scalars(select(Lead)).one()
        assert alan.visit_count == 2 and [v.number for v in alan.visits] == [1, 2]


def test_a_failure_while_copying_rolls_everything_back(make_dir: MakeDir, tmp_path: Path) -> None:
    """The copy runs on a worker thread: its error must reach the user, and undo all."""
    source, target = make_dir("source"), make_dir("target")
    capture(source, 0, "first talk")
    snap = _many_people(source)
    path = tmp_path / "many.sfb"
    write_bundle(path, snap, device_id="d")
    capture(target, 1, "already here")
    before = state(target)
    with target.engine.begin() as conn:  # the disk fills up halfway through the copy
        conn.exec_driver_sql(
            "CREATE TRIGGER disk_full BEFORE INSERT ON leads WHEN NEW.first_name = 'Person300' "
            "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"
        )
    with pytest.raises(StorageError, match="The disk is full"):
        merge_bundle(target, path, trust=True)
    assert state(target) == before
    with target.engine.begin() as conn:
        conn.exec_driver_sql("DROP TRIGGER disk_full")
    assert merge_bundle(target, path, trust=True).new_leads == MANY  # and the database works on


def test_visits_moved_to_an_unchanged_local_lead_are_numbered_with_its_own(
    make_dir: MakeDir,
) -> None:
    """Found in review: only the moved visits were numbered, and the merge failed on
    a duplicate visit number (the lead they moved to was read but not changed)."""
    from datetime import UTC, datetime

    from showfloor.services.sync.rows import read_rows
    from showfloor.services.sync.snapshot import TABLES

    z = make_dir("z")
    s = capture(z, 0, "S talk")
    g = capture(z, 1, "G talk")
    with z.engine.connect() as conn:
        full = read_snapshot(conn)
        (local_s,) = [r for r in read_rows(conn, TABLES["leads"]) if r["id"] == s]
    del local_s["search_key"]
    snap = Snapshot()
    for name in ("devices", "events", "staff"):
        snap.tables[name] = full[name]
    now = datetime.now(UTC)
    snap.tables["leads"] = [local_s]  # S exactly as stored here
    snap.tables["tombstones"] = [
        {"entity": "lead", "entity_id": g, "deleted_at": now, "device_id": None}
    ]
    snap.tables["lead_aliases"] = [{"alias_id": g, "lead_id": s, "merged_at": now}]
    with z.engine.begin() as conn:
        merge_snapshot(conn, snap)
    with z.session() as session:
        (lead,) = session.scalars(select(Lead)).all()
        assert lead.id == s and lead.visit_count == 2
        assert [v.number for v in lead.visits] == [1, 2]
