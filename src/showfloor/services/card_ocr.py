"""Offline text recognition for business cards: RapidOCR's PP-OCR models on ONNX Runtime.

The models ship inside the ``rapidocr`` wheel, so nothing is downloaded at run time
(the booth has no network). Loading takes a second or two, so the engine is made
once, on first use, and kept; ``warm_up`` lets the window load it in the background
before the first card. One ONNX thread: the camera and the badge decoder keep the
other core, and on a busy two-core laptop a second OCR thread made each card slower,
not faster (measured by benchmarks/cards.py).
"""

from __future__ import annotations

import logging
import threading
from typing import Any

import numpy as np
from numpy.typing import NDArray

from showfloor.badges.card_text import CardLine
from showfloor.domain.errors import ShowfloorError

log = logging.getLogger(__name__)

DETECT_SIDE = 640  # the card crop is scaled so that its longer side is this for detection
_PARAMS: dict[str, Any] = {
    "Global.log_level": "error",
    "Global.use_cls": False,  # a card held upside down is rare; staff turn it round
    "Det.limit_side_len": DETECT_SIDE,
    "Det.limit_type": "max",
    "EngineConfig.onnxruntime.intra_op_num_threads": 1,
    "EngineConfig.onnxruntime.inter_op_num_threads": 1,
}


class OcrUnavailableError(ShowfloorError):
    """The OCR package is missing or broken on this installation."""


class CardOcr:
    """One RapidOCR engine, made on first use; safe to call from one worker thread at a time."""

    def __init__(self) -> None:
        self._engine: Any = None
        self._lock = threading.Lock()

    def warm_up(self) -> None:
        """Load the models now (a second or two) rather than on the first card."""
        with self._lock:
            self._load()

    def _load(self) -> Any:
        if self._engine is None:
            try:
                from rapidocr import RapidOCR
            except Exception as exc:  # ImportError, or a broken onnxruntime
                log.exception("the OCR package could not be loaded")
                raise OcrUnavailableError(
                    "Card reading is not installed on this computer (the rapidocr package "
                    "is missing); type the card's details instead."
                ) from exc
            self._engine = RapidOCR(params=dict(_PARAMS))
        return self._engine

    def read_lines(self, image: NDArray[np.uint8]) -> list[CardLine]:
        """Every text line RapidOCR finds in a BGR image, with its box."""
        with self._lock:
            engine = self._load()
            result = engine(image)
        texts = result.txts or ()
        boxes = result.boxes if result.boxes is not None else ()
        scores = result.scores or ()
        lines: list[CardLine] = []
        for text, box, score in zip(texts, boxes, scores, strict=False):
            points = np.asarray(box, dtype=np.float32).reshape(-1, 2)
            x0, y0 = (float(v) for v in points.min(axis=0))
            x1, y1 = (float(v) for v in points.max(axis=0))
            lines.append(CardLine(str(text), (x0, y0, x1, y1), float(score)))
        return lines


_SHARED = CardOcr()


def shared_ocr() -> CardOcr:
    """The process's one engine: the models take about 100 MB of memory once loaded."""
    return _SHARED
