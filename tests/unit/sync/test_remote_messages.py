"""Team sync failures blame the right thing: the server, never the local database;
URLs are taken as people write them, and what cannot be a team database is refused
before anything is sent."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import Connection, text
from sqlalchemy.engine import make_url

from showfloor.config import Paths
from showfloor.services.sync import push_merge, remote

from helpers.cli import one_line, run_cli


def names(capsys: pytest.CaptureFixture[str]) -> list[str]:
    return sorted(r["first_name"] for r in run_cli(capsys, "leads", "list", "--json").json())


@pytest.fixture
def laptop(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(capsys, "capture", "--class", "mentor", "--first-name", "Ada").code == 0


def killing_the_server_connection(original: Callable[..., Any]) -> Callable[..., Any]:
    """The server ends our session mid-work, as a restart or a crash of it does."""

    def work(conn: Connection, *args: Any, **kwargs: Any) -> Any:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_terminate_backend(pg_backend_pid())"))
        return original(conn, *args, **kwargs)

    return work


@pytest.mark.parametrize("direction", ["push", "pull"])
def test_a_server_dying_mid_sync_is_the_servers_fault(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    laptop: None,
    paths: Paths,
    pg_url: str,
    direction: str,
) -> None:
    assert run_cli(capsys, "sync", "push", "--url", pg_url).code == 0  # server is set up
    # What each direction calls on the server's connection (a push's merge: push_merge).
    module = push_merge if direction == "push" else remote
    target = "merge_snapshot" if direction == "push" else "read_snapshot"
    monkeypatch.setattr(module, target, killing_the_server_connection(getattr(module, target)))
    line = one_line(run_cli(capsys, "sync", direction, "--url", pg_url))
    host = make_url(pg_url).host
    assert "team server" in line and f"{host}:" in line and "stopped answering" in line, line
    assert "local leads are untouched" in line
    assert "Database error" not in line and str(paths.database) not in line
    assert names(capsys) == ["Ada"]


def test_a_postgres_url_is_postgresql(
    capsys: pytest.CaptureFixture[str],
    laptop: None,
    pg_url: str,
) -> None:
    url = make_url(pg_url).set(drivername="postgres").render_as_string(hide_password=False)
    assert url.startswith("postgres://")
    pushed = run_cli(capsys, "sync", "push", "--url", url)
    assert pushed.code == 0, pushed.err
    assert "pushed to" in pushed.out and "1 leads" in pushed.out
    assert run_cli(capsys, "sync", "pull", "--url", url).code == 0


@pytest.mark.parametrize(
    "url", ["sqlite:///team.db", "mysql://me@db.example/team", "team.example.org"]
)
def test_what_cannot_be_a_team_database_is_refused_up_front(
    capsys: pytest.CaptureFixture[str], laptop: None, url: str, tmp_path: Any
) -> None:
    for direction in ("push", "pull"):
        line = one_line(run_cli(capsys, "sync", direction, "--url", url))
        assert "postgresql://USER:PASSWORD@HOST/DB" in line, line
    assert not (tmp_path / "team.db").exists()
    assert names(capsys) == ["Ada"]
