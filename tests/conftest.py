"""Every test runs offscreen, in its own data dir, with no network."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from showfloor.config import ENV_DATA_DIR, Paths  # noqa: E402
from showfloor.store.database import Database, open_database  # noqa: E402

from helpers.postgres import pg_url  # noqa: E402, F401  (a fixture: a fresh PostgreSQL database)


@pytest.fixture(scope="session", autouse=True)
def one_qt_application() -> Iterator[object]:
    """The process's one Qt application is a QApplication, whichever test runs first.

    The command line's PDF path makes a QGuiApplication when none runs; had a CLI
    test made it first in a worker, every widget test after it there would fail
    ("Existing QApplication is not an instance of QApplication").
    """
    from PySide6.QtWidgets import QApplication

    yield QApplication.instance() or QApplication([])


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh data dir per test; subprocesses inherit it through the environment."""
    path = tmp_path / "data"
    monkeypatch.setenv(ENV_DATA_DIR, str(path))
    return path


@pytest.fixture(autouse=True)
def user_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The window's remembered size and position go to a scratch folder, never the
    developer's: in this process (QSettings' path) and in subprocesses (XDG)."""
    from PySide6.QtCore import QSettings

    path = tmp_path / "config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(path))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(path))
    return path


@pytest.fixture
def paths(data_dir: Path) -> Paths:
    return Paths(data_dir)


@pytest.fixture
def db(paths: Paths) -> Iterator[Database]:
    database = open_database(paths.database)
    yield database
    database.close()


@pytest.fixture
def open_db() -> Iterator[Callable[[Path], Database]]:
    """Opens (and migrates) the database at a path; each one is closed after the test."""
    opened: list[Database] = []

    def open_at(path: Path) -> Database:
        database = open_database(path)
        opened.append(database)
        return database

    yield open_at
    for database in opened:
        database.close()


# CI must not fail on a random draw: there hypothesis replays a fixed sequence of
# examples; on developers' machines it explores (and keeps what it finds).
from hypothesis import settings  # noqa: E402

settings.register_profile("ci", derandomize=True, database=None, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[object]:
    """Tests never touch the developer's real keyring: an in-memory one per test (the
    no-keyring case sets keyring's own fail backend), and no password remembered from
    an earlier test."""
    import keyring

    from showfloor.services.sync import credentials

    from helpers.keyrings import MemoryKeyring

    previous = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    credentials.PASSWORDS.forget_all()
    yield ring
    credentials.PASSWORDS.forget_all()
    keyring.set_keyring(previous)
