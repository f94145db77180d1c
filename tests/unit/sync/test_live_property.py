"""Property: bundles and live sync mixed in any order give what bundles alone give.

Three laptops capture the same people; between captures, any laptop pushes to or
pulls from the team server (a real PostgreSQL), or hands a bundle to another
laptop. At the end every laptop syncs until all have pulled everything, and each
must equal a fresh data dir that merged the three laptops' bundles: the two paths
use the same merge, so conflicts follow the same field stamps either way.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from showfloor.services.sync.remote import pull, push
from showfloor.store.database import Database, open_database

from .laptops import capture, edit, lead_ids, merge_from, state
from helpers.postgres import fresh_database, pg_base

STEPS = st.lists(
    st.tuples(
        st.integers(0, 2),  # which laptop
        st.sampled_from(["capture", "capture", "edit", "push", "pull", "bundle"]),
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
    template: Path, tmp_path_factory: pytest.TempPathFactory, steps: list[tuple[int, str, int, str]]
) -> None:
    base = pg_base()
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
                elif what == "bundle":
                    merge_from(dbs[(laptop + 1 + which % 2) % 3], db, root)
            for _pass in range(2):
                for db in dbs:
                    push(db, url)
                    pull(db, url)
        reference = _copy(template, root / "reference")
        for db in dbs:
            merge_from(reference, db, root)
        assert state(dbs[0]) == state(dbs[1]) == state(dbs[2]) == state(reference)
        reference.close()
    finally:
        for db in dbs:
            db.close()


def _copy(template: Path, folder: Path) -> Database:
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(template, folder / "showfloor.db")
    return open_database(folder / "showfloor.db")
