"""The capture view fed by a fake camera: a badge held up fills the form; a camera
that vanishes mid-capture loses nothing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt

from showfloor.domain.questions import VisitorClass
from showfloor.qt.controllers.camera_controller import CameraController
from showfloor.qt.controllers.capture_controller import CaptureController
from showfloor.scanning.codes import DecodedCode, FrameCodes
from showfloor.scanning.enhance import to_gray
from showfloor.scanning.sources import FrameSource
from showfloor.scanning.zxing_reader import read_zxing
from showfloor.services.leads import LeadFilter, page_leads

from helpers.badge_frames import badge_frame
from helpers.fake_camera import FakeSource, write_sequence
from helpers.frames import blank_frame, scene_frame

MECARD = "MECARD:N:Hopper,Grace;ORG:Navy;EMAIL:grace@navy.example;;"


@pytest.fixture
def camera(capture: CaptureController) -> Iterator[CameraController]:
    controller = CameraController(
        capture.view, capture.on_camera_codes, capture.on_camera_decoded, "0"
    )
    yield controller
    controller.stop()


def use_source(
    camera: CameraController, source: FrameSource, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(camera, "make_source", lambda spec: source)
    camera.start()


def test_a_badge_in_front_of_the_camera_fills_the_form(
    qtbot: QtBot,
    capture: CaptureController,
    camera: CameraController,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    blank = badge_frame("")
    frames = [blank] * 5 + [badge_frame(MECARD)] * 10
    use_source(camera, FakeSource(frames, loop=True), monkeypatch)
    qtbot.waitUntil(
        lambda: capture.view.person_edits["last_name"].text() == "Hopper", timeout=10_000
    )
    assert capture.view.preview.frames_shown > 0
    assert capture.view.camera_state.text() == "Camera live"
    qtbot.keyClick(capture.view.form_side, Qt.Key.Key_1)
    qtbot.keyClick(capture.view.form_side, Qt.Key.Key_Return)
    with capture.context.db.session() as session:
        [lead] = page_leads(session, LeadFilter(capture.context.event_id), limit=None)
    assert (lead.full_name, lead.visitor_class, lead.badge_format) == (
        "Grace Hopper",
        "customer",
        "mecard",
    )


def test_no_camera_is_a_state_and_typing_still_works(
    qtbot: QtBot,
    capture: CaptureController,
    camera: CameraController,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    use_source(camera, FakeSource([], openable=False), monkeypatch)
    qtbot.waitUntil(lambda: capture.view.camera_state.text() == "No camera", timeout=5000)
    qtbot.keyClicks(capture.view.person_edits["first_name"], "Ada")
    capture.choose_class(VisitorClass.MENTOR)
    assert capture.save() is not None


def test_the_camera_lost_mid_capture_keeps_the_form(
    qtbot: QtBot,
    capture: CaptureController,
    camera: CameraController,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    frames = [badge_frame(MECARD)] * 200
    use_source(camera, FakeSource(frames, loop=True, fail_after=30), monkeypatch)
    qtbot.waitUntil(
        lambda: capture.view.person_edits["last_name"].text() == "Hopper", timeout=10_000
    )
    qtbot.keyClicks(capture.view.notes, "asked about pricing")
    qtbot.waitUntil(
        lambda: capture.view.camera_state.text() in ("Camera lost", "Reconnecting to the camera…"),
        timeout=10_000,
    )
    assert capture.view.person_edits["last_name"].text() == "Hopper"
    assert capture.view.notes.toPlainText() == "asked about pricing"
    capture.choose_class(VisitorClass.CUSTOMER)
    result = capture.save()
    assert result is not None and result.lead.last_name == "Hopper"


WIFI = "WIFI:T:WPA;S:Booth-Guest;P:expo2026!;;"
BADGE = "MECARD:N:Hopper,Grace;ORG:Navy;EMAIL:grace@navy.example;;"


def recorded(folder: Path, scene: np.ndarray, *, empty: int = 5, held: int = 45) -> str:
    """A recorded camera: an empty aisle, then `scene` held up, each frame with its own
    sensor noise (PNG, lossless). Returns the image-sequence pattern."""
    rng = np.random.default_rng(7)
    aisle = blank_frame(size=(scene.shape[1], scene.shape[0]))
    frames = [aisle] * empty + [scene] * held
    noisy = [np.clip(f + rng.normal(0, 1.5, f.shape), 0, 255).astype(np.uint8) for f in frames]
    return write_sequence(noisy, folder)


def marks(capture: CaptureController) -> list[tuple[str, str]]:
    """The preview's outlines: (badge or refused, left or right half of the frame)."""
    return sorted(("refused" if refused else "badge",
                   "left" if sum(x for x, _ in points) / len(points) < 640 else "right")
                  for points, refused in capture.view.preview.outlines)


def test_a_badge_beside_a_wifi_sign_is_read_and_the_person_loaded(
    qtbot: QtBot, capture: CaptureController, tmp_path: Path
) -> None:
    """zxing-cpp alone reads only the Wi-Fi sign; the rescue reads the badge in the next
    frames; the form gets the visitor and the Wi-Fi code is shown as refused."""
    scene = scene_frame([(WIFI, 5.0, (330, 360)), (BADGE, 1.9, (900, 380))], seed=0).image
    assert [c.text for c in read_zxing(to_gray(scene)).codes] == [WIFI]
    pattern = recorded(tmp_path / "frames", scene)
    camera = CameraController(capture.view, capture.on_camera_codes,
                              capture.on_camera_decoded, pattern)
    try:
        camera.start()  # the real OpenCV image-sequence source and the real decoder
        qtbot.waitUntil(
            lambda: capture.view.person_edits["last_name"].text() == "Hopper", timeout=15_000
        )
        qtbot.waitUntil(lambda: marks(capture) == [("badge", "right"), ("refused", "left")],
                        timeout=5000)  # the badge in green, the Wi-Fi sign "not a badge"
    finally:
        camera.stop()
    assert capture.view.person_edits["email"].text() == "grace@navy.example"
    assert "Another badge" not in capture.view.message.text()
    qtbot.keyClick(capture.view.form_side, Qt.Key.Key_2)
    qtbot.keyClick(capture.view.form_side, Qt.Key.Key_Return)
    with capture.context.db.session() as session:
        leads = page_leads(session, LeadFilter(capture.context.event_id), limit=None)
    assert [(lead.full_name, lead.visitor_class) for lead in leads] == [("Grace Hopper", "mentor")]
    assert capture.view.person_edits["last_name"].text() == ""  # no Wi-Fi "visitor" next


def test_a_refused_code_read_after_the_badge_is_never_the_next_visitor(
    qtbot: QtBot, capture: CaptureController
) -> None:
    badge = DecodedCode(BADGE, ((0, 0), (10, 0), (10, 10), (0, 10)))
    wifi = DecodedCode(WIFI, ((50, 0), (60, 0), (60, 10), (50, 10)))
    capture.on_camera_decoded(FrameCodes((wifi, badge), (640, 480)))  # one frame, both
    assert capture.view.person_edits["last_name"].text() == "Hopper"
    refused = capture.view.refused_label
    assert refused.isVisibleTo(capture.view) and "Wi-Fi" in refused.text()  # shown, after it
    capture.on_camera_decoded(FrameCodes((wifi,), (640, 480)))  # the sign, seen again later
    assert "Wi-Fi" in refused.text() and not capture.queue  # refused, never queued
    capture.choose_class(VisitorClass.CUSTOMER)
    assert capture.save() is not None
    assert capture.view.person_edits["last_name"].text() == ""
    assert not capture.is_dirty()


def test_a_camera_that_stops_no_longer_says_live(
    qtbot: QtBot,
    capture: CaptureController,
    camera: CameraController,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A recording played to its end (as a camera gone for good): the window says so."""
    status_bar: list[str] = []
    camera.state_text.connect(status_bar.append)
    use_source(camera, FakeSource([badge_frame("")] * 20), monkeypatch)
    qtbot.waitUntil(lambda: "Camera live" in status_bar, timeout=10_000)
    qtbot.waitUntil(lambda: camera.worker is None, timeout=10_000)
    assert capture.view.camera_state.text() == "Camera stopped"
    assert status_bar[-1] == "Camera stopped"


def test_an_outline_goes_with_the_picture(
    qtbot: QtBot,
    capture: CaptureController,
    camera: CameraController,
) -> None:
    preview = capture.view.preview
    preview.outline([[(10.0, 10.0), (60.0, 10.0), (60.0, 60.0), (10.0, 60.0)]], [False])
    assert preview.outlines
    preview.show_message("Camera lost — reconnecting; keep typing, nothing is lost")
    assert preview.outlines == []
