"""Decode badge frames and real photos: our live and still paths against zxing-cpp, one run.

Run: python benchmarks/decode/run.py [--quick] [--per-category N] [--seed S]
                                     [--photos DIR] [--photos-per-category N]

Synthetic frames come from tests/helpers/frames.py (fixed seed): vCard, MECARD,
URL, id and JSON payloads, EC levels L/M/Q/H, versions up to 20, 640x480 and
1280x720, one category of trouble each, plus frames with no code.

Real photos (``--photos DIR`` or the environment variable SHOWFLOOR_QR_PHOTOS): a
folder in the BoofCV QR v3 layout (photos.py; the set is public, e.g. in the
RustQR repository under benches/images/boofcv, and never committed here), scaled
to a 1280 px long side as a laptop webcam sees a scene (``--long-side``).

Everything runs on one thread (cv2.setNumThreads(1)).

Decoders:
- live: showfloor.scanning.decoder.Decoder exactly as the camera worker uses it
  (every badge symbology; on the empty frames also with QR only, for its cost),
  shown each sample as the frames of half a second held still (held.py): frames
  at 30 fps, a slow decode drops the frames it had no time for, the decoder's
  state (region tracker, cost estimates) carries over from sample to sample as
  it would live. A code counts when it was read within that half second;
- still: the same class with ``full_effort=True``, as `scan-image` runs it
  (photos only), each image once, against its 1.5 s budget;
- zxing-cpp: ``zxingcpp.read_barcodes(image, formats=BarcodeFormat.QRCode)``, the
  documented call with the library's defaults (BGR image in). Deterministic, so
  one look at a sample is all the half second would give it;
- synthetic frames also: zxing-gray (our first pass alone), cv2.QRCodeDetector
  and cv2.QRCodeDetectorAruco (``detectAndDecodeMulti``).

Rates count codes (a two-badge frame has two). Category average: the mean of the
per-category rates, so the 420 codes of the photos' "lots" category weigh as one
category. Wrong decodes: on synthetic frames a text that is not a payload of the
frame (on empty frames, any decode); on photos, where the labels give places and
not texts, a decode in no labelled place, or a text at a code that another
reader (zxing-cpp first) read differently. Every decode call is timed: the p95
target is over the live path's per-frame costs, fallback frames included.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import cv2
import zxingcpp

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

from benchmarks.decode import photos as photo_set  # noqa: E402
from benchmarks.decode.held import Held, hold  # noqa: E402
from showfloor.scanning.codes import DecodedCode  # noqa: E402
from showfloor.scanning.decoder import Decoder  # noqa: E402
from showfloor.scanning.enhance import to_gray  # noqa: E402
from showfloor.scanning.zxing_reader import read_zxing  # noqa: E402

from helpers.frames import CATEGORIES, Frame, frame_set  # noqa: E402

PEERS = ("zxing-cpp", "zxing-gray", "cv2.QRCode", "cv2.Aruco")
NAMES = ("live", *PEERS)
PHOTO_NAMES = ("zxing-cpp", "live", "still")
P95_MS = 33.0
LIVE_TARGET, STILL_TARGET = 1.05, 1.10


@dataclass
class Tally:
    read: int = 0
    expected: int = 0
    wrong: int = 0
    ms: list[float] = field(default_factory=list)

    def rate(self) -> float:
        return self.read / self.expected if self.expected else 0.0

    def add(self, other: Tally) -> None:
        self.read += other.read
        self.expected += other.expected
        self.wrong += other.wrong
        self.ms += other.ms


@dataclass
class Timing:
    """The live path's costs over a whole set, and when held codes were read."""

    frame_ms: list[float] = field(default_factory=list)
    fallback_ms: list[float] = field(default_factory=list)
    read_at_ms: list[float] = field(default_factory=list)
    later_at_ms: list[float] = field(default_factory=list)  # read after the first frame
    qr_only_empty_ms: list[float] = field(default_factory=list)  # the live path, QR only

    def add_reads(self, held: Held, keep: Callable[[DecodedCode], bool]) -> None:
        for code, at in held.codes:
            if keep(code):
                self.read_at_ms.append(at)
                if at > held.first_frame_ms:
                    self.later_at_ms.append(at)

    def report(self) -> None:
        if self.fallback_ms:
            fb = self.fallback_ms
            print(f"live, frames that ran the fallback: {len(fb)} of {len(self.frame_ms)}, "
                  f"median {med(fb):.1f} ms, p95 {p95(fb):.1f} ms, max {max(fb):.1f} ms")
        for label, reads in (("every code read", self.read_at_ms),
                             ("codes read after the first frame", self.later_at_ms)):
            if reads:
                ordered = sorted(reads)
                print(f"live, {label} ({len(ordered)}): read {med(ordered):.0f} ms after it "
                      f"was held still (median), p90 {ordered[int(0.9 * len(ordered))]:.0f} ms, "
                      f"max {ordered[-1]:.0f} ms")


def p95(samples: Sequence[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))] if ordered else 0.0


def med(samples: Sequence[float]) -> float:
    return statistics.median(samples) if samples else 0.0


def category_average(tallies: dict[str, Tally], skip: Iterable[str] = ()) -> float:
    rates = [t.rate() for c, t in tallies.items() if c not in skip and t.expected]
    return statistics.fmean(rates) if rates else 0.0


def zxing_cpp(image: cv2.typing.MatLike) -> list[zxingcpp.Barcode]:
    return zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)


# --- synthetic frames -----------------------------------------------------------------


def _cv(detector: cv2.QRCodeDetector | cv2.QRCodeDetectorAruco) -> Callable[[Frame], list[str]]:
    def run(frame: Frame) -> list[str]:
        try:
            ok, texts, _, _ = detector.detectAndDecodeMulti(frame.image)
        except cv2.error:
            return []
        return [t for t in texts if t] if ok else []

    return run


def synthetic_peers() -> dict[str, Callable[[Frame], list[str]]]:
    return {
        "zxing-cpp": lambda f: [b.text for b in zxing_cpp(f.image)],
        "zxing-gray": lambda f: [c.text for c in read_zxing(to_gray(f.image)).codes],
        "cv2.QRCode": _cv(cv2.QRCodeDetector()),
        "cv2.Aruco": _cv(cv2.QRCodeDetectorAruco()),
    }


def _score(tally: Tally, frame: Frame, texts: set[str]) -> None:
    expected = set(frame.payloads)
    tally.expected += len(expected)
    tally.read += len(expected & texts)
    tally.wrong += len(texts - expected)


def run_synthetic(per_category: int, seed: int
                  ) -> tuple[dict[str, dict[tuple[str, int], Tally]], Timing]:
    """tallies[decoder][(category, frame height)], and the live path's timing."""
    decoder, qr_only = Decoder(), Decoder(all_symbologies=False)
    others = synthetic_peers()
    tallies: dict[str, dict[tuple[str, int], Tally]] = {n: defaultdict(Tally) for n in NAMES}
    order = list(others)
    shuffle = random.Random(seed)
    timing = Timing()
    for frame in frame_set(per_category, seed=seed):
        key = (frame.category, frame.image.shape[0])
        if frame.category == "empty":  # what looking for every symbology costs
            timing.qr_only_empty_ms += hold(qr_only, frame.image).frame_ms
        shuffle.shuffle(order)
        for name in order:
            start = time.perf_counter()
            texts = set(others[name](frame))
            tallies[name][key].ms.append((time.perf_counter() - start) * 1000)
            _score(tallies[name][key], frame, texts)
        held = hold(decoder, frame.image)
        tallies["live"][key].ms += held.frame_ms
        timing.frame_ms += held.frame_ms
        timing.fallback_ms += held.fallback_ms
        timing.add_reads(held, lambda code, f=frame: code.text in f.payloads)
        _score(tallies["live"][key], frame, {code.text for code, _ in held.codes})
    return tallies, timing


def merged(by_key: dict[tuple[str, int], Tally], category: str | None = None,
           height: int | None = None) -> Tally:
    out = Tally()
    for (cat, h), t in by_key.items():
        if (category and cat != category) or (height and h != height):
            continue
        out.add(t)
    return out


def by_category(by_key: dict[tuple[str, int], Tally]) -> dict[str, Tally]:
    return {c: merged(by_key, c) for c in CATEGORIES}


def _cell(t: Tally, empty: bool) -> str:
    rate = f"{t.wrong:>4d}!" if empty else f"{100 * t.rate():5.1f}"
    return f"{rate} {med(t.ms):6.1f} {p95(t.ms):6.1f}"


def report_synthetic(tallies: dict[str, dict[tuple[str, int], Tally]], timing: Timing,
                     per_category: int) -> list[tuple[str, bool]]:
    width = 20
    print(f"\nSynthetic frames: {per_category} per category (half 640x480, half 1280x720); "
          "rate % | median ms | p95 ms per frame (live: per decoded frame of the half "
          "second); empty rows show decodes (!)")
    print(f"{'category':<14}" + "".join(f"{n:^{width}}" for n in NAMES))
    print(f"{'':<14}" + "".join(f"{'rate':>5} {'med':>6} {'p95':>6} " for _ in NAMES))
    rows = [(c, c, None) for c in CATEGORIES] + [
        ("all", None, None), ("all 640x480", None, 480), ("all 1280x720", None, 720)]
    for label, cat, height in rows:
        line = f"{label:<14}"
        for name in NAMES:
            line += _cell(merged(tallies[name], cat, height), cat == "empty") + " "
        print(line)
    print(f"{'category avg':<14}" + "".join(
        f"{100 * category_average(by_category(tallies[n]), ['empty']):>{width - 1}.1f} "
        for n in NAMES))
    print(f"{'wrong decodes':<14}" + "".join(
        f"{merged(tallies[n]).wrong:>{width - 1}d} " for n in NAMES))
    timing.report()

    live, zx = tallies["live"], tallies["zxing-cpp"]
    ratio = _ratio(category_average(by_category(live), ["empty"]),
                   category_average(by_category(zx), ["empty"]))
    worse = [c for c in CATEGORIES if c != "empty"
             and merged(live, c).rate() < merged(zx, c).rate()]
    empty_live, empty_zx = merged(live, "empty"), merged(zx, "empty")
    wrong = merged(live).wrong - empty_live.wrong
    qr_only = timing.qr_only_empty_ms
    if qr_only:
        every, qr = empty_live.ms, qr_only
        print(f"live, empty frames, every badge symbology: median {med(every):.2f} ms, mean "
              f"{statistics.fmean(every):.2f} ms, p95 {p95(every):.1f} ms; QR only: median "
              f"{med(qr):.2f} ms, mean {statistics.fmean(qr):.2f} ms, p95 {p95(qr):.1f} ms "
              f"({statistics.fmean(every) / max(statistics.fmean(qr), 1e-9):.2f}x the mean)")
    return [
        (f"synthetic: live reads {ratio:.3f}x zxing-cpp (category average) "
         f">= {LIVE_TARGET:.2f}x", ratio >= LIVE_TARGET),
        ("synthetic: live not below zxing-cpp in any category"
         + (f" (below: {', '.join(worse)})" if worse else ""), not worse),
        (f"synthetic: live wrong decodes {wrong} == 0", wrong == 0),
        (f"synthetic: live decodes on empty frames {empty_live.wrong} == 0",
         empty_live.wrong == 0),
        (f"synthetic: live per-frame p95 {p95(timing.frame_ms):.1f} ms <= {P95_MS:.0f} ms",
         p95(timing.frame_ms) <= P95_MS),
        (f"synthetic: live empty-frame median {med(empty_live.ms):.2f} ms <= 2 x zxing-cpp "
         f"{med(empty_zx.ms):.2f} ms (live mean {statistics.fmean(empty_live.ms):.2f} ms)",
         med(empty_live.ms) <= 2 * med(empty_zx.ms)),
    ]


def _ratio(ours: float, peer: float) -> float:
    return ours / peer if peer else 0.0


# --- real photos ------------------------------------------------------------------------


@dataclass
class PhotoRun:
    tallies: dict[str, dict[str, Tally]]  # decoder -> category -> tally
    timing: Timing
    still_ms: list[float]
    over_budget: list[tuple[str, float]]  # (photo, ms) of still images past their budget
    budget_ms: float


def run_photos(photos: list[photo_set.Photo]) -> PhotoRun:
    live, still = Decoder(), Decoder()
    tallies: dict[str, dict[str, Tally]] = {n: defaultdict(Tally) for n in PHOTO_NAMES}
    timing = Timing()
    still_ms: list[float] = []
    over: list[tuple[str, float]] = []
    for photo in photos:
        reads: dict[str, dict[int, set[str]]] = {}
        elsewhere: dict[str, int] = {}
        start = time.perf_counter()
        barcodes = zxing_cpp(photo.image)
        tallies["zxing-cpp"][photo.category].ms.append((time.perf_counter() - start) * 1000)
        reads["zxing-cpp"], elsewhere["zxing-cpp"] = photo_set.score(
            photo, [(b.text, _center(b)) for b in barcodes])

        held = hold(live, photo.image)
        tallies["live"][photo.category].ms += held.frame_ms
        timing.frame_ms += held.frame_ms
        timing.fallback_ms += held.fallback_ms
        reads["live"], elsewhere["live"] = photo_set.score(
            photo, [(code.text, code.center) for code, _ in held.codes])
        timing.add_reads(held, lambda code, p=photo: _labelled(p, code))

        start = time.perf_counter()
        codes = still.decode(photo.image, full_effort=True)
        spent = (time.perf_counter() - start) * 1000
        still_ms.append(spent)
        tallies["still"][photo.category].ms.append(spent)
        if spent > still.full_budget_ms:
            over.append((f"{photo.category}/{photo.name}", spent))
        reads["still"], elsewhere["still"] = photo_set.score(
            photo, [(c.text, c.center) for c in codes])

        _tally_photo(photo, reads, elsewhere, tallies)
    return PhotoRun(tallies, timing, still_ms, over, Decoder().full_budget_ms)


def _labelled(photo: photo_set.Photo, code: DecodedCode) -> bool:
    return bool(photo_set.score(photo, [(code.text, code.center)])[0])


def _center(barcode: zxingcpp.Barcode) -> tuple[float, float]:
    pos = barcode.position
    corners = (pos.top_left, pos.top_right, pos.bottom_right, pos.bottom_left)
    return (sum(p.x for p in corners) / 4, sum(p.y for p in corners) / 4)


def _tally_photo(photo: photo_set.Photo, reads: dict[str, dict[int, set[str]]],
                 elsewhere: dict[str, int], tallies: dict[str, dict[str, Tally]]) -> None:
    """Reads per labelled code; a text another reader (zxing-cpp first) read differently
    at the same code, or two texts at one code, is a wrong decode."""
    for name in PHOTO_NAMES:
        tally = tallies[name][photo.category]
        tally.expected += len(photo.quads)
        tally.wrong += elsewhere[name]
        for index, texts in reads[name].items():
            reference = next((reads[other][index] for other in PHOTO_NAMES
                              if index in reads[other]), texts)
            agreed = texts & reference if len(reference) == 1 else set()
            tally.read += bool(agreed)
            tally.wrong += len(texts - agreed)


def report_photos(run: PhotoRun, folder: Path, long_side: int) -> list[tuple[str, bool]]:
    cats = sorted(run.tallies["zxing-cpp"])
    count = sum(len(run.tallies["zxing-cpp"][c].ms) for c in cats)
    codes = sum(run.tallies["zxing-cpp"][c].expected for c in cats)
    print(f"\nReal photos: {count} photos, {codes} codes, from {folder}, long side "
          f"{long_side or 'as taken'} px; codes read % | median ms | p95 ms "
          "(live: per decoded frame of the half second; still: per image)")
    width = 20
    print(f"{'category':<14}{'codes':>6} " + "".join(f"{n:^{width}}" for n in PHOTO_NAMES))
    for cat in cats:
        line = f"{cat:<14}{run.tallies['zxing-cpp'][cat].expected:>6} "
        for name in PHOTO_NAMES:
            t = run.tallies[name][cat]
            line += f"{100 * t.rate():5.1f} {med(t.ms):6.1f} {p95(t.ms):6.1f} "
        print(line)
    averages = {n: category_average(run.tallies[n]) for n in PHOTO_NAMES}
    print(f"{'category avg':<14}{'':>6} " + "".join(
        f"{100 * averages[n]:>{width - 1}.1f} " for n in PHOTO_NAMES))
    totals = {n: Tally() for n in PHOTO_NAMES}
    for name in PHOTO_NAMES:
        for t in run.tallies[name].values():
            totals[name].add(t)
    print(f"{'all codes':<14}{codes:>6} " + "".join(
        f"{100 * totals[n].rate():>{width - 1}.1f} " for n in PHOTO_NAMES))
    print(f"{'wrong decodes':<14}{'':>6} " + "".join(
        f"{totals[n].wrong:>{width - 1}d} " for n in PHOTO_NAMES))
    t = run.timing
    t.report()
    print(f"still, per image: median {med(run.still_ms):.0f} ms, p95 {p95(run.still_ms):.0f} ms,"
          f" max {max(run.still_ms):.0f} ms (budget {run.budget_ms:.0f} ms)")
    for name, ms in run.over_budget[:5]:
        print(f"  over budget: {name} {ms:.0f} ms")

    live = _ratio(averages["live"], averages["zxing-cpp"])
    still = _ratio(averages["still"], averages["zxing-cpp"])
    return [
        (f"photos: live reads {live:.3f}x zxing-cpp (category average) >= {LIVE_TARGET:.2f}x",
         live >= LIVE_TARGET),
        (f"photos: still reads {still:.3f}x zxing-cpp (category average) "
         f">= {STILL_TARGET:.2f}x", still >= STILL_TARGET),
        (f"photos: wrong decodes live {totals['live'].wrong}, still "
         f"{totals['still'].wrong} == 0", totals["live"].wrong + totals["still"].wrong == 0),
        (f"photos: live per-frame p95 {p95(t.frame_ms):.1f} ms <= {P95_MS:.0f} ms",
         p95(t.frame_ms) <= P95_MS),
        (f"photos: still images over their {run.budget_ms:.0f} ms budget: "
         f"{len(run.over_budget)} == 0", not run.over_budget),
    ]


# --- main -------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--quick", action="store_true",
                        help="10 synthetic frames per category, 4 photos per category")
    parser.add_argument("--per-category", type=int, default=100)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--photos", type=Path, default=os.environ.get("SHOWFLOOR_QR_PHOTOS"),
                        help="a folder of labelled photos (BoofCV QR layout); "
                             "default: $SHOWFLOOR_QR_PHOTOS")
    parser.add_argument("--photos-per-category", type=int, default=None)
    parser.add_argument("--long-side", type=int, default=1280,
                        help="scale photos down to this long side (0: as taken)")
    parser.add_argument("--no-synthetic", action="store_true", help="photos only")
    args = parser.parse_args(argv)
    cv2.setNumThreads(1)
    start = time.perf_counter()
    targets: list[tuple[str, bool]] = []
    frame_ms: list[float] = []
    if not args.no_synthetic:
        n = 10 if args.quick else args.per_category
        tallies, timing = run_synthetic(n, args.seed)
        targets += report_synthetic(tallies, timing, n)
        frame_ms += timing.frame_ms
    if args.photos is not None:
        folder = Path(args.photos).expanduser()
        if not folder.is_dir():
            sys.stderr.write(f"run.py: {folder}: no such folder of photos\n")
            return 2
        per = args.photos_per_category or (4 if args.quick else None)
        photos = photo_set.load(folder, args.long_side, per)
        if not photos:
            sys.stderr.write(f"run.py: {folder}: no labelled photos (image + .txt) found\n")
            return 2
        run = run_photos(photos)
        targets += report_photos(run, folder, args.long_side)
        frame_ms += run.timing.frame_ms
    elif not args.no_synthetic:
        print("\n(no real photos: pass --photos DIR or set SHOWFLOOR_QR_PHOTOS)")
    if frame_ms:
        targets.append((f"live per-frame p95 over everything {p95(frame_ms):.1f} ms "
                        f"<= {P95_MS:.0f} ms", p95(frame_ms) <= P95_MS))
    print()
    for text, ok in targets:
        print(f"{'PASS' if ok else 'FAIL'}  {text}")
    print(f"\n{time.perf_counter() - start:.0f} s")
    return 0 if all(ok for _, ok in targets) else 1


if __name__ == "__main__":
    sys.exit(main())
