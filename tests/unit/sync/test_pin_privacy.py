"""PIN hashes never leave the laptop: not in a bundle, not on the team server.

A 4-digit PIN's scrypt hash falls to a few minutes of guessing, and whoever opens a
bundle could then unlock that laptop's kiosk lock.
"""

from __future__ import annotations

import gzip
from pathlib import Path

from sqlalchemy import create_engine, select, text

from showfloor.services.events import add_staff
from showfloor.services.pin import hash_pin
from showfloor.services.sync.bundle import read_bundle, write_bundle
from showfloor.services.sync.files import create_bundle, merge_bundles
from showfloor.services.sync.remote import pull, push
from showfloor.services.sync.snapshot import read_snapshot
from showfloor.store.database import Database
from showfloor.store.models import Staff

from .conftest import MakeDir
from .laptops import capture


def give_pins(db: Database) -> None:
    with db.session() as session:
        for staff in session.scalars(select(Staff)):
            staff.pin_hash = hash_pin("4821")


def hashes(db: Database) -> dict[str, str | None]:
    with db.session() as session:
        return {s.name: s.pin_hash for s in session.scalars(select(Staff))}


def test_a_bundle_holds_no_pin_hash(make_dir: MakeDir, tmp_path: Path) -> None:
    a = make_dir("a")
    give_pins(a)
    capture(a, 0)
    create_bundle(a, tmp_path / "a.sfb")
    raw = gzip.decompress((tmp_path / "a.sfb").read_bytes()).decode()
    assert "scrypt$" not in raw and "pin_hash" not in raw
    _manifest, snap = read_bundle(tmp_path / "a.sfb")
    assert {s["name"] for s in snap["staff"]} == {"Anna", "Ben"}


def test_an_older_bundle_with_hashes_merges_without_them(make_dir: MakeDir, tmp_path: Path) -> None:
    """Bundles made before this release still carry the column: read, never stored."""
    a, b = make_dir("a"), make_dir("b")
    with a.session() as session:
        add_staff(session, "Carl")
    give_pins(a)
    capture(a, 0, staff="Carl")
    with a.engine.connect() as conn:
        snap = read_snapshot(conn)
    with a.session() as session:
        pins = {s.id: s.pin_hash for s in session.scalars(select(Staff))}
    for row in snap["staff"]:
        row["pin_hash"] = pins[row["id"]]  # as an older version wrote them
    old = tmp_path / "old.sfb"
    write_bundle(old, snap, "old-laptop")
    assert "scrypt$" in gzip.decompress(old.read_bytes()).decode()
    merge_bundles(b, [old], trust=True)
    assert hashes(b) == {"Anna": None, "Ben": None, "Carl": None}


def test_no_pin_hash_reaches_the_team_server(
    pg_url: str,
    make_dir: MakeDir,
) -> None:
    a, c = make_dir("a"), make_dir("c")
    give_pins(a)
    capture(a, 0)
    push(a, pg_url)
    server = create_engine(pg_url)
    try:
        with server.connect() as conn:
            stored = conn.execute(text("SELECT name, pin_hash FROM staff")).all()
        assert stored and all(pin is None for _name, pin in stored)
        with server.begin() as conn:  # what an older version left on the server
            conn.execute(text("UPDATE staff SET pin_hash = 'scrypt$old'"))
        push(a, pg_url)
        with server.connect() as conn:
            left = conn.execute(text("SELECT count(*) FROM staff WHERE pin_hash IS NOT NULL"))
            assert left.scalar() == 0
    finally:
        server.dispose()
    pull(c, pg_url)
    assert set(hashes(c).values()) == {None}
    assert all(hashes(a).values())  # this laptop keeps its own
