"""A show's worth of leads for a test, seeded as benchmarks/seed.py seeds them."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def seed_leads(data_dir: Path, n: int) -> str:
    """``n`` leads in a new event of ``data_dir`` (fast: plain sqlite3); its id."""
    spec = importlib.util.spec_from_file_location("bench_seed", ROOT / "benchmarks" / "seed.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return str(module.seed_leads(data_dir, n))
