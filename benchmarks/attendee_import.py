"""Import a 200k-row attendee list, re-import it, then time badge lookups against it.

Goal (issue 20): the first import within 1.3x of a peer that does the same work in
the plainest way, measured in the same run (these machines are shared and noisy,
so only the ratio is comparable between runs).

The peer reads the same file with plain ``csv.reader`` and writes it with
``sqlite3.executemany`` into the same table, indexes and durability (WAL,
synchronous=FULL), in one transaction, and produces the same rows: the same
columns from the same cells (Eventbrite's Barcode # and Attendee #), the full
name, the e-mail lower-cased and checked, the other non-empty cells as the JSON
``extra``, the platform, and a dictionary of ids and e-mails so a repeated person
would update instead of doubling. It knows the file's shape in advance (no
encoding guess, no delimiter sniffing, no header mapping): that is the floor any
Python importer pays. The benchmark checks that both stores hold the same rows.

Run: python benchmarks/attendee_import.py [--rows N] [--lookups N]
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sqlite3
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.seed import COMPANY, FIRST, LAST  # noqa: E402
from benchmarks.stats import summary  # noqa: E402
from showfloor.badges import BadgeResult  # noqa: E402
from showfloor.domain.person import PersonFields  # noqa: E402
from showfloor.domain.validation import is_valid_email  # noqa: E402
from showfloor.services.attendees import ImportReport, import_attendees  # noqa: E402
from showfloor.services.events import create_event  # noqa: E402
from showfloor.services.lookup import resolve_badge  # noqa: E402
from showfloor.store.database import Database, open_database  # noqa: E402

BOUND_S = 10.0
GOAL_RATIO = 1.3
HEADER = [
    "Order #", "Order Date", "First Name", "Last Name", "Email", "Ticket Type", "Attendee #",
    "Barcode #", "Company", "Job Title", "Cell Phone", "Attendee Status",
]  # fmt: skip
TITLES = ["CTO", "Head of Sales", "Buyer", "Engineer", "Founder", "Analyst", ""]
TICKETS = ["Full pass", "Expo only", "Speaker", "Press"]


def write_list(path: Path, n: int, seed: int = 11) -> list[list[str]]:
    """An Eventbrite-shaped export of ``n`` attendees (UTF-8 with BOM, as Eventbrite does)."""
    rng = random.Random(seed)
    rows: list[list[str]] = []
    for i in range(n):
        first, last, company = rng.choice(FIRST), rng.choice(LAST), rng.choice(COMPANY)
        order, attendee = 900_000_000 + i // 2, 1_500_000_000 + i
        rows.append([
            str(order), "2026-10-01 10:00:00-05:00", first, last,
            f"{first.lower()}.{last.lower()}{i}@{company.lower()}.example",
            rng.choice(TICKETS), str(attendee), f"{order}{attendee}001", company,
            rng.choice(TITLES), f"+49 151 {rng.randrange(10**7, 10**8)}", "Attending",
        ])  # fmt: skip
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(HEADER)
        writer.writerows(rows)
    return rows


def new_store(path: Path) -> tuple[Database, str]:
    db = open_database(path)
    with db.session() as session:
        event_id = create_event(session, "Attendee bench").id
    return db, event_id


def bench_import(tmp: Path, csv_path: Path, n: int) -> tuple[Database, str, float]:
    db, event_id = new_store(tmp / "showfloor.db")
    t, cpu = time.perf_counter(), time.process_time()
    report = import_attendees(db, event_id, csv_path)
    first, first_cpu = time.perf_counter() - t, time.process_time() - cpu
    verdict = "within" if first <= BOUND_S else "OVER"
    print(
        f"import {n} rows: {first:.2f} s ({first_cpu:.2f} s CPU), {n / first:,.0f} rows/s "
        f"({verdict} the {BOUND_S:.0f} s bound) | {_counts(report)}"
    )
    t, cpu = time.perf_counter(), time.process_time()
    report = import_attendees(db, event_id, csv_path)
    again, again_cpu = time.perf_counter() - t, time.process_time() - cpu
    print(
        f"re-import, same file (update path): {again:.2f} s ({again_cpu:.2f} s CPU) "
        f"| {_counts(report)}"
    )
    changed = csv_path.with_name("changed.csv")
    _write_changed(csv_path, changed)
    t = time.perf_counter()
    report = import_attendees(db, event_id, changed)
    print(f"re-import, every company changed: {time.perf_counter() - t:.2f} s | {_counts(report)}")
    return db, event_id, first


def _write_changed(source: Path, target: Path) -> None:
    with source.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    for row in rows[1:]:
        row[8] = row[8] + " GmbH"
    with target.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(rows)


def _counts(report: ImportReport) -> str:
    return f"imported {report.imported}, updated {report.updated}, rejected {report.rejected}"


def bench_peer(tmp: Path, csv_path: Path, n: int) -> tuple[float, float, Path]:
    """The same rows as ours, written by csv.reader + executemany (see the docstring)."""
    db, event_id = new_store(tmp / "peer.db")
    db.close()
    conn = sqlite3.connect(tmp / "peer.db", isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    t, cpu = time.perf_counter(), time.process_time()
    now = datetime.now(UTC).replace(tzinfo=None).isoformat(sep=" ")
    encode = json.JSONEncoder(ensure_ascii=False).encode
    seen: dict[str, int] = {}
    params = []
    with csv_path.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        extra_cols = [i for i, h in enumerate(header) if h not in PEER_FIELDS]
        for r in reader:
            email = r[4].strip().lower()
            if not is_valid_email(email):
                email = ""
            keys = (r[7], r[6], email)
            if any(k and k in seen for k in keys):
                continue  # a repeated person: ours updates the first row
            for k in keys:
                if k:
                    seen[k] = len(params)
            extra = {header[i]: r[i] for i in extra_cols if r[i]}
            params.append(
                (str(uuid.uuid4()), event_id, r[7], r[6], r[2], r[3], f"{r[2]} {r[3]}",
                 r[8], r[9] or None, email or None, r[10], encode(extra) if extra else None,
                 "eventbrite", now, now)
            )  # fmt: skip
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO attendees (id, event_id, badge_id, ticket_code, first_name, last_name, "
        "full_name, company, title, email, phone, extra, platform, created_at, updated_at) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        params,
    )
    conn.execute("COMMIT")
    theirs, theirs_cpu = time.perf_counter() - t, time.process_time() - cpu
    conn.close()
    return theirs, theirs_cpu, tmp / "peer.db"


# Eventbrite columns the import maps to attendee fields; the rest go to extra.
PEER_FIELDS = {"First Name", "Last Name", "Email", "Attendee #", "Barcode #", "Company",
               "Job Title", "Cell Phone"}  # fmt: skip
COMPARED = ("badge_id, ticket_code, first_name, last_name, full_name, company, title, email, "
            "phone, extra, platform")  # fmt: skip


def same_rows(ours: Path, peer: Path) -> bool:
    """Both stores hold the same attendee rows (ids and timestamps aside)."""
    rows = []
    for path in (ours, peer):
        conn = sqlite3.connect(path)
        query = f"SELECT {COMPARED} FROM attendees ORDER BY badge_id"
        rows.append([(*r[:9], json.loads(r[9]) if r[9] else None, r[10])
                     for r in conn.execute(query)])  # fmt: skip
        conn.close()
    return rows[0] == rows[1]


def bench_lookups(db: Database, event_id: str, rows: list[list[str]], n: int) -> None:
    """resolve_badge as the capture service calls it, through the ORM session."""
    rng = random.Random(5)
    picks = [rng.choice(rows) for _ in range(n)]
    kinds: dict[str, Callable[[list[str]], BadgeResult]] = {
        "badge id": lambda r: BadgeResult("id", badge_id=r[7], lookup_keys=(r[7],)),
        "ticket code": lambda r: BadgeResult("id", badge_id=r[6], lookup_keys=(r[6],)),
        "URL id": lambda r: BadgeResult("url", lookup_keys=(r[6],)),
        "email": lambda r: BadgeResult("vcard", PersonFields(email=r[4])),
        "unknown id (exact + variants)": lambda r: BadgeResult("id", lookup_keys=("x" + r[7],)),
    }
    with db.session() as session:
        for label, make in kinds.items():
            samples, misses = [], 0
            for badge in [make(r) for r in picks]:
                t = time.perf_counter()
                resolved = resolve_badge(session, event_id, badge)
                samples.append((time.perf_counter() - t) * 1000)
                misses += resolved.attendee_id is None
            median, p95 = summary(samples)
            print(
                f"lookup by {label} x{n}: median {median:.3f} ms p95 {p95:.3f} ms (misses {misses})"
            )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=200_000)
    parser.add_argument("--lookups", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        csv_path = tmp / "attendees.csv"
        rows = write_list(csv_path, args.rows)
        size = csv_path.stat().st_size / 1e6
        print(f"attendee list: {args.rows} rows, {size:.1f} MB (Eventbrite shape, fixed seed)")
        db, event_id, ours = bench_import(tmp, csv_path, args.rows)
        bench_lookups(db, event_id, rows, args.lookups)
        db.close()
        ours_db = tmp / "ours.db"
        # Interleaved rounds (ours, peer, ours, peer...), best of each: noise falls on both.
        best_ours, best_peer, peer_db = float("inf"), float("inf"), ours_db
        cpu_ours, cpu_peer = float("inf"), float("inf")
        for _round in range(args.rounds):
            for stale in (ours_db, tmp / "peer.db"):
                for suffix in ("", "-wal", "-shm"):
                    Path(f"{stale}{suffix}").unlink(missing_ok=True)
            fresh, fresh_event = new_store(ours_db)
            t, cpu = time.perf_counter(), time.process_time()
            import_attendees(fresh, fresh_event, csv_path)
            best_ours = min(best_ours, time.perf_counter() - t)
            cpu_ours = min(cpu_ours, time.process_time() - cpu)
            fresh.close()
            theirs, theirs_cpu, peer_db = bench_peer(tmp, csv_path, args.rows)
            best_peer, cpu_peer = min(best_peer, theirs), min(cpu_peer, theirs_cpu)
        same = same_rows(ours_db, peer_db)
        ratio = best_ours / best_peer
        verdict = "meets" if ratio <= GOAL_RATIO else "MISSES"
        print(
            f"first import, best of {args.rounds}: showfloor {best_ours:.2f} s, peer csv.reader "
            f"+ executemany {best_peer:.2f} s (same rows: {'yes' if same else 'NO'}) | ratio "
            f"showfloor/peer {ratio:.2f}x ({verdict} the {GOAL_RATIO}x goal); CPU "
            f"{cpu_ours:.2f} s vs {cpu_peer:.2f} s, {cpu_ours / cpu_peer:.2f}x"
        )


if __name__ == "__main__":
    main()
