"""Property: whatever three laptops did, merging their bundles in any order agrees."""

from __future__ import annotations

import contextlib
import shutil
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from showfloor.domain.errors import RefusedError
from showfloor.services.lead_edit import delete_lead
from showfloor.services.sync.files import create_bundle, merge_bundle
from showfloor.store.database import Database, open_database

from .laptops import capture, edit, erase, lead_ids, merge_from, state

OPS = st.lists(
    st.tuples(
        st.integers(0, 2),  # which laptop
        st.sampled_from(["capture", "capture", "edit", "delete", "erase", "share"]),
        st.integers(0, 3),  # which person / lead / other laptop
        st.sampled_from(["Acme", "Globex", None]),
    ),
    max_size=10,
)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(ops=OPS, order=st.permutations([0, 1, 2]))
def test_any_merge_order_gives_the_same_leads_and_visits(
    template: Path,
    tmp_path_factory,
    ops,
    order,  # type: ignore[no-untyped-def]
) -> None:
    root = tmp_path_factory.mktemp("prop")
    dbs = [_copy(template, root / f"d{i}") for i in range(3)]
    try:
        for laptop, op, n, value in ops:
            _apply(dbs, root, laptop, op, n, value)
        bundles = []
        for i, db in enumerate(dbs):
            bundles.append(root / f"{i}.sfb")
            create_bundle(db, bundles[-1])
        results = []
        for sequence in ([0, 1, 2], order):
            target = _copy(template, root / f"t{len(results)}")
            for i in sequence:
                merge_bundle(target, bundles[i])
            results.append(state(target))
            again = merge_bundle(target, bundles[order[0]])
            assert state(target) == results[-1]
            assert (again.new_leads, again.new_visits, again.merged_duplicates) == (0, 0, 0)
            target.close()
        first = order[0]
        for i in (j for j in order if j != first):
            merge_bundle(dbs[first], bundles[i])
        results.append(state(dbs[first]))
        assert results[0] == results[1] == results[2]
    finally:
        for db in dbs:
            db.close()
        shutil.rmtree(root, ignore_errors=True)


def _copy(template: Path, folder: Path) -> Database:
    folder.mkdir(parents=True)
    shutil.copy(template, folder / "showfloor.db")
    return open_database(folder / "showfloor.db")


def _apply(dbs: list[Database], root: Path, laptop: int, op: str, n: int, value) -> None:  # type: ignore[no-untyped-def]
    db = dbs[laptop]
    ids = sorted(lead_ids(db))
    if op == "capture":
        # Erased from this event on this laptop: the product refuses, as it should.
        with contextlib.suppress(RefusedError):
            capture(db, n, f"note {laptop}-{n}")
    elif op == "share" and n % 3 != laptop:
        merge_from(db, dbs[n % 3], root)
    elif ids and op == "edit":
        edit(db, ids[n % len(ids)], company=value)
    elif ids and op == "delete":
        with db.session() as session:
            lead = ids[n % len(ids)]
            from showfloor.store.models import Lead

            if session.get(Lead, lead).deleted_at is None:  # type: ignore[union-attr]
                delete_lead(session, lead)
    elif ids and op == "erase":
        erase(db, ids[n % len(ids)])
