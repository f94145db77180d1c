"""A badge held still in front of the camera for half a second, as the decoder sees it.

What booth staff feel is the live path: frames arrive at 30 fps, the decode
thread takes the newest one whenever it is free (camera_worker's one-slot
mailbox), and a badge counts as read when some frame of the first half second
was decoded in time. So a sample image is given to the live decoder frame after
frame on a simulated camera clock: a decode that takes longer than a frame
interval makes the next decode start late (frames in between are dropped), a
faster one waits for the next frame. The image is the same in every frame: no
extra chance from sensor noise, so a deterministic peer that sees it once is
compared fairly.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from showfloor.scanning.codes import DecodedCode, Frame
from showfloor.scanning.decoder import Decoder

HOLD_MS = 500.0
FRAME_MS = 1000.0 / 30


@dataclass
class Held:
    """What the live decoder read of one held image.

    Attributes:
        codes: each distinct code read (first sighting), with when it was read
            (ms after the image appeared, decode time included).
        first_frame_ms: when the first frame's decode ended (codes read later
            were rescued across frames).
        frame_ms: what each decode call cost.
        fallback_ms: the same, for the calls that ran the fallback.
    """

    codes: list[tuple[DecodedCode, float]] = field(default_factory=list)
    first_frame_ms: float = 0.0
    frame_ms: list[float] = field(default_factory=list)
    fallback_ms: list[float] = field(default_factory=list)


def hold(decoder: Decoder, image: Frame, hold_ms: float = HOLD_MS,
         frame_ms: float = FRAME_MS) -> Held:
    """Decode `image` as consecutive camera frames for `hold_ms` of camera time."""
    held = Held()
    now = 0.0
    while now < hold_ms:
        start = time.perf_counter()
        codes = decoder.decode(image)
        spent = (time.perf_counter() - start) * 1000
        held.frame_ms.append(spent)
        if decoder.last_used_fallback:
            held.fallback_ms.append(spent)
        done = now + spent
        if not held.first_frame_ms:
            held.first_frame_ms = done
        if done <= hold_ms:
            for code in codes:
                if not any(_same(code, seen) for seen, _ in held.codes):
                    held.codes.append((code, done))
        next_frame = (int(now // frame_ms) + 1) * frame_ms
        now = max(done, next_frame)
    return held


def _same(a: DecodedCode, b: DecodedCode) -> bool:
    (ax, ay), (bx, by) = a.center, b.center
    return a.text == b.text and abs(ax - bx) + abs(ay - by) < 40
