"""Business cards: a frame or photo in, proposed fields and a small card image out.

The reading pipeline: find the card in the frame and look at it square-on
(scanning/card_image.py), recognise its text lines offline (card_ocr.py), and
propose the fields (badges/card_text.py). The card image is stored with a lead
only when the visitor agrees (card_images.py, written by capture.py with the visit).
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from showfloor.badges.card_text import CardFields, CardLine, read_card
from showfloor.scanning.card_image import card_jpeg, crop_card
from showfloor.services.card_ocr import CardOcr, shared_ocr


@dataclass(frozen=True)
class CardReading:
    """What one card said, and the picture to keep if the visitor agrees."""

    fields: CardFields
    lines: tuple[CardLine, ...]
    jpeg: bytes
    seconds: float


def read_card_image(
    frame: NDArray[np.uint8], *, country: str | None = None, ocr: CardOcr | None = None
) -> CardReading:
    """Read one card from a camera frame or a photo (BGR). Seconds of work, so call it
    from a worker thread.

    Raises:
        OcrUnavailableError: the OCR package is not installed.
    """
    started = time.perf_counter()
    crop = crop_card(frame)
    lines = (ocr or shared_ocr()).read_lines(crop)
    fields = read_card(lines, country=country)
    jpeg = card_jpeg(crop)
    return CardReading(fields, tuple(lines), jpeg, time.perf_counter() - started)

