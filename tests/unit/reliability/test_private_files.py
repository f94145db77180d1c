"""Files the program makes are its user's alone (POSIX): 0600 files, 0700 folders.
Leads are personal data; a shared laptop's other accounts must not read them."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from helpers.cli import run_program

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX"),
]


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_everything_written_is_private(tmp_path: Path) -> None:
    data, out = tmp_path / "data", tmp_path / "out"
    out.mkdir()
    d = ("--data-dir", str(data))
    for args in (
        ("capture", "--class", "mentor", "--first-name", "Ada", "--email", "ada@example.org"),
        ("backup", "now", "--to", str(out / "usb")),
        ("export", "-o", str(out / "leads.csv")),
        ("report", "-o", str(out / "debrief.html")),
        ("sync", "bundle", "-o", str(out / "laptop.sfb")),
    ):
        result = run_program(*d, *args)
        assert result.code == 0, (args, result.err)

    made = [data, *data.rglob("*"), out / "usb", *out.rglob("*")]
    assert {p.name for p in made} >= {
        "showfloor.db", "backups", "logs", "showfloor.log", "leads.csv", "debrief.html",
        "laptop.sfb", "usb",
    }  # fmt: skip
    for path in made:
        expected = 0o700 if path.is_dir() else 0o600
        assert mode(path) == expected, f"{path}: {oct(mode(path))}"


def test_files_an_older_version_left_open_are_made_private(tmp_path: Path) -> None:
    data = tmp_path / "data"
    d = ("--data-dir", str(data))
    assert run_program(*d, "capture", "--class", "mentor", "--first-name", "Ada").code == 0
    assert run_program(*d, "backup", "now").code == 0
    loose = [data / "showfloor.db", data / "backups", *(data / "backups").iterdir()]
    for path in loose:  # what an older version made
        path.chmod(0o755 if path.is_dir() else 0o644)
    assert run_program(*d, "leads", "list").code == 0
    for path in loose:
        assert mode(path) == (0o700 if path.is_dir() else 0o600), path


def test_a_closed_pipe_is_a_normal_end(tmp_path: Path) -> None:
    """`showfloor leads list | head -1`: the reader went away; no error, no traceback."""
    import subprocess
    import sys

    data = tmp_path / "data"
    for name in ("Ada", "Grace"):
        run_program("--data-dir", str(data), "capture", "--class", "mentor", "--first-name", name)
    proc = subprocess.Popen(
        [sys.executable, "-m", "showfloor", "--data-dir", str(data), "leads", "list"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # `head` has read what it wanted before we even wrote
    with proc.stderr:
        err = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == 0, err
    assert err == ""
