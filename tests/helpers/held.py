"""A badge held up to the camera: what the live decoder reads over a run of frames.

The live decoder's rescue steps are timed on the wall clock (a frame must not wait),
so on a loaded machine fewer steps fit in each frame and a hard code takes more
frames. Tests hold a badge up for a second and a half at 30 fps, as a visitor does;
CI had missed an Aztec badge and a crowded frame at half a second. A code the
decoder cannot read stays unread however long it is held.
"""

from __future__ import annotations

import numpy as np

from showfloor.scanning.decoder import Decoder

HOLD_FRAMES = 45


def held(decoder: Decoder, image: np.ndarray, frames: int = HOLD_FRAMES) -> dict[str, str]:
    """text -> symbology of every code read from ``frames`` frames of ``image``, in the
    order first read."""
    seen: dict[str, str] = {}
    for _ in range(frames):
        for code in decoder.decode(image):
            seen.setdefault(code.text, code.symbology)
    return seen
