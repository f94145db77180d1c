"""`showfloor attendees import` (docs/cli.md), driven in-process."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from showfloor.cli.attendees import TerminalProgress

from helpers.cli import run_cli

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "attendees"
PRETIX = str(FIXTURES / "pretix_semicolon.csv")
PICARD_SECRET = "k3x9pq7r2mzt8w4ycv6bn5hd"


@pytest.fixture
def fair(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(capsys, "event", "create", "Fair").code == 0


def test_an_id_only_badge_resolves_to_the_person_after_attendees_import(
    capsys: pytest.CaptureFixture[str], fair: None
) -> None:
    before = run_cli(capsys, "badge", "parse", PICARD_SECRET).json()
    assert before["source"] == "badge" and before["first_name"] is None

    imported = run_cli(capsys, "attendees", "import", PRETIX)
    assert imported.code == 0, imported.err
    assert imported.out.splitlines()[0] == "imported 3, updated 0, rejected 0"

    parsed = run_cli(capsys, "badge", "parse", PICARD_SECRET)
    assert parsed.code == 0
    person = parsed.json()
    assert person["source"] == "attendee_list"
    assert (person["first_name"], person["last_name"]) == ("Jean-Luc", "Picard")
    assert (person["company"], person["email"]) == ("Starfleet", "jl.picard@starfleet.example")

    saved = run_cli(capsys, "capture", "--class", "customer", "--badge", PICARD_SECRET)
    assert saved.code == 0, saved.err
    lead = saved.json()
    assert (lead["full_name"], lead["email"], lead["visit"]) == (
        "Jean-Luc Picard",
        "jl.picard@starfleet.example",
        1,
    )
    assert lead["source"] == "attendee_list"
    listed = run_cli(capsys, "leads", "list", "--json").json()
    assert [entry["full_name"] for entry in listed] == ["Jean-Luc Picard"]


def test_counts_then_rejects_then_notes(capsys: pytest.CaptureFixture[str], fair: None) -> None:
    result = run_cli(capsys, "attendees", "import", str(FIXTURES / "eventbrite.csv"))
    assert result.code == 0 and result.err == ""  # no progress line off a terminal
    assert result.out.splitlines() == [
        "imported 3, updated 0, rejected 1",
        "row 4: no name, email or id",
        "note: row 5: 'alan.turing@' is not an email address; imported without it",
    ]
    again = run_cli(capsys, "attendees", "import", str(FIXTURES / "eventbrite.csv"))
    assert again.out.splitlines()[0] == "imported 0, updated 3, rejected 1"


def test_only_the_first_ten_rejects_are_listed(
    capsys: pytest.CaptureFixture[str], fair: None, tmp_path: Path
) -> None:
    path = tmp_path / "list.csv"
    path.write_text("Name,Ticket Type\n" + ",Expo\n" * 12 + "Ada,Expo\n", encoding="utf-8")
    lines = run_cli(capsys, "attendees", "import", str(path)).out.splitlines()
    assert lines[0] == "imported 1, updated 0, rejected 12"
    assert lines[1] == "row 2: no name, email or id" and lines[10] == "row 11: no name, email or id"
    assert lines[11:] == ["... and 2 more rejected rows"]


def test_map_overrides_a_column(
    capsys: pytest.CaptureFixture[str], fair: None, tmp_path: Path
) -> None:
    path = tmp_path / "list.csv"
    path.write_text("Who,Code\nAda Lovelace,Q-77\n", encoding="utf-8")
    result = run_cli(
        capsys, "attendees", "import", str(path), "--map", "Who=full_name", "--map", "code=badge_id"
    )
    assert result.out.splitlines() == ["imported 1, updated 0, rejected 0"]
    assert run_cli(capsys, "badge", "parse", "Q-77").json()["full_name"] == "Ada Lovelace"


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (("nope.csv",), "There is no file nope.csv"),
        ((".",), "is a folder"),
        ((PRETIX, "--map", "Company"), "--map 'Company' is not COLUMN=FIELD"),
        ((PRETIX, "--map", "Company=employer"), "'employer' is not a field"),
        ((PRETIX, "--map", "Employer=company"), "no column 'Employer'"),
    ],
)
def test_refusals_exit_1_with_one_line(
    capsys: pytest.CaptureFixture[str], fair: None, args: tuple[str, ...], needle: str
) -> None:
    result = run_cli(capsys, "attendees", "import", *args)
    assert result.code == 1
    assert needle in result.err and result.err.count("\n") == 1
    assert "Traceback" not in result.err and result.out == ""


def test_a_malformed_file_exits_1_naming_the_problem(
    capsys: pytest.CaptureFixture[str], fair: None, tmp_path: Path
) -> None:
    path = tmp_path / "photo.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    result = run_cli(capsys, "attendees", "import", str(path))
    assert result.code == 1 and "binary data" in result.err
    path.write_text("alpha,beta\n1,2\n", encoding="utf-8")
    result = run_cli(capsys, "attendees", "import", str(path))
    assert result.code == 1 and "'alpha', 'beta'" in result.err and "--map" in result.err


def test_without_an_event_it_says_how_to_create_one(capsys: pytest.CaptureFixture[str]) -> None:
    result = run_cli(capsys, "attendees", "import", PRETIX)
    assert result.code == 1 and result.out == ""
    assert "showfloor event create NAME" in result.err and result.err.count("\n") == 1


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(capsys, "attendees", "import").code == 2
    assert run_cli(capsys, "attendees").code == 2


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_shows_on_a_terminal_for_big_lists_only() -> None:
    terminal = FakeTerminal()
    progress = TerminalProgress(terminal)
    progress(0, 100)
    assert terminal.getvalue() == ""  # small: silent
    progress(5000, 200_000)
    progress(200_000, 200_000)
    progress.close()
    assert terminal.getvalue() == (
        "\rimporting: 5,000 of about 200,000 rows\rimporting: 200,000 of about 200,000 rows\r\x1b[K"
    )
    piped = io.StringIO()
    TerminalProgress(piped)(5000, 200_000)
    assert piped.getvalue() == ""
