"""A fresh database on the test PostgreSQL server (CI starts it: .ci/start-postgres.sh).

Without SHOWFLOOR_TEST_PG_URL the tests that need it skip on a developer machine but
fail in CI, so CI never silently skips them.
"""

from __future__ import annotations

import os
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError


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
        _drop(admin, name)
        admin.dispose()


def _drop(admin: Engine, name: str) -> None:
    """Drop the database even while a sync thread of the test is still connecting.

    FORCE cannot end a connection caught half-way through its start-up (its role is
    not known yet: "must be a member of the role whose process is being
    terminated"), so new connections are refused first and the drop is tried again
    while that one finishes.
    """
    with admin.connect() as conn:
        conn.execute(text(f'ALTER DATABASE "{name}" WITH ALLOW_CONNECTIONS false'))
        for attempt in range(50):
            try:
                conn.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
                return
            except DBAPIError:
                if attempt == 49:
                    raise
                time.sleep(0.1)


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A fresh, empty database on the test server for each test."""
    with fresh_database(pg_base()) as url:
        yield url


def run_sql(url: str, statement: str, **values: object) -> int:
    """Change the team database by hand, as anyone with its password can; the row count."""
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            return conn.execute(text(statement), values).rowcount
    finally:
        engine.dispose()
