"""Bundle files: a damaged or foreign file is refused with one line and changes nothing."""

from __future__ import annotations

import gzip
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from showfloor.domain.errors import RefusedError
from showfloor.services.sync.bundle import read_bundle
from showfloor.services.sync.files import create_bundle, merge_bundle

from .conftest import MakeDir
from .laptops import capture, state
from helpers.cli import run_cli


@pytest.fixture
def bundle(make_dir: MakeDir, tmp_path: Path) -> Path:
    source = make_dir("source")
    capture(source, 0, "hello")
    capture(source, 1)
    path = tmp_path / "source.sfb"
    create_bundle(source, path)
    return path


def _rewrite(path: Path, change: Callable[[Any, bytes], tuple[Any, bytes]]) -> Path:
    head, _, body = gzip.decompress(path.read_bytes()).partition(b"\n")
    head, body = change(json.loads(head), body)
    out = path.with_name("changed.sfb")
    out.write_bytes(gzip.compress(json.dumps(head).encode() + b"\n" + body))
    return out


def test_round_trip_keeps_every_row(bundle: Path) -> None:
    manifest, snap = read_bundle(bundle)
    assert manifest["counts"]["leads"] == 2 and manifest["counts"]["visits"] == 2
    assert snap.counts() == manifest["counts"]
    assert all("search_key" not in row for row in snap["leads"])


def _bad_checksum(bundle: Path) -> Path:
    return _rewrite(bundle, lambda h, b: (h, b.replace(b"hello", b"HELLO")))


def _newer(bundle: Path) -> Path:
    return _rewrite(bundle, lambda h, b: ({**h, "version": 99}, b))


def _truncated(bundle: Path) -> Path:
    out = bundle.with_name("cut.sfb")
    out.write_bytes(bundle.read_bytes()[:-40])
    return out


def _not_bundle(bundle: Path) -> Path:
    out = bundle.with_name("notes.txt")
    out.write_text("just some notes\n")
    return out


def _other_gzip(bundle: Path) -> Path:
    out = bundle.with_name("other.gz")
    out.write_bytes(gzip.compress(b'{"hello": 1}\n'))
    return out


@pytest.mark.parametrize(
    ("damage", "words"),
    [
        (_bad_checksum, "checksum mismatch"),
        (_newer, "newer Showfloor"),
        (_truncated, "truncated"),
        (_not_bundle, "not a Showfloor bundle"),
        (_other_gzip, "not a Showfloor bundle"),
    ],
)
def test_damaged_files_are_refused_and_change_nothing(
    bundle: Path,
    make_dir: MakeDir,
    damage: Callable[[Path], Path],
    words: str,
) -> None:
    target = make_dir("target")
    capture(target, 2)
    before = state(target)
    with pytest.raises(RefusedError, match=words) as info:
        merge_bundle(target, damage(bundle))
    assert "\n" not in str(info.value)
    assert state(target) == before


def test_cli_bundle_and_merge(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert run_cli(capsys, "event", "create", "Fair").code == 0
    assert run_cli(capsys, "capture", "--class", "kol", "--first-name", "Ada").code == 0
    out = tmp_path / "mine.sfb"
    result = run_cli(capsys, "sync", "bundle", "-o", str(out))
    assert result.code == 0 and "1 leads" in result.out
    other = tmp_path / "other"
    merge = ("--data-dir", str(other), "sync", "merge", str(out), "--json")
    result = run_cli(capsys, *merge)  # a laptop set up on its own: shown first, not merged
    assert result.code == 1 and "comes from a laptop this one does not trust yet" in result.err
    assert "it adds 1 lead, changes 0 and removes 0" in result.err
    result = run_cli(capsys, *merge, "--trust")
    assert result.code == 0
    assert result.json()["new_leads"] == 1 and result.json()["new_visits"] == 1
    result = run_cli(capsys, "--data-dir", str(other), "sync", "merge", str(out))
    assert result.out.strip() == (
        "merged: new leads 0, new visits 0, merged duplicates 0, conflicts resolved 0"
    )
    bad = tmp_path / "bad.sfb"
    bad.write_text("nope")
    result = run_cli(capsys, "sync", "merge", str(bad))
    assert result.code == 1 and result.err.count("\n") == 1 and "Traceback" not in result.err


def test_a_fresh_laptop_shows_the_merged_event(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Merging into an empty data dir makes the bundle's event current, so leads show."""
    from helpers.cli import run_cli

    source, target = str(tmp_path / "a"), str(tmp_path / "b")
    assert run_cli(capsys, "--data-dir", source, "demo").code == 0
    bundle = str(tmp_path / "a.sfb")
    assert run_cli(capsys, "sync", "bundle", "-o", bundle, "--data-dir", source).code == 0
    assert run_cli(capsys, "sync", "merge", bundle, "--data-dir", target, "--trust").code == 0
    leads = run_cli(capsys, "leads", "list", "--json", "--data-dir", target).json()
    assert len(leads) == 10


def test_a_format_1_bundle_merges_like_a_format_2_one(
    make_dir: MakeDir, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Format 1 wrote every field stamp in full, never-set ones included."""
    from showfloor.services.sync import bundle as bundle_module
    from showfloor.services.sync.bundle import write_bundle
    from showfloor.services.sync.clock import FIELD_GROUPS, effective_stamps
    from showfloor.services.sync.snapshot import read_snapshot

    source = make_dir("source")
    capture(source, 0, "hello")
    capture(source, 2)
    new = tmp_path / "format2.sfb"
    create_bundle(source, new)
    with source.engine.connect() as conn:
        snap = read_snapshot(conn)
    for lead in snap["leads"]:
        lead["field_times"] = {g: list(s) for g, s in effective_stamps(lead).items()}
        assert "@" not in lead["field_times"] and len(lead["field_times"]) == len(FIELD_GROUPS)
    old = tmp_path / "format1.sfb"
    with monkeypatch.context() as patch:
        patch.setattr(bundle_module, "VERSION", 1)
        write_bundle(old, snap, "old-laptop")
    assert read_bundle(old)[0]["version"] == 1
    via_old, via_new = make_dir("old"), make_dir("new")
    merge_bundle(via_old, old, trust=True)  # unsigned, as older versions wrote them
    merge_bundle(via_new, new)
    assert state(via_old) == state(via_new)
    assert merge_bundle(via_old, new).new_leads == 0


def test_cli_merges_every_laptops_bundle_at_once(
    make_dir: MakeDir, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    laptops = [make_dir(name) for name in ("a", "b", "c")]
    for person, laptop in enumerate(laptops):
        capture(laptop, person, f"note {person}")
    bundles = [str(tmp_path / f"{i}.sfb") for i in range(3)]
    for laptop, path in zip(laptops, bundles, strict=True):
        create_bundle(laptop, Path(path))
    target = str(tmp_path / "lead")
    bad = tmp_path / "cut.sfb"
    bad.write_bytes(Path(bundles[2]).read_bytes()[:-40])
    refused = run_cli(capsys, "--data-dir", target, "sync", "merge", *bundles[:2], str(bad))
    assert refused.code == 1 and "cut.sfb is truncated or damaged" in refused.err
    listed = run_cli(capsys, "--data-dir", target, "leads", "list", "--json")
    assert listed.code == 0 and listed.json() == []  # checked first: nothing merged
    result = run_cli(capsys, "--data-dir", target, "sync", "merge", *bundles, "--trust")
    assert result.code == 0 and result.out.startswith("merged from 3 files: new leads 3,")
    again = run_cli(capsys, "--data-dir", target, "sync", "merge", *bundles, "--json")
    assert again.json() == {
        "new_leads": 0,
        "new_visits": 0,
        "merged_duplicates": 0,
        "conflicts_resolved": 0,
        "removed": 0,
    }


def test_an_event_set_up_twice_is_pointed_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Two laptops each created "Fair": the leads stay apart, and the user is told."""
    a, b = str(tmp_path / "a"), str(tmp_path / "b")
    for data_dir, person in ((a, "Ada"), (b, "Grace")):
        assert run_cli(capsys, "--data-dir", data_dir, "event", "create", "Fair").code == 0
        args = ("capture", "--class", "kol", "--first-name", person)
        assert run_cli(capsys, "--data-dir", data_dir, *args).code == 0
    bundle = str(tmp_path / "b.sfb")
    assert run_cli(capsys, "--data-dir", b, "sync", "bundle", "-o", bundle).code == 0
    result = run_cli(capsys, "--data-dir", a, "sync", "merge", bundle, "--json", "--trust")
    assert result.code == 0 and result.json()["new_leads"] == 1
    assert "'Fair' was set up separately on another laptop" in result.err
    again = run_cli(capsys, "--data-dir", a, "sync", "merge", bundle)
    assert again.err == ""  # now the same event: nothing to point out


def test_the_events_time_zone_travels_to_the_other_laptop(
    make_dir: MakeDir, tmp_path: Path
) -> None:
    """Every laptop counts hours on the show's clock, whatever its own zone."""
    from showfloor.services.events import require_current_event
    from showfloor.services.time_zones import set_event_zone

    source = make_dir("source")
    with source.session() as session:
        set_event_zone(session, require_current_event(session).id, "Asia/Tokyo")
    capture(source, 0, "hello")
    path = tmp_path / "zone.sfb"
    create_bundle(source, path)
    _manifest, snap = read_bundle(path)
    assert [e.get("time_zone") for e in snap["events"]] == ["Asia/Tokyo"]
    target = make_dir("target")
    merge_bundle(target, path, trust=True)
    with target.session() as session:
        from sqlalchemy import select

        from showfloor.store.models import Event

        zones = set(session.scalars(select(Event.time_zone)))
    assert "Asia/Tokyo" in zones


def test_a_merge_parses_the_bundle_once(
    bundle: Path, make_dir: MakeDir, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 20: the check pass and the merge read one parsed copy (a 50k-lead bundle
    took seconds to gunzip and parse again)."""
    from showfloor.services.sync import bundle as bundles

    parsed: list[Path] = []
    real = bundles._rows

    def counted(path, *args, **kwargs):  # type: ignore[no-untyped-def]
        parsed.append(path)
        return real(path, *args, **kwargs)

    monkeypatch.setattr(bundles, "_rows", counted)
    target = make_dir("target")
    summary = merge_bundle(target, bundle, trust=True)
    assert parsed == [bundle]
    assert summary.new_leads == 2
