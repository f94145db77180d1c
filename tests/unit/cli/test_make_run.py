"""`make run` opens the demo in a data dir of its own, never the real one."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_make_run_creates_and_opens_the_demo_in_its_own_data_dir(tmp_path: Path) -> None:
    planned = subprocess.run(
        ["make", "-n", "-W", "pyproject.toml", "run", f"DEMO_DATA_DIR={tmp_path}/demo"],
        cwd=ROOT, capture_output=True, text=True, check=True, timeout=60,
    )  # fmt: skip
    showfloor = [line for line in planned.stdout.splitlines() if "bin/showfloor" in line]
    assert len(showfloor) == 2, planned.stdout
    create, open_window = showfloor
    assert create.rstrip().endswith("demo")
    for command in showfloor:
        assert f'--data-dir "{tmp_path}/demo"' in command
