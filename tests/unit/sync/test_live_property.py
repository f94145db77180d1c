"""Property: bundles and live sync mixed in any order give what bundles alone give.

Three laptops capture the same people; between captures, any laptop pushes to or
pulls from the team server (a real PostgreSQL), runs a round as the window's
background sync does, renames itself, or hands a bundle to another laptop. Pulls
merge one lead per transaction here (services/sync/batches.py), so cutting a pull
into parts is part of what is checked. At the end every laptop syncs until all have
pulled everything, and each must equal a fresh data dir that merged the three
laptops' bundles (leads, visits, and each laptop's name): the two paths use the same
merge, so conflicts follow the same field stamps either way.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from showfloor.services.events import rename_this_device, this_device
from showfloor.services.sync import batches
from showfloor.services.sync.live import LiveSync, TeamState
from showfloor.services.sync.remote import pull, push
from showfloor.store.database import Database, open_database

from .laptops import capture, devices, edit, lead_ids, merge_from, state
from helpers.postgres import fresh_database, pg_base

STEPS = st.lists(
    st.tuples(
        st.integers(0, 2),  # which laptop
        st.sampled_from(
            ["capture", "capture", "edit", "push", "pull", "round", "rename", "bundle"]
        ),
        st.integers(0, 3),  # which person, or which other laptop
        st.sampled_from(["Acme", "Globex"]),
    ),
    max_size=12,
)
EXAMPLES = int(os.environ.get("SHOWFLOOR_LIVE_PROPERTY_EXAMPLES", "12"))


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(steps=STEPS)
def test_bundles_and_live_sync_in_any_order_agree(
    template: Path,
    tmp_path_factory: pytest.TempPathFactory,
    monkeypatch: pytest.MonkeyPatch,
    steps: list[tuple[int, str, int, str]],
) -> None:
    base = pg_base()
    monkeypatch.setattr(batches, "LEADS_PER_PART", 1)
    monkeypatch.setattr(batches, "MOST_PARTS", 10_000)
    root = tmp_path_factory.mktemp("mixed")
    dbs = [_copy(template, root / f"d{i}") for i in range(3)]
    try:
        with fresh_database(base) as url:
            for laptop, what, which, company in steps:
                db = dbs[laptop]
                if what == "capture":
                    capture(db, which, f"{laptop}")
                elif what == "edit" and (ids := lead_ids(db)):
                    edit(db, ids[which % len(ids)], company=company)
                elif what == "push":
                    push(db, url)
                elif what == "pull":
                    pull(db, url)
                elif what == "round":
                    assert LiveSync(db, url).run_round().state is TeamState.SYNCED
                elif what == "rename":
                    with db.session() as session:
                        rename_this_device(session, f"Laptop {laptop} {company}")
                elif what == "bundle":
                    merge_from(dbs[(laptop + 1 + which % 2) % 3], db, root)
            for db in dbs:  # every laptop has its device row before the last rounds
                with db.session() as session:
                    this_device(session)
            for _pass in range(2):
                for db in dbs:
                    push(db, url)
                    pull(db, url)
        reference = _copy(template, root / "reference")
        for db in dbs:
            merge_from(reference, db, root)
        assert state(dbs[0]) == state(dbs[1]) == state(dbs[2]) == state(reference)
        with reference.session() as session:
            own = this_device(session)
            reference_devices = devices(reference) - {(own.id, own.name)}
        assert devices(dbs[0]) == devices(dbs[1]) == devices(dbs[2]) == reference_devices
        reference.close()
    finally:
        for db in dbs:
            db.close()


def _copy(template: Path, folder: Path) -> Database:
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(template, folder / "showfloor.db")
    return open_database(folder / "showfloor.db")
