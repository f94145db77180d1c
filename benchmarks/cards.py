"""Business cards held to a webcam: fields read right, and seconds per card.

Run: python benchmarks/cards.py [--count N] [--seed S] [--peer N] [--save DIR]

Cards come from tests/helpers/card_frames.py (fixed seed): six layouts, ten Latin-script
countries with their accents, legal forms, job titles and phone habits, and every
tenth card Japanese or Chinese; each photographed (perspective, rotation, defocus or
shake, glare, uneven light, noise, JPEG). The booth's phone country is Germany
(``BOOTH_COUNTRY``), so German numbers printed without "+" count too.

What is measured is what the window does with the sharpest frame of a held card:
``services.cards.read_card_image`` (find the card, look at it square-on, OCR, propose
the fields). A field counts as right when it is exactly what is printed: email
lower-cased, phone in E.164, name, company and title as printed (spaces collapsed;
a CJK name with or without the space between family and given name). Targets: email
and phone right on >= 95 % of cards, name and company on >= 85 %, under 1.5 s a card.

The peer, measured in the same run on the first ``--peer`` cards, taking turns card
by card: RapidOCR as its documentation calls it (``RapidOCR()`` defaults: whole
frame, detection at 736 px, angle classifier, all cores), its lines through the same
field rules. It shows what the card crop and the one-thread settings buy.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

import cv2

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from showfloor.badges.card_text import CardFields, CardLine, read_card  # noqa: E402
from showfloor.services.card_ocr import CardOcr  # noqa: E402
from showfloor.services.cards import read_card_image  # noqa: E402
from stats import summary  # noqa: E402

from helpers.card_frames import (  # noqa: E402
    BOOTH_COUNTRY,
    Card,
    has_cjk_font,
    make_cards,
    photograph,
    render_card,
)

FIELDS = ("name", "company", "title", "email", "phone", "website")
TARGETS = {"email": 0.95, "phone": 0.95, "name": 0.85, "company": 0.85}
SECONDS_TARGET = 1.5


def _squash(text: str | None) -> str:
    return " ".join((text or "").split())


def _name_key(text: str | None, card: Card) -> str:
    squashed = _squash(text)
    return squashed.replace(" ", "") if card.script == "cjk" else squashed


def right_fields(card: Card, got: CardFields) -> dict[str, bool]:
    return {
        "name": _name_key(got.full_name, card) == _name_key(card.name, card),
        "company": _squash(got.company) == card.company,
        "title": _squash(got.title) == card.title,
        "email": (got.email or "") == card.email.lower(),
        "phone": (got.phone or "") == card.phone,
        "website": (got.website or "") == card.website.lower(),
    }


def _peer_lines(engine: object, frame: object) -> list[CardLine]:
    result = engine(frame)  # type: ignore[operator]
    lines = []
    for text, box in zip(result.txts or (), result.boxes if result.boxes is not None else (),
                         strict=False):
        xs = [float(p[0]) for p in box]
        ys = [float(p[1]) for p in box]
        lines.append(CardLine(str(text), (min(xs), min(ys), max(xs), max(ys))))
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=70, help="cards (at least 60 for the targets)")
    parser.add_argument("--seed", type=int, default=25)
    parser.add_argument("--peer", type=int, default=10, help="cards the peer reads too (0: none)")
    parser.add_argument("--save", type=Path, help="write each photographed card here (JPEG)")
    parser.add_argument("--misses", action="store_true", help="print each field read wrong")
    args = parser.parse_args()
    if not has_cjk_font():
        print("note: no CJK font (fonts-wqy-microhei): Japanese and Chinese cards left out")
    cards = make_cards(args.count, args.seed, cjk_every=10 if has_cjk_font() else 0)
    frames = [photograph(render_card(card, args.seed + i), args.seed + i)
              for i, card in enumerate(cards)]
    if args.save:
        args.save.mkdir(parents=True, exist_ok=True)
        for i, frame in enumerate(frames):
            cv2.imwrite(str(args.save / f"card-{i:03d}.jpg"), frame)

    ocr = CardOcr()
    started = time.perf_counter()
    ocr.warm_up()
    load_s = time.perf_counter() - started
    peer = None
    if args.peer:
        from rapidocr import RapidOCR

        peer = RapidOCR(params={"Global.log_level": "error"})

    right = {name: 0 for name in FIELDS}
    peer_right = {name: 0 for name in FIELDS}
    ours_first = {name: 0 for name in FIELDS}
    seconds: list[float] = []
    cpu: list[float] = []
    peer_seconds: list[float] = []
    for index, (card, frame) in enumerate(zip(cards, frames, strict=True)):
        before, wall = os.times(), time.perf_counter()
        reading = read_card_image(frame, country=BOOTH_COUNTRY, ocr=ocr)
        seconds.append(time.perf_counter() - wall)
        after = os.times()
        cpu.append(after.user - before.user + after.system - before.system)
        verdict = right_fields(card, reading.fields)
        for name, ok in verdict.items():
            right[name] += ok
            ours_first[name] += ok and index < args.peer
            if not ok and args.misses:
                got = reading.fields.full_name if name == "name" else getattr(reading.fields, name)
                print(f"  card {index} ({card.layout}, {card.script}) {name}: got {got!r}")
        if peer is not None and index < args.peer:
            wall = time.perf_counter()
            fields = read_card(_peer_lines(peer, frame), country=BOOTH_COUNTRY)
            peer_seconds.append(time.perf_counter() - wall)
            for name, ok in right_fields(card, fields).items():
                peer_right[name] += ok

    count = len(cards)
    cjk = sum(card.script == "cjk" for card in cards)
    print(f"{count} cards ({cjk} Japanese/Chinese), booth phone country {BOOTH_COUNTRY}; "
          f"models loaded in {load_s:.1f} s; load average {os.getloadavg()[0]:.1f} on "
          f"{os.cpu_count()} cores")
    print(f"{'field':<9}{'right':>8}{'target':>9}")
    failed = False
    for name in FIELDS:
        share = right[name] / count
        target = TARGETS.get(name)
        mark = ""
        if target is not None:
            mark = "ok" if share >= target else "BELOW TARGET"
            failed |= share < target
        shown = f"{target:.0%}" if target else "-"
        print(f"{name:<9}{share:>8.1%}{shown:>9}  {mark}")
    median, p95 = summary(seconds)
    mean = statistics.fmean(seconds)
    slow = "ok" if median < SECONDS_TARGET else "ABOVE TARGET"
    failed |= median >= SECONDS_TARGET
    print(f"seconds a card: median {median:.2f}, p95 {p95:.2f}, mean {mean:.2f} "
          f"(target < {SECONDS_TARGET}) {slow}; CPU seconds a card: median "
          f"{statistics.median(cpu):.2f}")
    if peer_seconds:
        n = len(peer_seconds)
        ours = statistics.median(seconds[:n])
        theirs = statistics.median(peer_seconds)
        print(f"peer (RapidOCR defaults, whole frame) on the first {n} cards: median "
              f"{theirs:.2f} s a card, ours {ours:.2f} s: {theirs / ours:.1f}x")
        print("  fields right on those cards, peer / ours: " + ", ".join(
            f"{name} {peer_right[name]}/{ours_first[name]}" for name in FIELDS))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
