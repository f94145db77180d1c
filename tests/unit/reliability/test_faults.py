"""Faults on the command line: each gives one line a booth worker can act on, and no
lead that was acknowledged before the fault is lost.

The same faults in the window (the typed form kept) are in tests/qt/test_faults.py;
the camera vanishing mid-capture is tests/qt/test_capture_camera.py
(test_the_camera_lost_mid_capture_keeps_the_form).
"""

from __future__ import annotations

import pytest

from showfloor.config import Paths
from showfloor.store import database as database_module

from helpers.cli import Result, one_line, run_cli
from helpers.faults import DISK_FULL, READ_ONLY, CommitFault, locked_by_another_process


def capture_cli(capsys: pytest.CaptureFixture[str], name: str) -> Result:
    return run_cli(capsys, "capture", "--class", "mentor", "--first-name", name)


def names(capsys: pytest.CaptureFixture[str]) -> list[str]:
    return sorted(r["first_name"] for r in run_cli(capsys, "leads", "list", "--json").json())


def test_corrupt_database(capsys: pytest.CaptureFixture[str], paths: Paths) -> None:
    assert capture_cli(capsys, "Ada").code == 0
    assert run_cli(capsys, "backup", "now").code == 0
    paths.database.write_bytes(b"this is not a database " * 1000)
    for suffix in ("-wal", "-shm"):
        paths.database.with_name(paths.database.name + suffix).unlink(missing_ok=True)
    line = one_line(capture_cli(capsys, "Grace"))
    assert "damaged" in line and "backup restore" in line
    backup_id = run_cli(capsys, "backup", "list", "--json").json_lines()[-1]["id"]
    assert run_cli(capsys, "backup", "restore", backup_id).code == 0
    assert names(capsys) == ["Ada"]


def test_database_locked_by_another_process(
    capsys: pytest.CaptureFixture[str], paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(database_module, "BUSY_TIMEOUT_MS", 200)
    assert capture_cli(capsys, "Ada").code == 0
    with locked_by_another_process(paths.database):
        line = one_line(capture_cli(capsys, "Grace"))
    assert "in use by another program" in line and "Close it" in line
    assert capture_cli(capsys, "Grace").code == 0  # the lock is gone: it saves
    assert names(capsys) == ["Ada", "Grace"]


@pytest.mark.parametrize(
    ("sqlite_message", "expected"),
    [
        (READ_ONLY, ["read-only", "writable"]),
        (DISK_FULL, ["disk is full", "Free some space"]),
    ],
)
def test_write_faults(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    sqlite_message: str,
    expected: list[str],
) -> None:
    assert capture_cli(capsys, "Ada").code == 0
    fault = CommitFault(monkeypatch, sqlite_message)
    line = one_line(capture_cli(capsys, "Grace"))
    assert all(word in line for word in expected), line
    assert fault.raised >= 1
    fault.clear()
    assert capture_cli(capsys, "Grace").code == 0
    assert names(capsys) == ["Ada", "Grace"]


def test_backup_to_a_full_usb_stick_keeps_the_local_backup(
    capsys: pytest.CaptureFixture[str], paths: Paths, tmp_path: pytest.TempPathFactory
) -> None:
    blocked = paths.data_dir.parent / "stick"
    blocked.write_text("a file, not a folder")
    assert capture_cli(capsys, "Ada").code == 0
    line = one_line(run_cli(capsys, "backup", "now", "--to", str(blocked)))
    assert line.startswith(f"showfloor: Backup to {blocked} failed")
    assert len(run_cli(capsys, "backup", "list", "--json").json_lines()) == 1
