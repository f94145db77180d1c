"""One show is one event, however the laptops were set up (issue 13, part 2).

As the README's checklist has it, each laptop may run `event create "Sync Expo"`
itself: every laptop then has its own event id. Merging joins them into one event
(the same name once case, spaces and punctuation are ignored; dates agreeing), and
the same visitor met on every laptop is one lead with every visit.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers.cli import run_cli


def _laptop(
    capsys: pytest.CaptureFixture[str], root: Path, name: str, event: str = "Sync Expo", *extra: str
) -> str:
    data_dir = str(root / name)
    assert run_cli(capsys, "--data-dir", data_dir, "event", "create", event, *extra).code == 0
    assert run_cli(capsys, "--data-dir", data_dir, "staff", "add", name.title()).code == 0
    return data_dir


def _capture(
    capsys: pytest.CaptureFixture[str], data_dir: str, first: str, email: str, note: str
) -> None:
    args = ("capture", "--class", "mentor", "--first-name", first, "--email", email)
    assert run_cli(capsys, "--data-dir", data_dir, *args, "--note", note).code == 0


def _bundle(capsys: pytest.CaptureFixture[str], data_dir: str, path: Path) -> str:
    assert run_cli(capsys, "--data-dir", data_dir, "sync", "bundle", "-o", str(path)).code == 0
    return str(path)


def _leads(capsys: pytest.CaptureFixture[str], data_dir: str) -> list[dict[str, object]]:
    result = run_cli(capsys, "--data-dir", data_dir, "leads", "list", "--json")
    assert result.code == 0
    return sorted(result.json(), key=lambda lead: str(lead["email"]))


def _events(capsys: pytest.CaptureFixture[str], data_dir: str) -> list[dict[str, object]]:
    result = run_cli(capsys, "--data-dir", data_dir, "event", "list", "--json")
    assert result.code == 0
    events: list[dict[str, object]] = result.json()
    return events


def test_three_laptops_set_up_on_their_own_merge_into_one_event_in_any_order(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    laptops = [_laptop(capsys, tmp_path, name) for name in ("anna", "ben", "cleo")]
    for i, data_dir in enumerate(laptops):
        _capture(capsys, data_dir, "Ada", "ada@example.org", f"talk on laptop {i}")
        _capture(capsys, data_dir, f"Only{i}", f"only{i}@example.org", "one laptop only")
    bundles = [_bundle(capsys, d, tmp_path / f"{i}.sfb") for i, d in enumerate(laptops)]
    results = []
    for name, order in (("t1", (0, 1, 2)), ("t2", (2, 0, 1))):
        target = str(tmp_path / name)
        merge = ("--data-dir", target, "sync", "merge", *[bundles[i] for i in order])
        refused = run_cli(capsys, *merge)  # laptops set up on their own: one confirmation
        assert refused.code == 1 and "does not trust yet" in refused.err
        merged = run_cli(capsys, *merge, "--trust")
        assert merged.code == 0
        assert "was set up separately on another laptop" in merged.err
        leads = _leads(capsys, target)
        assert [(lead["first_name"], lead["visits"]) for lead in leads] == [
            ("Ada", 3),
            ("Only0", 1),
            ("Only1", 1),
            ("Only2", 1),
        ]
        assert [e["name"] for e in _events(capsys, target)] == ["Sync Expo"]
        again = run_cli(capsys, "--data-dir", target, "sync", "merge", *bundles, "--json")
        assert again.json()["new_leads"] == again.json()["new_visits"] == 0
        assert _leads(capsys, target) == leads
        results.append(leads)
    assert results[0] == results[1]  # the same leads, ids included, in either order
    # and a laptop merging the others' bundles into its own event ends the same
    own = run_cli(
        capsys, "--data-dir", laptops[1], "sync", "merge", bundles[0], bundles[2], "--trust"
    )
    assert own.code == 0 and _leads(capsys, laptops[1]) == results[0]


def test_an_event_named_a_little_differently_is_merged_into_the_one_chosen(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mine = _laptop(capsys, tmp_path, "anna", "Expo 2026", "--starts", "2026-11-22")
    theirs = _laptop(capsys, tmp_path, "ben", "EXPO 2026 Berlin")
    _capture(capsys, mine, "Ada", "ada@example.org", "at my laptop")
    _capture(capsys, theirs, "Ada", "ada@example.org", "at ben's")
    bundle = _bundle(capsys, theirs, tmp_path / "ben.sfb")
    kept = str(tmp_path / "kept")
    mine_bundle = _bundle(capsys, mine, tmp_path / "a.sfb")
    run_cli(capsys, "--data-dir", kept, "sync", "merge", mine_bundle, "--trust")
    apart = run_cli(capsys, "--data-dir", kept, "sync", "merge", bundle, "--trust")
    assert "'EXPO 2026 Berlin' is kept as a separate event" in apart.err
    assert len(_events(capsys, kept)) == 2
    joined = run_cli(
        capsys, "--data-dir", mine, "sync", "merge", bundle, "--into", "Expo 2026", "--trust"
    )
    assert joined.code == 0
    assert [e["name"] for e in _events(capsys, mine)] == ["Expo 2026"]
    assert [(lead["first_name"], lead["visits"]) for lead in _leads(capsys, mine)] == [("Ada", 2)]


def test_the_same_name_at_other_dates_is_another_show(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    last_year = _laptop(capsys, tmp_path, "anna", "Expo", "--starts", "2025-11-20")
    this_year = _laptop(capsys, tmp_path, "ben", "expo", "--starts", "2026-11-20")
    _capture(capsys, this_year, "Ada", "ada@example.org", "this year")
    merged = run_cli(
        capsys,
        "--data-dir",
        last_year,
        "sync",
        "merge",
        _bundle(capsys, this_year, tmp_path / "b.sfb"),
        "--trust",
    )
    assert merged.code == 0 and len(_events(capsys, last_year)) == 2


def test_two_events_on_one_laptop_combine_with_a_preview_and_an_undo(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Event merge: the same visitor in both becomes one lead; a backup undoes it."""
    lead = _laptop(capsys, tmp_path, "anna", "Expo 2026")
    _capture(capsys, lead, "Ada", "ada@example.org", "in the first event")
    assert run_cli(capsys, "--data-dir", lead, "event", "create", "EXPO 2026 Berlin").code == 0
    _capture(capsys, lead, "Ada", "ADA@example.org", "in the second event")
    _capture(capsys, lead, "Grace", "grace@example.org", "only the second")
    dry = run_cli(
        capsys, "--data-dir", lead, "event", "merge", "EXPO 2026 Berlin", "Expo 2026", "--dry-run"
    )
    assert dry.code == 0 and "2 leads of 'EXPO 2026 Berlin' move" in dry.out
    assert "1 of them" in dry.out
    assert len(_events(capsys, lead)) == 2  # a dry run changes nothing
    done = run_cli(capsys, "--data-dir", lead, "event", "merge", "EXPO 2026 Berlin", "Expo 2026")
    assert done.code == 0 and "to undo: showfloor backup restore" in done.err
    assert [e["name"] for e in _events(capsys, lead)] == ["Expo 2026"]
    run_cli(capsys, "--data-dir", lead, "event", "use", "Expo 2026")
    assert [(x["first_name"], x["visits"]) for x in _leads(capsys, lead)] == [
        ("Ada", 2),
        ("Grace", 1),
    ]
    backup_id = done.err.strip().rsplit(" ", 1)[-1]
    assert run_cli(capsys, "--data-dir", lead, "backup", "restore", backup_id).code == 0
    assert len(_events(capsys, lead)) == 2  # undone


def test_laptops_that_joined_from_the_setup_file_share_one_event(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lead = _laptop(capsys, tmp_path, "anna", "Sync Expo")
    setup = str(tmp_path / "team.sfsetup")
    shared = run_cli(capsys, "--data-dir", lead, "event", "share", "-o", setup)
    assert shared.code == 0 and "'Sync Expo', 1 staff" in shared.out
    ben = str(tmp_path / "ben")
    joined = run_cli(capsys, "--data-dir", ben, "event", "join", setup)
    assert joined.code == 0 and "Current event: Sync Expo" in joined.out
    assert _events(capsys, ben)[0]["id"] == _events(capsys, lead)[0]["id"]
    _capture(capsys, ben, "Ada", "ada@example.org", "at ben's")
    merged = run_cli(
        capsys, "--data-dir", lead, "sync", "merge", _bundle(capsys, ben, tmp_path / "ben.sfb")
    )
    assert merged.code == 0 and merged.err == ""  # no question, nothing to point out
    assert [x["first_name"] for x in _leads(capsys, lead)] == ["Ada"]
    refused = run_cli(capsys, "--data-dir", ben, "event", "join", str(tmp_path / "ben.sfb"))
    assert refused.code == 1 and "is not a team setup file" in refused.err
