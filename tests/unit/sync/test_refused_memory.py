"""A row refused once is not read again every round, until something about it changes.

On the real PostgreSQL server, with every statement the pulls send recorded: the
second pull after a refusal says the same line without selecting the refused row;
a row changed since, signed again, or whose laptop is trusted now is read and
checked again, and what it held back comes with it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.engine import make_url

from showfloor.services.events import add_staff, create_event, set_staff_email
from showfloor.services.sync.remote import pull, push
from showfloor.store.database import Database, open_database

from .conftest import MakeDir
from .laptops import capture, edit, live, live_visits, state
from helpers.postgres import run_sql

Statement = tuple[str, list[Any]]


def _values(parameters: object) -> list[Any]:
    if isinstance(parameters, dict):
        return list(parameters.values())
    if isinstance(parameters, list | tuple):
        out: list[Any] = []
        for item in parameters:
            out.extend(_values(item) if isinstance(item, dict | list | tuple) else [item])
        return out
    return []


@contextmanager
def statements(url: str) -> Iterator[list[Statement]]:
    """Every statement sent to the test database while inside, with its values."""
    name = make_url(url).database
    seen: list[Statement] = []

    def record(conn: Any, _cursor: Any, statement: str, parameters: Any, *_rest: Any) -> None:
        if conn.engine.url.database == name:
            seen.append((" ".join(statement.split()), _values(parameters)))

    event.listen(Engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(Engine, "before_cursor_execute", record)


def reads_of(seen: list[Statement], table: str, key: str) -> list[str]:
    """The SELECTs from ``table`` that asked for the row ``key``."""
    return [
        sql
        for sql, values in seen
        if sql.startswith("SELECT") and f"FROM {table} " in f"{sql} " and key in values
    ]


def test_the_second_pull_says_the_refusal_again_without_reading_the_row(
    pg_url: str, make_dir: MakeDir
) -> None:
    a, b = make_dir("a"), make_dir("b")
    grace = capture(a, 1)
    push(a, pg_url)
    pull(b, pg_url)  # from now on b asks for what changed since
    ada = capture(a, 0)
    push(a, pg_url)
    run_sql(pg_url, "UPDATE leads SET company = 'Evil Corp' WHERE id = :id", id=ada)
    with statements(pg_url) as first_round:
        first = pull(b, pg_url)
    assert reads_of(first_round, "leads", ada)  # the recorder sees a read when there is one
    assert [r.key for r in first.refused] == [ada] and set(live(b)) == {grace}

    with statements(pg_url) as second_round:
        second = pull(b, pg_url)

    assert second.problem() == first.problem()  # said again, in the same line
    assert reads_of(second_round, "leads", ada) == []
    assert reads_of(second_round, "visits", ada) == []
    assert set(live(b)) == {grace}


def test_a_refused_row_changed_on_the_server_is_looked_at_again(
    pg_url: str, make_dir: MakeDir
) -> None:
    a, b = make_dir("a"), make_dir("b")
    ada = capture(a, 0)
    push(a, pg_url)
    run_sql(pg_url, "UPDATE leads SET company = 'Evil Corp' WHERE id = :id", id=ada)
    pull(b, pg_url)
    run_sql(pg_url, "UPDATE leads SET title = 'CEO' WHERE id = :id", id=ada)  # changed again
    with statements(pg_url) as seen:
        again = pull(b, pg_url)
    assert reads_of(seen, "leads", ada)
    assert [r.key for r in again.refused] == [ada]  # still not what a signed

    edit(a, ada, company="Initech")  # its laptop pushes its own copy: repaired
    push(a, pg_url)
    repaired = pull(b, pg_url)
    assert repaired.refused == () and repaired.problem() is None
    assert state(b) == state(a)  # the lead and its visit, held back so far, arrived


def test_a_row_signed_again_is_looked_at_again(pg_url: str, make_dir: MakeDir) -> None:
    a, b = make_dir("a"), make_dir("b")
    ada = capture(a, 0)
    push(a, pg_url)
    proofs = run_sql(pg_url, "SELECT * FROM sync_row_proofs")
    # The proofs go (as if written by hand), then come back unchanged: the rows did
    # not change, only their signatures, which the change log does not name.
    run_sql(pg_url, "CREATE TABLE kept AS SELECT * FROM sync_row_proofs")
    run_sql(pg_url, "DELETE FROM sync_row_proofs")
    assert len(pull(b, pg_url).refused) >= 1 and live(b) == {}
    run_sql(pg_url, "INSERT INTO sync_row_proofs SELECT * FROM kept")
    assert run_sql(pg_url, "SELECT * FROM sync_row_proofs") == proofs
    with statements(pg_url) as seen:
        signed = pull(b, pg_url)
    assert reads_of(seen, "leads", ada)
    assert signed.refused == () and ada in live(b)


def test_rows_held_back_by_a_refused_row_come_once_it_is_repaired(
    pg_url: str, make_dir: MakeDir
) -> None:
    a, b = make_dir("a"), make_dir("b")
    ada = capture(a, 0)
    push(a, pg_url)
    run_sql(pg_url, "UPDATE staff SET email = 'evil@example.org' WHERE name = 'Anna'")
    first = pull(b, pg_url)
    assert [r.table for r in first.refused] == ["staff"]
    assert ada not in live_visits(b).values()  # Anna's visits wait for Anna
    with statements(pg_url) as seen:
        assert [r.table for r in pull(b, pg_url).refused] == ["staff"]
    (visit,) = live_visits(a)
    assert reads_of(seen, "visits", visit) == [] and reads_of(seen, "visits", ada) == []
    with a.session() as session:
        set_staff_email(session, "Anna", "anna@example.org")
    push(a, pg_url)
    repaired = pull(b, pg_url)
    assert repaired.refused == ()
    assert ada in live_visits(b).values()


def test_trusting_the_laptop_reads_its_remembered_rows_again(
    pg_url: str, make_dir: MakeDir, tmp_path: Path
) -> None:
    path = tmp_path / "stranger" / "showfloor.db"
    path.parent.mkdir(parents=True)
    stranger: Database = open_database(path)
    with stranger.session() as session:
        create_event(session, "Fair")
        add_staff(session, "Anna")
    b = make_dir("b")
    try:
        ada = capture(stranger, 0)
        push(stranger, pg_url)
        assert pull(b, pg_url).untrusted
        with statements(pg_url) as seen:
            assert pull(b, pg_url).untrusted  # said again, unread
        assert reads_of(seen, "leads", ada) == []
        accepted = pull(b, pg_url, trust=True)
        assert accepted.refused == () and ada in live(b)
        assert live_visits(b) and set(live_visits(b).values()) == {ada}
    finally:
        stranger.close()


def test_a_memory_written_by_hand_or_damaged_is_no_memory() -> None:
    from showfloor.services.sync.refused_memory import RefusedMemory, Remembered
    from showfloor.services.sync.row_proofs import CHANGED, Refusal

    refusal = Refusal("visits", "v1", "visit v1 of lead 3f2a1b9c (Ada)", CHANGED)
    memory = RefusedMemory({("visits", "v1"): Remembered(refusal, ("ab", 7), "l1")}, set(), "t")
    memory.held = {("leads", "l2")}
    again = RefusedMemory.from_json(memory.to_json())
    assert again == memory
    for damaged in ("x", {"refused": [["visits", "v1"]]}, {"refused": [[*"abcdefgh"]]}):
        assert RefusedMemory.from_json(damaged) == RefusedMemory()
