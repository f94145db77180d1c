"""The scanner check before doors open, in the real program under Xvfb.

A first run: the wizard's "Test the handheld scanner" page gets the test sheet
typed by xdotool as a scanner types it (each code a burst, Enter at the end),
then the ways a scanner goes wrong: set for a US keyboard on a French computer
(`setxkbmap fr`), no Enter suffix, a delay between keys. After the wizard, the
check opens from the booth window (Help, Ctrl+Shift+H). What is asserted is
what the check logs per code (labels and outcomes, never what a code holds) and
what is on disk.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from showfloor.services.qrcodes import TEST_BADGES

from helpers.cli import run_program
from helpers.xwindow import Booth, booth_window, wait_for, xvfb

pytestmark = pytest.mark.e2e

BY_FORMAT = {b.format: b for b in TEST_BADGES}


@pytest.fixture
def display() -> Iterator[str]:
    with xvfb() as name:
        yield name


def outcomes(booth: Booth) -> list[tuple[str, str]]:
    """(code, outcome) for each code the check judged, in order."""
    return re.findall(r"scanner check: (.+): (.+)$", booth.log_text(), flags=re.MULTILINE)


def wait_judged(booth: Booth, count: int) -> list[tuple[str, str]]:
    def judged() -> list[tuple[str, str]]:
        return [o for o in outcomes(booth) if o[0] != "scanner check"]

    try:
        wait_for(lambda: len(judged()) >= count, 30, f"{count} codes judged")
    except AssertionError as exc:
        raise AssertionError(f"{exc}\n{booth.log_text()[-2000:]}") from None
    return judged()


def listening(booth: Booth) -> int:
    return booth.count("scanner check: listening")


def test_the_wizard_checks_the_scanner_code_by_code_and_says_what_to_fix(
    display: str, data_dir: Path
) -> None:
    with booth_window(display, data_dir, first_run=True) as booth:
        booth.x("type", "--delay", "60", "Scanner Fair")
        booth.keys("Return")  # Next
        booth.x("type", "--delay", "60", "Anna")
        booth.keys("Return")
        booth.keys("End", "Return")  # no camera; Next: the scanner check
        wait_for(lambda: listening(booth) == 1, 30, "the scanner check page")

        # The whole sheet, typed right (a scanner whose language matches the computer).
        for n, badge in enumerate(TEST_BADGES, 1):
            booth.scan(badge.payload.replace("\r\n", "\n"))
            wait_judged(booth, n)  # the next code a moment later, as staff scan
        judged = wait_judged(booth, len(TEST_BADGES))
        assert judged == [(b.label, "pass") for b in TEST_BADGES]  # Wi-Fi: refused

        # A scanner set for a US keyboard, on a French computer.
        booth.setxkbmap("fr")
        booth.us_scanner(BY_FORMAT["bizcard"].payload)
        wait_judged(booth, len(TEST_BADGES) + 1)
        booth.us_scanner(BY_FORMAT["id"].payload)
        judged = wait_judged(booth, len(TEST_BADGES) + 2)
        assert judged[-2:] == [
            (BY_FORMAT["bizcard"].label, "keyboard layout mismatch"),
            (BY_FORMAT["id"].label, "keyboard layout mismatch"),
        ]
        booth.setxkbmap("us")

        # No Enter after the code; then a delay between keys (it came as typing).
        booth.x("type", "--delay", "4", BY_FORMAT["json"].payload)
        judged = wait_judged(booth, len(TEST_BADGES) + 3)
        assert judged[-1] == (BY_FORMAT["json"].label, "no Enter suffix")
        booth.scan(BY_FORMAT["mecard"].payload, gap_ms=50)  # its Enter must press no Next
        judged = wait_judged(booth, len(TEST_BADGES) + 4)
        assert judged[-1] == (BY_FORMAT["mecard"].label, "too slow")

        booth.keys("alt+n")  # Next: the attendee list page (the event is created)
        booth.keys("alt+f")  # Finish
        wait_for(lambda: "capture ready" in booth.log_text(), 30, "the booth window")
        booth.focus("Showfloor —")
        booth.keys("ctrl+shift+h")  # Help > Test the handheld scanner
        wait_for(lambda: listening(booth) == 2, 30, "the scanner check dialog")
        booth.scan(BY_FORMAT["mecard"].payload)  # a badge: for the check, not the form
        judged = wait_judged(booth, len(TEST_BADGES) + 5)
        assert judged[-1] == (BY_FORMAT["mecard"].label, "pass")
        booth.keys("Escape")  # close the check; the booth is ready for visitors
        assert booth.count("badge read:") == 0
        booth.scan("MECARD:N:Okafor,Chidi;EMAIL:chidi@lagos.example;;")
        wait_for(lambda: booth.count("badge read:") == 1, 30, "the badge at the booth")
        booth.keys("2", "Return")
        wait_for(lambda: booth.saves() == 1, 30, "the save")
        text = booth.log_text()
        assert "Weber" not in text and "ada@engines.example" not in text  # no personal data
    events = run_program("event", "list", "--json")
    assert events.code == 0 and "Scanner Fair" in events.out
    leads = run_program("leads", "list", "--json").json()
    assert [(x["class"], x["email"]) for x in leads] == [("mentor", "chidi@lagos.example")]
