"""What an import did, row by row: counts, rejects and warnings."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import NamedTuple

ProgressCallback = Callable[[int, int], None]


class RowIssue(NamedTuple):
    """A row as a spreadsheet numbers it (the header is row 1) and what is wrong with it."""

    row: int
    reason: str


@dataclass
class ImportReport:
    """What an import did; ``rejects`` and ``warnings`` are in file order."""

    imported: int = 0
    updated: int = 0
    rejected: int = 0
    rejects: list[RowIssue] = field(default_factory=list)
    warnings: list[RowIssue] = field(default_factory=list)
    columns: dict[str, str] = field(default_factory=dict)  # header -> field, mapped only
    encoding: str = ""
    delimiter: str = ""
    platform: str | None = None  # the platform recognised (badges/platforms/), by name
    badge_columns: list[str] = field(default_factory=list)  # what resolves id badges
