"""Reading a card from a camera frame: the card found, the sharpest frame known, the real OCR
offline, and a small picture to keep."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import cv2
import numpy as np
import pytest

from showfloor.scanning.card_image import card_jpeg, crop_card, find_card, sharpness
from showfloor.services.card_ocr import CardOcr
from showfloor.services.cards import read_card_image

from helpers.card_frames import CARD_SIZE, Card, photograph, render_card, shaken

CARD = Card(
    name="Zoë Müller",
    title="Head of Procurement",
    company="Nordwind Robotik GmbH",
    email="zoe.mueller@nordwind-robotik.de",
    phone_printed="+49 30 1234 5678",
    phone="+493012345678",
    website="www.nordwind-robotik.de",
    address=("Hauptstraße 12", "10115 Berlin"),
    phone_label="Tel.",
)


@pytest.fixture(scope="module")
def frame() -> np.ndarray:
    return photograph(render_card(CARD, 3), 3, hard=False)


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[object]]:
    """Any attempt to reach the network is recorded and fails, as at a booth."""
    attempts: list[object] = []

    def refuse(*args: object, **_kwargs: object) -> None:
        attempts.append(args)
        raise OSError("no network at the booth")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    yield attempts


def test_the_card_is_found_and_seen_square_on(frame: np.ndarray) -> None:
    corners = find_card(frame)
    assert corners is not None
    crop = crop_card(frame)
    ratio = crop.shape[1] / crop.shape[0]
    assert ratio == pytest.approx(CARD_SIZE[0] / CARD_SIZE[1], rel=0.08)


def test_a_frame_with_no_card_is_read_whole() -> None:
    scan = render_card(CARD, 1)  # an image file of a scanned card: all card
    assert find_card(scan) is None
    assert crop_card(scan).shape[1] == 1000


def test_a_shaken_frame_is_less_sharp(frame: np.ndarray) -> None:
    assert sharpness(shaken(frame, 9)) < sharpness(shaken(frame, 3)) < sharpness(frame)


def test_the_kept_picture_is_a_small_jpeg(frame: np.ndarray) -> None:
    data = card_jpeg(crop_card(frame))
    assert len(data) < 80_000
    image = cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_COLOR)
    assert image is not None and image.shape[1] == 640


def test_a_card_is_read_offline_with_the_real_ocr(
    frame: np.ndarray, no_network: list[object]
) -> None:
    reading = read_card_image(frame, country="DE", ocr=CardOcr())
    fields = reading.fields
    assert (fields.full_name, fields.first_name, fields.last_name) == (
        "Zoë Müller", "Zoë", "Müller",
    )
    assert fields.company == "Nordwind Robotik GmbH"
    assert fields.title == "Head of Procurement"
    assert fields.email == "zoe.mueller@nordwind-robotik.de"
    assert fields.phone == "+493012345678"
    assert fields.website == "www.nordwind-robotik.de"
    assert no_network == []


def test_the_grabber_hands_on_the_sharpest_of_the_next_frames(frame: np.ndarray) -> None:
    from showfloor.scanning.card_grab import CardGrabber

    chosen: list[np.ndarray] = []
    grabber = CardGrabber(frames=4)
    grabber.offer(frame)  # not armed: ignored
    grabber.arm(chosen.append)
    for amount in (13, 3, 9, 7):
        grabber.offer(shaken(frame, amount))
    assert len(chosen) == 1 and not grabber.armed
    assert np.array_equal(chosen[0], shaken(frame, 3))
    grabber.offer(frame)
    assert len(chosen) == 1  # done: later frames go nowhere


def test_a_slow_camera_is_not_waited_for_beyond_the_limit(frame: np.ndarray) -> None:
    from showfloor.scanning.card_grab import CardGrabber

    now = [0.0]
    chosen: list[np.ndarray] = []
    grabber = CardGrabber(frames=12, max_wait_s=1.5, clock=lambda: now[0])
    grabber.arm(chosen.append)
    grabber.offer(shaken(frame, 9))
    now[0] = 2.0
    grabber.offer(shaken(frame, 5))
    assert len(chosen) == 1
