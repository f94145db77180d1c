"""Is the handheld scanner set up right? Keyboard layout, Enter suffix, speed.

A scanner in keyboard-wedge mode presses keys for a keyboard layout of its own
(US unless set otherwise). On a computer with another layout the same keys type
other characters: "MECARD:" comes out as "?ECQRDM" on AZERTY, digits as "&é\"'"
and ":" as "Ö" on QWERTZ. Reading the key positions as a US keyboard gives what
the scanner meant; when that reading is a badge and the typed text is not, the
layouts disagree, and the fix is the scanner's keyboard-language setting.

The scanner check compares what each code of the printed test sheet
(``showfloor qr test-sheet``) typed with what the code holds.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass

from showfloor.badges import parse_payload
from showfloor.services.qrcodes import TEST_BADGES, TestBadge

LAYOUT_FIX = (
    "Set the scanner's keyboard language to this computer's layout (scan the "
    "\u201ckeyboard country\u201d code for it in the scanner's manual), or switch this "
    "computer's keyboard layout to US English."
)


@dataclass(frozen=True)
class LayoutProblem:
    """The scanner and this computer use different keyboard layouts.

    Attributes:
        message: what happened and how to fix it, for staff.
        meant: the payload as the scanner meant it, when that is a badge.
    """

    message: str
    meant: str | None


def _reads_as_badge(payload: str) -> bool:
    return parse_payload(payload).refused is None


def layout_problem(payload: str, as_us: str | None) -> LayoutProblem | None:
    """A LayoutProblem when ``payload`` looks typed for another layout, else None.

    Args:
        payload: what the scanner's keys typed on this computer.
        as_us: the same keys read as a US keyboard (None: key positions unknown).
    """
    if as_us is None or as_us == payload:
        return None
    typed = parse_payload(payload)
    if typed.refused is None and typed.format != "id":
        return None  # a structured badge typed right (a scanner set to this layout)
    meant_ok = _reads_as_badge(as_us)
    garbled = typed.refused is not None or (not payload.isascii() and as_us.isascii())
    if not (meant_ok and garbled):
        return None
    shown = payload[:24].replace("\n", " ")
    meant = as_us[:24].replace("\n", " ")
    return LayoutProblem(
        f"The handheld scanner types for another keyboard layout than this computer's: it "
        f"typed \u201c{shown}\u2026\u201d for \u201c{meant}\u2026\u201d. The badge was read "
        f"as the scanner meant it; check the name. {LAYOUT_FIX}",
        as_us,
    )


def separate_scans(payload: str) -> list[str]:
    """Badges scanned in quick succession, each on its own; else the one payload.

    Two scans a few milliseconds apart can reach us as one burst, and their keys'
    timing alone cannot tell the gap between them from a scanner's pause between
    lines. Their content can: the burst is several scans when every line is a
    badge by itself ("MECARD:...;;" twice), or when one vCard ends and another
    begins. A vCard's "BEGIN:VCARD" line alone is no badge, so a vCard stays whole.
    """
    lines = payload.split("\n")
    if len(lines) > 1 and all(line.strip() and _reads_as_badge(line) for line in lines):
        return lines
    cards = re.split(r"(?<=END:VCARD)\n(?=BEGIN:VCARD)", payload, flags=re.IGNORECASE)
    return cards


def _normal(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").strip()


@dataclass(frozen=True)
class CheckResult:
    """One scan of the test sheet, judged.

    Attributes:
        badge: the test code it was (None: not a code of the sheet).
        ok: the scan typed exactly what the code holds (a refused code: it was refused).
        problem: what went wrong and what to do, or None.
    """

    badge: TestBadge | None
    ok: bool
    problem: str | None = None


def judge_scan(
    payload: str,
    as_us: str | None,
    *,
    terminated: bool,
    badges: Sequence[TestBadge] = TEST_BADGES,
) -> CheckResult:
    """Which test code a scan was, and whether the scanner typed it right."""
    text = _normal(payload)
    us = _normal(as_us) if as_us is not None else None
    by_text = {_normal(b.payload): b for b in badges}
    badge = by_text.get(text)
    if badge is None and us is not None and us in by_text:
        return CheckResult(by_text[us], False, f"Keyboard layout mismatch. {LAYOUT_FIX}")
    if badge is None:
        close = difflib.get_close_matches(text, list(by_text), n=1, cutoff=0.8)
        if not close:
            return CheckResult(None, False, "Not a code of the test sheet.")
        badge = by_text[close[0]]
        lost = "letters with accents" if not text.isascii() or not close[0].isascii() else "some"
        return CheckResult(
            badge,
            False,
            f"Read with differences ({lost} characters changed). Check the scanner's "
            "keyboard language and that it sends characters as typed (no case conversion).",
        )
    if not terminated:
        return CheckResult(
            badge,
            False,
            "The scanner sends no Enter after a code. It still works here, but set its "
            "suffix to Enter (CR) so every scan ends cleanly.",
        )
    return CheckResult(badge, True)


def typing_speed_problem(gaps_ms: Sequence[float]) -> str | None:
    """The scanner types too slowly to be told from a person (keys arrived as typing)."""
    if len(gaps_ms) < 3:
        return None
    ordered = sorted(gaps_ms)
    median = ordered[len(ordered) // 2]
    return (
        f"The scanner types too slowly to be told from a person ({median:.0f} ms a key; "
        "scans need under 30 ms). Set its inter-character delay to none, or its USB "
        "speed to the fastest, in the scanner's manual."
    )
