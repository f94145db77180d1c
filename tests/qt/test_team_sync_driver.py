"""Team sync set up on a laptop without the PostgreSQL driver (an extra since issue 21):
the status bar says what to install, the booth captures on."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from showfloor.config import Paths
from showfloor.qt.app import Booth
from showfloor.services.events import add_staff, create_event, set_current_staff
from showfloor.services.sync.live import TeamState
from showfloor.services.sync.server_settings import remember_server
from showfloor.store.database import Database


@pytest.fixture
def no_psycopg(monkeypatch: pytest.MonkeyPatch) -> None:
    """psycopg as a laptop without the ``team`` extra has it: not importable."""
    for name in [m for m in sys.modules if m == "psycopg" or m.startswith("psycopg.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "psycopg", None)  # `import psycopg` raises ImportError


@pytest.fixture
def team_booth(qtbot: QtBot, db: Database, paths: Paths, no_psycopg: None) -> Iterator[Booth]:
    with db.session() as session:
        create_event(session, "Fair")
        set_current_staff(session, add_staff(session, "Anna"))
        remember_server(session, "postgresql://showfloor@127.0.0.1:5432/team")
    booth = Booth(db, paths, camera=None)
    qtbot.addWidget(booth.window)
    booth.capture.sound = False
    booth.start()
    yield booth
    booth.shutdown()


def test_the_status_bar_says_what_to_install(qtbot: QtBot, team_booth: Booth) -> None:
    qtbot.waitUntil(lambda: team_booth.team_sync.result is not None, timeout=10_000)
    result = team_booth.team_sync.result
    assert result is not None and result.state is TeamState.NO_DRIVER
    assert "pip install 'showfloor[team]'" in team_booth.window.status("team")
    assert "psycopg" in result.message and "untouched" in result.message
