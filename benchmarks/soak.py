"""Soak: thousands of captures in a row with rolling backups running alongside.

Why: a booth laptop runs 8-10 hours; a leak or a slowdown that a 50-capture test
never shows would make staff wait by mid-afternoon. This drives the real capture
service (WAL, synchronous=FULL) while a background thread takes an online backup
every N captures, as the window's BackupController does, and checks:

- memory: Python heap (tracemalloc) and RSS, sampled every 500 captures, must not
  grow beyond a bound after warm-up;
- latency: the last 500 captures must not be slower than the first 500 (median and
  p95, with a small absolute allowance for a noisy shared machine);
- backups: every one verified, and the last holds every lead.

Run: python benchmarks/soak.py [--captures 5000] [--backup-every 250]
Prints PASS or FAIL and exits 0 or 1.
"""

from __future__ import annotations

import argparse
import gc
import random
import sys
import tempfile
import threading
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.stats import summary  # noqa: E402
from showfloor.domain.person import PersonFields  # noqa: E402
from showfloor.services.backup import BackupReport, make_backup  # noqa: E402
from showfloor.services.capture import CaptureRequest, CaptureService  # noqa: E402
from showfloor.services.events import add_staff, create_event, set_current_staff  # noqa: E402
from showfloor.store.database import open_database  # noqa: E402

WINDOW = 500
HEAP_GROWTH_MB = 8.0  # after warm-up; the FTS/statement caches settle within 500
RSS_GROWTH_MB = 48.0
SLOWDOWN = 1.5  # last-500 vs first-500 ratio allowed...
SLACK_MS = 2.0  # ...plus this much, for fsync jitter on a shared disk
KEEP = 5


def rss_mb() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource  # not on Windows; peak RSS is the best we get there

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def request(rng: random.Random, i: int) -> CaptureRequest:
    repeat = i > 50 and rng.random() < 0.1  # a tenth are returning visitors
    n = rng.randrange(i) if repeat else i
    cls = ("customer", "mentor", "kol")[n % 3]
    answers = {"customer": {"pain_1": "too many spreadsheets"}, "mentor": {"barriers": "budget"}}
    return CaptureRequest(
        visitor_class=cls,
        person=PersonFields(
            first_name=f"Visitor{n}", last_name="Soak", email=f"visitor{n}@example.org"
        ),
        rating=rng.choice(("hot", "warm", "cold", None)),
        note=f"talked about pilot {rng.randrange(1000)}",
        answers=answers.get(cls, {}),
    )


def run(captures: int, backup_every: int) -> bool:
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        db = open_database(tmp / "showfloor.db")
        with db.session() as session:
            create_event(session, "Soak")
            set_current_staff(session, add_staff(session, "Anna"))
        service = CaptureService(db)
        rng = random.Random(7)
        backups: list[BackupReport] = []
        backup_thread: threading.Thread | None = None
        latencies: list[float] = []
        samples: list[tuple[int, float, float]] = []
        tracemalloc.start()
        started = time.perf_counter()
        for i in range(captures):
            if (
                i
                and i % backup_every == 0
                and (backup_thread is None or not backup_thread.is_alive())
            ):
                backup_thread = threading.Thread(
                    target=lambda: backups.append(
                        make_backup(db.path, [tmp / "backups", tmp / "usb"], keep=KEEP)  # type: ignore[arg-type]
                    )
                )
                backup_thread.start()
            req = request(rng, i)
            t = time.perf_counter()
            service.capture(req)
            latencies.append((time.perf_counter() - t) * 1000)
            if (i + 1) % WINDOW == 0:
                gc.collect()
                heap = tracemalloc.get_traced_memory()[0] / 2**20
                samples.append((i + 1, heap, rss_mb()))
                print(f"  {i + 1:>6} captures  heap {heap:7.2f} MB  RSS {samples[-1][2]:7.1f} MB")
        if backup_thread is not None:
            backup_thread.join()
        tracemalloc.stop()
        elapsed = time.perf_counter() - started
        final = make_backup(db.path, [tmp / "backups"], keep=KEEP)  # type: ignore[arg-type]
        db.close()

    first_med, first_p95 = summary(latencies[:WINDOW])
    last_med, last_p95 = summary(latencies[-WINDOW:])
    heap_growth = samples[-1][1] - samples[0][1]
    rss_growth = samples[-1][2] - samples[0][2]
    made = [info for report in backups for info in report.made]
    failed = [e for report in backups for e in report.errors]
    distinct = len({f"visitor{n}" for n in range(captures)})  # upper bound, repeats excluded below
    print(
        f"{captures} captures in {elapsed:.1f} s; {len(backups)} backups during the run "
        f"({len(made)} files, {len(failed)} failures)"
    )
    print(f"latency first {WINDOW}: median {first_med:.2f} ms, p95 {first_p95:.2f} ms")
    print(f"latency last  {WINDOW}: median {last_med:.2f} ms, p95 {last_p95:.2f} ms")
    print(f"heap growth after warm-up: {heap_growth:+.2f} MB (bound {HEAP_GROWTH_MB})")
    print(f"RSS growth after warm-up:  {rss_growth:+.1f} MB (bound {RSS_GROWTH_MB})")
    final_leads = final.made[0].leads if final.made else None
    print(f"final backup: {final_leads} leads, verified={final.ok}")

    checks = {
        "heap": heap_growth <= HEAP_GROWTH_MB,
        "rss": rss_growth <= RSS_GROWTH_MB,
        "median": last_med <= first_med * SLOWDOWN + SLACK_MS,
        "p95": last_p95 <= first_p95 * SLOWDOWN + SLACK_MS,
        "backups": bool(made) and not failed and all(i.leads is not None for i in made),
        "final": final.ok and final_leads is not None and 0 < final_leads <= distinct,
    }
    bad = [name for name, ok in checks.items() if not ok]
    print("PASS" if not bad else f"FAIL: {', '.join(bad)}")
    return not bad


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--captures", type=int, default=5000)
    parser.add_argument("--backup-every", type=int, default=250, metavar="N")
    args = parser.parse_args()
    return 0 if run(args.captures, args.backup_every) else 1


if __name__ == "__main__":
    sys.exit(main())
