"""Spreadsheet safety: a cell a spreadsheet would run as a formula gets a leading '.

A badge is text a stranger wrote, so ``=HYPERLINK(...)`` in a name must not run on
the booth lead's laptop. A cell is risky when its first non-blank character is
``= + - @`` (full-width forms too) or it starts with a tab or carriage return. This
also catches phone numbers in ``+E.164`` (Excel evaluates ``+49 30 1234`` as a
formula); CRM importers run no formulas, so CRM files are written raw.
"""

from __future__ import annotations

import re

# First characters that make a spreadsheet evaluate a cell, full-width forms included
# (some East Asian Excel builds read them as formulas too).
FORMULA_TRIGGERS = frozenset("=+-@\t\r\uff1d\uff0b\uff0d\uff20")
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


def is_formula_like(cell: str) -> bool:
    """True when a spreadsheet could run ``cell`` as a formula."""
    if not cell:
        return False
    if cell[0] in "\t\r":
        return True
    return cell.lstrip(BLANKS)[:1] in FORMULA_TRIGGERS


def neutralise(cell: str) -> str:
    """The cell with a leading ``'`` when a spreadsheet could run it, else unchanged."""
    return "'" + cell if is_formula_like(cell) else cell


def neutralise_row(cells: list[str]) -> int:
    """Neutralise the risky cells of a row in place; returns how many there were."""
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
