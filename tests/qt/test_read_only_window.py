"""The window over a data folder that cannot be written, and over a database lost by an
interrupted restore: leads stay readable, the form is never lost, nothing opens empty."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot
from test_booth import status

from showfloor.config import Paths
from showfloor.domain.questions import VisitorClass
from showfloor.qt.app import Booth
from showfloor.qt.controllers.recovery_controller import offer_restore
from showfloor.services.backup import make_backup
from showfloor.services.demo import create_demo
from showfloor.services.recovery import LostDatabaseError, open_store
from showfloor.store.database import open_database
from showfloor.store.read_only import open_read_only

from helpers.dialogs import click_when_shown


@pytest.fixture
def read_only_booth(qtbot: QtBot, paths: Paths) -> Iterator[Booth]:
    db = open_database(paths.database)
    create_demo(db)
    db.close()
    read_only = open_read_only(paths.database, f"the data folder {paths.data_dir} is read-only")
    booth = Booth(read_only, paths, camera=None)
    qtbot.addWidget(booth.window)
    booth.capture.sound = False
    booth.start()
    qtbot.waitExposed(booth.window)
    yield booth
    booth.shutdown()
    read_only.close()


def test_a_read_only_window_shows_the_leads_and_keeps_the_form(
    qtbot: QtBot,
    read_only_booth: Booth,
) -> None:
    booth = read_only_booth
    assert "Read-only" in booth.window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: status(booth, "leads") == "10 leads")
    view = booth.capture.view
    view.person_edits["first_name"].setText("Grace")
    booth.capture.choose_class(VisitorClass.MENTOR)
    assert booth.capture.save() is None
    assert "read-only" in view.message.text() and "\n" not in view.message.text()
    assert view.person_edits["first_name"].text() == "Grace"  # kept
    assert booth.backups.backup_now() is False  # no folder to write a backup to
    assert not booth.lock.lock()  # no PIN can be set, so no lock anyone is stuck behind


def test_a_database_lost_by_an_interrupted_restore_is_offered_back(
    qtbot: QtBot,
    paths: Paths,
) -> None:
    db = open_database(paths.database)
    create_demo(db)
    make_backup(paths.database, [paths.backups])
    db.close()
    aside = paths.database.with_name(paths.database.name + ".before-restore-20261122T104200Z")
    os.replace(paths.database, aside)  # what an older version left when killed
    with pytest.raises(LostDatabaseError) as lost:
        open_store(paths)
    assert "backup restore" in str(lost.value) and not paths.database.exists()

    seen: list[str] = []
    click_when_shown("restore_button", seen)
    assert offer_restore(paths, str(lost.value)) is True
    assert seen and "kept aside" in seen[0] and "10 leads" in seen[0]
    reopened = open_store(paths)
    try:
        booth = Booth(reopened, paths, camera=None)
        qtbot.addWidget(booth.window)
        qtbot.waitUntil(lambda: status(booth, "leads") == "10 leads")
        booth.shutdown()
    finally:
        reopened.close()
