"""The capture view fed by a fake camera: a badge held up fills the form; a camera
that vanishes mid-capture loses nothing."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from PySide6.QtCore import Qt

from showfloor.domain.questions import VisitorClass
from showfloor.qt.controllers.camera_controller import CameraController
from showfloor.qt.controllers.capture_controller import CaptureController
from showfloor.scanning.sources import FrameSource
from showfloor.services.leads import LeadFilter, page_leads

from helpers.badge_frames import badge_frame
from helpers.fake_camera import FakeSource

MECARD = "MECARD:N:Hopper,Grace;ORG:Navy;EMAIL:grace@navy.example;;"


@pytest.fixture
def camera(capture: CaptureController) -> Iterator[CameraController]:
    controller = CameraController(
        capture.view, capture.on_camera_codes, capture.on_camera_decoded, "0"
    )
    yield controller
    controller.stop()


def use_source(camera: CameraController, source: FrameSource) -> None:
    camera.make_source = lambda _spec: source  # type: ignore[method-assign]
    camera.start()


def test_a_badge_in_front_of_the_camera_fills_the_form(
    qtbot,
    capture: CaptureController,
    camera: CameraController,  # type: ignore[no-untyped-def]
) -> None:
    blank = badge_frame("")
    frames = [blank] * 5 + [badge_frame(MECARD)] * 10
    use_source(camera, FakeSource(frames, loop=True))
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
    qtbot,
    capture: CaptureController,
    camera: CameraController,  # type: ignore[no-untyped-def]
) -> None:
    use_source(camera, FakeSource([], openable=False))
    qtbot.waitUntil(lambda: capture.view.camera_state.text() == "No camera", timeout=5000)
    qtbot.keyClicks(capture.view.person_edits["first_name"], "Ada")
    capture.choose_class(VisitorClass.MENTOR)
    assert capture.save() is not None


def test_the_camera_lost_mid_capture_keeps_the_form(
    qtbot,
    capture: CaptureController,
    camera: CameraController,  # type: ignore[no-untyped-def]
) -> None:
    frames = [badge_frame(MECARD)] * 200
    use_source(camera, FakeSource(frames, loop=True, fail_after=30))
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
