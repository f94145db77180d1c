"""Guards against a broken Qt binding: the booth window paints all day long.

PySide6-Essentials 6.12.0 on CPython 3.11 loses a reference to None on every Qt
call that returns nothing; after enough camera frames CPython aborts. pyproject
pins below it on Python 3.11 (6.12.0 is fine on 3.12); this test fails if a bad
wheel ever comes back.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QRect
from PySide6.QtGui import QImage, QPainter


def test_void_qt_calls_keep_none_alive() -> None:
    image = QImage(8, 8, QImage.Format.Format_RGB888)
    painter = QPainter(image)
    before = sys.getrefcount(None)
    for _ in range(500):
        painter.drawRect(QRect(0, 0, 2, 2))
    after = sys.getrefcount(None)
    painter.end()
    assert after - before > -100, f"None lost {before - after} references in 500 calls"


def test_signal_emits_keep_true_alive() -> None:
    """6.12.0's emit() also dropped a reference to True on every call (bool_dealloc)."""
    from PySide6.QtCore import QObject, Signal

    class Pinger(QObject):
        ping = Signal()

    pinger = Pinger()
    before = sys.getrefcount(True)
    for _ in range(500):
        pinger.ping.emit()
    assert sys.getrefcount(True) - before > -100
