"""The camera picker lists the cameras plugged in, follows hot-plugging, remembers the choice."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from showfloor.config import Paths
from showfloor.qt.app import Booth
from showfloor.qt.controllers import camera_controller
from showfloor.scanning import devices
from showfloor.scanning.devices import CameraDevice
from showfloor.scanning.sources import FrameSource
from showfloor.services.preferences import load_preferences
from showfloor.store.database import Database

from helpers.fake_camera import FakeSource
from helpers.frames import blank_frame


class Plugged:
    """What the system reports as connected; tests plug and unplug."""

    def __init__(self, *cameras: CameraDevice) -> None:
        self.cameras = list(cameras)

    def __call__(self, **_kwargs: object) -> list[CameraDevice]:
        return list(self.cameras)


@pytest.fixture
def plugged(monkeypatch: pytest.MonkeyPatch) -> Plugged:
    fake = Plugged(CameraDevice("0", "Integrated Camera"), CameraDevice("2", "USB Camera"))
    monkeypatch.setattr(devices, "list_cameras", fake)
    monkeypatch.setattr(camera_controller, "REFRESH_MS", 20)
    return fake


@pytest.fixture
def booth(qtbot: QtBot, db: Database, paths: Paths, plugged: Plugged) -> Iterator[Booth]:
    booth = Booth(db, paths, camera="0")
    booth.camera.make_source = lambda spec: FakeSource([blank_frame()], loop=True)  # type: ignore[method-assign]
    qtbot.addWidget(booth.window)
    booth.start()
    yield booth
    booth.shutdown()


def entries(booth: Booth) -> list[str]:
    picker = booth.capture.view.camera_picker
    return [picker.itemText(i) for i in range(picker.count())]


def test_the_picker_lists_the_cameras_connected_by_name(booth: Booth) -> None:
    assert entries(booth) == [
        "Integrated Camera (camera 0)", "USB Camera (camera 2)", "No camera"]
    assert booth.capture.view.camera_picker.currentData() == "0"


def test_a_camera_plugged_in_appears_and_an_unplugged_choice_stays(
    qtbot: QtBot, booth: Booth, plugged: Plugged
) -> None:
    plugged.cameras.append(CameraDevice("4", "Document Camera"))
    qtbot.waitUntil(lambda: "Document Camera (camera 4)" in entries(booth), timeout=5000)
    plugged.cameras = [CameraDevice("2", "USB Camera")]  # the built-in one is gone
    qtbot.waitUntil(lambda: "Camera 0 (not connected)" in entries(booth), timeout=5000)
    assert booth.capture.view.camera_picker.currentData() == "0"  # still the choice
    assert "Document Camera (camera 4)" not in entries(booth)


def test_the_camera_picked_is_remembered_for_the_next_start(
    qtbot: QtBot, booth: Booth, db: Database
) -> None:
    picker = booth.capture.view.camera_picker
    started: list[str] = []

    def source(spec: str) -> FrameSource:
        started.append(spec)
        return FakeSource([blank_frame()], loop=True)

    booth.camera.make_source = source  # type: ignore[method-assign]
    picker.setCurrentIndex(picker.findData("2"))
    assert started == ["2"]
    with db.session() as session:
        assert load_preferences(session).camera == "2"
    picker.setCurrentIndex(picker.count() - 1)  # "No camera"
    with db.session() as session:
        assert load_preferences(session).camera is None


@pytest.fixture
def unplugged_booth(qtbot: QtBot, db: Database, paths: Paths, plugged: Plugged) -> Iterator[Booth]:
    """The window remembering camera 0, on a laptop with no camera connected."""
    plugged.cameras = []
    booth = Booth(db, paths, camera="0")
    qtbot.addWidget(booth.window)
    yield booth
    booth.shutdown()


def test_no_camera_connected_leaves_the_remembered_one_and_no_camera(
    unplugged_booth: Booth,
) -> None:
    assert entries(unplugged_booth) == ["Camera 0 (not connected)", "No camera"]


def test_settings_offer_the_same_cameras_and_switch_the_running_one(
    qtbot: QtBot, booth: Booth, db: Database
) -> None:
    from showfloor.qt.controllers.settings_controller import SettingsController
    from showfloor.services.preferences import remember_camera

    settings = SettingsController(db, booth.window)
    qtbot.addWidget(settings.dialog)
    combo = settings.dialog.camera
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Integrated Camera (camera 0)", "USB Camera (camera 2)", "No camera"]
    with db.session() as session:
        remember_camera(session, "2")  # what saving the dialog with camera 2 stores
    booth.session.settings_saved.emit()
    assert booth.capture.view.camera_picker.currentData() == "2"
    qtbot.waitUntil(lambda: booth.capture.view.camera_state.text() == "Camera live",
                    timeout=5000)
