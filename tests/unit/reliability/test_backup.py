"""Rolling backups: consistent while capturing, verified before rotation, restorable."""

from __future__ import annotations

import shutil
import sqlite3
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import TextClause

from showfloor.config import Paths
from showfloor.domain.errors import RefusedError
from showfloor.services.backup import (
    count_leads_in,
    find_backup,
    list_backups,
    make_backup,
    newest_good_backup,
)
from showfloor.services.restore import restore_backup
from showfloor.store.database import Database, open_database

from helpers.builders import capture, make_event
from helpers.cli import run_cli


def leads_in(path: Path) -> int:
    count = count_leads_in(path)
    assert count is not None
    return count


def test_backup_is_verified_and_named_by_time(db: Database, paths: Paths) -> None:
    make_event(db)
    capture(db, first_name="Ada", last_name="Lovelace")
    report = make_backup(paths.database, [paths.backups])
    assert report.ok
    (info,) = report.made
    assert info.path.parent == paths.backups and info.leads == 1
    assert info.path.name == f"showfloor-{info.id}.db"
    assert not list(paths.backups.glob("*.partial"))


def test_rotation_keeps_the_last_k_in_each_folder(
    db: Database, paths: Paths, tmp_path: Path
) -> None:
    make_event(db)
    usb = tmp_path / "usb"
    start = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)
    for i in range(5):
        capture(db, first_name=f"Visitor{i}")
        make_backup(paths.database, [paths.backups, usb], keep=3, now=start + timedelta(minutes=i))
    for folder in (paths.backups, usb):
        infos = list_backups([folder])
        assert [b.leads for b in infos] == [3, 4, 5]
    assert [b.id for b in list_backups([paths.backups])] == [b.id for b in list_backups([usb])]


def test_a_damaged_backup_never_pushes_a_good_one_out(db: Database, paths: Paths) -> None:
    make_event(db)
    capture(db, first_name="Ada")
    first = make_backup(paths.database, [paths.backups], keep=1).made[0]
    damaged = paths.backups / "showfloor-29990101T000000000Z-bad000.db"
    damaged.write_bytes(b"not a database at all" * 100)
    assert newest_good_backup([paths.backups]) == list_backups([paths.backups])[0]
    second = make_backup(paths.database, [paths.backups], keep=1).made[0]
    assert not damaged.exists() and not first.path.exists() and second.path.exists()


def test_a_failing_second_folder_is_reported_and_the_first_still_gets_it(
    db: Database, paths: Paths, tmp_path: Path
) -> None:
    make_event(db)
    capture(db, first_name="Ada")
    not_a_folder = tmp_path / "stick"
    not_a_folder.write_text("a file where the USB folder should be")
    report = make_backup(paths.database, [paths.backups, not_a_folder])
    assert len(report.made) == 1 and len(report.errors) == 1
    assert report.errors[0].startswith(f"Backup to {not_a_folder} failed")


def test_backup_while_capturing_is_consistent(db: Database, paths: Paths) -> None:
    """Captures keep committing from another thread while backups are taken."""
    make_event(db)
    stop = threading.Event()
    saved: list[int] = []

    def keep_capturing() -> None:
        i = 0
        while not stop.is_set() and i < 300:
            capture(db, first_name=f"V{i}", email=f"v{i}@example.org")
            i += 1
            saved.append(i)

    writer = threading.Thread(target=keep_capturing)
    writer.start()
    try:
        counts: list[int] = []
        while len(counts) < 5:
            report = make_backup(paths.database, [paths.backups], keep=50)
            assert report.ok, report.errors
            leads = report.made[0].leads
            assert leads is not None  # a backup counts its leads
            counts.append(leads)
    finally:
        stop.set()
        writer.join()
    assert counts == sorted(counts)  # each a snapshot, each one at least as new
    final = make_backup(paths.database, [paths.backups], keep=50).made[0]
    assert final.leads == len(saved)


def test_restore_moves_the_current_database_aside(paths: Paths) -> None:
    db = open_database(paths.database)
    make_event(db)
    capture(db, first_name="Ada")
    backup = make_backup(paths.database, [paths.backups]).made[0]
    capture(db, first_name="Grace")
    with pytest.raises(RefusedError, match="in use"):
        restore_backup(paths.database, backup)  # the "app" still has it open
    db.close()
    aside = restore_backup(paths.database, backup)
    assert aside is not None and leads_in(aside) == 2
    assert leads_in(paths.database) == 1


def test_restore_refuses_while_another_process_holds_the_database(paths: Paths) -> None:
    from helpers.faults import locked_by_another_process

    db = open_database(paths.database)
    make_event(db)
    capture(db, first_name="Ada")
    backup = make_backup(paths.database, [paths.backups]).made[0]
    db.close()
    with locked_by_another_process(paths.database), pytest.raises(RefusedError, match="in use"):
        restore_backup(paths.database, backup)
    assert leads_in(paths.database) == 1


def test_a_corrupt_database_is_replaced_by_the_newest_good_backup(paths: Paths) -> None:
    db = open_database(paths.database)
    make_event(db)
    capture(db, first_name="Ada")
    make_backup(paths.database, [paths.backups])
    db.close()
    paths.database.write_bytes(b"\x00garbage" * 4096)
    newest = newest_good_backup([paths.backups])
    assert newest is not None
    aside = restore_backup(paths.database, newest)
    assert aside is not None and aside.read_bytes().startswith(b"\x00garbage")
    reopened = open_database(paths.database)
    try:
        with reopened.session() as session:
            assert session.execute(sqlite3_count()).scalar() == 1
    finally:
        reopened.close()


def sqlite3_count() -> TextClause:
    from sqlalchemy import text

    return text("SELECT count(*) FROM leads")


def test_find_backup_by_prefix_and_unknown_id(db: Database, paths: Paths) -> None:
    make_event(db)
    info = make_backup(paths.database, [paths.backups]).made[0]
    assert find_backup([paths.backups], info.id[:22]).id == info.id
    with pytest.raises(RefusedError, match="No backup"):
        find_backup([paths.backups], "19990101")


# -- the command line -------------------------------------------------------------


def test_cli_now_list_restore(
    capsys: pytest.CaptureFixture[str], paths: Paths, tmp_path: Path
) -> None:
    usb = tmp_path / "usb"
    assert run_cli(capsys, "capture", "--class", "mentor", "--first-name", "Ada").code == 0
    made = run_cli(capsys, "backup", "now", "--to", str(usb))
    assert made.code == 0, made.err
    assert made.out.count("Backed up 1 leads") == 2
    listed = run_cli(capsys, "backup", "list", "--json", "--from", str(usb)).json_lines()
    assert {row["where"] for row in listed} == {str(paths.backups), str(usb)}
    assert {row["leads"] for row in listed} == {1}
    assert set(listed[0]) == {"id", "time", "size", "leads", "where"}
    run_cli(capsys, "capture", "--class", "mentor", "--first-name", "Grace")
    restored = run_cli(capsys, "backup", "restore", listed[0]["id"])
    assert restored.code == 0, restored.err
    assert "Restored backup" in restored.out and "kept as" in restored.out
    names = [r["first_name"] for r in run_cli(capsys, "leads", "list", "--json").json()]
    assert names == ["Ada"]


def test_cli_restore_refuses_while_the_database_is_locked(
    capsys: pytest.CaptureFixture[str], paths: Paths
) -> None:
    from helpers.faults import locked_by_another_process

    run_cli(capsys, "capture", "--class", "mentor", "--first-name", "Ada")
    run_cli(capsys, "backup", "now")
    backup_id = run_cli(capsys, "backup", "list", "--json").json_lines()[0]["id"]
    with locked_by_another_process(paths.database):
        result = run_cli(capsys, "backup", "restore", backup_id)
    assert result.code == 1 and "close Showfloor" in result.err
    assert len(result.err.strip().splitlines()) == 1


def test_a_deleted_data_dir_is_restored_from_the_second_folder(
    capsys: pytest.CaptureFixture[str], paths: Paths, tmp_path: Path
) -> None:
    """The laptop's data dir is gone; the USB stick brings every backed-up lead back."""
    usb = tmp_path / "usb"
    assert run_cli(capsys, "backup", "config", "--second-dir", str(usb)).code == 0
    names = ["Ada", "Grace", "Katherine"]
    for name in names:
        run_cli(capsys, "capture", "--class", "customer", "--first-name", name)
    assert run_cli(capsys, "backup", "now").code == 0
    shutil.rmtree(paths.data_dir)

    listed = run_cli(capsys, "backup", "list", "--json", "--from", str(usb)).json_lines()
    assert [row["where"] for row in listed] == [str(usb)]
    restored = run_cli(capsys, "backup", "restore", listed[0]["id"], "--from", str(usb))
    assert restored.code == 0, restored.err
    leads = run_cli(capsys, "leads", "list", "--json").json()
    assert sorted(r["first_name"] for r in leads) == sorted(names)


def test_backup_now_without_a_database_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    result = run_cli(capsys, "backup", "now")
    assert result.code == 1 and "no database" in result.err.lower()
    assert "Traceback" not in result.err


def test_a_backup_file_is_a_plain_sqlite_database(db: Database, paths: Paths) -> None:
    make_event(db)
    capture(db, first_name="Ada")
    info = make_backup(paths.database, [paths.backups]).made[0]
    conn = sqlite3.connect(info.path)
    try:
        assert conn.execute("SELECT first_name FROM leads").fetchall() == [("Ada",)]
    finally:
        conn.close()
