"""Spreadsheet safety: a cell a spreadsheet would run as a formula gets a leading '.

A badge is text a stranger wrote, so ``=HYPERLINK(...)`` in a name must not run on
the booth lead's laptop. A cell is risky when its first non-blank character is
``= + - @`` (full-width forms too) or it starts with a tab or carriage return. This
also catches phone numbers in ``+E.164`` (Excel evaluates ``+49 30 1234`` as a
formula); CRM importers run no formulas, so CRM files are written raw.

Every control character (NUL included) and every bidi control (U+202A-E, U+2066-9)
is dropped from every cell first, raw files too: LibreOffice skips a leading NUL and
then runs ``=1+1``, and a bidi override makes a cell read other than it is. The
look-alikes of the triggers count as triggers (small and superscript forms, the
minus sign, full-width forms).
"""

from __future__ import annotations

import re

# First characters that make a spreadsheet evaluate a cell, full-width forms included
# (some East Asian Excel builds read them as formulas too).
FORMULA_TRIGGERS = frozenset(
    "=+-@\t\r"
    "\uff1d\uff0b\uff0d\uff20"  # full-width ＝ ＋ － ＠
    "\ufe66\ufe62\ufe63\ufe6b"  # small ﹦ ﹢ ﹣ ﹫
    "\u207c\u207a\u207b\u208c\u208a\u208b"  # super- and subscript ⁼ ⁺ ⁻ ₌ ₊ ₋
    "\u2212"  # minus sign −
)
# Dropped from every cell before anything else: controls but the tab and the line
# breaks (at the start, a tab or a carriage return is a trigger), and bidi controls.
_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# What may stand before a trigger and still let it count: every character Python
# calls white space, plus the invisible ones a pasted name can carry.
BLANKS = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004"
    "\u2005\u2006\u2007\u2008\u2009\u200a\u200b\u200c\u200d\u2028\u2029\u202f\u205f"
    "\u2060\u3000\ufeff"
)
_SUSPECT_FIRST = FORMULA_TRIGGERS | frozenset(BLANKS)
# One regex scan of a whole row (cells joined by NUL) finds the rows where some cell
# starts with a trigger or a blank; only those rows are checked cell by cell. Cells
# never hold NUL (clean_text drops control characters); if one did, it would only
# cost an extra check.
_SEP = "\x00"
_SUSPECT_CELL = re.compile(_SEP + "[" + re.escape("".join(sorted(_SUSPECT_FIRST))) + "]")


def drop_unsafe(cell: str) -> str:
    """The cell without control and bidi characters (see the module docstring)."""
    return _UNSAFE.sub("", cell) if _UNSAFE.search(cell) else cell


def drop_unsafe_row(cells: list[str]) -> int:
    """``drop_unsafe`` on every cell of a row, in place; returns how many changed."""
    if not _UNSAFE.search("\n".join(cells)):  # one scan: nearly every row is clean
        return 0
    changed = 0
    for i, cell in enumerate(cells):
        clean = drop_unsafe(cell)
        if clean != cell:
            cells[i] = clean
            changed += 1
    return changed


def is_formula_like(cell: str) -> bool:
    """True when a spreadsheet could run ``cell`` as a formula (once its control
    characters are dropped, as a spreadsheet skips them)."""
    cell = drop_unsafe(cell)
    if not cell:
        return False
    if cell[0] in "\t\r":
        return True
    return cell.lstrip(BLANKS)[:1] in FORMULA_TRIGGERS


def neutralise_row(cells: list[str]) -> int:
    """Neutralise the risky cells of a row in place: control characters dropped from
    every cell (``drop_unsafe``), then a leading ``'`` on each cell a spreadsheet could
    run (``is_formula_like``); returns how many got the ``'``."""
    drop_unsafe_row(cells)
    joined = _SEP + _SEP.join(cells)
    risky = 0
    # Each match starts at the separator before a suspect cell: the separators up to
    # and including it say which cell (checking all ~45 cells of every row that has a
    # +E.164 phone was a tenth of the spreadsheet export).
    for match in _SUSPECT_CELL.finditer(joined):
        i = joined.count(_SEP, 0, match.start() + 1) - 1
        if is_formula_like(cells[i]):
            cells[i] = "'" + cells[i]
            risky += 1
    return risky
