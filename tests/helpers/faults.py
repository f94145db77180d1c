"""Fault injection for reliability tests: a failing commit, a database held by another
process, a shorter busy timeout so a locked database fails fast.

Why inject instead of chmod or a full disk: tests run as root here (chmod does not
stop root) and filling a real disk is neither fast nor safe; the app only ever sees
these faults as SQLite errors raised at commit, which is exactly what is injected.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from showfloor.store import database as database_module
from showfloor.store.database import Database

READ_ONLY = "attempt to write a readonly database"
DISK_FULL = "database or disk is full"


class CommitFault:
    """Every commit fails with ``message`` (as SQLite reports it) until clear()."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, message: str) -> None:
        self.message = message
        self.active = True
        self.raised = 0
        original = Session.commit

        def commit(session: Session) -> None:
            if self.active:
                self.raised += 1
                raise OperationalError("COMMIT", None, sqlite3.OperationalError(self.message))
            original(session)

        monkeypatch.setattr(Session, "commit", commit)

    def clear(self) -> None:
        self.active = False


def short_busy_timeout(monkeypatch: pytest.MonkeyPatch, db: Database, ms: int = 200) -> None:
    """A locked database fails after ``ms`` instead of 5 s (new connections only)."""
    monkeypatch.setattr(database_module, "BUSY_TIMEOUT_MS", ms)
    db.engine.dispose()


_HOLDER = (
    "import sqlite3, sys\n"
    "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
    "c.execute('BEGIN EXCLUSIVE')\n"
    "print('locked', flush=True)\n"
    "sys.stdin.readline()\n"
)


@contextmanager
def locked_by_another_process(path: Path) -> Iterator[subprocess.Popen[str]]:
    """Another process holds the database's write lock until the block ends."""
    proc = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "locked"
        yield proc
    finally:
        if proc.stdin is not None:
            proc.stdin.close()
        proc.wait(timeout=10)
        if proc.stdout is not None:
            proc.stdout.close()
