"""How long a save waits while a laptop's first big pull runs, against one transaction.

A laptop joins the team sync late: its first pull brings every lead of the others
(N leads, one visit each, from a real PostgreSQL). Meanwhile staff save a visitor
every 250 ms on the same data dir, as the window would. Measured in the same run:

- the pull as shipped (services/sync/batches.py: parts of about 20 ms, saves first);
- the peer: the same snapshot merged in one transaction, as before the parts (the
  whole merge holds SQLite's write lock while saves wait in the busy timeout).

Each line prints the pull's time and the saves' median, 95th percentile and longest
wait; the ratio is the peer's longest wait over ours. Needs SHOWFLOOR_TEST_PG_URL
(.ci/start-postgres.sh).

Run: python benchmarks/live_pull.py [--leads N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.seed import seed_leads  # noqa: E402
from showfloor.domain.person import PersonFields  # noqa: E402
from showfloor.services.capture import CaptureRequest, CaptureService  # noqa: E402
from showfloor.services.sync import remote  # noqa: E402
from showfloor.services.sync.merge import merge_snapshot  # noqa: E402
from showfloor.store.database import Database, open_database  # noqa: E402

SAVE_EVERY_S = 0.25  # a queue at the booth: four visitors a second, on one laptop


@contextmanager
def team_database(base: str) -> Iterator[str]:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"sf_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(base).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        admin.dispose()


def one_transaction(db: Database, snap: Any, after_part: Callable[..., None], *_a: Any) -> Any:
    """The peer: the whole pulled snapshot merged in one transaction."""
    from showfloor.services.sync.snapshot import log_top, row_log_top

    with db.engine.begin() as conn:
        before = (log_top(conn), row_log_top(conn))
        summary = merge_snapshot(conn, snap)
        after_part(conn, before, summary)
    return summary


def pull_while_saving(db: Database, url: str) -> tuple[float, list[float]]:
    waits: list[float] = []
    done = threading.Event()
    took: list[float] = []

    def pull() -> None:
        start = time.perf_counter()
        remote.pull(db, url)
        took.append(time.perf_counter() - start)
        done.set()

    service = CaptureService(db)
    thread = threading.Thread(target=pull)
    thread.start()
    i = 0
    while not done.is_set():
        request = CaptureRequest(
            visitor_class="customer",
            person=PersonFields(first_name=f"Walk-in {i}", email=f"walkin{i}@example.org"),
            staff_name="Anna",
        )
        start = time.perf_counter()
        service.capture(request)
        waits.append(time.perf_counter() - start)
        i += 1
        done.wait(SAVE_EVERY_S)
    thread.join()
    return took[0], waits


def line(label: str, took: float, waits: list[float]) -> str:
    ms = sorted(w * 1000 for w in waits)
    p95 = ms[min(len(ms) - 1, int(len(ms) * 0.95))]
    return (
        f"{label}: pull {took:.2f} s; {len(ms)} saves: median {statistics.median(ms):.0f} ms, "
        f"p95 {p95:.0f} ms, longest {ms[-1]:.0f} ms"
    )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--leads", type=int, default=5000)
    args = parser.parse_args()
    base = os.environ.get("SHOWFLOOR_TEST_PG_URL")
    if not base:
        print("skipped: SHOWFLOOR_TEST_PG_URL not set (.ci/start-postgres.sh)")
        return 0
    with tempfile.TemporaryDirectory() as tmp, team_database(base) as url:
        root = Path(tmp)
        seed_leads(root / "a", args.leads, seed=1)
        a = open_database(root / "a" / "showfloor.db")
        remote.push(a, url)
        a.close()
        results = {}
        for label in ("parts", "one transaction"):
            folder = root / label.replace(" ", "-")
            seed_leads(folder, 10, seed=2)  # an event and its staff of its own
            db = open_database(folder / "showfloor.db")
            alone: list[float] = []
            for i in range(10):
                start = time.perf_counter()
                CaptureService(db).capture(
                    CaptureRequest(
                        visitor_class="customer",
                        person=PersonFields(first_name=f"Early {i}"),
                        staff_name="Anna",
                    )
                )
                alone.append(time.perf_counter() - start)
            original = remote.merge_in_parts
            if label == "one transaction":
                remote.merge_in_parts = one_transaction  # type: ignore[assignment]
            try:
                took, waits = pull_while_saving(db, url)
            finally:
                remote.merge_in_parts = original
            db.close()
            results[label] = max(waits)
            print(f"a save with no pull: median {statistics.median(alone) * 1000:.0f} ms")
            print(line(f"{label} ({args.leads:,} leads)", took, waits))
        ratio = results["one transaction"] / results["parts"]
        print(f"longest save wait, one transaction / parts: {ratio:.1f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
