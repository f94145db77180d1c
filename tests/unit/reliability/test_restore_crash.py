"""A restore killed at any moment leaves the old database or the restored one, and a
start never opens an empty store while the leads are recoverable.

The kill is a real SIGKILL of a real `showfloor backup restore` process, at each of
its file-system steps in turn (helpers/kill_at_step.py), until a run gets to its end.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from showfloor.config import Paths

from helpers.cli import one_line, run_cli

pytestmark = pytest.mark.slow
HERE = Path(__file__).resolve().parents[2]  # tests/


def names(capsys: pytest.CaptureFixture[str]) -> list[str]:
    listed = run_cli(capsys, "leads", "list", "--json")
    assert listed.code == 0, listed.err
    return sorted(r["first_name"] for r in listed.json())


def restore_killed_at(
    step: int, data_dir: Path, backup_id: str
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SHOWFLOOR_DATA_DIR": str(data_dir), "PYTHONPATH": str(HERE)}
    return subprocess.run(
        [sys.executable, "-m", "helpers.kill_at_step", str(step), "backup", "restore", backup_id],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        cwd=HERE,
    )


def test_a_restore_killed_at_every_step_leaves_a_whole_database(
    capsys: pytest.CaptureFixture[str],
    paths: Paths,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    run_cli(capsys, "capture", "--class", "mentor", "--first-name", "Ada")
    assert run_cli(capsys, "backup", "now").code == 0
    run_cli(capsys, "capture", "--class", "mentor", "--first-name", "Grace")
    backup_id = run_cli(capsys, "backup", "list", "--json").json_lines()[-1]["id"]
    pristine = tmp_path / "pristine"
    shutil.copytree(paths.data_dir, pristine)

    outcomes: dict[str, int] = {}
    for step in range(1, 60):
        trial = tmp_path / f"trial-{step}"
        shutil.copytree(pristine, trial)
        proc = restore_killed_at(step, trial, backup_id)
        assert "Traceback" not in proc.stderr, proc.stderr
        monkeypatch.setenv("SHOWFLOOR_DATA_DIR", str(trial))
        after = names(capsys)
        assert after in (["Ada", "Grace"], ["Ada"]), (step, proc.stderr, after)
        outcomes["old" if after == ["Ada", "Grace"] else "restored"] = step
        if proc.returncode == 0:
            assert "Restored backup" in proc.stdout and after == ["Ada"]
            break
        assert proc.returncode == -9, proc.stderr
        # Restoring again after the crash finishes the job.
        again = run_cli(capsys, "backup", "restore", backup_id)
        assert again.code == 0, again.err
        assert names(capsys) == ["Ada"]
    else:
        pytest.fail("the restore never got to its end")
    assert step > 3, "too few steps were killed to mean anything"
    assert set(outcomes) == {"old", "restored"}


def make_lost_by_an_old_restore(capsys: pytest.CaptureFixture[str], paths: Paths) -> str:
    """What an older version left when killed mid-restore: the database moved aside,
    no new one in its place."""
    run_cli(capsys, "capture", "--class", "mentor", "--first-name", "Ada")
    assert run_cli(capsys, "backup", "now").code == 0
    run_cli(capsys, "capture", "--class", "mentor", "--first-name", "Grace")
    aside = paths.database.with_name(paths.database.name + ".before-restore-20261122T104200Z")
    os.replace(paths.database, aside)
    return str(aside)


def test_a_database_moved_aside_by_a_killed_restore_is_pointed_out(
    capsys: pytest.CaptureFixture[str], paths: Paths
) -> None:
    aside = make_lost_by_an_old_restore(capsys, paths)
    line = one_line(run_cli(capsys, "leads", "list"))
    assert "is missing" in line and f"showfloor backup restore {aside}" in line, line
    assert not paths.database.exists()  # nothing was created in its place
    assert run_cli(capsys, "backup", "restore", aside).code == 0
    assert names(capsys) == ["Ada", "Grace"]


@pytest.mark.parametrize("how", ["deleted", "zero-length"])
def test_a_lost_database_next_to_backups_never_opens_empty(
    capsys: pytest.CaptureFixture[str], paths: Paths, how: str
) -> None:
    run_cli(capsys, "capture", "--class", "mentor", "--first-name", "Ada")
    assert run_cli(capsys, "backup", "now").code == 0
    backup_id = run_cli(capsys, "backup", "list", "--json").json_lines()[-1]["id"]
    for side in ("", "-wal", "-shm"):
        paths.database.with_name(paths.database.name + side).unlink(missing_ok=True)
    if how == "zero-length":
        paths.database.write_bytes(b"")
    line = one_line(run_cli(capsys, "capture", "--class", "mentor", "--first-name", "Grace"))
    assert f"showfloor backup restore {backup_id}" in line and "1 leads" in line, line
    assert run_cli(capsys, "backup", "restore", backup_id).code == 0
    assert names(capsys) == ["Ada"]


def test_a_fresh_data_dir_still_starts_empty(capsys: pytest.CaptureFixture[str]) -> None:
    assert names(capsys) == []
