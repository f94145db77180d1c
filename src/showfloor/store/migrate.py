"""Alembic, driven from code at start-up.

Reading the revision is cheap and done on every start; Alembic itself is imported
only when the schema really has to change, to keep start-up fast.
"""

from __future__ import annotations

import threading

from sqlalchemy import Connection, inspect, text

# Kept in step with migrations/versions by tests/unit/store/test_migrations.py.
KNOWN_REVISIONS = (
    "0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008", "0009", "0010",
    "0011", "0012",
)  # fmt: skip
SCHEMA_HEAD = KNOWN_REVISIONS[-1]


def current_revision(conn: Connection) -> str | None:
    if not inspect(conn).has_table("alembic_version"):
        return None
    row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
    return None if row is None else str(row[0])


def alembic_config(conn: Connection | None = None):  # type: ignore[no-untyped-def]
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", "showfloor.store:migrations")
    if conn is not None:
        config.attributes["connection"] = conn
    return config


# Alembic keeps its running environment in module globals: two upgrades at once in
# one process (the window's background sync migrating a fresh team server while a
# data dir opens) would tear each other's down.
_ONE_AT_A_TIME = threading.Lock()


def upgrade(conn: Connection, revision: str = "head") -> None:
    from alembic import command

    with _ONE_AT_A_TIME:
        command.upgrade(alembic_config(conn), revision)
