import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from showfloor.domain.errors import StorageError
from showfloor.store.database import open_database
from showfloor.store.migrate import SCHEMA_HEAD

from helpers.builders import OpenDb


def test_sqlite_runs_in_wal_with_full_sync_and_foreign_keys(
    tmp_path: Path, open_db: OpenDb
) -> None:
    db = open_db(tmp_path / "a.db")
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA busy_timeout")).scalar_one() >= 1000


def test_a_database_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    open_database(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(StorageError, match="newer version of Showfloor .schema 9999"):
        open_database(path)


def test_a_file_that_is_not_a_database_gets_one_clear_line(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StorageError) as info:
        open_database(path)
    message = str(info.value)
    assert "damaged" in message and "backup" in message
    assert "\n" not in message
    assert path.read_bytes().startswith(b"this is not sqlite")  # left as it was


def test_a_copy_is_made_before_migrating(tmp_path: Path) -> None:
    fixture = Path(__file__).parents[2] / "fixtures" / "db" / "schema-0001.db"
    path = tmp_path / "showfloor.db"
    shutil.copy(fixture, path)
    open_database(path).close()
    copies = list(tmp_path.glob("showfloor.db.before-migration-0001-*"))
    assert len(copies) == 1
    with sqlite3.connect(copies[0]) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (SCHEMA_HEAD,)


def test_an_up_to_date_database_is_not_copied(tmp_path: Path) -> None:
    path = tmp_path / "showfloor.db"
    open_database(path).close()
    open_database(path).close()
    assert list(tmp_path.glob("*.before-migration-*")) == []
