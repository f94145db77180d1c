"""A team server of our own (services/sync/local_server.py, as `showfloor team-server`
makes it): stopped in the middle of a push and started again, nothing is lost or
doubled; three laptops pushing at once for 20 rounds end as a bundle merge would.

The cluster is made with PostgreSQL's initdb/pg_ctl in a temporary folder, so the
CI server the other tests use is never disturbed. PostgreSQL refuses to run as
root: on a root CI box its programs run as the ``postgres`` user.
"""

from __future__ import annotations

import random
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection, func, select

from showfloor.domain.errors import StorageError
from showfloor.services.sync import push_merge, remote
from showfloor.services.sync.live import LiveSync, TeamState
from showfloor.services.sync.local_server import (
    LocalCluster,
    create_team_database,
)
from showfloor.services.sync.merge import merge_snapshot
from showfloor.store.database import Database
from showfloor.store.models import Visit

from .conftest import MakeDir
from .laptops import PEOPLE, capture, merge_from, state
from helpers.team_cluster import own_cluster

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def own_server() -> Iterator[tuple[LocalCluster, str]]:
    """A running cluster of our own and the team database's URL (with its password)."""
    with own_cluster() as server:
        yield server


def _database(url: str, name: str) -> str:
    """A fresh team database of its own on the server of ``url``."""
    server = url.rsplit("/", 1)[0]
    create_team_database(server + "/postgres", name)
    return f"{server}/{name}"


def _visits(db: Database) -> int:
    with db.session() as session:
        return int(session.scalar(select(func.count()).select_from(Visit)) or 0)


def test_the_server_stopped_mid_push_and_restarted_loses_and_doubles_nothing(
    own_server: tuple[LocalCluster, str],
    make_dir: MakeDir,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    cluster, url = own_server
    a = make_dir("a")
    capture(a, 0)
    live = LiveSync(a, url)
    assert live.run_round().state is TeamState.SYNCED
    capture(a, 0, "again")  # a repeat visit
    capture(a, 1)
    original = merge_snapshot  # what remote calls

    def stop_the_server_then_merge(conn: Connection, *args: Any, **kwargs: Any) -> Any:
        if conn.dialect.name == "postgresql":
            cluster.stop("immediate")  # as a crash or a pulled plug, mid-transaction
        return original(conn, *args, **kwargs)

    monkeypatch.setattr(push_merge, "merge_snapshot", stop_the_server_then_merge)
    cut = live.run_round()
    assert cut.state is TeamState.OFFLINE
    assert cut.waiting == 2 and "local leads are untouched" in cut.message
    monkeypatch.setattr(push_merge, "merge_snapshot", original)
    assert live.run_round().state is TeamState.OFFLINE  # still down: nothing changes
    cluster.start()
    back = live.run_round()
    assert back.state is TeamState.SYNCED and back.waiting == 0
    # The server holds exactly this laptop's leads and visits: none lost, none twice.
    fresh = make_dir("fresh")
    LiveSync(fresh, url).run_round()
    assert state(fresh) == state(a)
    assert _visits(fresh) == _visits(a) == 3


def test_a_push_whose_acknowledgement_was_lost_doubles_nothing(
    own_server: tuple[LocalCluster, str],
    make_dir: MakeDir,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The server committed, then the laptop failed before noting it (power, disk):
    the next round sends the same leads again, and the merge takes them once."""
    _cluster, url = own_server
    url = _database(url, "ack")
    a = make_dir("a")
    capture(a, 2)
    capture(a, 2, "second visit")
    original = remote._put
    failed: list[str] = []

    def lose_the_local_note(conn: Connection, key: str, value: Any) -> None:
        if conn.dialect.name == "sqlite" and key.startswith("sync:") and not failed:
            failed.append(key)
            raise StorageError("the laptop stopped before it noted the push")
        original(conn, key, value)

    monkeypatch.setattr(remote, "_put", lose_the_local_note)
    first = LiveSync(a, url).run_round()
    assert failed and first.state is TeamState.REFUSED and first.waiting == 1
    assert LiveSync(a, url).run_round().state is TeamState.SYNCED
    fresh = make_dir("fresh")
    LiveSync(fresh, url).run_round()
    assert state(fresh) == state(a) and _visits(fresh) == 2


ROUNDS = 20


def test_three_laptops_pushing_at_once_for_20_rounds_equal_a_bundle_merge(
    own_server: tuple[LocalCluster, str],
    make_dir: MakeDir,
    tmp_path: Path,
) -> None:
    _cluster, base = own_server
    url = _database(base, "three")
    laptops = [make_dir(f"laptop{i}") for i in range(3)]
    errors: list[BaseException] = []
    start = threading.Barrier(3)

    def laptop(index: int) -> Callable[[], None]:
        def work() -> None:
            db, rng = laptops[index], random.Random(index)
            live = LiveSync(db, url)
            try:
                start.wait()
                for round_no in range(ROUNDS):
                    # The same people meet every laptop: joins, repeats and conflicts.
                    capture(db, rng.randrange(len(PEOPLE)), f"{index}-{round_no}")
                    result = live.run_round(pull_too=round_no % 3 == 0)
                    assert result.state is TeamState.SYNCED, result.message
            except BaseException as exc:
                errors.append(exc)

        return work

    threads = [threading.Thread(target=laptop(i)) for i in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=240)
    assert not errors, errors
    for _pass in range(2):  # every laptop has pulled what the others pushed last
        for db in laptops:
            assert LiveSync(db, url).run_round().state is TeamState.SYNCED
    reference = make_dir("reference")
    for db in laptops:
        merge_from(reference, db, tmp_path)
    assert _visits(reference) == 3 * ROUNDS
    assert state(laptops[0]) == state(laptops[1]) == state(laptops[2]) == state(reference)
