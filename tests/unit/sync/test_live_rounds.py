"""Live rounds against a real PostgreSQL: only what changed travels, a renamed laptop's
new name arrives, and a save never waits for a big pull (services/sync/batches.py)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import Connection, select

from showfloor.domain.person import PersonFields
from showfloor.services.capture import CaptureRequest, CaptureService
from showfloor.services.events import rename_this_device, require_current_event
from showfloor.services.leads import get_lead
from showfloor.services.sync import batches, push_merge, remote
from showfloor.services.sync.batches import merge_in_parts
from showfloor.services.sync.live import LiveSync, TeamState
from showfloor.services.sync.merge import merge_snapshot
from showfloor.services.sync.snapshot import Snapshot
from showfloor.store.database import Database
from showfloor.store.models import Attendee, Device, Lead, Visit

from .conftest import MakeDir
from .laptops import capture, state


def _add_attendees(db: Database, count: int) -> None:
    with db.session() as session:
        event = require_current_event(session)
        for i in range(count):
            session.add(Attendee(event_id=event.id, badge_id=f"A-{i}", full_name=f"Guest {i}"))


@pytest.fixture
def sent(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[dict[str, int]]]:
    """The counts of each snapshot a push sends, in order."""
    seen: list[dict[str, int]] = []
    original = push_merge.merge_signed

    def spy(conn: Connection, snap: Snapshot, *args: Any) -> Any:
        seen.append(snap.counts())
        return original(conn, snap, *args)

    monkeypatch.setattr(push_merge, "merge_signed", spy)
    yield seen


@pytest.fixture
def pulled(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[dict[str, int]]]:
    """The counts of each snapshot a pull brings, in order."""
    seen: list[dict[str, int]] = []
    original = merge_in_parts  # what remote calls

    def spy(db: Database, snap: Snapshot, *args: Any, **kwargs: Any) -> Any:
        seen.append(snap.counts())
        return original(db, snap, *args, **kwargs)

    monkeypatch.setattr(remote, "merge_in_parts", spy)
    yield seen


def test_after_the_first_round_only_changed_rows_travel(
    pg_url: str,
    make_dir: MakeDir,
    sent: list[dict[str, int]],
    pulled: list[dict[str, int]],
) -> None:
    a, b = make_dir("a"), make_dir("b")
    _add_attendees(a, 40)  # the organiser's list
    capture(a, 0)
    live_a, live_b = LiveSync(a, pg_url), LiveSync(b, pg_url)
    assert live_a.run_round().state is TeamState.SYNCED
    assert live_b.run_round().state is TeamState.SYNCED
    assert sent[0]["attendees"] == 40 and pulled[-1]["attendees"] == 40  # first: whole
    sent.clear()
    pulled.clear()
    capture(a, 1)  # one new visitor, seen by Anna
    assert live_a.run_round().brought_changes is False
    assert live_b.run_round().brought_changes
    # The new lead and what it refers to; not the list, not Ben, not what b had.
    assert sent == [{**sent[0], "leads": 1, "visits": 1}]
    assert sent[0]["attendees"] == 0 and sent[0]["staff"] == 1
    assert sent[0]["events"] == 1 and sent[0]["devices"] == 1
    assert pulled[-1]["attendees"] == 0 and pulled[-1]["leads"] == 1
    assert pulled[-1]["staff"] == 1
    # Nothing changed: nothing is pushed, and the pull brings no rows at all.
    sent.clear()
    assert not live_a.run_round().brought_changes
    assert sent == []
    assert pulled[-1] == dict.fromkeys(pulled[-1], 0)
    assert state(a) == state(b)


def test_a_renamed_laptop_is_named_so_in_the_other_laptops_repeat_banner(
    pg_url: str, make_dir: MakeDir
) -> None:
    a, b = make_dir("a"), make_dir("b")
    lead_id = capture(a, 0)
    live_a, live_b = LiveSync(a, pg_url), LiveSync(b, pg_url)
    live_a.run_round()
    live_b.run_round()
    with a.session() as session:
        rename_this_device(session, "  Laptop 2 ")
    assert live_a.waiting() == 0  # no lead waits, yet the round pushes the new name
    assert live_a.run_round().state is TeamState.SYNCED
    assert live_b.run_round().state is TeamState.SYNCED
    with b.session() as session:
        assert get_lead(session, lead_id).history[-1].device == "Laptop 2"
        names = set(session.scalars(select(Device.name)))
    assert "Laptop 2" in names
    # A name typed twice is no change; an empty one is refused, with one line.
    with a.session() as session:
        assert rename_this_device(session, "Laptop 2") == "Laptop 2"
        with pytest.raises(Exception, match="laptop name is empty"):
            rename_this_device(session, "   ")


def test_a_save_completes_while_a_big_pull_is_in_progress(
    pg_url: str, make_dir: MakeDir, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The pull merges in parts; each part is slowed (a stub) so the pull lasts long
    enough to save into. The save must end while parts are still to come."""
    a, b = make_dir("a"), make_dir("b")
    capture(a, 0)
    LiveSync(a, pg_url).run_round()
    LiveSync(b, pg_url).run_round()  # b knows the server: the next pull is a big one
    for i in range(60):
        _capture_guest(a, i)
    LiveSync(a, pg_url).run_round()

    began = time.perf_counter()
    capture(b, 1, "seen on b before the pull")
    alone = time.perf_counter() - began
    monkeypatch.setattr(batches, "LEADS_PER_PART", 1)
    monkeypatch.setattr(batches, "MOST_PARTS", 10_000)  # one lead a part: many parts
    started, parts_after_save = threading.Event(), []
    saved = threading.Event()
    original = merge_snapshot  # what batches calls

    def slow_part(conn: Connection, part: Snapshot, *args: Any, **kwargs: Any) -> Any:
        if part["leads"]:
            started.set()
            if saved.is_set():
                parts_after_save.append(1)
            time.sleep(0.01)  # inside the part's transaction, holding the write lock
        return original(conn, part, *args, **kwargs)

    monkeypatch.setattr(batches, "merge_snapshot", slow_part)
    results: list[Any] = []
    pull = threading.Thread(target=lambda: results.append(LiveSync(b, pg_url).run_round()))
    pull.start()
    assert started.wait(30)
    began = time.perf_counter()
    capture(b, 0, "seen on b during the pull")
    waited = time.perf_counter() - began
    saved.set()
    pull.join(60)
    print(f"\na save alone: {alone * 1000:.1f} ms; during a pull of many parts: "
          f"{waited * 1000:.1f} ms")  # fmt: skip
    assert results and results[0].state is TeamState.SYNCED
    assert parts_after_save, "the save waited for the whole pull"
    for db in (b, a):
        LiveSync(db, pg_url).run_round()
    assert state(a) == state(b)  # the save and the pull both kept everything
    with b.session() as session:
        assert len(session.scalars(select(Lead.id)).all()) == 62


def _capture_guest(db: Database, i: int) -> None:
    request = CaptureRequest(
        visitor_class="customer",
        person=PersonFields(first_name=f"Guest{i}", email=f"guest{i}@example.org"),
        staff_name="Ben",
    )
    CaptureService(db).capture(request)


def test_a_pull_cut_between_parts_loses_and_doubles_nothing(
    pg_url: str, make_dir: MakeDir, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The laptop's pull stops after some parts (a crash, the lid closed): what was
    merged stays, the watermark did not move, and the next round merges the rest."""
    from showfloor.domain.errors import StorageError

    a, b = make_dir("a"), make_dir("b")
    for i in range(12):
        _capture_guest(a, i)
    capture(a, 0, "a repeat")
    capture(a, 0, "and again")
    LiveSync(a, pg_url).run_round()
    monkeypatch.setattr(batches, "LEADS_PER_PART", 1)
    monkeypatch.setattr(batches, "MOST_PARTS", 10_000)
    original, parts = merge_snapshot, []  # what batches calls

    def stop_after_five(conn: Connection, part: Snapshot, *args: Any, **kwargs: Any) -> Any:
        if part["leads"]:
            parts.append(1)
            if len(parts) > 5:
                raise StorageError("The disk could not be written (simulated).")
        return original(conn, part, *args, **kwargs)

    monkeypatch.setattr(batches, "merge_snapshot", stop_after_five)
    cut = LiveSync(b, pg_url).run_round()
    assert cut.state is TeamState.REFUSED and "simulated" in cut.message
    with b.session() as session:
        assert len(session.scalars(select(Lead.id)).all()) == 5  # the parts merged stay
    monkeypatch.setattr(batches, "merge_snapshot", original)
    again = LiveSync(b, pg_url).run_round()
    assert again.state is TeamState.SYNCED and again.waiting == 0
    assert state(a) == state(b)
    with b.session() as session:
        assert len(session.scalars(select(Visit.id)).all()) == 14  # none twice
