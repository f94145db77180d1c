"""Export 100k leads with each profile: seconds and peak memory, against a naive peer.

The peer, measured in the same run (these machines are shared and noisy, so only
the ratios are comparable between runs): ``csv.writer`` over plain ``sqlite3`` rows
of the leads table, one row per lead, with no visits, no answers, no notes and no
cell safety — the floor any CSV export of this table pays.

Peak memory is Python's allocations during the export (tracemalloc), so a reader
that loaded every lead at once would show here; tracemalloc slows both sides alike,
so the time is measured in a separate run without it.

The seeded event looks like a busy show: every lead has answers for its class, one
in ten came back for a second visit, and two in three agreed to be contacted.

Run: python benchmarks/export.py [--leads N]
Prints PASS/FAIL against the 3 s budget; it asserts nothing.
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
import tracemalloc
import uuid
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.seed import seed_leads  # noqa: E402
from showfloor.services.export import ExportFilter, export_leads  # noqa: E402
from showfloor.services.export_profiles import PROFILES  # noqa: E402
from showfloor.store.database import open_database  # noqa: E402

BUDGET_S = 3.0

ANSWERS = {
    "customer": {
        "status": "prospect",
        "pain_1": "manual data entry after every show",
        "pain_2": "=HYPERLINK(\"http://x.example\",\"click\")",
        "timeline": "Q1",
        "early_adopter": "first",
        "next_step": "demo",
        "next_step_due": "2026-12-01",
    },
    "mentor": {"reservations": "budget is frozen until spring", "barriers": "IT review"},
    "kol": {"channels": "podcast", "audience_size": "12k", "owner": "Anna"},
}


def enrich(db_path: Path, seed: int = 11) -> None:
    """Answers for every visit, a second visit for one lead in ten, consent for two in three."""
    rng = random.Random(seed)
    conn = sqlite3.connect(db_path)
    with conn:
        for cls, answers in ANSWERS.items():
            conn.execute(
                "UPDATE visits SET answers = ? WHERE visitor_class = ?", (json.dumps(answers), cls)
            )
        conn.execute("UPDATE leads SET consent = 1, phone = '+4930123456' WHERE rowid % 3 != 0")
        rows = conn.execute(
            "SELECT v.lead_id, v.at, v.visitor_class, v.staff_id, v.device_id FROM visits v"
        ).fetchall()
        again = [r for r in rows if rng.random() < 0.1]
        conn.executemany(
            "INSERT INTO visits (id, lead_id, number, at, visitor_class, rating, staff_id, "
            "device_id, notes, answers, created_at) VALUES (?,?,2,?,?,'hot',?,?,?,?,?)",
            [
                (str(uuid.uuid4()), lead_id, at, cls, staff, device, "came back with IT",
                 json.dumps({"next_step": "quote"}), at)
                for lead_id, at, cls, staff, device in again
            ],
        )
        conn.executemany(
            "UPDATE leads SET visit_count = 2 WHERE id = ?", [(r[0],) for r in again]
        )
    conn.close()


def measure(fn: Callable[[], object]) -> tuple[float, float]:
    """(seconds without tracing, peak MiB traced in a second run)."""
    start = time.perf_counter()
    fn()
    seconds = time.perf_counter() - start
    tracemalloc.start()
    fn()
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return seconds, peak / 2**20


def naive_peer(db_path: Path, out: Path) -> int:
    conn = sqlite3.connect(db_path)
    rows = 0
    with out.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\r\n")
        cursor = conn.execute("SELECT * FROM leads ORDER BY first_seen_at, id")
        writer.writerow([d[0] for d in cursor.description])
        for row in cursor:
            writer.writerow(row)
            rows += 1
    conn.close()
    return rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--leads", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        t = time.perf_counter()
        event_id = seed_leads(tmp, args.leads)
        enrich(tmp / "showfloor.db")
        print(f"seeded {args.leads} leads in {time.perf_counter() - t:.1f} s")

        peer_s, peer_mb = measure(lambda: naive_peer(tmp / "showfloor.db", tmp / "peer.csv"))
        print(f"peer  csv.writer over sqlite3 rows (leads only): {peer_s:.2f} s, "
              f"peak {peer_mb:.1f} MiB")

        db = open_database(tmp / "showfloor.db")
        everyone = ExportFilter(consented_only=False)
        for name in PROFILES:
            out = tmp / f"{name}.csv"
            summary = export_leads(db, event_id, out, name)  # warm-up, and the default rows
            seconds, peak_mb = measure(
                lambda name=name, out=out: export_leads(db, event_id, out, name, filters=everyone)
            )
            verdict = "PASS" if seconds <= BUDGET_S else "FAIL"
            print(
                f"{name:<10} {args.leads} leads: {seconds:.2f} s "
                f"({seconds / peer_s:.1f}x peer), peak {peak_mb:.1f} MiB; default filter wrote "
                f"{summary.rows} rows, left out {summary.skipped_unconsented} unconsented  "
                f"[{verdict} <= {BUDGET_S} s]"
            )
        db.close()


if __name__ == "__main__":
    main()
