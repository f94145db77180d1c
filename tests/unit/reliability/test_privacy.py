"""Erasure and retention: the person is gone everywhere, and says so; logs hold no one."""

from __future__ import annotations

import logging
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, text

from showfloor.config import Paths
from showfloor.services.leads import LeadFilter, count_leads
from showfloor.services.privacy import erase_person, purge_older_than
from showfloor.store.database import Database
from showfloor.store.models import Attendee, Lead, Tombstone, Visit
from showfloor.store.types import utcnow

from helpers.builders import capture, make_event
from helpers.cli import run_cli

ADA = {"first_name": "Ada", "last_name": "Lovelace", "email": "ada@analytical.example"}


def add_attendee(db: Database, event_id: str, email: str) -> str:
    with db.session() as session:
        row = Attendee(event_id=event_id, badge_id="B-1", full_name="Ada Lovelace", email=email)
        session.add(row)
        session.flush()
        return row.id


def test_erase_removes_the_person_everywhere(db: Database, paths: Paths) -> None:
    event_id = make_event(db)
    first = capture(db, note="Ada wants the Difference Engine", **ADA)
    capture(db, **ADA)
    other = capture(db, first_name="Grace", last_name="Hopper")
    attendee_id = add_attendee(db, event_id, "ADA@analytical.example")

    report = erase_person(db, first.lead.id)

    assert (report.name, report.leads, report.visits, report.attendees) == ("Ada Lovelace", 1, 2, 1)
    assert report.sentence() == "Erased Ada Lovelace: 1 lead, 2 visits, 1 attendee row."
    with db.session() as session:
        assert session.scalars(select(Lead.id)).all() == [other.lead.id]
        assert session.scalar(select(Visit).where(Visit.lead_id == first.lead.id)) is None
        assert session.get(Attendee, attendee_id) is None
        assert count_leads(session, LeadFilter(event_id, search="Difference")) == 0
        assert count_leads(session, LeadFilter(event_id, search="Lovelace")) == 0
        stones = {(t.entity, t.entity_id) for t in session.scalars(select(Tombstone))}
        assert ("lead", first.lead.id) in stones and ("attendee", attendee_id) in stones
        assert len([s for s in stones if s[0] == "visit"]) == 2
        # ids only: no column of a tombstone holds the name or the email
        dump = " ".join(str(row) for row in session.execute(text("SELECT * FROM tombstones")))
        assert "Lovelace" not in dump and "analytical" not in dump
    db.close()
    raw = b"".join(p.read_bytes() for p in paths.data_dir.glob("showfloor.db*") if p.is_file())
    assert b"Lovelace" not in raw and b"analytical.example" not in raw


def test_cli_erase_says_what_it_did(capsys: pytest.CaptureFixture[str]) -> None:
    saved = run_cli(
        capsys,
        "capture",
        "--class",
        "mentor",
        "--first-name",
        "Ada",
        "--last-name",
        "Lovelace",
        "--email",
        "ada@analytical.example",
    ).json()
    run_cli(capsys, "capture", "--class", "mentor", "--email", "ada@analytical.example")
    result = run_cli(capsys, "leads", "erase", saved["id"])
    assert result.code == 0, result.err
    assert result.out.strip() == "Erased Ada Lovelace: 1 lead, 2 visits, 0 attendee rows."
    assert run_cli(capsys, "leads", "list", "--json").json() == []
    again = run_cli(capsys, "leads", "erase", saved["id"])
    assert again.code == 1 and "No lead" in again.err


def test_purge_needs_confirmation(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    make_event(db)
    capture(db, first_name="Old", at=utcnow() - timedelta(days=40))
    capture(db, first_name="New")
    preview = purge_older_than(db, 30, confirm=False)
    assert (preview.leads, preview.done) == (1, False)
    db.close()
    dry = run_cli(capsys, "leads", "purge", "--older-than", "30")
    assert dry.code == 1 and "--yes" in dry.out
    assert len(run_cli(capsys, "leads", "list", "--json").json()) == 2
    done = run_cli(capsys, "leads", "purge", "--older-than", "30", "--yes")
    assert done.code == 0 and done.out.startswith("Erased 1 leads")
    assert [r["first_name"] for r in run_cli(capsys, "leads", "list", "--json").json()] == ["New"]


def test_purge_without_days_asks_for_them(capsys: pytest.CaptureFixture[str]) -> None:
    result = run_cli(capsys, "leads", "purge")
    assert result.code == 1 and "--older-than" in result.err


def test_logs_never_carry_names_emails_or_payloads(
    capsys: pytest.CaptureFixture[str],
    paths: Paths,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A scripted session, including a database error whose SQL would carry the name."""
    from showfloor.store import database as database_module

    from helpers.faults import locked_by_another_process

    root = logging.getLogger()
    before = list(root.handlers)
    secrets = ["Lovelace", "ada@analytical.example", "Hopper", "grace@navy.example", "B-7731"]
    vcard = "BEGIN:VCARD\nVERSION:3.0\nN:Hopper;Grace\nEMAIL:grace@navy.example\nEND:VCARD"
    try:
        run_cli(
            capsys,
            "capture",
            "--class",
            "mentor",
            "--first-name",
            "Ada",
            "--last-name",
            "Lovelace",
            "--email",
            "ada@analytical.example",
        )
        run_cli(capsys, "badge", "parse", vcard)
        run_cli(capsys, "capture", "--class", "kol", "--badge", vcard, "--note", "B-7731")
        run_cli(capsys, "export", "-o", str(tmp_path / "out.csv"))
        monkeypatch.setattr(database_module, "BUSY_TIMEOUT_MS", 100)
        with locked_by_another_process(paths.database):
            failed = run_cli(
                capsys,
                "capture",
                "--class",
                "mentor",
                "--first-name",
                "Ada",
                "--last-name",
                "Lovelace",
                "--email",
                "ada@analytical.example",
            )
        assert failed.code == 1
        run_cli(capsys, "backup", "now")
        lead_id = run_cli(capsys, "leads", "list", "--json").json()[0]["id"]
        run_cli(capsys, "leads", "erase", lead_id)
    finally:
        for handler in root.handlers:
            handler.flush()
        for handler in [h for h in root.handlers if h not in before]:
            root.removeHandler(handler)
            handler.close()
    log_text = paths.log_file.read_text(encoding="utf-8")
    assert "capture failed" in log_text or "failed" in log_text  # the error was logged
    assert "parameters hidden" in log_text
    for secret in secrets:
        assert secret not in log_text, secret


def test_after_an_erase_no_file_of_the_data_dir_or_its_backups_holds_the_email(
    capsys: pytest.CaptureFixture[str], paths: Paths, tmp_path: Path
) -> None:
    """Issue 19's check: grep the database, its log and every backup for the address.

    Ada is captured, edited and captured again (earlier versions of her row linger in
    free space), backed up into both backup folders, bundled, and a reader keeps the
    database open while the erase runs.
    """
    import sqlite3

    second = tmp_path / "usb"
    mail = "ada@analytical.example"
    args = ("capture", "--class", "mentor", "--first-name", "Ada", "--last-name", "Lovelace")
    saved = run_cli(capsys, *args, "--email", mail, "--note", "wants the engine").json()
    grace = ("--first-name", "Grace", "--email", "g@navy.example")
    assert run_cli(capsys, "capture", "--class", "kol", *grace).code == 0
    assert run_cli(capsys, "backup", "config", "--second-dir", str(second)).code == 0
    for note in ("second talk", "third talk"):
        assert run_cli(capsys, *args, "--email", mail, "--note", note).code == 0
        assert run_cli(capsys, "backup", "now").code == 0
    bundle = tmp_path / "before.sfb"
    assert run_cli(capsys, "sync", "bundle", "-o", str(bundle)).code == 0
    reader = sqlite3.connect(paths.database)  # another program with the file open
    try:
        reader.execute("SELECT count(*) FROM leads").fetchone()
        result = run_cli(capsys, "leads", "erase", saved["id"])
    finally:
        reader.close()
    assert result.code == 0, result.err
    assert "backups rewritten without them" in result.out
    assert f"still hold them: {bundle.resolve()}" in result.err
    files = [p for p in paths.data_dir.rglob("*") if p.is_file()]
    files += [p for p in second.rglob("*") if p.is_file()]
    backups = [p for p in files if p.suffix == ".db" and p.parent != paths.data_dir]
    assert len(backups) >= 4  # two backups in each folder
    for path in files:
        if path.suffix == ".log":
            continue
        data = path.read_bytes().lower()
        assert mail.encode() not in data, path
        assert b"lovelace" not in data, path
        assert b"wants the engine" not in data, path
    # and the other lead is all there
    listed = run_cli(capsys, "leads", "list", "--json").json()
    assert [r["first_name"] for r in listed] == ["Grace"]
