"""The data folder deleted under a running window (or its USB stick pulled out): no
save is acknowledged into the deleted file, the typed form stays, and staff can carry
on in another folder with every lead, including this visitor."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from test_faults import assert_form_kept, fill_form, press_enter, saved_names

from showfloor.config import Paths
from showfloor.qt.controllers import rescue_controller
from showfloor.qt.controllers.capture_controller import CaptureController
from showfloor.qt.controllers.rescue_controller import RescueController
from showfloor.services.backup import count_leads_in

from helpers.builders import capture as capture_lead
from helpers.dialogs import click_when_shown


def test_the_data_folder_removed_under_the_window(
    qtbot: QtBot,
    capture: CaptureController,
    paths: Paths,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    resaved: list[object] = []
    rescue = RescueController(
        capture.context, capture.window, lambda: resaved.append(capture.save())
    )
    capture_lead(capture.context.db, first_name="Ada")  # acknowledged before the folder went
    shutil.rmtree(paths.data_dir)

    fill_form(qtbot, capture)
    seen: list[str] = []
    stick = tmp_path / "usb-stick"
    stick.mkdir()
    monkeypatch.setattr(rescue_controller, "choose_folder", lambda _parent, _start: stick)
    click_when_shown("rescue_button", seen)
    press_enter(qtbot, capture)
    message = capture.view.message.text()
    assert "is gone" in message and "form is kept" in message, message
    assert "\n" not in message
    assert capture.view.saved_bar.isHidden()  # nothing acknowledged
    assert_form_kept(capture)

    qtbot.waitUntil(lambda: bool(resaved), timeout=5000)
    assert seen and "is gone" in seen[0] and "still here" in seen[0]
    assert resaved[0] is not None  # the same visitor, saved into the new folder
    assert capture.context.paths.data_dir == stick
    assert count_leads_in(stick / "showfloor.db", with_wal=True) == 2
    assert saved_names(capture) == ["Ada", "Grace"]
    assert "Saved Grace Hopper" in capture.view.saved_bar.text()
    assert rescue.action.isEnabled()


def test_not_now_keeps_the_form_and_saves_nothing(
    qtbot: QtBot,
    capture: CaptureController,
    paths: Paths,
) -> None:
    RescueController(capture.context, capture.window, capture.save)
    shutil.rmtree(paths.data_dir)
    fill_form(qtbot, capture)
    seen: list[str] = []
    click_when_shown("not_now_button", seen)
    press_enter(qtbot, capture)
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert_form_kept(capture)
    assert "is gone" in capture.view.message.text()
    assert not paths.data_dir.exists()  # nothing was created in its place
