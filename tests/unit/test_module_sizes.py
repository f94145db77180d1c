"""Modules with one job (issue 23): none in src/ over 500 lines, the median under 150.

A module that grows past the bound is doing a second job: split it (see
docs/architecture.md, "where do I change X") rather than raise the bound.
"""

from __future__ import annotations

import statistics
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src" / "showfloor"
MAX_LINES = 500
MEDIAN_LINES = 150


def _sizes() -> dict[str, int]:
    return {
        str(path.relative_to(SRC)): len(path.read_text(encoding="utf-8").splitlines())
        for path in SRC.rglob("*.py")
        if path.name != "__init__.py"  # (package markers would flatter the median)
    }


def test_no_module_is_over_500_lines() -> None:
    over = {name: n for name, n in _sizes().items() if n > MAX_LINES}
    assert not over, f"split these modules (over {MAX_LINES} lines): {over}"


def test_the_median_module_is_small() -> None:
    assert statistics.median(_sizes().values()) < MEDIAN_LINES
