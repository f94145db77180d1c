"""`sync push --all`: a team server filled before rows were signed, signed again.

On the real PostgreSQL server: the laptops pushed while no push signed anything (the
proof tables of migration 0010 arrived empty), so every pull refuses every row as
signed by no laptop. Each laptop pushes everything it holds once, signed; from then
on the others pull those rows with no refusal.
"""

from __future__ import annotations

import pytest

from showfloor.services.sync.remote import pull, push
from showfloor.services.sync.row_proofs import UNSIGNED

from .conftest import MakeDir
from .laptops import capture, live, state
from helpers.cli import run_cli
from helpers.postgres import run_sql


def _as_before_signing(url: str) -> None:
    """The server as one filled by a Showfloor that did not sign rows yet."""
    run_sql(url, "DELETE FROM sync_row_proofs")
    run_sql(url, "DELETE FROM sync_batches")


def test_push_all_signs_what_this_laptop_holds_and_another_pulls_it(
    pg_url: str, make_dir: MakeDir, capsys: pytest.CaptureFixture[str]
) -> None:
    a, c = make_dir("a"), make_dir("c")
    capture(a, 0, "wants a demo")
    capture(a, 1)
    capture(a, 0, "came back")  # a repeat visit
    push(a, pg_url)
    _as_before_signing(pg_url)
    refused = pull(c, pg_url)
    assert refused.refused and {r.reason for r in refused.refused} == {UNSIGNED}
    assert live(c) == {}
    assert push(a, pg_url).unsigned_left == 0  # nothing changed here: a plain push sends nothing
    assert pull(c, pg_url).refused  # still refused

    assert a.path is not None
    result = run_cli(
        capsys, "--data-dir", str(a.path.parent), "sync", "push", "--all", "--url", pg_url
    )

    assert result.code == 0, result
    assert result.out.startswith(f"pushed to {result.out.split()[2]} 2 leads;"), result.out
    assert result.err == ""  # every row on the server is one a holds: all signed
    pulled = pull(c, pg_url)
    assert pulled.refused == () and pulled.problem() is None
    assert state(c) == state(a)


def test_rows_only_another_laptop_holds_wait_for_its_push_all(
    pg_url: str, make_dir: MakeDir
) -> None:
    a, b, c = make_dir("a"), make_dir("b"), make_dir("c")
    ada = capture(a, 0)
    grace = capture(b, 1)
    push(a, pg_url)
    push(b, pg_url)
    _as_before_signing(pg_url)

    first = push(a, pg_url, everything=True)
    assert first.problem() is None  # b's rows are not a's to sign: a leaves them alone
    half = pull(c, pg_url)
    assert ada in live(c) and grace not in live(c)
    assert half.refused and all(r.reason == UNSIGNED for r in half.refused)

    second = push(b, pg_url, everything=True)
    assert second.unsigned_left == 0 and second.problem() is None
    done = pull(c, pg_url)
    assert done.refused == ()
    assert set(live(c)) == {ada, grace}
