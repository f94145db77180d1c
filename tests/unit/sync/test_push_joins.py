"""A push never signs over the server's copy of a person it joins without checking it.

On the real PostgreSQL server: laptop a pushes Ada, someone changes a's row by SQL,
then laptop b, which captured Ada on its own (another lead id, the same person),
pushes. The merge would join b's copy into the changed row and b would sign the
result; instead b's Ada stays out of the push, said in the pull's one line, and goes
once the row is repaired.
"""

from __future__ import annotations

import pytest

from showfloor.services.sync.remote import pull, push
from showfloor.services.sync.row_proofs import CHANGED, UNSIGNED
from showfloor.services.sync.status import local_marks

from .conftest import MakeDir
from .laptops import capture, edit, live
from helpers.cli import run_cli
from helpers.postgres import run_sql


def _company(url: str, lead_id: str) -> int:
    return run_sql(url, "SELECT 1 FROM leads WHERE id = :id AND company = 'Evil Corp'", id=lead_id)


def test_a_push_does_not_join_into_a_server_copy_changed_by_sql(
    pg_url: str, make_dir: MakeDir, capsys: pytest.CaptureFixture[str]
) -> None:
    a, b, c = make_dir("a"), make_dir("b"), make_dir("c")
    ada_a = capture(a, 0, "from a")
    push(a, pg_url)
    assert run_sql(pg_url, "UPDATE leads SET company = 'Evil Corp' WHERE id = :id", id=ada_a)
    ada_b = capture(b, 0, "from b")  # the same person (badge B-1), captured on b
    grace = capture(b, 1)
    assert ada_a != ada_b and b.path is not None

    result = run_cli(capsys, "--data-dir", str(b.path.parent), "sync", "push", "--url", pg_url)

    assert result.code == 0, result
    assert result.err.strip().splitlines() == [
        "showfloor: note: refused 1 row from the team server, not merged: "
        f"lead {ada_a[:8]} (Ada) was changed on the team server after it was signed "
        "(signature mismatch)"
    ]
    assert "refused rows 1" in result.out and "1 leads" in result.out
    # b signed nothing of Ada: the changed row still fails, for every laptop.
    pulled = pull(c, pg_url)
    assert [(r.table, r.key, r.reason) for r in pulled.refused] == [("leads", ada_a, CHANGED)]
    assert set(live(c)) == {grace}  # what b could vouch for arrived
    assert local_marks(b, pg_url).waiting >= 1  # b's Ada waits for a later push


def test_the_held_lead_goes_once_its_laptop_repairs_the_row(
    pg_url: str, make_dir: MakeDir
) -> None:
    a, b, c = make_dir("a"), make_dir("b"), make_dir("c")
    ada_a = capture(a, 0, "from a")
    push(a, pg_url)
    run_sql(pg_url, "UPDATE leads SET company = 'Evil Corp' WHERE id = :id", id=ada_a)
    capture(b, 0, "from b")
    assert len(push(b, pg_url).refused) == 1
    assert len(push(b, pg_url).refused) == 1  # asked again, still refused: not forgotten

    edit(a, ada_a, company="Initech")  # a pushes its own copy: the changed row is replaced
    assert push(a, pg_url).problem() is None
    again = push(b, pg_url)
    assert again.refused == () and again.problem() is None
    assert again.summary.merged_duplicates == 1
    assert local_marks(b, pg_url).waiting == 0

    pulled = pull(c, pg_url)
    assert pulled.refused == ()
    assert list(live(c).values()) == [2]  # one Ada, with a's visit and b's
    assert _company(pg_url, min(ada_a, *live(c))) == 0


def test_a_push_does_not_join_into_an_unsigned_server_copy(
    pg_url: str, make_dir: MakeDir
) -> None:
    a, b, c = make_dir("a"), make_dir("b"), make_dir("c")
    ada_a = capture(a, 0)
    push(a, pg_url)
    # Written by hand: the row and its visit carry no proof at all.
    run_sql(pg_url, "DELETE FROM sync_row_proofs WHERE table_name IN ('leads', 'visits')")
    capture(b, 0)
    result = push(b, pg_url)
    assert {r.reason for r in result.refused} == {UNSIGNED}
    assert {r.table for r in result.refused} == {"leads", "visits"}
    assert ada_a in {r.key for r in result.refused}
    assert result.leads_sent == 0
    pulled = pull(c, pg_url)
    assert pulled.refused and live(c) == {}


def test_a_visit_of_the_server_copy_changed_by_sql_holds_the_lead_back(
    pg_url: str, make_dir: MakeDir
) -> None:
    a, b = make_dir("a"), make_dir("b")
    ada_a = capture(a, 0, "from a")
    push(a, pg_url)
    run_sql(pg_url, "UPDATE visits SET notes = 'call me' WHERE lead_id = :id", id=ada_a)
    capture(b, 0, "from b")
    result = push(b, pg_url)
    assert [r.table for r in result.refused] == ["visits"]
    notes = run_sql(pg_url, "SELECT 1 FROM visits WHERE notes = 'from b'")
    assert notes == 0  # b's visit did not join the person on the server


def test_a_push_joining_a_checked_copy_merges_as_before(pg_url: str, make_dir: MakeDir) -> None:
    a, b, c = make_dir("a"), make_dir("b"), make_dir("c")
    capture(a, 0, "from a")
    push(a, pg_url)
    capture(b, 0, "from b")
    result = push(b, pg_url)
    assert result.refused == () and result.summary.merged_duplicates == 1
    pulled = pull(c, pg_url)
    assert pulled.refused == () and list(live(c).values()) == [2]
