"""A fresh database on the test PostgreSQL server (CI starts it: .ci/start-postgres.sh).

Without SHOWFLOOR_TEST_PG_URL the tests that need it skip on a developer machine but
fail in CI, so CI never silently skips them.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url


def pg_base() -> str:
    base = os.environ.get("SHOWFLOOR_TEST_PG_URL")
    if not base:
        if os.environ.get("CI"):
            pytest.fail("SHOWFLOOR_TEST_PG_URL is not set in CI (.ci/start-postgres.sh)")
        pytest.skip("SHOWFLOOR_TEST_PG_URL not set (run .ci/start-postgres.sh)")
    return base


@contextmanager
def fresh_database(base: str) -> Iterator[str]:
    """A new, empty database on the server of ``base`` (dropped on the way out)."""
    name = f"sf_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(base).set(database=name)
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A fresh, empty database on the test server for each test."""
    with fresh_database(pg_base()) as url:
        yield url
