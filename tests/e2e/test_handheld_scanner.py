"""The handheld scanner as real scanners type, in the real window under Xvfb.

xdotool types through the X server: a scanner is a burst 3-5 ms a key (Shift for
capitals, Enter between lines and at the end), a person 60-120 ms a key. What is
asserted is what is on disk (`showfloor leads list --json`).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from showfloor.config import Paths

from helpers.cli import run_program
from helpers.xwindow import Booth, booth_window, busy_cpus, wait_for, xvfb

pytestmark = pytest.mark.e2e

VCARD = (
    "BEGIN:VCARD\nVERSION:3.0\nN:Tanaka;Mei;;;\nFN:Mei Tanaka\nORG:Kaizen Retail\n"
    "EMAIL;TYPE=INTERNET:mei.tanaka@kaizen.example\nEND:VCARD"
)
MECARD = "MECARD:N:Weber,Jonas;ORG:Weber Soehne;EMAIL:jonas@weber-soehne.example;;"
BIZCARD = "BIZCARD:N:Priya;X:Raman;C:Northwind Labs;E:priya@northwind.example;;"
JSON = '{"first_name": "Fatima", "last_name": "Zahra", "email": "fatima@osf.example"}'
FOUR = {
    VCARD: "mei.tanaka@kaizen.example",
    MECARD: "jonas@weber-soehne.example",
    BIZCARD: "priya@northwind.example",
    JSON: "fatima@osf.example",
}
FIVE = [f"MECARD:N:Visitor,Number{n};EMAIL:visitor{n}@fair.example;;" for n in range(1, 6)]


@pytest.fixture
def display() -> Iterator[str]:
    with xvfb() as name:
        yield name


@pytest.fixture
def event(data_dir: Path) -> None:
    assert run_program("event", "create", "Scanner Fair").code == 0
    assert run_program("staff", "add", "Anna").code == 0


def wait_saves(booth: Booth, count: int) -> None:
    try:
        wait_for(lambda: booth.saves() >= count, 30, f"{count} saves")
    except AssertionError as exc:
        raise AssertionError(f"{exc}\n{booth.log_text()[-1500:]}") from None


def wait_read(booth: Booth, count: int) -> None:
    try:
        wait_for(lambda: booth.count("badge read:") >= count, 30, f"{count} badges read")
    except AssertionError as exc:  # what the window logged says which way the keys went
        raise AssertionError(f"{exc}\n{booth.log_text()[-1500:]}") from None


def test_four_formats_after_a_stray_escape_give_four_mentors_and_nothing_else(
    display: str, data_dir: Path, event: None
) -> None:
    """The issue's first "Done when", then arrows, the Leads tab and five scans in a row."""
    with booth_window(display, data_dir) as booth:
        booth.keys("Escape")
        for n, payload in enumerate(FOUR, 1):
            booth.scan(payload)
            wait_read(booth, n)
            booth.keys("2", "Return")
            wait_saves(booth, n)
        mentors = booth.leads()
        assert sorted((x["class"], x["email"]) for x in mentors) == sorted(
            ("mentor", email) for email in FOUR.values()
        )
        # after arrows, and with the Leads tab (and its search box) shown
        booth.keys("Left", "Down", "Escape")
        booth.keys("ctrl+2")
        booth.scan("MECARD:N:Okafor,Chidi;EMAIL:chidi@lagos.example;;")
        wait_read(booth, 5)
        booth.keys("1", "Return")
        wait_saves(booth, 5)
        # five scans in a row, faster than anyone types: all wait their turn
        for payload in FIVE:
            booth.scan(payload)
        wait_for(lambda: booth.count("badge read:") >= 6, 30, "the first of five")
        for n in range(1, 6):
            booth.keys("3", "Return")
            wait_saves(booth, 5 + n)
    leads = run_program("leads", "list", "--json").json()
    got = sorted((x["class"], x["email"]) for x in leads)
    want = sorted(
        [("mentor", e) for e in FOUR.values()]
        + [("customer", "chidi@lagos.example")]
        + [("kol", f"visitor{n}@fair.example") for n in range(1, 6)]
    )
    assert got == want  # each badge exactly its lead: no junk lead, none lost
    assert all(x["first_name"] and x["last_name"] for x in leads)


def test_a_person_typing_on_a_busy_machine_loses_no_keystroke(
    display: str, data_dir: Path, event: None, paths: Paths
) -> None:
    from showfloor.services.leads import get_lead
    from showfloor.store.database import open_database

    answers = ["podcast and newsletter", "12000 listeners", "retail AI, shelf robots"]
    with booth_window(display, data_dir) as booth, busy_cpus():
        booth.person_types("Tomasz\tKowalski\tWarsaw Retail Lab")
        booth.keys("alt+3")
        booth.person_types("\t".join(answers))
        booth.keys("Return")
        wait_saves(booth, 1)
    [lead] = run_program("leads", "list", "--json").json()
    assert (lead["first_name"], lead["last_name"], lead["company"], lead["class"]) == (
        "Tomasz", "Kowalski", "Warsaw Retail Lab", "kol",
    )
    db = open_database(paths.database)
    try:
        with db.session() as session:
            [visit] = get_lead(session, str(lead["id"])).history
    finally:
        db.close()
    assert visit.answers == dict(zip(["channels", "audience_size", "topics"], answers, strict=True))


def test_azerty_and_qwertz_class_keys_and_a_us_scanner_on_azerty(
    display: str, data_dir: Path, event: None
) -> None:
    with booth_window(display, data_dir) as booth:
        booth.setxkbmap("fr")
        booth.scan(MECARD)  # a scanner set to French types it right
        wait_read(booth, 1)
        booth.keys("ampersand", "Return")  # the unshifted 1 key of AZERTY
        wait_saves(booth, 1)
        booth.person_types("Amandine")  # typed on the empty form: kept whole
        booth.keys("alt+eacute", "Return")  # Alt and the 2 key, from inside the name field
        wait_saves(booth, 2)
        booth.us_scanner("MECARD:N:Lovelace,Ada;EMAIL:ada@example.org;;")  # a US scanner
        wait_for(lambda: "keyboard layout mismatch" in booth.log_text(), 30, "the diagnosis")
        wait_read(booth, 2)
        booth.keys("quotedbl", "Return")  # the 3 key
        wait_saves(booth, 3)
        booth.setxkbmap("de")
        booth.scan(BIZCARD)
        wait_read(booth, 3)
        booth.keys("2", "Return")
        wait_saves(booth, 4)
    leads = run_program("leads", "list", "--json").json()
    got = sorted((x["class"], x["first_name"], x["email"]) for x in leads)
    assert got == sorted([
        ("customer", "Jonas", "jonas@weber-soehne.example"),
        ("mentor", "Amandine", None),
        ("kol", "Ada", "ada@example.org"),
        ("mentor", "Priya", "priya@northwind.example"),
    ]), json.dumps(leads, indent=1)
