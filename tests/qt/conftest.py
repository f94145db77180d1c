"""Qt fixtures: a booth window over a fresh database, and no thread left running."""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import pytest

from PySide6.QtCore import QThread

from showfloor.config import Paths
from showfloor.qt.context import AppContext
from showfloor.qt.controllers.capture_controller import CaptureController
from showfloor.qt.main_window import MainWindow
from showfloor.services.events import add_staff, create_event, set_current_staff
from showfloor.store.database import Database

from helpers.frames import code_image


@pytest.fixture
def context(db: Database, paths: Paths) -> AppContext:
    with db.session() as session:
        create_event(session, "Test Fair")
        set_current_staff(session, add_staff(session, "Anna"))
    return AppContext(db, paths)


@pytest.fixture
def capture(qtbot, context: AppContext) -> Iterator[CaptureController]:  # type: ignore[no-untyped-def]
    window = MainWindow(context)
    qtbot.addWidget(window)
    controller = CaptureController(context, window)
    controller.sound = False
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    yield controller


def badge_frame(payload: str, size: tuple[int, int] = (640, 480)) -> np.ndarray:
    """A camera-like BGR frame with one badge QR in the middle."""
    frame = np.full((size[1], size[0]), 170, dtype=np.uint8)
    if not payload:
        return np.stack([frame] * 3, axis=-1)
    code = np.asarray(code_image(payload, module_px=5), dtype=np.uint8)
    if code.ndim == 3:
        code = code[..., 0]
    y, x = (size[1] - code.shape[0]) // 2, (size[0] - code.shape[1]) // 2
    frame[y : y + code.shape[0], x : x + code.shape[1]] = code
    return np.stack([frame] * 3, axis=-1)


@pytest.fixture(autouse=True)
def no_dangling_threads() -> Iterator[None]:
    """A test that leaves a QThread running fails (napari's check)."""
    yield
    import gc

    gc.collect()
    running = [t for t in _qthreads() if t.isRunning()]
    assert not running, f"threads left running: {[t.objectName() for t in running]}"


def _qthreads() -> list[QThread]:
    import gc

    return [o for o in gc.get_objects() if isinstance(o, QThread)]
