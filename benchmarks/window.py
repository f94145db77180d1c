"""Booth window: cold start to capture-ready, and decoded payload to form filled.

Targets (issue "The booth window"): cold start <= 1.5 s; decoded -> form <= 50 ms.
Peers in the same run: a bare PySide6 window (the floor for any Qt app's start),
and parsing the payload alone (the floor for filling the form).

Run: QT_QPA_PLATFORM=offscreen python benchmarks/window.py [--leads N]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.seed import seed_leads  # noqa: E402
from benchmarks.stats import summary  # noqa: E402

START_BOOTH = """
import time, sys
t0 = time.perf_counter()
from PySide6.QtWidgets import QApplication
from showfloor.config import Paths
from showfloor.qt.app import Booth
from showfloor.store.database import open_database
from pathlib import Path
app = QApplication(sys.argv[:1])
paths = Paths(Path(sys.argv[1]))
db = open_database(paths.database)
booth = Booth(db, paths, camera=None)
booth.window.resize(1366, 768)
booth.start()
booth.window.grab()   # first paint done: the capture form is ready for a scan
print(time.perf_counter() - t0)
booth.shutdown()
"""

START_BARE = """
import time, sys
t0 = time.perf_counter()
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv[:1])
w = QLabel("hello"); w.resize(1366, 768); w.show(); w.grab()
print(time.perf_counter() - t0)
"""


def wall(code: str, *args: str) -> float:
    """Seconds from process start to the script's report, interpreter start included."""
    t = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, check=True, cwd=ROOT
    )
    del out
    return time.perf_counter() - t


def bench_start(data_dir: Path, runs: int) -> None:
    ours = [wall(START_BOOTH, str(data_dir)) for _ in range(runs)]
    bare = [wall(START_BARE) for _ in range(runs)]
    (om, op), (bm, _bp) = summary(ours), summary(bare)
    verdict = "PASS" if op <= 1.5 else "FAIL"
    print(
        f"cold start to capture-ready ({runs} runs): median {om * 1000:.0f} ms "
        f"p95 {op * 1000:.0f} ms [{verdict} <= 1500 ms] | bare PySide6 window median "
        f"{bm * 1000:.0f} ms | ratio {om / bm:.1f}x"
    )


def bench_scan_to_form(data_dir: Path, runs: int) -> None:
    from PySide6.QtWidgets import QApplication

    from showfloor.badges import parse_payload
    from showfloor.config import Paths
    from showfloor.qt.app import Booth
    from showfloor.store.database import open_database

    app = QApplication.instance() or QApplication(sys.argv[:1])
    db = open_database(Paths(data_dir).database)
    booth = Booth(db, Paths(data_dir), camera=None)
    booth.capture.sound = False
    booth.window.show()
    payloads = [
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Lovelace{i};Ada\r\nFN:Ada Lovelace{i}\r\n"
        f"ORG:Engines\r\nEMAIL:ada{i}@example.org\r\nEND:VCARD"
        for i in range(runs)
    ]
    ours, peer = [], []
    for payload in payloads:
        booth.capture.clear_form()
        t = time.perf_counter()
        booth.capture.on_scanned(payload)
        app.processEvents()
        ours.append((time.perf_counter() - t) * 1000)
        assert booth.capture.view.person_edits["first_name"].text() == "Ada"
        t = time.perf_counter()
        parse_payload(payload)
        peer.append((time.perf_counter() - t) * 1000)
    booth.shutdown()
    db.close()
    (om, op), (pm, _pp) = summary(ours), summary(peer)
    verdict = "PASS" if op <= 50 else "FAIL"
    print(
        f"decoded payload to form filled ({runs} scans, repeat lookup over the event): "
        f"median {om:.1f} ms p95 {op:.1f} ms [{verdict} <= 50 ms] | parse alone median "
        f"{pm:.2f} ms | ratio {om / pm:.0f}x"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--leads", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp)
        seed_leads(data_dir, args.leads)
        bench_start(data_dir, args.runs)
        bench_scan_to_form(data_dir, 100)


if __name__ == "__main__":
    main()
