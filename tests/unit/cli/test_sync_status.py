"""`sync status` and `team-server` on the command line (docs/cli.md)."""

from __future__ import annotations

import os

import pytest

from helpers.cli import one_line, run_cli


@pytest.fixture
def two_leads(capsys: pytest.CaptureFixture[str]) -> None:
    for name in ("Ada", "Grace"):
        assert run_cli(capsys, "capture", "--class", "mentor", "--first-name", name).code == 0


def test_status_against_the_server_then_after_a_push(
    capsys: pytest.CaptureFixture[str], two_leads: None, pg_url: str
) -> None:
    before = run_cli(capsys, "sync", "status", "--url", pg_url, "--json")
    assert before.code == 0
    data = before.json()
    assert data["reachable"] is True and data["waiting"] == 2
    assert data["last_push"] is None and data["server_version"]
    assert run_cli(capsys, "sync", "push", "--url", pg_url).code == 0
    after = run_cli(capsys, "sync", "status", "--url", pg_url)
    assert after.code == 0
    lines = after.out.splitlines()
    assert lines[0].startswith("team server: 127.0.0.1:") and "Showfloor schema" in lines[0]
    assert lines[1].startswith("last push: 20") and lines[2] == "last pull: never"
    assert lines[3] == "waiting changes: 0"


def test_an_unreachable_server_exits_1_with_what_is_known_here(
    capsys: pytest.CaptureFixture[str], two_leads: None
) -> None:
    result = run_cli(capsys, "sync", "status", "--url", "postgresql://me:s3cret@127.0.0.1:1/t")
    assert result.code == 1
    assert "waiting changes: 2" in result.out and "cannot be reached" in result.out
    assert "Cannot reach the server at 127.0.0.1:1" in result.err
    assert "s3cret" not in result.out + result.err


def test_status_with_no_server_set_says_how_to_set_one(capsys: pytest.CaptureFixture[str]) -> None:
    line = one_line(run_cli(capsys, "sync", "status"))
    assert "No team server is set" in line and "Settings > Team sync" in line


def test_team_server_prints_the_steps(capsys: pytest.CaptureFixture[str]) -> None:
    result = run_cli(capsys, "team-server")
    assert result.code == 0
    assert "showfloor team-server start" in result.out
    assert "postgresql://showfloor@" in result.out
    assert "showfloor team-server password" in result.out


def test_a_new_password_with_no_team_server_says_what_to_do(
    capsys: pytest.CaptureFixture[str],
) -> None:
    line = one_line(run_cli(capsys, "team-server", "password"))
    assert "No team server is set" in line and "team-server start" in line


@pytest.mark.skipif(os.geteuid() != 0, reason="the refusal of root needs root")
def test_team_server_refuses_to_start_as_root(capsys: pytest.CaptureFixture[str]) -> None:
    line = one_line(run_cli(capsys, "team-server", "start"))
    assert "does not run as root" in line or "not installed" in line
