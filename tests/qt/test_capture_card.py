"""A business card held to the camera fills the capture form for staff to confirm.

The camera is a recorded image sequence written by the test (read through
cv2.VideoCapture, as ``showfloor --camera frames/%03d.png`` reads one): the card
moving (shaken frames), then still. The OCR is the real one, offline.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import cv2
import numpy as np
import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from PySide6.QtCore import Qt

from showfloor.qt.controllers.camera_controller import CameraController
from showfloor.qt.controllers.capture_controller import CaptureController
from showfloor.qt.controllers.card_controller import CardController
from showfloor.qt.views.lead_dialog import CARD_WIDTH, LeadDialog
from showfloor.scanning.sources import OpenCVSource
from showfloor.services.card_images import newest_card_image
from showfloor.services.leads import LeadFilter, get_lead, page_leads
from showfloor.store.models import CardImage

from helpers.card_frames import Card, photograph, render_card, shaken
from helpers.fake_camera import write_sequence

CARD = Card(
    name="Łukasz Wiśniewski",
    title="Dyrektor Handlowy",
    company="Bałtyk Systemy Sp. z o.o.",
    email="lukasz.wisniewski@baltyk-systemy.pl",
    phone_printed="+48 512 345 678",
    phone="+48512345678",
    website="www.baltyk-systemy.pl",
    address=("ul. Długa 7", "00-238 Warszawa"),
    phone_label="Kom.",
    email_label="E-mail:",
)


@pytest.fixture
def recorded_card(tmp_path: Path) -> str:
    """The card coming up to the camera (blurred by the motion), held still, moving off."""
    still = photograph(render_card(CARD, 5), 5, hard=False)
    frames = [shaken(still, 15), shaken(still, 9), still, still, shaken(still, 7)]
    return write_sequence(frames, tmp_path / "card")


@pytest.fixture
def camera(
    capture: CaptureController, recorded_card: str, monkeypatch: pytest.MonkeyPatch
) -> Iterator[CameraController]:
    controller = CameraController(
        capture.view, capture.on_camera_codes, capture.on_camera_decoded, recorded_card
    )
    monkeypatch.setattr(controller, "make_source", lambda spec: OpenCVSource(spec, loop=True))
    yield controller
    controller.stop()


@pytest.fixture
def cards(capture: CaptureController, camera: CameraController) -> Iterator[CardController]:
    controller = CardController(capture.context, capture, camera)
    yield controller
    controller.shutdown()


def test_a_card_held_to_the_camera_fills_the_form_for_staff_to_confirm(
    qtbot: QtBot, capture: CaptureController, camera: CameraController, cards: CardController
) -> None:
    view = capture.view
    camera.start()
    qtbot.waitUntil(lambda: view.camera_state.text() == "Camera live", timeout=10_000)
    qtbot.keyClicks(view.person_edits["title"], "Sales Director")  # typed before: it stays
    view.form_side.setFocus()
    qtbot.keyClick(view.form_side, Qt.Key.Key_F8)
    assert "Hold the card still" in view.message.text()
    with qtbot.waitSignal(cards.read_done, timeout=60_000):
        pass
    shown = {key: edit.text() for key, edit in view.person_edits.items()}
    marks = {key: label.text() for key, label in view.person_sources.items()}
    assert shown == {
        "first_name": "Łukasz",
        "last_name": "Wiśniewski",
        "company": "Bałtyk Systemy Sp. z o.o.",
        "title": "Sales Director",
        "email": "lukasz.wisniewski@baltyk-systemy.pl",
        "phone": "+48512345678",
        "website": "www.baltyk-systemy.pl",
    }
    assert marks == {
        "first_name": "card", "last_name": "card", "company": "card",
        "title": "typed", "email": "card", "phone": "card", "website": "card",
    }
    assert "check the fields marked" in view.message.text()
    assert view.keep_card.isVisible() and not view.keep_card.isChecked()

    # Staff correct a field, the visitor agrees to the picture being kept, class, Enter.
    view.person_edits["company"].setFocus()
    view.person_edits["company"].selectAll()
    qtbot.keyClicks(view.person_edits["company"], "Baltyk Systemy")  # ASCII: QTest types no ł
    assert view.person_sources["company"].text() == "typed"
    qtbot.keyClick(view.keep_card, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    assert view.keep_card.isChecked()
    view.form_side.setFocus()
    qtbot.keyClick(view.form_side, Qt.Key.Key_1)
    qtbot.keyClick(view.form_side, Qt.Key.Key_Return)
    with capture.context.db.session() as session:
        [lead] = page_leads(session, LeadFilter(capture.context.event_id), limit=None)
        jpeg = newest_card_image(session, lead.id)
    assert (lead.full_name, lead.company, lead.email, lead.phone, lead.website) == (
        "Łukasz Wiśniewski", "Baltyk Systemy", "lukasz.wisniewski@baltyk-systemy.pl",
        "+48512345678", "www.baltyk-systemy.pl",
    )
    assert jpeg is not None and 5_000 < len(jpeg) < 80_000
    picture = cv2.imdecode(np.frombuffer(jpeg, np.uint8), cv2.IMREAD_COLOR)
    assert picture is not None
    assert picture.shape[1] == 640 and 1.6 < picture.shape[1] / picture.shape[0] < 1.9
    assert not view.keep_card.isVisible()  # the next visitor's form has no card

    # Undo takes the picture back with the visit, and the form gets it again.
    qtbot.keyClick(view.form_side, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    with capture.context.db.session() as session:
        assert session.scalars(select(CardImage)).all() == []
    assert view.keep_card.isVisible() and view.keep_card.isChecked()
    assert capture.card_image == jpeg


def test_a_card_not_agreed_to_is_not_kept_and_a_photo_file_reads_too(
    qtbot: QtBot, tmp_path: Path, capture: CaptureController, cards: CardController
) -> None:
    photo = tmp_path / "carte de visite.jpg"
    cv2.imwrite(str(photo), photograph(render_card(CARD, 2), 2, hard=False))
    with qtbot.waitSignal(cards.read_done, timeout=60_000):
        cards.read_file(str(photo))
    assert capture.view.person_edits["email"].text() == "lukasz.wisniewski@baltyk-systemy.pl"
    capture.choose_class(capture.view.selected_class() or __import__(
        "showfloor.domain.questions", fromlist=["VisitorClass"]).VisitorClass.MENTOR)
    assert capture.save() is not None
    with capture.context.db.session() as session:
        assert session.scalars(select(CardImage)).all() == []


def test_no_camera_picture_or_a_bad_file_says_what_to_do(
    capture: CaptureController, tmp_path: Path
) -> None:
    cards = CardController(capture.context, capture, None)
    cards.read_from_camera()
    assert "No camera picture" in capture.view.message.text()
    bad = tmp_path / "notes.txt"
    bad.write_text("not a picture")
    cards.read_file(str(bad))
    assert "not an image this program can read" in capture.view.message.text()
    cards.read_file(str(tmp_path / "gone.jpg"))
    assert "Could not read" in capture.view.message.text()
    assert not cards.busy


def test_the_lead_dialog_shows_the_kept_card(qtbot: QtBot, capture: CaptureController) -> None:
    from showfloor.domain.person import PersonFields
    from showfloor.services.capture import CaptureRequest

    ok, jpeg = cv2.imencode(".jpg", render_card(CARD, 1)[::2, ::2])
    result = capture.service.capture(
        CaptureRequest("customer", PersonFields(first_name="Łukasz"), card_image=jpeg.tobytes())
    )
    with capture.context.db.session() as session:
        record = get_lead(session, result.lead.id)
        stored = newest_card_image(session, result.lead.id)
    dialog = LeadDialog(record)
    qtbot.addWidget(dialog)
    dialog.show_card(stored)
    dialog.show()
    assert dialog.card.isVisible() and dialog.card.pixmap().width() == CARD_WIDTH
    plain = LeadDialog(record)
    qtbot.addWidget(plain)
    plain.show_card(None)
    plain.show()
    assert not plain.card.isVisible()
