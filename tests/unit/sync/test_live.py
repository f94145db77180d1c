"""Background sync rounds against a real PostgreSQL: what the window's worker runs."""

from __future__ import annotations

from pathlib import Path

from showfloor.services.sync.live import LiveSync, TeamState
from showfloor.services.sync.status import local_marks

from .conftest import MakeDir
from .laptops import capture, merge_from, state


def test_a_round_pushes_then_pulls_and_leaves_nothing_waiting(
    pg_url: str,
    make_dir: MakeDir,
) -> None:
    a, b = make_dir("a"), make_dir("b")
    capture(a, 0)
    capture(b, 1)
    live_a, live_b = LiveSync(a, pg_url), LiveSync(b, pg_url)
    first = live_a.run_round()
    assert first.state is TeamState.SYNCED and first.waiting == 0
    assert live_b.run_round().brought_changes  # Ada arrived on b
    result = live_a.run_round()
    assert result.brought_changes and result.waiting == 0  # Grace arrived on a
    assert state(a) == state(b)
    # What a pull merged is not "waiting": it came from the server.
    assert local_marks(a, pg_url).waiting == 0
    again = live_a.run_round()
    assert again.state is TeamState.SYNCED and not again.brought_changes


def test_an_unreachable_server_is_offline_with_the_changes_waiting(make_dir: MakeDir) -> None:
    a = make_dir("a")
    capture(a, 0)
    capture(a, 1)
    result = LiveSync(a, "postgresql://me:s3cret@127.0.0.1:1/team").run_round()
    assert result.state is TeamState.OFFLINE
    assert result.waiting == 2
    assert "s3cret" not in result.message and "127.0.0.1:1" in result.message


def test_a_wrong_password_is_sign_in_failed(pg_url: str, make_dir: MakeDir) -> None:
    from sqlalchemy.engine import make_url

    wrong = make_url(pg_url).set(password="not-the-password")
    result = LiveSync(make_dir("a"), wrong.render_as_string(hide_password=False)).run_round()
    assert result.state is TeamState.SIGN_IN_FAILED
    assert "not-the-password" not in result.message


def test_live_rounds_equal_a_bundle_merge(
    pg_url: str,
    make_dir: MakeDir,
    tmp_path: Path,
) -> None:
    a, b = make_dir("a"), make_dir("b")
    capture(a, 0, "a")
    capture(b, 0, "b")
    capture(b, 2)
    for db in (a, b, a):
        LiveSync(db, pg_url).run_round()
    reference = make_dir("ref")
    merge_from(reference, a, tmp_path)
    merge_from(reference, b, tmp_path)
    assert state(a) == state(b) == state(reference)
