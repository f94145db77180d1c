"""Start-up: the window's Qt-free modules are all imported before PySide6.

PySide6 reads the source of every module imported after it (showfloor/qt/core_first.py
says why that matters); a module added to the window but not to WINDOW_CORE would
quietly bring that cost back.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import json, sys
from showfloor.qt.core_first import import_core
import_core()
import PySide6.QtCore
before = set(sys.modules)
import showfloor.qt.app
late = []
for name in sorted(set(sys.modules) - before):
    if name.startswith(("PySide6", "shiboken", "showfloor.qt")):
        continue
    path = getattr(sys.modules[name], "__file__", None) or ""
    if "site-packages" in path or "showfloor" in path:
        late.append(name)
print(json.dumps(late))
"""


def test_the_window_imports_nothing_qt_free_after_pyside6() -> None:
    out = subprocess.run(
        [sys.executable, "-c", PROBE],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT / "src"), "QT_QPA_PLATFORM": "offscreen"},
    )
    late = json.loads(out.stdout.strip().splitlines()[-1])
    assert late == [], f"add these to WINDOW_CORE (or their importer): {late}"
