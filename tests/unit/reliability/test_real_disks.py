"""A full disk and a read-only folder, for real (tmpfs and a read-only bind mount),
met the way staff meet them: the real program, its real stderr.

Every fault gives one line and no traceback (logging's own "--- Logging error ---"
included), nothing acknowledged is lost, a failed backup leaves no half-written
file, and a read-only folder still lets every command that only reads work.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers.cli import Result, run_program
from helpers.mounts import fill_up, read_only, tmpfs

pytestmark = [pytest.mark.slow, pytest.mark.e2e]


def clean(result: Result) -> None:
    for bad in ("Traceback", "Logging error", "WARNING", "Exception ignored"):
        assert bad not in result.err, result.err


def one_line(result: Result) -> str:
    assert result.code == 1, result
    clean(result)
    lines = result.err.strip().splitlines()
    assert len(lines) == 1, lines
    return lines[0]


def names(data_dir: Path) -> list[str]:
    listed = run_program("--data-dir", str(data_dir), "leads", "list", "--json")
    assert listed.code == 0, listed.err
    return sorted(r["first_name"] for r in listed.json())


def capture(data_dir: Path, name: str) -> Result:
    return run_program(
        "--data-dir", str(data_dir), "capture", "--class", "mentor", "--first-name", name
    )


def test_a_full_disk(tmp_path: Path) -> None:
    with tmpfs(tmp_path / "disk", 4096) as disk:
        data = disk / "data"
        assert capture(data, "Ada").code == 0
        assert run_program("--data-dir", str(data), "backup", "now").code == 0
        filler = fill_up(disk)

        line = one_line(capture(data, "Grace"))
        assert "disk is full" in line and "Free some space" in line, line
        failed = run_program("--data-dir", str(data), "backup", "now")
        assert failed.code == 1
        clean(failed)
        leftovers = [p.name for p in (data / "backups").iterdir() if ".partial" in p.name]
        assert leftovers == []
        assert names(data) == ["Ada"]  # reading works on a full disk

        filler.unlink()
        assert capture(data, "Grace").code == 0  # space again: the same command saves
        assert names(data) == ["Ada", "Grace"]


@pytest.fixture
def read_only_data(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    assert capture(data, "Ada").code == 0
    assert capture(data, "Grace").code == 0
    return data


def note_only(result: Result) -> None:
    """Exit 0, and exactly one line on stderr: the store is read-only."""
    assert result.code == 0, result
    clean(result)
    lines = result.err.strip().splitlines()
    assert len(lines) == 1 and "read-only" in lines[0], lines


def test_a_read_only_data_folder_reads_and_refuses_writes(
    read_only_data: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    with read_only(read_only_data) as data:
        d = ("--data-dir", str(data))
        listed = run_program(*d, "leads", "list", "--json")
        note_only(listed)
        assert sorted(r["first_name"] for r in listed.json()) == ["Ada", "Grace"]
        note_only(run_program(*d, "export", "-o", str(out / "leads.csv")))
        assert "Grace" in (out / "leads.csv").read_text(encoding="utf-8-sig")
        note_only(run_program(*d, "report", "-o", str(out / "debrief.html")))
        assert (out / "debrief.html").stat().st_size > 0
        note_only(run_program(*d, "sync", "bundle", "-o", str(out / "laptop.sfb")))
        backed = run_program(*d, "backup", "now", "--to", str(out / "usb"))
        note_only(backed)
        assert "Backed up 2 leads" in backed.out

        line = one_line(capture(data, "Katherine"))
        assert "read-only" in line, line
    merged = run_program(  # another laptop, set up on its own: it trusts this one once
        "--data-dir", str(tmp_path / "other"), "sync", "merge", str(out / "laptop.sfb"), "--trust"
    )
    assert merged.code == 0, merged.err
    assert names(tmp_path / "other") == ["Ada", "Grace"]
    assert names(read_only_data) == ["Ada", "Grace"]  # writable again: nothing was lost
