"""Wait for the window's off-thread reads (counts, filters) to answer.

The dashboard tiles, the status bar's lead count and the leads list's match count
arrive from ``BackgroundRead`` threads; a test that measures or reads them must
wait for those answers, else it races a loaded machine (CI ran it on two workers).
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from showfloor.qt.workers.background_read import reads_idle


def wait_for_reads(root: QObject, timeout_s: float = 10.0) -> None:
    """Process events until no read under ``root`` runs or waits, then a few more
    rounds so the answers are laid out. Raises if they never finish."""
    deadline = time.monotonic() + timeout_s
    while not reads_idle(root):
        if time.monotonic() > deadline:
            raise TimeoutError("background reads still running")
        QApplication.processEvents()
        time.sleep(0.005)
    for _ in range(5):
        QApplication.processEvents()
