"""QObject workers that run in QThreads (camera, export, import, sync).

Each worker declares its signals, keeps Qt out of the work it wraps (that lives
in the Qt-free core), and has a stop() that joins its threads.

``emit()`` is here because workers emit the most: PySide6 6.12.0's
``SignalInstance.emit()`` returns ``True`` without taking a reference to it. On
Python 3.11 ``True`` is an ordinary refcounted object (immortal only from 3.12),
so every emit takes one reference away from it, and after a few thousand emits
(a camera at 30 fps: about a minute) the interpreter aborts with "Fatal Python
error: bool_dealloc". ``emit()`` gives the reference back, only when a probe at
import shows this PySide6 has the bug, so it is a no-op once PySide6 is fixed.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance

_incref = ctypes.pythonapi.Py_IncRef
_incref.argtypes = [ctypes.py_object]
_incref.restype = None

_PROBES = 64


def _emit_drops_a_reference_to_true() -> bool:
    class _Probe(QObject):
        ping = Signal()

    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(_PROBES):
        probe.ping.emit()
    broken = sys.getrefcount(True) - before <= -_PROBES // 2
    if broken:  # undo the probe's own damage
        for _ in range(_PROBES):
            _incref(True)
    return broken


EMIT_DROPS_TRUE = _emit_drops_a_reference_to_true()


def emit(signal: SignalInstance, *args: Any) -> None:
    """``signal.emit(*args)``, without PySide6 6.12's lost reference to True (above)."""
    signal.emit(*args)
    if EMIT_DROPS_TRUE:
        _incref(True)
