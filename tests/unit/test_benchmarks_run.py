"""The benchmarks that judge issue 20 still run, at a tiny size, to their verdict.

A benchmark that stops halfway judges nothing: the merge benchmark stopped at the
trust question for weeks after bundles became signed, and nobody saw it until the
table was measured again. Each runs as a person runs it (``python benchmarks/X.py``)
with sizes small enough for CI; the numbers mean nothing here, the lines must be
there and each peer must have matched our rows (the benchmarks assert that).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# (benchmark, tiny arguments, a line its verdict prints)
RUNS = [
    ("merge.py", ["--leads", "150", "--rounds", "1"], "ratio"),
    ("export.py", ["--leads", "300", "--samples", "1"], "hubspot"),
    ("attendee_import.py", ["--rows", "400", "--lookups", "50", "--rounds", "1"], "ratio"),
    (
        "capture_search.py",
        ["--sizes", "0,200", "--captures", "5", "--rounds", "1", "--leads", "300"],
        "ratio",
    ),
    ("report.py", ["--sizes", "300", "--rounds", "1"], "HTML"),
    ("window.py", ["--leads", "300", "--runs", "1", "--scans", "4"], "form filled"),
    ("leads_view.py", ["--leads", "500", "--rounds", "1"], "GUI thread"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("script", "args", "verdict"), RUNS, ids=[r[0] for r in RUNS])
def test_the_benchmark_runs_to_its_verdict(
    script: str, args: list[str], verdict: str, tmp_path: Path
) -> None:
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT / "src"),
        "QT_QPA_PLATFORM": "offscreen",
        "TMPDIR": str(tmp_path),
        "HOME": str(tmp_path),  # the program's settings and logs stay in the test's folder
    }
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / script), *args],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    assert verdict in done.stdout, done.stdout[-3000:]
