"""A merge that carries an erasure: the person leaves this laptop's backups too."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers.cli import run_cli

MAIL = "ada@analytical.example"


def test_after_merging_an_erase_no_file_here_or_in_the_backups_holds_the_person(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Issue 19: grep the receiving laptop's database, log and backups for the address."""
    a, b, usb = tmp_path / "a", tmp_path / "b", tmp_path / "usb"

    def on(laptop: Path, *args: str):  # type: ignore[no-untyped-def]
        result = run_cli(capsys, "--data-dir", str(laptop), *args)
        assert result.code == 0, result
        return result

    ada = ("--class", "mentor", "--first-name", "Ada", "--last-name", "Lovelace")
    on(a, "event", "create", "Fair")
    saved = on(a, "capture", *ada, "--email", MAIL, "--note", "wants the engine").json()
    on(a, "capture", "--class", "kol", "--first-name", "Grace", "--email", "g@navy.example")
    on(a, "sync", "bundle", "-o", str(tmp_path / "a1.sfb"))
    on(b, "event", "create", "Fair")
    on(b, "sync", "merge", str(tmp_path / "a1.sfb"), "--trust")
    on(b, "backup", "config", "--second-dir", str(usb))
    on(b, "backup", "now")
    written = tmp_path / "b-before.sfb"
    on(b, "sync", "bundle", "-o", str(written))  # b's own bundle, holding Ada
    on(a, "leads", "erase", saved["id"])
    on(a, "sync", "bundle", "-o", str(tmp_path / "a2.sfb"))

    merged = on(b, "sync", "merge", str(tmp_path / "a2.sfb"))

    assert "removed as erased or deleted elsewhere 1" in merged.out
    notes = merged.err.strip().splitlines()
    assert (
        "showfloor: note: 2 backups of this laptop rewritten without the people erased on "
        "another laptop."
    ) in notes
    assert any(
        f"still hold the people erased on another laptop: {written.resolve()} (" in n
        for n in notes
    ), notes
    files = [p for p in (*b.rglob("*"), *usb.rglob("*")) if p.is_file()]
    backups = [p for p in files if p.suffix == ".db" and p.parent != b]
    assert len(backups) == 2  # one in each folder
    for path in files:
        if path.suffix == ".log":
            continue
        data = path.read_bytes().lower()
        assert MAIL.encode() not in data, path
        assert b"lovelace" not in data, path
        assert b"wants the engine" not in data, path
    listed = on(b, "leads", "list", "--json").json()
    assert [r["first_name"] for r in listed] == ["Grace"]
    # The backups still restore, with the other lead in them.
    import sqlite3

    for path in backups:
        conn = sqlite3.connect(path)
        try:
            names = [r[0] for r in conn.execute("SELECT first_name FROM leads")]
        finally:
            conn.close()
        assert names == ["Grace"]
