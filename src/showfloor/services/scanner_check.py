"""Is the handheld scanner set up right? Keyboard layout, Enter suffix, speed.

A scanner in keyboard-wedge mode presses keys for a keyboard layout of its own
(US unless set otherwise). On a computer with another layout the same keys type
other characters: "MECARD:" comes out as "?ECQRDM" on AZERTY, digits as "&é\"'"
and ":" as "Ö" on QWERTZ. Reading the key positions as a US keyboard gives what
the scanner meant; when that reading is a badge and the typed text is not, the
layouts disagree, and the fix is the scanner's keyboard-language setting.

The scanner check compares what each code of the printed test sheet
(``showfloor qr test-sheet``) typed with what the code holds, and says what to
change on the scanner when they differ: its keyboard language, its suffix
(Enter), or its speed (keys further apart than a person's fastest typing cannot
be told from typing, and would go into the form as typed text).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from statistics import median

from showfloor.badges import parse_payload
from showfloor.scanning.wedge import KEY_GAP_MS, Scanned
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


class Problem(StrEnum):
    """What went wrong with one scan of the test sheet (also the log's wording)."""

    LAYOUT = "keyboard layout mismatch"
    NO_ENTER = "no Enter suffix"
    TOO_SLOW = "too slow"
    CHANGED = "characters changed"
    NOT_REFUSED = "not refused"
    OTHER_FORMAT = "read as another format"
    NOT_ON_SHEET = "not on the sheet"

    @property
    def heading(self) -> str:
        """As a row of the check shows it: "Keyboard layout mismatch"."""
        return self.value[0].upper() + self.value[1:]


NO_ENTER_FIX = (
    "The scanner sends no Enter after a code. Set its suffix to Enter (CR) in the "
    "scanner's manual, so every scan ends at once and two scans never run together."
)
SLOW_FIX = (
    "Set the scanner's inter-character delay to none (or its USB speed to the fastest) "
    "in the scanner's manual."
)


@dataclass(frozen=True)
class CheckResult:
    """One scan of the test sheet, judged.

    Attributes:
        badge: the test code it was (None: not a code of the sheet).
        ok: the scan typed exactly what the code holds and it was read as its format
            (the Wi-Fi code: it was refused).
        problem: what went wrong, or None.
        advice: what happened and what to do, for staff; None when ``ok``.
    """

    badge: TestBadge | None
    ok: bool
    problem: Problem | None = None
    advice: str | None = None


def _closest(text: str, candidates: Sequence[str]) -> tuple[str | None, float]:
    best, score = None, 0.0
    for candidate in candidates:
        matcher = difflib.SequenceMatcher(None, text, candidate, autojunk=False)
        if matcher.real_quick_ratio() <= score or matcher.quick_ratio() <= score:
            continue
        ratio = matcher.ratio()
        if ratio > score:
            best, score = candidate, ratio
    return best, score


PERSON_FASTEST_MS = 60.0  # few people keep up keys faster than this for long
CLOSE = 0.8  # at least this similar (difflib ratio) to be taken for that code


def judge_scan(
    payload: str,
    as_us: str | None,
    *,
    terminated: bool,
    badges: Sequence[TestBadge] = TEST_BADGES,
) -> CheckResult:
    """Which test code a scan was, and whether the scanner typed it right.

    Args:
        payload: what the scanner typed here.
        as_us: the same keys read on a US keyboard (None: positions unknown).
        terminated: the scan ended with Enter or Tab.
    """
    text = _normal(payload)
    us = _normal(as_us) if as_us is not None else None
    by_text = {_normal(b.payload): b for b in badges}
    badge = by_text.get(text)
    if badge is None:
        return _judge_mistyped(text, us, by_text)
    parsed = parse_payload(payload)
    if badge.must_refuse:
        if parsed.refused is None:
            return CheckResult(
                badge, False, Problem.NOT_REFUSED,
                "This code is not a visitor and must be refused, but was read as a badge.",
            )  # fmt: skip
    elif parsed.refused is not None or parsed.format != badge.format:
        got = parsed.format or "nothing"
        return CheckResult(
            badge, False, Problem.OTHER_FORMAT,
            f"Typed right, but read as {got}, not {badge.format}: please report this.",
        )  # fmt: skip
    if not terminated:
        return CheckResult(badge, False, Problem.NO_ENTER, NO_ENTER_FIX)
    return CheckResult(badge, True)


def _judge_mistyped(text: str, us: str | None, by_text: dict[str, TestBadge]) -> CheckResult:
    if us is not None and us != text and us in by_text:
        return CheckResult(by_text[us], False, Problem.LAYOUT, _layout_advice())
    typed_like, typed_score = _closest(text, list(by_text))
    us_like, us_score = (None, 0.0)
    if us is not None and us != text:
        us_like, us_score = _closest(us, list(by_text))
    if us_like is not None and us_score >= CLOSE and us_score > typed_score:
        return CheckResult(by_text[us_like], False, Problem.LAYOUT, _layout_advice())
    if typed_like is None or typed_score < CLOSE:
        return CheckResult(
            None, False, Problem.NOT_ON_SHEET,
            "That is not a code of the test sheet (print it with File > Print test "
            "badges, or showfloor qr test-sheet).",
        )  # fmt: skip
    accents = not text.isascii() or not typed_like.isascii()
    what = "Letters with accents came out differently" if accents else "Some characters differ"
    return CheckResult(
        by_text[typed_like], False, Problem.CHANGED,
        f"{what}. Check the scanner's keyboard language and that it sends characters as "
        "they are (no case conversion, no characters left out).",
    )  # fmt: skip


def _layout_advice() -> str:
    return f"The scanner types for another keyboard layout than this computer's. {LAYOUT_FIX}"


def typing_speed_problem(gaps_ms: Sequence[float]) -> str | None:
    """Advice when keys a scanner sent came too far apart to be told from typing.

    Returns None when there are too few keys to say (a person's stray key press).
    """
    if len(gaps_ms) < 3:
        return None
    return (
        f"The scanner types too slowly to be told from a person ({median(gaps_ms):.0f} ms "
        f"a key; a scan needs under {KEY_GAP_MS:.0f} ms): its keys would go into the form "
        f"as typing. {SLOW_FIX}"
    )


NEAR_LIMIT = 0.6  # of KEY_GAP_MS: a scanner this slow is sometimes taken for typing


def _split_by_speed(result: CheckResult, gaps_ms: Sequence[float]) -> bool:
    garbled = result.problem in (Problem.NOT_ON_SHEET, Problem.CHANGED)
    return garbled and bool(gaps_ms) and median(gaps_ms) >= NEAR_LIMIT * KEY_GAP_MS


@dataclass(frozen=True)
class Diagnosis:
    """One problem of the scanner, what to do about it, and the codes that showed it."""

    problem: Problem
    advice: str
    labels: tuple[str, ...]

    def text(self) -> str:
        codes = ", ".join(self.labels)
        return f"{self.problem.heading} ({codes}). {self.advice}"


@dataclass
class ScannerCheck:
    """A run through the test sheet: the latest result of each code, in sheet order.

    Scanning a code again replaces its result, so staff can change a scanner
    setting and scan again until every code passes.
    """

    badges: Sequence[TestBadge] = TEST_BADGES
    results: dict[str, CheckResult] = field(default_factory=dict)  # by badge label

    def scanned(self, scan: Scanned) -> list[CheckResult]:
        """A whole scan (one or several codes in quick succession), judged."""
        parts = separate_scans(scan.payload)
        as_us = scan.as_us if len(parts) == 1 else None  # several codes: each typed right
        ends = [True] * (len(parts) - 1) + [scan.terminated]
        judged = [
            judge_scan(part, as_us, terminated=end, badges=self.badges)
            for part, end in zip(parts, ends, strict=True)
        ]
        if len(judged) == 1 and _split_by_speed(judged[0], scan.gaps_ms):
            # Keys close to a person's speed: part of the code went on as typing,
            # so what came as a scan is a piece of it.
            near = f"{median(scan.gaps_ms):.0f} ms a key, close to the {KEY_GAP_MS:.0f} ms"
            judged = [
                CheckResult(
                    judged[0].badge, False, Problem.TOO_SLOW,
                    f"The scanner types nearly as slowly as a person ({near} limit): part "
                    f"of the code came as typing. {SLOW_FIX}",
                )  # fmt: skip
            ]
        for result in judged:
            self._record(result)
        return judged

    def typed(self, text: str, gaps_ms: Sequence[float]) -> CheckResult | None:
        """Keys that came too far apart for a scan (they went on as typing).

        A code of the sheet typed this way is a scanner too slow to be told from a
        person; a few keys are a person's, and say nothing about the scanner.
        """
        advice = typing_speed_problem(gaps_ms)
        if advice is None or len(_normal(text)) < 4:
            return None
        judged = judge_scan(text, None, terminated=True, badges=self.badges)
        if judged.badge is None and median(gaps_ms) >= PERSON_FASTEST_MS:
            return None  # as slow as a person types: nothing to say about the scanner
        result = CheckResult(judged.badge, False, Problem.TOO_SLOW, advice)
        self._record(result)
        return result

    def _record(self, result: CheckResult) -> None:
        if result.badge is not None:
            self.results[result.badge.label] = result

    def reset(self) -> None:
        self.results.clear()

    @property
    def passed(self) -> int:
        return sum(1 for r in self.results.values() if r.ok)

    @property
    def complete(self) -> bool:
        """Every code of the sheet was scanned and passed."""
        return self.passed == len(self.badges)

    def diagnoses(self) -> list[Diagnosis]:
        """Each problem the failing codes have, once, with its advice and its codes."""
        found: dict[Problem, Diagnosis] = {}
        for badge in self.badges:
            result = self.results.get(badge.label)
            if result is None or result.problem is None:
                continue
            known = found.get(result.problem)
            labels = (*known.labels, badge.label) if known else (badge.label,)
            found[result.problem] = Diagnosis(result.problem, result.advice or "", labels)
        return list(found.values())

    def summary(self) -> str:
        """One line for the top of the check: how far along, and whether all is well."""
        total = len(self.badges)
        failed = sum(1 for r in self.results.values() if not r.ok)
        waiting = total - len(self.results)
        if self.complete:
            return f"All {total} codes pass: the scanner is ready."
        parts = [f"{self.passed} of {total} pass"]
        if failed:
            parts.append(f"{failed} failed")
        if waiting:
            parts.append(f"{waiting} still to scan")
        return ", ".join(parts) + "."
