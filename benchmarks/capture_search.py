"""Capture 10k leads through the service; search 100k leads. Median and p95.

Peers measured in the same run (these machines are shared and noisy, so only the
ratios are comparable between runs):
- capture: one INSERT + COMMIT through plain sqlite3 with the same durability
  (WAL, synchronous=FULL) — the floor any crash-safe capture pays;
- search: a LIKE '%word%' scan over the same 100k leads through plain sqlite3 —
  what search would cost without the FTS index.

Run: python benchmarks/capture_search.py [--captures N] [--leads N]
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.seed import seed_leads  # noqa: E402
from benchmarks.stats import summary, time_ms  # noqa: E402
from showfloor.domain.person import PersonFields  # noqa: E402
from showfloor.services.capture import CaptureRequest, CaptureService  # noqa: E402
from showfloor.services.events import create_event  # noqa: E402
from showfloor.services.leads import LeadFilter, count_leads, page_leads  # noqa: E402
from showfloor.store.database import open_database  # noqa: E402


def bench_capture(tmp: Path, n: int) -> None:
    db = open_database(tmp / "cap.db")
    with db.session() as session:
        create_event(session, "Capture bench")
    service = CaptureService(db)
    rng = random.Random(1)
    counter = iter(range(10**9))

    def one() -> None:
        i = next(counter)
        # every 10th capture is a repeat visit of an earlier person
        who = rng.randrange(max(1, i)) if i % 10 == 9 else i
        service.capture(
            CaptureRequest(
                visitor_class="mentor",
                person=PersonFields(first_name=f"Ada{who}", email=f"ada{who}@example.org"),
                note="budget frozen until spring",
                answers={"barriers": "IT security review"},
                staff_name="Anna",
            )
        )

    ours = time_ms(one, n)
    db.close()

    raw = sqlite3.connect(tmp / "raw.db", isolation_level=None)
    raw.execute("PRAGMA journal_mode=WAL")
    raw.execute("PRAGMA synchronous=FULL")
    raw.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, email TEXT, note TEXT)")

    def peer() -> None:
        raw.execute("BEGIN")
        raw.execute("INSERT INTO t (name, email, note) VALUES ('Ada', 'a@x.org', 'budget')")
        raw.execute("COMMIT")

    theirs = time_ms(peer, n)
    raw.close()
    (om, op), (tm, tp) = summary(ours), summary(theirs)
    print(f"capture x{n}: showfloor median {om:.2f} ms p95 {op:.2f} ms | "
          f"sqlite3 insert+commit median {tm:.2f} ms p95 {tp:.2f} ms | "
          f"ratio median {om / tm:.1f}x")


def bench_search(tmp: Path, n: int) -> None:
    event_id = seed_leads(tmp, n)
    db = open_database(tmp / "showfloor.db")
    queries = ["lov", "hopper", "northwind", "budget frozen", "ada.lovelace1", "zo", "pilot",
               "tanaka kaizen", "Ångström", "xyzzy"]
    ours: list[float] = []
    with db.session() as session:
        for q in queries:
            def run(q: str = q) -> None:
                flt = LeadFilter(event_id, search=q)
                count_leads(session, flt)
                page_leads(session, flt, limit=100)
            ours += time_ms(run, 10)
    db.close()
    raw = sqlite3.connect(tmp / "showfloor.db")
    theirs: list[float] = []
    for q in queries:
        def scan(q: str = q) -> None:
            like = f"%{q}%"
            raw.execute(
                "SELECT count(*) FROM leads WHERE event_id = ? AND (full_name LIKE ? OR "
                "company LIKE ? OR email LIKE ?)", (event_id, like, like, like)).fetchone()
            raw.execute(
                "SELECT * FROM leads WHERE event_id = ? AND (full_name LIKE ? OR company LIKE ? "
                "OR email LIKE ?) ORDER BY last_seen_at DESC LIMIT 100",
                (event_id, like, like, like)).fetchall()
        theirs += time_ms(scan, 10)
    raw.close()
    (om, op), (tm, tp) = summary(ours), summary(theirs)
    print(f"search {n} leads (count + first page): showfloor FTS median {om:.1f} ms "
          f"p95 {op:.1f} ms | sqlite3 LIKE scan median {tm:.1f} ms p95 {tp:.1f} ms | "
          f"ratio median {om / tm:.2f}x")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--captures", type=int, default=10_000)
    parser.add_argument("--leads", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        bench_capture(Path(tmp), args.captures)
        bench_search(Path(tmp), args.leads)


if __name__ == "__main__":
    main()
