"""Qt fixtures: a booth window over a fresh database, and no thread left running."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from showfloor.config import Paths
from showfloor.qt import translations
from showfloor.qt.app import Booth
from showfloor.qt.context import AppContext
from showfloor.qt.controllers.capture_controller import CaptureController
from showfloor.qt.controllers.first_run_controller import FirstRunController
from showfloor.qt.main_window import MainWindow
from showfloor.qt.views.first_run_wizard import FirstRunWizard
from showfloor.services.demo import create_demo
from showfloor.services.events import add_staff, create_event, set_current_staff
from showfloor.store.database import Database

from helpers.booth_window import shown_booth
from helpers.threads import ThreadWatch


@pytest.fixture
def context(db: Database, paths: Paths) -> AppContext:
    with db.session() as session:
        create_event(session, "Test Fair")
        set_current_staff(session, add_staff(session, "Anna"))
    return AppContext(db, paths)


@pytest.fixture
def capture(qtbot: QtBot, context: AppContext) -> Iterator[CaptureController]:
    window = MainWindow(context)
    qtbot.addWidget(window)
    controller = CaptureController(context, window)
    controller.sound = False
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    yield controller


@pytest.fixture
def booth(qtbot: QtBot, db: Database, paths: Paths) -> Iterator[Booth]:
    """The whole window as run_app builds it, on the demo event, with no camera."""
    create_demo(db)
    with shown_booth(qtbot, db, paths) as booth:
        yield booth


@pytest.fixture(autouse=True, scope="session")
def english_window(qapp: object) -> None:
    """The window speaks English in tests, whatever this computer's language is;
    tests of other languages install theirs and put English back."""
    translations.install("en")


@pytest.fixture
def wizard(qtbot: QtBot, db: Database) -> Iterator[FirstRunWizard]:
    """The first-run wizard on an empty data dir; closed after the test (its camera
    check stops with it)."""
    wizard = FirstRunWizard(FirstRunController(db))
    qtbot.addWidget(wizard)
    yield wizard
    if wizard.isVisible():
        wizard.reject()


@pytest.fixture(autouse=True)
def no_dangling_threads(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A test that leaves a QThread running fails (napari's check)."""
    watch = ThreadWatch(monkeypatch)
    yield
    watch.check()
