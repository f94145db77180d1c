"""Team data you can trust (issue 19): what a bundle from a stranger, a forger or a
broken laptop can and cannot do, tried as an attacker with a bundle file would.

Laptops made from the test template are one team (they hold its team key); a fresh
data dir is a laptop set up on its own.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import subprocess
import sys
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import orjson
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select

from showfloor.domain.errors import RefusedError
from showfloor.services.events import this_device
from showfloor.services.sync.bundle import write_bundle
from showfloor.services.sync.files import (
    NeedsConfirmationError,
    NeedsTrustError,
    create_bundle,
    merge_bundle,
)
from showfloor.services.sync.snapshot import Snapshot, read_snapshot
from showfloor.services.sync.team import join_event, share_event
from showfloor.services.tombstones import PERSON
from showfloor.store.database import Database, open_database
from showfloor.store.models import Event, Lead

from .conftest import MakeDir
from .laptops import PEOPLE, capture, live, state
from helpers.cli import one_line, run_cli


def _snap(db: Database) -> Snapshot:
    with db.engine.connect() as conn:
        return read_snapshot(conn)


def _stranger_bundle(path: Path, snap: Snapshot, **manifest: Any) -> Path:
    """A bundle signed by a laptop nobody knows (a fresh key)."""
    write_bundle(
        path, snap, "stranger-device", manifest or None, signer=Ed25519PrivateKey.generate()
    )
    return path


def _rewrite(path: Path, change: Any, out: Path) -> Path:
    head, _, body = gzip.decompress(path.read_bytes()).partition(b"\n")
    manifest, body = change(json.loads(head), body)
    out.write_bytes(gzip.compress(json.dumps(manifest).encode() + b"\n" + body))
    return out


def _fifty_leads(db: Database) -> list[str]:
    from showfloor.domain.person import PersonFields
    from showfloor.services.capture import CaptureRequest, CaptureService

    service = CaptureService(db)
    return [
        service.capture(
            CaptureRequest("customer", PersonFields(first_name=f"P{i}", email=f"p{i}@example.org"))
        ).lead.id
        for i in range(50)
    ]


# -- 1. trust --------------------------------------------------------------------------


def test_a_teammates_signed_bundle_merges_unchanged_with_no_question(
    make_dir: MakeDir, tmp_path: Path
) -> None:
    a, b = make_dir("a"), make_dir("b")
    for person in range(4):
        capture(a, person, f"note {person}")
    path = tmp_path / "a.sfb"
    create_bundle(a, path)
    summary = merge_bundle(b, path)
    assert summary.new_leads == 4
    assert state(b) == state(a)


def test_a_forged_bundle_of_tombstones_removes_nothing_without_the_booth_leads_word(
    make_dir: MakeDir, tmp_path: Path
) -> None:
    """The attack of the issue: tombstones made from an earlier bundle's lead ids."""
    victim = make_dir("victim")
    ids = _fifty_leads(victim)
    forged = Snapshot()
    forged["tombstones"].extend(
        {"entity": "lead", "entity_id": i, "deleted_at": datetime.now(UTC), "device_id": None}
        for i in ids
    )
    path = _stranger_bundle(tmp_path / "forged.sfb", forged)
    with pytest.raises(NeedsTrustError) as refused:
        merge_bundle(victim, path)
    assert "does not trust yet" in str(refused.value)
    assert "removes 50" in str(refused.value)
    assert len(live(victim)) == 50
    with pytest.raises(NeedsConfirmationError, match="would remove 50 leads"):
        merge_bundle(victim, path, trust=True)
    assert len(live(victim)) == 50
    unsigned = tmp_path / "unsigned.sfb"
    write_bundle(unsigned, forged, "stranger-device")
    with pytest.raises(NeedsTrustError, match="is not signed"):
        merge_bundle(victim, unsigned)
    assert len(live(victim)) == 50


def test_unkeyed_person_keys_can_no_longer_be_made_from_the_attendee_list(
    make_dir: MakeDir, tmp_path: Path
) -> None:
    """sha256(event id, email) no longer names anyone: erasure keys are team-keyed."""
    from showfloor.services.privacy import erase_person

    a = make_dir("a")
    lead = capture(a, 0)
    erase_person(a, lead)
    with a.session() as session:
        event_id = session.scalars(select(Event.id)).one()
    from showfloor.services.tombstones import person_keys

    guessed = person_keys(event_id, PEOPLE[0][2], PEOPLE[0][1])  # the old, unkeyed hash
    stones = {r["entity_id"] for r in _snap(a)["tombstones"] if r["entity"] == PERSON}
    assert stones and not stones & guessed


def test_a_laptop_set_up_on_its_own_merges_after_one_confirmation_and_is_remembered(
    make_dir: MakeDir, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lead = make_dir("lead")
    loner = str(tmp_path / "loner")
    assert run_cli(capsys, "--data-dir", loner, "event", "create", "Fair").code == 0
    assert (
        run_cli(
            capsys, "--data-dir", loner, "capture", "--class", "kol", "--first-name", "Ada"
        ).code
        == 0
    )
    path = str(tmp_path / "loner.sfb")
    assert run_cli(capsys, "--data-dir", loner, "sync", "bundle", "-o", path).code == 0
    assert lead.path is not None
    target = str(lead.path.parent)
    lead.close()
    line = one_line(run_cli(capsys, "--data-dir", target, "sync", "merge", path))
    assert "does not trust yet" in line and "'Fair'" in line and "adds 1 lead" in line
    assert run_cli(capsys, "--data-dir", target, "sync", "merge", path, "--trust").code == 0
    assert (
        run_cli(
            capsys, "--data-dir", loner, "capture", "--class", "kol", "--first-name", "Grace"
        ).code
        == 0
    )
    assert run_cli(capsys, "--data-dir", loner, "sync", "bundle", "-o", path).code == 0
    again = run_cli(capsys, "--data-dir", target, "sync", "merge", path, "--json")
    assert again.code == 0 and again.json()["new_leads"] == 1  # remembered: no question


def test_laptops_that_joined_through_the_setup_file_trust_each_other(
    tmp_path: Path,
) -> None:
    dbs = [open_database(tmp_path / n / "showfloor.db") for n in ("lead", "b", "c")]
    try:
        from showfloor.services.events import create_event

        with dbs[0].session() as session:
            create_event(session, "Fair")
        setup = tmp_path / "setup.sfb"
        share_event(dbs[0], setup)
        for db in dbs[1:]:
            join_event(db, setup)
        capture(dbs[1], 0, "at b")
        capture(dbs[2], 1, "at c")
        for source, target in ((1, 2), (2, 1), (1, 0), (2, 0), (0, 1)):
            path = tmp_path / f"{source}-{target}.sfb"
            create_bundle(dbs[source], path)
            merge_bundle(dbs[target], path)  # no trust asked for
        assert len(live(dbs[0])) == len(live(dbs[1])) == 2
    finally:
        for db in dbs:
            db.close()


def test_a_changed_bundle_is_refused_in_one_line(
    make_dir: MakeDir, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a = make_dir("a")
    capture(a, 0, "hello")
    path = tmp_path / "a.sfb"
    create_bundle(a, path)

    def forge(manifest: dict[str, Any], body: bytes) -> tuple[dict[str, Any], bytes]:
        body = body.replace(b"hello", b"HELLO")  # and the checksum fixed up to match
        return {**manifest, "sha256": hashlib.sha256(body).hexdigest()}, body

    changed = _rewrite(path, forge, tmp_path / "changed.sfb")
    target = tmp_path / "t"
    line = one_line(
        run_cli(
            capsys, "--data-dir", str(target), "sync", "merge", str(changed), "--trust", "--yes"
        )
    )
    assert "changed after it was written (signature mismatch)" in line


def test_a_bundle_cannot_speak_for_the_receiving_laptop(make_dir: MakeDir, tmp_path: Path) -> None:
    victim, other = make_dir("victim"), make_dir("other")
    capture(other, 0)
    with victim.session() as session:
        mine = this_device(session).id
    path = tmp_path / "me.sfb"
    write_bundle(path, _snap(other), mine, signer=Ed25519PrivateKey.generate())
    with pytest.raises(RefusedError, match="claims to come from this laptop"):
        merge_bundle(victim, path, trust=True, yes=True)
    assert live(victim) == {}


def test_times_from_the_future_are_set_to_now_and_reported(
    make_dir: MakeDir, tmp_path: Path
) -> None:
    a, b = make_dir("a"), make_dir("b")
    lead_id = capture(a, 0)
    capture(b, 0, "seen at b")
    snap = _snap(a)
    future = datetime(2099, 1, 1, tzinfo=UTC)
    for lead in snap["leads"]:
        lead["company"] = "Forever Inc"
        lead["updated_at"] = future
        lead["field_times"] = {
            "@": ["2099-01-01T00:00:00.000000Z", "x"],
            **{k: v for k, v in lead["field_times"].items() if k != "@"},
        }
    path = _stranger_bundle(tmp_path / "future.sfb", snap)
    summary = merge_bundle(b, path, trust=True)
    assert summary.future_times >= 2
    assert "in the future" in (summary.events_note() or "")
    with b.session() as session:
        stored = session.get(Lead, min(lead_id, *live(b)))
        assert stored is not None and stored.updated_at < datetime.now(UTC) + timedelta(minutes=1)


def test_a_bundle_does_not_rename_the_event_silently(make_dir: MakeDir, tmp_path: Path) -> None:
    a, b = make_dir("a"), make_dir("b")
    snap = _snap(a)
    for event in snap["events"]:
        event["name"] = "Hacked"
        event["updated_at"] = datetime.now(UTC)
    path = tmp_path / "rename.sfb"
    with a.session() as session:
        from showfloor.services.sync.keys import laptop_key, team_keys

        key, keys = laptop_key(session), team_keys(session)
    write_bundle(path, snap, "a-device", signer=key, team_keys=keys)
    with pytest.raises(NeedsConfirmationError, match="rename the event 'Fair' to 'Hacked'"):
        merge_bundle(b, path)
    summary = merge_bundle(b, path, yes=True)
    assert summary.renamed_events == (("Fair", "Hacked"),)


# -- 2. every row checked like a capture ------------------------------------------------


def _lead_line_change(field: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def change(row: dict[str, Any]) -> None:
        row[field] = value

    return change


@pytest.mark.parametrize(
    ("table", "change", "words"),
    [
        ("leads", _lead_line_change("visitor_class", "alien"), "Unknown visitor class 'alien'"),
        ("leads", _lead_line_change("rating", "nuclear"), "Unknown rating 'nuclear'"),
        ("leads", _lead_line_change("first_name", "A" * 100_000), "First name is too long"),
        ("leads", _lead_line_change("visit_count", "many"), "visit count 'many' is not a count"),
        ("leads", _lead_line_change("field_times", {"email": [["x"], 1]}), "is not a stamp"),
        ("leads", _lead_line_change("email", "not an address"), "is not an email address"),
        ("visits", _lead_line_change("answers", {"nuke": "1"}), "'nuke' is not a question"),
        ("visits", _lead_line_change("lead_id", "../../etc"), "is no id"),
    ],
)
def test_a_mistyped_row_refuses_the_bundle_naming_it(
    make_dir: MakeDir, tmp_path: Path, table: str, change: Any, words: str
) -> None:
    a, b = make_dir("a"), make_dir("b")
    capture(a, 0, "a note")
    snap = _snap(a)
    change(snap[table][0])
    path = _stranger_bundle(tmp_path / "bad.sfb", snap)
    with pytest.raises(RefusedError) as refused:
        merge_bundle(b, path, trust=True, yes=True)
    message = str(refused.value)
    assert words in message and "\n" not in message
    assert message.startswith("bad.sfb is refused: ")
    label = "lead" if table == "leads" else "visit"
    assert f"{label} {snap[table][0]['id'][:8]}" in message
    assert live(b) == {}


def test_a_name_with_control_characters_arrives_cleaned(make_dir: MakeDir, tmp_path: Path) -> None:
    a, b = make_dir("a"), make_dir("b")
    capture(a, 0)
    snap = _snap(a)
    snap["leads"][0]["first_name"] = "\x00=1+1\u202e"
    path = _stranger_bundle(tmp_path / "nul.sfb", snap)
    merge_bundle(b, path, trust=True)
    with b.session() as session:
        assert session.scalars(select(Lead.first_name)).one() == "=1+1"


# -- 3. bounded input -------------------------------------------------------------------


def test_a_lead_with_too_many_visits_is_refused(make_dir: MakeDir, tmp_path: Path) -> None:
    a, b = make_dir("a"), make_dir("b")
    capture(a, 0, "once")
    snap = _snap(a)
    visit = snap["visits"][0]
    snap.tables["visits"] = [
        {**visit, "id": f"{i:08d}-0000-4000-8000-000000000000", "number": i + 1}
        for i in range(1001)
    ]
    path = _stranger_bundle(tmp_path / "many.sfb", snap)
    with pytest.raises(RefusedError, match="holds more than 1000 visits"):
        merge_bundle(b, path, trust=True, yes=True)


def test_a_row_longer_than_any_lead_is_refused(make_dir: MakeDir, tmp_path: Path) -> None:
    a, b = make_dir("a"), make_dir("b")
    capture(a, 0)
    snap = _snap(a)
    snap["leads"][0]["first_name"] = "A" * (2 * 1024 * 1024)  # a 2 MB name
    path = _stranger_bundle(tmp_path / "long.sfb", snap)
    with pytest.raises(RefusedError, match="one of its rows is longer than 1024 KB"):
        merge_bundle(b, path, trust=True, yes=True)


GIB = 1024**3


def _bomb(path: Path, passphrase: str | None = None) -> None:
    """1 GiB of valid-looking lead lines, signed, packed into a few MB (and sealed
    with ``passphrase``, when given)."""
    row = orjson.dumps(["leads", {"id": "x", "first_name": "A" * 900}]) + b"\n"
    block = row * (1024 * 1024 // len(row))
    blocks = GIB // len(block) + 1
    digest = hashlib.sha256()
    for _ in range(blocks):
        digest.update(block)
    snap_counts = {"leads": blocks * (len(block) // len(row))}
    manifest: dict[str, Any] = {
        "format": "showfloor-bundle",
        "version": 3,
        "device_id": "bomber",
        "created_at": "2026-11-20T10:00:00.000000Z",
        "counts": snap_counts,
        "sha256": digest.hexdigest(),
    }
    from showfloor.services.sync.signing import sign_manifest

    sign_manifest(manifest, Ed25519PrivateKey.generate(), [])
    from showfloor.services.sync.sealed import SealedWriter

    with open(path, "wb") as raw:
        sink = SealedWriter(raw, passphrase) if passphrase else raw
        with sink, gzip.GzipFile(fileobj=sink, mode="wb", compresslevel=1) as out:
            out.write(json.dumps(manifest).encode() + b"\n")
            for _ in range(blocks):
                out.write(block)


def merge_measured(
    bundle: Path, data_dir: Path, *args: str, env: dict[str, str] | None = None
) -> tuple[subprocess.CompletedProcess[str], int]:
    """``sync merge`` in a process of its own, and that process's peak memory in MB."""
    # VmHWM: the peak of this process's own memory. (ru_maxrss would also count the
    # parent's pages a vfork'd child saw before its exec: the whole test run's.)
    script = (
        "import re, sys\n"
        "from showfloor.__main__ import main\n"
        "code = main(sys.argv[1:])\n"
        "status = open('/proc/self/status').read()\n"
        "peak = int(re.search(r'VmHWM:\\s+(\\d+) kB', status).group(1)) // 1024\n"
        "print(f'PEAK {peak}', file=sys.stdout)\n"
        "sys.exit(code)\n"
    )
    command = [sys.executable, "-c", script, "--data-dir", str(data_dir), "sync", "merge"]
    run = subprocess.run(
        [*command, str(bundle), *args],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env={**os.environ, **(env or {})},
    )
    return run, int(run.stdout.split("PEAK ")[1]) if "PEAK " in run.stdout else -1


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs Linux's /proc")
def test_a_gzip_bomb_is_refused_with_memory_bounded(tmp_path: Path) -> None:
    """The issue's check: a 1 GiB bomb, refused in one line under a 300 MB cap."""

    bomb = tmp_path / "bomb.sfb"
    _bomb(bomb)
    assert bomb.stat().st_size < 20 * 1024 * 1024
    run, peak_mb = merge_measured(bomb, tmp_path / "target", "--trust", "--yes")
    assert run.returncode == 1, run
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1 and "it unpacks to more than 512 MB" in lines[0], run.stderr
    print(f"peak memory refusing a 1 GiB bomb: {peak_mb} MB")
    assert peak_mb < 300


@pytest.mark.parametrize(
    ("zone", "words"),
    [(12, "The time zone must be text"), ("Europe/" + "x" * 500, "The time zone is too long")],
)
def test_an_events_mistyped_time_zone_refuses_the_bundle(
    make_dir: MakeDir, tmp_path: Path, zone: object, words: str
) -> None:
    """Issue 21: the show's clock comes in checked, like the event's other fields."""
    a, b = make_dir("a"), make_dir("b")
    capture(a, 0, "a note")
    snap = _snap(a)
    snap["events"][0]["time_zone"] = zone
    path = _stranger_bundle(tmp_path / "bad.sfb", snap)
    with pytest.raises(RefusedError) as refused:
        merge_bundle(b, path, trust=True, yes=True)
    message = str(refused.value)
    assert message.startswith("bad.sfb is refused: event ") and words in message
    assert live(b) == {}
