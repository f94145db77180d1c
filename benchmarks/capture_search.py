"""Capture per lead at 0 / 10k / 100k leads in the event; search 100k leads.

Peers measured in the same run, in interleaved rounds (ours, peer, ours, peer...),
so that the noise of a shared machine falls on both sides; only the ratios are
comparable between runs:
- capture: one INSERT + COMMIT through plain sqlite3 with the same durability
  (WAL, synchronous=FULL), the floor any crash-safe capture pays. Goal: the
  capture cost is flat in event size and <= 10x this peer.
- search: a LIKE '%word%' scan over the same 100k leads through plain sqlite3,
  what search would cost without the FTS index.

Every tenth capture is a repeat visit: half of those of a lead seeded before the
run, half of one captured in it, so the lookup meets people who exist.

Run: python benchmarks/capture_search.py [--sizes 0,10000,100000] [--captures N]
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.seed import seed_leads  # noqa: E402
from benchmarks.stats import summary, time_ms  # noqa: E402
from showfloor.domain.person import PersonFields  # noqa: E402
from showfloor.services.capture import CaptureRequest, CaptureService  # noqa: E402
from showfloor.services.events import use_event  # noqa: E402
from showfloor.services.leads import LeadFilter, count_leads, page_leads  # noqa: E402
from showfloor.store.database import open_database  # noqa: E402

CAPTURE_GOAL = 10.0  # times the raw insert + commit
FLAT_GOAL = 1.5  # the largest event's median over the empty event's, noise allowed


def capturer(data_dir: Path, size: int) -> Callable[[], None]:
    """One capture into an event seeded with ``size`` leads, as the window saves it."""
    event_id = seed_leads(data_dir, size)
    db = open_database(data_dir / "showfloor.db")
    with db.session() as session:
        use_event(session, event_id)
    raw = sqlite3.connect(data_dir / "showfloor.db")
    seeded = [e for (e,) in raw.execute("SELECT email FROM leads ORDER BY random() LIMIT 1000")]
    raw.close()
    service = CaptureService(db)
    rng = random.Random(size)
    counter = iter(range(10**9))

    def one() -> None:
        i = next(counter)
        email = f"visitor{i}@example.org"
        if i % 20 == 9 and seeded:
            email = rng.choice(seeded)
        elif i % 20 == 19:
            email = f"visitor{rng.randrange(i)}@example.org"
        service.capture(
            CaptureRequest(
                visitor_class="mentor",
                person=PersonFields(first_name=f"Ada{i}", email=email),
                note="budget frozen until spring",
                answers={"barriers": "IT security review"},
                staff_name="Anna",
            )
        )

    return one


def raw_inserter(path: Path) -> Callable[[], None]:
    raw = sqlite3.connect(path, isolation_level=None)
    raw.execute("PRAGMA journal_mode=WAL")
    raw.execute("PRAGMA synchronous=FULL")
    raw.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, email TEXT, note TEXT)")

    def peer() -> None:
        raw.execute("BEGIN")
        raw.execute("INSERT INTO t (name, email, note) VALUES ('Ada', 'a@x.org', 'budget')")
        raw.execute("COMMIT")

    return peer


def bench_capture(tmp: Path, sizes: list[int], per_round: int, rounds: int) -> None:
    ours: dict[int, list[float]] = {}
    theirs: dict[int, list[float]] = {}
    capture: dict[int, Callable[[], None]] = {}
    for size in sizes:
        (tmp / f"cap{size}").mkdir()
        capture[size] = capturer(tmp / f"cap{size}", size)
        capture[size]()  # first capture: staff row, caches
        ours[size], theirs[size] = [], []
    peer = raw_inserter(tmp / "raw.db")
    for _ in range(rounds):
        for size in sizes:
            ours[size] += time_ms(capture[size], per_round)
            theirs[size] += time_ms(peer, per_round)
    base = summary(ours[sizes[0]])[0]
    for size in sizes:
        (om, op), (tm, tp) = summary(ours[size]), summary(theirs[size])
        ratio = om / tm
        flat = om / base
        ok = ratio <= CAPTURE_GOAL and flat <= FLAT_GOAL
        print(
            f"capture at {size:>7,} leads (x{len(ours[size])}, {rounds} rounds): showfloor "
            f"median {om:.2f} ms p95 {op:.2f} ms | sqlite3 insert+commit median {tm:.2f} ms "
            f"p95 {tp:.2f} ms | ratio {ratio:.1f}x (goal <= {CAPTURE_GOAL:.0f}x) | "
            f"vs {sizes[0]:,} leads {flat:.2f}x -> {'PASS' if ok else 'FAIL'}"
        )


QUERIES = ["lov", "hopper", "northwind", "budget frozen", "ada.lovelace1", "zo", "pilot",
           "tanaka kaizen", "Ångström", "xyzzy"]


def bench_search(tmp: Path, n: int, rounds: int) -> None:
    (tmp / "search").mkdir()
    event_id = seed_leads(tmp / "search", n)
    db = open_database(tmp / "search" / "showfloor.db")
    raw = sqlite3.connect(tmp / "search" / "showfloor.db")
    ours: list[float] = []
    theirs: list[float] = []
    with db.session() as session:
        for _ in range(rounds):
            for q in QUERIES:
                def run(q: str = q) -> None:
                    flt = LeadFilter(event_id, search=q)
                    count_leads(session, flt)
                    page_leads(session, flt, limit=100)

                def scan(q: str = q) -> None:
                    like = f"%{q}%"
                    raw.execute(
                        "SELECT count(*) FROM leads WHERE event_id = ? AND (full_name LIKE ? OR "
                        "company LIKE ? OR email LIKE ?)", (event_id, like, like, like)).fetchone()
                    raw.execute(
                        "SELECT * FROM leads WHERE event_id = ? AND (full_name LIKE ? OR "
                        "company LIKE ? OR email LIKE ?) ORDER BY last_seen_at DESC LIMIT 100",
                        (event_id, like, like, like)).fetchall()

                ours += time_ms(run, 1)
                theirs += time_ms(scan, 1)
    db.close()
    raw.close()
    (om, op), (tm, tp) = summary(ours), summary(theirs)
    print(f"search {n:,} leads (count + first page, {rounds} interleaved rounds): showfloor FTS "
          f"median {om:.1f} ms p95 {op:.1f} ms | sqlite3 LIKE scan median {tm:.1f} ms "
          f"p95 {tp:.1f} ms | ratio median {om / tm:.2f}x")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="0,10000,100000", help="leads in the event")
    parser.add_argument("--captures", type=int, default=100, help="captures per size per round")
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--leads", type=int, default=100_000, help="leads searched")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        bench_capture(Path(tmp), sizes, args.captures, args.rounds)
        bench_search(Path(tmp), args.leads, args.rounds)


if __name__ == "__main__":
    main()
