"""Team-sync rows carry the laptop's signature: checked on the real PostgreSQL server.

Whoever can sync can also change the team database by SQL; a pull must notice and
refuse such rows in one line, and still merge everything a teammate signed.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from showfloor.services.events import add_staff, create_event
from showfloor.services.sync.remote import pull, push
from showfloor.store.database import Database, open_database

from .conftest import MakeDir
from .laptops import capture, edit, live, state
from helpers.cli import run_cli


def _sql(url: str, statement: str, **values: object) -> int:
    """Change the team database by hand, as anyone with its password can."""
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            return conn.execute(text(statement), values).rowcount
    finally:
        engine.dispose()


def _on_its_own(tmp_path: Path, name: str) -> Database:
    """A laptop set up separately (not from the team setup file): its own team key."""
    path = tmp_path / name / "showfloor.db"
    path.parent.mkdir(parents=True)
    db = open_database(path)
    with db.session() as session:
        create_event(session, "Fair")
        add_staff(session, "Anna")
    return db


def test_a_teammates_rows_apply_unchanged(pg_url: str, make_dir: MakeDir) -> None:
    a, b = make_dir("a"), make_dir("b")
    capture(a, 0, "from a")
    capture(a, 1)
    push(a, pg_url)
    result = pull(b, pg_url)
    assert result.refused == () and result.problem() is None
    assert state(b) == state(a)
    assert _sql(pg_url, "SELECT 1 FROM sync_batches") == 1  # one signature for the push


def test_a_row_changed_by_sql_is_refused_in_one_line(
    pg_url: str, make_dir: MakeDir, capsys: pytest.CaptureFixture[str]
) -> None:
    a, b = make_dir("a"), make_dir("b")
    ada = capture(a, 0)
    grace = capture(a, 1)
    push(a, pg_url)
    assert _sql(pg_url, "UPDATE leads SET company = 'Evil Corp' WHERE id = :id", id=ada) == 1
    assert b.path is not None

    result = run_cli(capsys, "--data-dir", str(b.path.parent), "sync", "pull", "--url", pg_url)

    assert result.code == 0, result
    lines = result.err.strip().splitlines()
    assert lines == [
        "showfloor: note: refused 1 row from the team server, not merged: "
        f"lead {ada[:8]} (Ada) was changed on the team server after it was signed "
        "(signature mismatch)"
    ]
    assert "refused rows 1" in result.out
    assert set(live(b)) == {grace}  # the teammate's other lead applies; Ada does not


def test_a_refused_lead_is_asked_for_again_and_its_laptop_repairs_it(
    pg_url: str, make_dir: MakeDir
) -> None:
    a, b = make_dir("a"), make_dir("b")
    ada = capture(a, 0)
    push(a, pg_url)
    _sql(pg_url, "UPDATE leads SET company = 'Evil Corp' WHERE id = :id", id=ada)
    assert len(pull(b, pg_url).refused) == 1
    assert len(pull(b, pg_url).refused) == 1  # still there: said again, not forgotten
    # The laptop that holds the lead pushes it again: its own copy replaces the
    # changed row, and its edit arrives.
    edit(a, ada, company="Initech")
    pushed = push(a, pg_url)
    assert pushed.unsigned_left == 0 and pushed.problem() is None
    again = pull(b, pg_url)
    assert again.refused == ()
    assert ada in live(b)
    assert state(b) == state(a)


def test_a_push_does_not_sign_over_a_row_it_cannot_vouch_for(
    pg_url: str, make_dir: MakeDir
) -> None:
    a, b, c = make_dir("a"), make_dir("b"), make_dir("c")
    capture(b, 1)
    push(b, pg_url)  # b's laptop row is on the server now; a has never seen it
    _sql(pg_url, "UPDATE devices SET name = 'Evil' WHERE name <> 'a'")
    ada = capture(a, 0)
    push(a, pg_url)  # a merges into the server's rows, b's laptop row among them
    pulled = pull(c, pg_url)
    assert [r.table for r in pulled.refused] == ["devices"]  # still not vouched for
    assert ada in live(c)  # what a signed applies


def test_a_row_written_by_sql_is_refused_unsigned(pg_url: str, make_dir: MakeDir) -> None:
    a, b = make_dir("a"), make_dir("b")
    capture(a, 0)
    push(a, pg_url)
    _sql(pg_url, "DELETE FROM sync_row_proofs WHERE table_name = 'events'")
    result = pull(b, pg_url)
    assert [r.table for r in result.refused] == ["events"]
    assert "signed by no laptop" in (result.problem() or "")


def test_a_changed_signed_list_is_refused(pg_url: str, make_dir: MakeDir) -> None:
    a, b = make_dir("a"), make_dir("b")
    ada = capture(a, 0)
    push(a, pg_url)
    # Make the list say the tampered row is the signed one: the signature breaks.
    _sql(pg_url, "UPDATE leads SET company = 'Evil Corp' WHERE id = :id", id=ada)
    engine = create_engine(pg_url)
    from showfloor.services.sync.row_proofs import row_digest
    from showfloor.services.sync.snapshot import read_snapshot

    with engine.begin() as conn:
        row = read_snapshot(conn, lead_ids=[ada])["leads"][0]
        digest = row_digest("leads", row)
        manifest = conn.execute(text("SELECT manifest FROM sync_batches")).scalar_one()
        manifest["rows"]["leads"][ada] = digest
        conn.execute(
            text("UPDATE sync_batches SET manifest = CAST(:m AS json)"),
            {"m": __import__("json").dumps(manifest)},
        )
        conn.execute(
            text("UPDATE sync_row_proofs SET digest = :d WHERE row_key = :id"),
            {"d": digest, "id": ada},
        )
    engine.dispose()
    result = pull(b, pg_url)
    assert ada not in live(b)
    assert result.refused and all("signature mismatch" in r.reason for r in result.refused)


def test_rows_of_a_laptop_set_up_on_its_own_need_trust(
    pg_url: str, make_dir: MakeDir, tmp_path: Path
) -> None:
    stranger = _on_its_own(tmp_path, "stranger")
    b = make_dir("b")
    try:
        ada = capture(stranger, 0)
        push(stranger, pg_url)
        first = pull(b, pg_url)
        assert ada not in live(b)
        problem = first.problem() or ""
        assert "comes from a laptop this one does not trust yet" in problem
        accepted = pull(b, pg_url, trust=True)
        assert accepted.refused == () and len(accepted.trusted_now) == 1
        assert ada in live(b)
        # Remembered: its next rows apply with no question.
        grace = capture(stranger, 1)
        push(stranger, pg_url)
        later = pull(b, pg_url)
        assert later.refused == () and grace in live(b)
    finally:
        stranger.close()


def test_live_round_says_what_was_refused(pg_url: str, make_dir: MakeDir) -> None:
    from showfloor.services.sync.live import LiveSync, TeamState

    a, b = make_dir("a"), make_dir("b")
    ada = capture(a, 0)
    push(a, pg_url)
    _sql(pg_url, "UPDATE leads SET title = 'CEO' WHERE id = :id", id=ada)
    result = LiveSync(b, pg_url).run_round()
    assert result.state is TeamState.SYNCED and result.refused == 1
    assert result.message.startswith("refused 1 row from the team server, not merged: lead")


def test_an_erase_pulled_from_the_server_leaves_this_laptops_backups_too(
    pg_url: str, make_dir: MakeDir
) -> None:
    from showfloor.services.backup import backup_folders, make_backup

    from .laptops import erase

    a, b = make_dir("a"), make_dir("b")
    ada = capture(a, 0, "wants the engine")
    push(a, pg_url)
    pull(b, pg_url)
    assert b.path is not None
    made = make_backup(b.path, backup_folders(b.path)).made
    assert len(made) == 1 and b"ada@example.org" in made[0].path.read_bytes()
    erase(a, ada)
    push(a, pg_url)
    result = pull(b, pg_url)
    assert result.refused == () and result.summary.removed == 1
    assert result.summary.backups_rewritten == 1
    for path in (b.path, made[0].path, b.path.with_name(b.path.name + "-wal")):
        if path.exists():
            assert b"ada@example.org" not in path.read_bytes().lower(), path
