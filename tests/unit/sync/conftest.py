"""Data dirs that share one event, as after the booth lead handed out the set-up.

Copies of one template hold its team key (services/sync/keys.py), as laptops that
joined through the team setup file do: they trust each other's bundles. Each copy
makes its own laptop key on first use.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from showfloor.services.events import add_staff, create_event
from showfloor.services.sync.keys import team_keys
from showfloor.store.database import Database, open_database

MakeDir = Callable[[str], Database]



@pytest.fixture(scope="session")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated database with the shared event, staff and team key, but no device yet."""
    path = tmp_path_factory.mktemp("template") / "showfloor.db"
    db = open_database(path)
    with db.session() as session:
        create_event(session, "Fair")
        for name in ("Anna", "Ben"):
            add_staff(session, name)
        team_keys(session)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return path


@pytest.fixture
def make_dir(template: Path, tmp_path: Path) -> Iterator[MakeDir]:
    opened: list[Database] = []

    def make(name: str) -> Database:
        path = tmp_path / name / "showfloor.db"
        path.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(template, path)
        db = open_database(path)
        opened.append(db)
        return db

    yield make
    for db in opened:
        db.close()
