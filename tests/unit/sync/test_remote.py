"""Push/pull with PostgreSQL: the same result as merging bundles, and clear failures.

Needs SHOWFLOOR_TEST_PG_URL (.ci/start-postgres.sh prints it). Without it these
tests skip on a developer machine but fail in CI, so CI never silently skips them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from showfloor.domain.errors import RefusedError
from showfloor.services.sync.remote import pull, push

from .conftest import MakeDir
from .laptops import capture, edit, merge_from, state


def test_push_two_pull_into_third_equals_bundle_merge(
    pg_url: str, make_dir: MakeDir, tmp_path: Path
) -> None:
    a, b, c = make_dir("a"), make_dir("b"), make_dir("c")
    shared = capture(a, 1)
    merge_from(b, a, tmp_path)
    capture(a, 0, "from a")
    capture(b, 0, "from b")  # same person, other laptop
    capture(b, 2)
    edit(b, shared, company="Globex")
    first = push(a, pg_url)
    push(b, pg_url)
    assert first.summary.new_leads == 2
    pull(c, pg_url)
    reference = make_dir("ref")
    merge_from(reference, a, tmp_path)
    merge_from(reference, b, tmp_path)
    assert state(c) == state(reference)
    # Both ways again: nothing new travels, nothing changes.
    again = push(b, pg_url)
    assert again.leads_sent == 0 and again.summary.new_visits == 0
    pull(a, pg_url)
    pull(b, pg_url)
    assert state(a) == state(b) == state(c)


def test_only_changes_travel_after_the_first_push(pg_url: str, make_dir: MakeDir) -> None:
    a = make_dir("a")
    capture(a, 0)
    capture(a, 1)
    assert push(a, pg_url).leads_sent == 2
    capture(a, 2)
    assert push(a, pg_url).leads_sent == 1


def test_password_never_printed_and_unreachable_is_one_line(make_dir: MakeDir) -> None:
    a = make_dir("a")
    capture(a, 0)
    before = state(a)
    with pytest.raises(RefusedError) as info:
        push(a, "postgresql+psycopg://me:s3cret@127.0.0.1:1/nowhere")
    message = str(info.value)
    assert message == (
        "Cannot reach the server at 127.0.0.1:1: connection refused. "
        "Your local leads are untouched."
    )
    assert "s3cret" not in message
    assert state(a) == before
