"""Badges that are not QR codes, through the real camera path (a recorded PNG sequence
read by OpenCV, the real decoder and worker): each gives the right person."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
import zxingcpp
from pytestqt.qtbot import QtBot

from showfloor.qt.controllers.camera_controller import CameraController
from showfloor.qt.controllers.capture_controller import CaptureController
from showfloor.services.attendees import import_attendees

from helpers.fake_camera import write_sequence
from helpers.frames import blank_frame, symbol_frame

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
CORPUS = {c["name"]: c for c in json.loads(
    (FIXTURES / "badges" / "corpus.json").read_text(encoding="utf-8"))["cases"]}
F = zxingcpp.BarcodeFormat


def recorded(folder: Path, payload: str, fmt: zxingcpp.BarcodeFormat) -> str:
    """An empty aisle, then the badge held up for a second and a half (sensor noise of
    its own in every frame); the image-sequence pattern of the recording."""
    symbol = np.asarray(zxingcpp.create_barcode(payload, fmt).to_image(
        scale=4, add_quiet_zones=True), np.uint8)
    size = (640, 480) if symbol.shape[1] / 4 * 3 < 560 else (1280, 720)
    badge = symbol_frame(symbol, scale=4, module_px=3.0, size=size, tilt=8.0, seed=3)
    rng = np.random.default_rng(5)
    frames = [blank_frame(size=size)] * 5 + [badge] * 45
    noisy = [np.clip(f + rng.normal(0, 1.5, f.shape), 0, 255).astype(np.uint8) for f in frames]
    return write_sequence(noisy, folder)


@pytest.mark.parametrize(
    ("fmt", "payload", "expected", "source"),
    [
        (F.PDF417, CORPUS["vcard21_qp_german_android"]["payload"],
         ("Jürgen", "Müller-Lüdenscheidt", "j.mueller@braeu-soehne.example"), "badge"),
        (F.DataMatrix, CORPUS["mecard_escapes"]["payload"], None, "badge"),
        (F.Code128, "12345678903456789013001",  # Grace Hopper's Eventbrite "Barcode #"
         ("Grace", "Hopper", "grace@navy.example"), "list"),
    ],
    ids=["pdf417-badge", "data-matrix-badge", "code128-ticket-in-the-attendee-list"],
)
def test_a_badge_of_another_symbology_gives_the_right_person(
    qtbot: QtBot, capture: CaptureController, tmp_path: Path,
    fmt: zxingcpp.BarcodeFormat, payload: str, expected: tuple[str, str, str] | None,
    source: str,
) -> None:
    from showfloor.badges import parse_payload

    if expected is None:  # what the corpus says this badge holds
        person = parse_payload(payload).person
        expected = (person.first_name or "", person.last_name or "", person.email or "")
    import_attendees(capture.context.db, capture.context.event_id,
                     FIXTURES / "attendees" / "eventbrite.csv")
    pattern = recorded(tmp_path / "frames", payload, fmt)
    camera = CameraController(capture.view, capture.on_camera_codes,
                              capture.on_camera_decoded, pattern)
    edits = capture.view.person_edits
    try:
        camera.start()
        qtbot.waitUntil(lambda: edits["last_name"].text() == expected[1], timeout=15_000)
    finally:
        camera.stop()
    assert (edits["first_name"].text(), edits["last_name"].text(),
            edits["email"].text()) == expected
    assert capture.view.person_sources["email"].text() == source
