"""No label is cut off: every visible label has the room its text needs, on every
screen, with the long names and messages a real show brings."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QApplication, QLabel, QWidget

from showfloor.config import Paths
from showfloor.qt.app import Booth
from showfloor.qt.views.sync_dialog import SyncDialog
from showfloor.qt.widgets.bounded_label import BoundedLabel
from showfloor.services.events import add_staff
from showfloor.store.database import Database

from helpers.booth_window import shown_booth
from helpers.screens import each_screen

LONG_NAME = "Maria-Magdalena van den Berg-Oosterhout"


@pytest.fixture
def demo_booth(qtbot: QtBot, db: Database, paths: Paths) -> Iterator[Booth]:
    from showfloor.services.demo import create_demo

    create_demo(db)
    with db.session() as session:
        add_staff(session, LONG_NAME)
    with shown_booth(qtbot, db, paths) as booth:
        booth.context.set_staff(LONG_NAME)
        yield booth


def clipped(top: QWidget) -> list[str]:
    found = []
    for label in top.findChildren(QLabel):
        text = label.text()
        if not text or not label.isVisible() or label.window() is not top:
            continue
        if isinstance(label, BoundedLabel) or label.visibleRegion().isEmpty():
            continue  # shortens itself on purpose; or scrolled away
        inner = label.contentsRect()
        if label.wordWrap():
            need_h = label.heightForWidth(label.width())
            short = need_h > label.height() + 1
            need = f"{need_h} px high, has {label.height()}"
        else:
            hint = label.sizeHint()
            short = hint.width() > label.width() + 1 or hint.height() > label.height() + 1
            need = f"{hint.width()}x{hint.height()}, has {inner.width()}x{inner.height()}"
        if short:
            found.append(f"{label.objectName() or text[:40]!r}: needs {need}")
    return found


def settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def test_no_label_is_cut_off_on_any_screen(demo_booth: Booth, tmp_path: Path) -> None:
    failures = []
    for name, screen in each_screen(demo_booth, tmp_path):
        failures += [f"{name}: {line}" for line in clipped(screen)]
    assert not failures, "\n".join(failures)


def test_the_lock_screen_fits_a_long_name(qtbot: QtBot, demo_booth: Booth) -> None:
    demo_booth.lock.lock()  # no PIN yet: choose one
    settle()
    assert not clipped(demo_booth.window)
    demo_booth.lock.view.pin.setText("482916")
    demo_booth.lock.view.confirm.setText("482916")
    demo_booth.lock.submit()
    settle()
    assert demo_booth.lock.locked
    assert not clipped(demo_booth.window)


def test_the_merge_summary_fits(qtbot: QtBot, demo_booth: Booth) -> None:
    dialog = SyncDialog("Merge from file", demo_booth.window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.show_summary(
        f"Merged 3 bundles from {LONG_NAME}'s laptop and two others into Demo Expo 2026.",
        [("New leads", 41), ("Leads with new visits", 12), ("Conflicting answers kept", 3)],
    )
    dialog.show_note(
        "Two of the bundles were signed by laptops this one has not met before; their "
        "keys are now trusted for this event (Event > Team keys to review them)."
    )
    settle()
    assert not clipped(dialog)


def test_the_staff_picker_shows_a_long_name_whole(qtbot: QtBot, demo_booth: Booth) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QComboBox, QInputDialog

    seen: list[tuple[int, int]] = []

    def look_and_cancel() -> None:
        picker = QApplication.activeModalWidget()
        if not isinstance(picker, QInputDialog):
            QTimer.singleShot(20, look_and_cancel)
            return
        combo = picker.findChild(QComboBox)
        assert combo is not None
        needed = combo.fontMetrics().horizontalAdvance(LONG_NAME)
        seen.append((needed, combo.lineEdit().width()))  # type: ignore[union-attr]
        assert not clipped(picker)
        picker.reject()

    QTimer.singleShot(0, look_and_cancel)
    demo_booth.session.switch_staff()
    [(needed, has)] = seen
    assert has >= needed
