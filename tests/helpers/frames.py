"""Synthetic camera frames of conference badges, shared by the tests and the decode benchmark.

Why synthetic: no camera exists on the build machines, and real photos cannot be
regenerated with a known payload, corner positions and degradation. Each frame is
a "booth scene" (cluttered background) with a printed badge warped into it by a
homography, then degraded like a cheap webcam would (defocus, motion, sensor
noise, low light, glare on a laminated badge, MJPEG artefacts, a finger over the
code). Everything is derived from a seed, so a benchmark run is reproducible.

The benchmark imports this module with ``tests/`` on ``sys.path``; keep it free
of pytest and of showfloor imports.
"""

from __future__ import annotations

import functools
import json
import math
import random
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

import cv2
import numpy as np
import qrcode
from numpy.typing import NDArray

Image = NDArray[np.uint8]


def _u8(array: NDArray[np.generic]) -> Image:
    """OpenCV's result as the 8-bit image it is (its stubs only say "an array")."""
    return array.astype(np.uint8, copy=False)

CATEGORIES = (
    "clean",
    "blur",
    "perspective",
    "rotation",
    "noise",
    "low_light",
    "glare",
    "jpeg",
    "finger",
    "two_badges",
    "small_far",
    "empty",
)
SIZES = ((640, 480), (1280, 720))
EC_LEVELS = {
    "L": qrcode.constants.ERROR_CORRECT_L,
    "M": qrcode.constants.ERROR_CORRECT_M,
    "Q": qrcode.constants.ERROR_CORRECT_Q,
    "H": qrcode.constants.ERROR_CORRECT_H,
}
MAX_VERSION = 20

_FIRST = ["Ada", "Jane", "Zoë", "José", "Łukasz", "Mei", "Søren", "Amélie", "Oğuz", "Priya", "Ken"]
_LAST = ["Lovelace", "Doe", "Müller", "García", "Nowak", "Chen", "Ørsted", "Dubois", "Yılmaz"]
_ORGS = ["Example U", "Acme Robotics GmbH", "Nordlys AS", "Café Numérique", "Blue Harbor Labs"]
_TITLES = ["CTO", "Head of Procurement", "PhD student", "Lab manager", "VP Engineering"]


@dataclass(frozen=True)
class Code:
    """One QR code placed in a frame: its payload and its 4 symbol corners in frame pixels."""

    payload: str
    corners: tuple[tuple[float, float], ...]
    version: int
    ec: str


@dataclass(frozen=True)
class Frame:
    """A synthetic BGR frame and what a perfect decoder would read from it."""

    image: Image
    category: str
    codes: tuple[Code, ...] = field(default=())

    @property
    def payloads(self) -> tuple[str, ...]:
        return tuple(code.payload for code in self.codes)


# --- payloads ---------------------------------------------------------------------------


def _person(rng: random.Random) -> dict[str, str]:
    first, last = rng.choice(_FIRST), rng.choice(_LAST)
    mail = f"{first.lower()}.{last.lower()}".encode("ascii", "ignore").decode()
    return {
        "first": first,
        "last": last,
        "org": rng.choice(_ORGS),
        "title": rng.choice(_TITLES),
        "email": f"{mail or 'visitor'}{rng.randrange(100)}@example.org",
        "phone": f"+49 30 {rng.randrange(1000000, 9999999)}",
        "id": f"EXPO26-{rng.randrange(10**6):06d}",
    }


def make_payload(rng: random.Random, kind: str | None = None) -> str:
    """A badge payload of one of the formats seen on real badges.

    Args:
        rng: the seeded generator.
        kind: "vcard", "mecard", "url", "id" or "json"; random when None.
    """
    kind = kind or rng.choice(["vcard", "vcard", "mecard", "url", "id", "json"])
    p = _person(rng)
    if kind == "vcard":
        lines = [
            "BEGIN:VCARD",
            "VERSION:3.0",
            f"N:{p['last']};{p['first']};;;",
            f"FN:{p['first']} {p['last']}",
            f"ORG:{p['org']}",
            f"TITLE:{p['title']}",
            f"EMAIL;TYPE=work:{p['email']}",
            f"TEL;TYPE=cell:{p['phone']}",
        ]
        if rng.random() < 0.5:
            street = f"{rng.randrange(1, 200)} Harbour Street"
            lines.append(f"ADR;TYPE=work:;;{street};Oslo;;0150;Norway")
        if rng.random() < 0.4:
            lines.append(f"URL:https://example.org/people/{p['id'].lower()}")
        if rng.random() < 0.3:
            lines.append("NOTE:Met at booth B12 — interested in the pilot programme, call in May")
        lines.append("END:VCARD")
        return "\n".join(lines)
    if kind == "mecard":
        return (
            f"MECARD:N:{p['last']},{p['first']};ORG:{p['org']};EMAIL:{p['email']};"
            f"TEL:{p['phone']};;"
        )
    if kind == "url":
        return f"https://reg.expo2026.example/a/{rng.getrandbits(48):012x}"
    if kind == "id":
        return p["id"]
    return json.dumps(
        {"id": p["id"], "first": p["first"], "last": p["last"], "company": p["org"],
         "email": p["email"]},
        ensure_ascii=False,
    )


@functools.lru_cache(maxsize=256)
def qr_matrix(payload: str, ec: str = "M", border: int = 4) -> tuple[NDArray[np.bool_], int]:
    """The module matrix (True = dark, quiet zone included) and the version chosen.

    Cached, and the mask pattern comes from the payload's CRC instead of qrcode's
    search over all eight: that search is the slowest step of making a frame, and a
    decoder accepts any mask.
    """
    mask = zlib.crc32(payload.encode()) % 8
    qr = qrcode.QRCode(version=None, error_correction=EC_LEVELS[ec], border=border,
                       mask_pattern=mask)
    qr.add_data(payload)
    qr.make(fit=True)
    return np.array(qr.get_matrix(), dtype=bool), int(qr.version)


def code_image(payload: str, ec: str = "M", module_px: int = 6, border: int = 4) -> Image:
    """A clean BGR image of one QR code (what a badge printer would print)."""
    matrix, _ = qr_matrix(payload, ec, border)
    gray = np.where(matrix, 0, 255).astype(np.uint8)
    gray = _u8(cv2.resize(gray, None, fx=module_px, fy=module_px,
                          interpolation=cv2.INTER_NEAREST))  # fmt: skip
    return _u8(cv2.cvtColor(gray, cv2.COLOR_GRAY2BGR))


# --- scene ------------------------------------------------------------------------------


def _background(rng: np.random.Generator, w: int, h: int) -> Image:
    """A cluttered booth: gradient wall, posters, cables, a table edge, some text."""
    base = rng.uniform(60, 200, 3)
    tint = rng.uniform(-60, 60, 3)
    ramp = np.linspace(0, 1, w, dtype=np.float32)[None, :, None]
    img = np.clip(base + tint * ramp + np.zeros((h, 1, 1), np.float32), 0, 255).astype(np.uint8)
    for _ in range(int(rng.integers(4, 10))):
        x0, y0 = int(rng.integers(-w // 4, w)), int(rng.integers(-h // 4, h))
        x1, y1 = x0 + int(rng.integers(w // 10, w // 2)), y0 + int(rng.integers(h // 10, h // 2))
        color = tuple(int(c) for c in rng.integers(0, 256, 3))
        cv2.rectangle(img, (x0, y0), (x1, y1), color, -1)
    for _ in range(int(rng.integers(2, 6))):
        p0 = (int(rng.integers(0, w)), int(rng.integers(0, h)))
        p1 = (int(rng.integers(0, w)), int(rng.integers(0, h)))
        color = tuple(int(c) for c in rng.integers(0, 256, 3))
        cv2.line(img, p0, p1, color, int(rng.integers(1, 8)), cv2.LINE_AA)
    for _ in range(int(rng.integers(1, 4))):
        org = (int(rng.integers(0, w - 100)), int(rng.integers(20, h)))
        cv2.putText(img, "BOOTH B12 AI FOR LABS", org, cv2.FONT_HERSHEY_SIMPLEX,
                    float(rng.uniform(0.5, 1.6)), (int(rng.integers(0, 256)),) * 3, 2,
                    cv2.LINE_AA)
    return _u8(cv2.GaussianBlur(img, (0, 0), 1.2))


def _badge(rng: np.random.Generator, matrix: NDArray[np.bool_] | None, px: int,
           quiet: int) -> tuple[Image, tuple[float, float, float, float]]:
    """A printed badge at `px` pixels per module; returns it and the code's box (x0, y0, x1, y1).

    With `matrix` None the badge carries a logo block instead of a code (empty frames).
    """
    n = matrix.shape[0] if matrix is not None else 33
    side = n * px
    margin = int(side * 0.18)
    header = int(side * 0.45)
    w, h = side + 2 * margin, header + side + int(side * 0.35) + margin
    paper = int(rng.integers(225, 256))
    badge = np.full((h, w, 3), paper, np.uint8)
    color = tuple(int(c) for c in rng.integers(0, 200, 3))
    cv2.rectangle(badge, (0, 0), (w, int(header * 0.6)), color, -1)
    scale = side / 260
    cv2.putText(badge, "EXPO 2026", (margin, int(header * 0.42)), cv2.FONT_HERSHEY_DUPLEX,
                1.2 * scale, (255, 255, 255), max(1, int(2 * scale)), cv2.LINE_AA)
    cv2.putText(badge, "Jane Doe", (margin, int(header * 0.92)), cv2.FONT_HERSHEY_DUPLEX,
                1.1 * scale, (30, 30, 30), max(1, int(2 * scale)), cv2.LINE_AA)
    x0, y0 = margin, header
    if matrix is not None:
        module = np.where(matrix, 0, paper).astype(np.uint8)
        module = _u8(cv2.resize(module, None, fx=px, fy=px, interpolation=cv2.INTER_NEAREST))
        ink = int(rng.integers(0, 40))
        module[module == 0] = ink
        badge[y0:y0 + side, x0:x0 + side] = module[:, :, None]
    else:  # a logo: blocks and bars, the kind of thing a decoder must not read as a code
        for _ in range(12):
            bx, by = int(rng.integers(0, side - px * 6)), int(rng.integers(0, side - px * 6))
            bw, bh = int(rng.integers(px * 2, px * 10)), int(rng.integers(px * 2, px * 10))
            cv2.rectangle(badge, (x0 + bx, y0 + by), (x0 + bx + bw, y0 + by + bh), (20, 20, 20),
                          -1)
    cv2.putText(badge, "VISITOR", (margin, y0 + side + int(side * 0.25)),
                cv2.FONT_HERSHEY_SIMPLEX, 1.0 * scale, (60, 60, 60), max(1, int(2 * scale)),
                cv2.LINE_AA)
    q = quiet * px
    return badge, (x0 + q, y0 + q, x0 + side - q, y0 + side - q)


def _homography(rng: np.random.Generator, box: tuple[float, float, float, float],
                center: tuple[float, float], code_side: float, roll: float, tilt: float,
                focal: float) -> NDArray[np.float64]:
    """Badge-texture → frame homography: the code centred at `center`, `code_side` px wide,
    rolled by `roll` degrees and tilted by up to `tilt` degrees out of plane (pinhole camera)."""
    x0, y0, x1, y1 = box
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    s = code_side / (x1 - x0)
    ax, ay = np.radians(rng.uniform(-tilt, tilt)), np.radians(rng.uniform(-tilt, tilt))
    rz = np.radians(roll)
    rot_x = np.array([[1, 0, 0], [0, math.cos(ax), -math.sin(ax)], [0, math.sin(ax), math.cos(ax)]])
    rot_y = np.array([[math.cos(ay), 0, math.sin(ay)], [0, 1, 0], [-math.sin(ay), 0, math.cos(ay)]])
    rot_z = np.array([[math.cos(rz), -math.sin(rz), 0], [math.sin(rz), math.cos(rz), 0], [0, 0, 1]])
    rot = rot_y @ rot_x @ rot_z
    src = np.array([[0, 0], [1, 0], [1, 1], [0, 1]], np.float64) * 4000  # any 4 points
    pts3 = np.column_stack([(src - [cx, cy]) * s, np.zeros(4)]) @ rot.T
    z = pts3[:, 2] + focal
    dst = pts3[:, :2] * (focal / z)[:, None] + center
    return cv2.getPerspectiveTransform(src.astype(np.float32), dst.astype(np.float32)).astype(
        np.float64
    )


def _place(rng: np.random.Generator, frame: Image, payload: str | None, ec: str, ppm: float,
           center: tuple[float, float], roll: float, tilt: float) -> Code | None:
    """Warp one badge into `frame` (in place); the Code placed, or None for a code-less badge."""
    h, w = frame.shape[:2]
    if payload is not None:
        quiet = 4
        matrix, version = qr_matrix(payload, ec, quiet)
        n = matrix.shape[0] - 2 * quiet
    else:
        matrix, version, quiet, n = None, 0, 0, 25
    tex_px = max(2, math.ceil(ppm * 1.5))  # texture a bit finer than the frame: no aliasing
    badge, box = _badge(rng, matrix, tex_px, quiet)
    hom = _homography(rng, box, center, n * ppm, roll, tilt, focal=float(w))
    shrink = (box[2] - box[0]) / (n * ppm)
    if shrink > 1.2:
        badge = _u8(cv2.GaussianBlur(badge, (0, 0), 0.45 * shrink))
    _warp_into(frame, badge, hom)
    if payload is None:
        return None
    x0, y0, x1, y1 = box
    corners = np.array([[[x0, y0], [x1, y0], [x1, y1], [x0, y1]]], np.float64)
    mapped = cv2.perspectiveTransform(corners, hom)[0]
    return Code(payload, tuple((float(x), float(y)) for x, y in mapped), version, ec)


def _warp_into(frame: Image, texture: Image, hom: NDArray[np.float64]) -> None:
    """Draw `texture` into `frame` (in place) through the homography, edges blended."""
    h, w = frame.shape[:2]
    bh, bw = texture.shape[:2]
    outline = np.array([[[0, 0], [bw, 0], [bw, bh], [0, bh]]], np.float64)
    ox0, oy0 = np.floor(cv2.perspectiveTransform(outline, hom)[0].min(axis=0)).astype(int)
    ox1, oy1 = np.ceil(cv2.perspectiveTransform(outline, hom)[0].max(axis=0)).astype(int)
    ox0, oy0, ox1, oy1 = max(ox0, 0), max(oy0, 0), min(ox1 + 1, w), min(oy1 + 1, h)
    if ox1 > ox0 and oy1 > oy0:  # warp only the texture's bounding box of the frame
        shift = np.array([[1, 0, -ox0], [0, 1, -oy0], [0, 0, 1]], np.float64) @ hom
        roi = (ox1 - ox0, oy1 - oy0)
        warped = cv2.warpPerspective(texture, shift, roi, flags=cv2.INTER_LINEAR)
        mask = np.full(texture.shape[:2], 255, np.uint8)
        a = cv2.warpPerspective(mask, shift, roi, flags=cv2.INTER_LINEAR)[:, :, None] / 255.0
        part = frame[oy0:oy1, ox0:ox1]
        part[:] = (warped * a + part * (1 - a)).astype(np.uint8)


# --- camera and degradations ------------------------------------------------------------


def _noise(rng: np.random.Generator, img: Image, sigma: float) -> Image:
    noise = np.empty((img.shape[0], img.size // img.shape[0]), np.float32)  # one channel
    cv2.setRNGSeed(int(rng.integers(2**31)))
    # ~10x faster than numpy's normal(); the stubs want arrays where cv2 takes scalars
    cv2.randn(noise, 0.0, sigma)  # type: ignore[call-overload]
    return cv2.add(img, noise.reshape(img.shape), dtype=cv2.CV_8U).astype(np.uint8)


def _jpeg(img: Image, quality: int) -> Image:
    ok, buf = cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, quality])
    assert ok
    decoded = cv2.imdecode(buf, cv2.IMREAD_COLOR)
    assert decoded is not None  # our own JPEG
    return decoded.astype(np.uint8)


def _motion_blur(img: Image, length: int, angle: float) -> Image:
    kernel = np.zeros((length, length), np.float32)
    kernel[length // 2, :] = 1
    rot = cv2.getRotationMatrix2D((length / 2 - 0.5, length / 2 - 0.5), angle, 1)
    turned = cv2.warpAffine(kernel, rot, (length, length))
    return _u8(cv2.filter2D(img, -1, turned / turned.sum()))


def _glare(rng: np.random.Generator, img: Image, code: Code) -> Image:
    pts = np.array(code.corners)
    c = pts.mean(axis=0) + rng.uniform(-0.35, 0.35, 2) * np.ptp(pts, axis=0)
    side = float(np.ptp(pts, axis=0).max())
    h, w = img.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    sx, sy = side * rng.uniform(0.12, 0.35), side * rng.uniform(0.08, 0.25)
    blob = np.exp(-(((xx - c[0]) / sx) ** 2 + ((yy - c[1]) / sy) ** 2) / 2)
    peak = rng.uniform(150, 320)
    out = img.astype(np.float32) * (1 - 0.3 * blob[:, :, None]) + (peak * blob)[:, :, None]
    clipped: NDArray[np.float32] = np.clip(out, 0, 255)
    return clipped.astype(np.uint8)


def _finger(rng: np.random.Generator, img: Image, code: Code) -> Image:
    """A fingertip (a shaded capsule) holding the badge, over one edge of the code."""
    pts = np.array(code.corners)
    edge = int(rng.integers(0, 4))
    a, b = pts[edge], pts[(edge + 1) % 4]
    center = pts.mean(axis=0)
    t = rng.uniform(0.2, 0.8)
    on_edge = a + (b - a) * t
    side = float(np.linalg.norm(b - a))
    inward = (center - on_edge) / (np.linalg.norm(center - on_edge) + 1e-9)
    depth = side * rng.uniform(0.08, 0.28)
    tip = on_edge + inward * depth
    base = on_edge - inward * side * 0.8
    width = int(side * rng.uniform(0.16, 0.24))
    skin = np.array([rng.uniform(90, 150), rng.uniform(130, 180), rng.uniform(180, 240)])
    layer = img.copy()
    cv2.line(layer, tuple(int(v) for v in base), tuple(int(v) for v in tip),
             tuple(float(v) for v in skin), width, cv2.LINE_AA)
    cv2.circle(layer, tuple(int(v) for v in tip), width // 2, tuple(float(v) for v in skin * 1.05),
               -1, cv2.LINE_AA)
    return layer


def _camera(rng: np.random.Generator, img: Image, noise: float, blur: float,
            quality: int) -> Image:
    """What every frame goes through: lens softness, sensor noise, MJPEG compression."""
    if blur > 0:
        img = _u8(cv2.GaussianBlur(img, (0, 0), blur))
    if noise > 0:
        img = _noise(rng, img, noise)
    return _jpeg(img, quality)


# --- frames -----------------------------------------------------------------------------


def _code_spec(rng: random.Random) -> tuple[str, str]:
    """A payload and EC level whose code fits in version 20."""
    while True:
        payload = make_payload(rng)
        ec = rng.choice("LMQH")
        _, version = qr_matrix(payload, ec)
        if version <= MAX_VERSION:
            return payload, ec


def _version_of(payload: str, ec: str) -> int:
    return qr_matrix(payload, ec)[1]


def make_frame(category: str, seed: int, size: tuple[int, int] = (1280, 720)) -> Frame:
    """One synthetic frame of `category` (see CATEGORIES), fully determined by `seed`."""
    if category not in CATEGORIES:
        raise ValueError(f"unknown category {category!r}")
    prng = random.Random(seed)
    rng = np.random.default_rng(seed)
    w, h = size
    frame = _background(rng, w, h)
    codes: list[Code] = []

    def place(payload: str | None, ec: str, ppm: float, center: tuple[float, float] | None = None,
              roll: float | None = None, tilt: float = 12.0) -> None:
        n = 4 * _version_of(payload, ec) + 17 if payload else 25
        ppm = min(ppm, 0.62 * h / n)  # the code fits in the frame with its badge around it
        side = n * ppm
        if center is None:
            cx = rng.uniform(side * 0.8, w - side * 0.8) if w > side * 1.6 else w / 2
            cy = rng.uniform(side * 0.75, h - side * 0.75) if h > side * 1.5 else h / 2
            center = (cx, cy)
        r = float(rng.uniform(-12, 12)) if roll is None else roll
        placed = _place(rng, frame, payload, ec, ppm, center, r, tilt)
        if placed is not None:
            codes.append(placed)

    noise, blur, quality = float(rng.uniform(1.5, 4)), float(rng.uniform(0.4, 0.8)), 90
    if category == "empty":
        if rng.random() < 0.6:
            place(None, "M", float(rng.uniform(2.5, 5)))
        if rng.random() < 0.4:  # a checkerboard poster: finder-pattern-like squares
            x0, y0, cell = int(rng.integers(0, w // 2)), int(rng.integers(0, h // 2)), 12
            for i in range(8):
                for j in range(8):
                    if (i + j) % 2 == 0:
                        cv2.rectangle(frame, (x0 + i * cell, y0 + j * cell),
                                      (x0 + (i + 1) * cell, y0 + (j + 1) * cell), (0, 0, 0), -1)
    elif category == "two_badges":
        for k in range(2):
            payload, ec = _code_spec(prng)
            n = 4 * _version_of(payload, ec) + 17
            ppm = float(rng.uniform(2.4, 4.0))
            ppm = min(ppm, 0.55 * h / n, 0.3 * w / n)
            cx = w * (0.27 + 0.46 * k) + rng.uniform(-0.03, 0.03) * w
            place(payload, ec, ppm, center=(cx, h / 2 + rng.uniform(-0.1, 0.1) * h))
    else:
        payload, ec = _code_spec(prng)
        ppm = float(rng.uniform(2.6, 5.5))
        if category == "small_far":
            ppm = float(rng.uniform(1.3, 2.3))
        tilt = 52.0 if category == "perspective" else 12.0
        roll = float(rng.uniform(0, 360)) if category == "rotation" else None
        place(payload, ec, ppm, roll=roll, tilt=tilt)
    if category == "blur":
        if rng.random() < 0.5:
            blur = float(rng.uniform(1.0, 2.2))
        else:
            frame = _motion_blur(frame, int(rng.integers(4, 12)), float(rng.uniform(0, 180)))
    elif category == "noise":
        noise = float(rng.uniform(18, 40))
    elif category == "low_light":
        dark = rng.uniform(0.05, 0.2)
        frame = (frame.astype(np.float32) * dark).astype(np.uint8)
        noise = float(rng.uniform(2, 6))
    elif category == "glare":
        frame = _glare(rng, frame, codes[0])
    elif category == "jpeg":
        quality = int(rng.integers(5, 16))
    elif category == "finger":
        frame = _finger(rng, frame, codes[0])
    frame = _camera(rng, frame, noise, blur, quality)
    return Frame(frame, category, tuple(codes))


def frame_set(per_category: int, seed: int = 2026,
              categories: Sequence[str] = CATEGORIES) -> Iterator[Frame]:
    """`per_category` frames of each category, half 640x480 and half 1280x720, interleaved."""
    for i in range(per_category):
        for k, category in enumerate(categories):
            size = SIZES[(i + k) % 2]
            yield make_frame(category, seed * 100_003 + i * 101 + k, size)


def badge_frame(payloads: str | Sequence[str], *, size: tuple[int, int] = (640, 480),
                seed: int = 0, ppm: float = 4.0, roll: float = 0.0, tilt: float = 10.0,
                ec: str = "M", noise: float = 2.0, blur: float = 0.5) -> Frame:
    """A frame with the given payload(s), side by side, on a booth background.

    For tests that need a known payload rather than a benchmark category.
    """
    texts = [payloads] if isinstance(payloads, str) else list(payloads)
    rng = np.random.default_rng(seed)
    w, h = size
    frame = _background(rng, w, h)
    codes = []
    for k, payload in enumerate(texts):
        n = 4 * _version_of(payload, ec) + 17
        cell = min(w / len(texts), h)
        fitted = min(ppm, 0.55 * cell / n)
        center = (w * (k + 0.5) / len(texts), h / 2)
        placed = _place(rng, frame, payload, ec, fitted, center, roll, tilt)
        assert placed is not None
        codes.append(placed)
    image = _camera(rng, frame, noise, blur, 95)
    return Frame(image, "custom", tuple(codes))


def scene_frame(codes: Sequence[tuple[str, float, tuple[float, float]]], *,
                size: tuple[int, int] = (1280, 720), seed: int = 0, tilt: float = 10.0,
                ec: str = "M", noise: float = 2.0, blur: float = 0.8) -> Frame:
    """A frame with codes of different sizes: each (payload, pixels per module, centre).

    For scenes like a Wi-Fi sign beside a badge held further away.
    """
    rng = np.random.default_rng(seed)
    w, h = size
    frame = _background(rng, w, h)
    placed = []
    for payload, ppm, center in codes:
        code = _place(rng, frame, payload, ec, ppm, center, 0.0, tilt)
        assert code is not None
        placed.append(code)
    return Frame(_camera(rng, frame, noise, blur, 95), "custom", tuple(placed))


def symbol_frame(symbol: Image, *, scale: int, module_px: float = 3.0,
                 size: tuple[int, int] = (640, 480), center: tuple[float, float] | None = None,
                 roll: float = 0.0, tilt: float = 8.0, seed: int = 0, noise: float = 2.0,
                 blur: float = 0.5) -> Image:
    """A printed badge carrying any symbol (a grey image with its quiet zone, e.g. from
    ``zxingcpp.create_barcode(...).to_image(scale=...)``), held up in a booth scene.

    Args:
        scale: pixels per module in `symbol`.
        module_px: pixels per module in the frame (the badge's distance).
    """
    rng = np.random.default_rng(seed)
    w, h = size
    frame = _background(rng, w, h)
    sym = symbol if symbol.ndim == 2 else symbol[..., 0]
    sh, sw = sym.shape
    margin, header = max(sh, sw) // 8, max(sh, sw) // 4
    card = np.full((sh + header + 2 * margin, sw + 2 * margin, 3), 245, np.uint8)
    card[: header // 2] = (150, 90, 40)
    card[header + margin : header + margin + sh, margin : margin + sw] = sym[:, :, None]
    box = (margin, header + margin, margin + sw, header + margin + sh)
    shrink = scale / module_px
    if shrink > 1.2:  # a printed symbol seen from further away: no aliasing
        card = cv2.GaussianBlur(card, (0, 0), 0.45 * shrink)
    side = sw / shrink
    hom = _homography(rng, box, center or (w / 2, h / 2), side, roll, tilt, focal=float(w))
    _warp_into(frame, card, hom)
    return _camera(rng, frame, noise, blur, 95)


def blank_frame(*, size: tuple[int, int] = (640, 480), seed: int = 0) -> Image:
    """A booth background with no code, as a camera would send it."""
    rng = np.random.default_rng(seed)
    return _camera(rng, _background(rng, *size), 2.0, 0.5, 95)
