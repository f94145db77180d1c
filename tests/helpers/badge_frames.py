"""Camera-like frames with a badge QR in them, and recorded sequences on disk."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np

from helpers.frames import code_image


def badge_frame(payload: str, size: tuple[int, int] = (640, 480)) -> np.ndarray:
    """A BGR frame with one badge QR in the middle (or none for an empty payload)."""
    frame = np.full((size[1], size[0]), 170, dtype=np.uint8)
    if payload:
        code = np.asarray(code_image(payload, module_px=5), dtype=np.uint8)
        if code.ndim == 3:
            code = code[..., 0]
        y, x = (size[1] - code.shape[0]) // 2, (size[0] - code.shape[1]) // 2
        frame[y : y + code.shape[0], x : x + code.shape[1]] = code
    return np.stack([frame] * 3, axis=-1)


def write_sequence(folder: Path, payload: str, empty: int = 10, with_code: int = 30) -> str:
    """PNG frames: some empty, then the badge held up. Returns the %03d pattern."""
    folder.mkdir(parents=True, exist_ok=True)
    frames = [badge_frame("")] * empty + [badge_frame(payload)] * with_code
    for i, frame in enumerate(frames):
        cv2.imwrite(str(folder / f"{i:03d}.png"), frame)
    return str(folder / "%03d.png")
