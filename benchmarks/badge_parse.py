"""Badge parsing speed: the whole corpus many times, median and p95 per parse, per format.

The budget is well under 5 ms per scan (the camera delivers ~30 frames a second and
the parse must never be what staff wait for); typical payloads should take < 0.2 ms.
Refused payloads are grouped under "refused". Timings include the payload checks and
phone formatting, i.e. exactly what one call of parse_payload costs.

Run: python benchmarks/badge_parse.py [--rounds N]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.stats import summary  # noqa: E402
from showfloor.badges import parse_payload  # noqa: E402

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "badges" / "corpus.json"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=300, help="passes over the corpus")
    args = parser.parse_args()
    cases = json.loads(CORPUS.read_text(encoding="utf-8"))["cases"]
    jobs = [(c["payload"], c.get("default_country")) for c in cases]
    groups: dict[str, str] = {}
    for payload, country in jobs:  # warm-up: imports, regex compilation, phone metadata
        result = parse_payload(payload, default_country=country)
        groups[payload] = "refused" if result.refused else str(result.format)

    samples: dict[str, list[float]] = defaultdict(list)
    for _ in range(args.rounds):
        for payload, country in jobs:
            start = time.perf_counter()
            parse_payload(payload, default_country=country)
            samples[groups[payload]].append((time.perf_counter() - start) * 1e6)

    everything = [s for group in samples.values() for s in group]
    print(f"{len(jobs)} payloads x {args.rounds} rounds = {len(everything)} parses")
    print(f"{'format':<10}{'payloads':>9}{'median us':>11}{'p95 us':>9}{'max us':>9}")
    for name in sorted(samples, key=lambda n: (n == "refused", n)):
        group = samples[name]
        median, p95 = summary(group)
        count = sum(1 for g in groups.values() if g == name)
        print(f"{name:<10}{count:>9}{median:>11.1f}{p95:>9.1f}{max(group):>9.1f}")
    median, p95 = summary(everything)
    print(f"{'all':<10}{len(jobs):>9}{median:>11.1f}{p95:>9.1f}{max(everything):>9.1f}")


if __name__ == "__main__":
    main()
