"""Export 100k leads with each profile against a peer that reads the same rows, in one run.

The peer (issue 20: it must read what the export reads): the export's own query,
leads left-joined with their visits and the staff who met them, in the same order,
run through plain ``sqlite3`` and written by ``csv.writer`` one row per joined row,
with no folding, no profile, no cell safety. It is the floor any export of these
rows pays. Ours and the peer run interleaved (A B A B ...), several samples each,
so the noise of a shared machine falls on both; the ratio of the medians is the
number that counts (goal: <= 2x csv.writer). Peak memory is Python's allocations
(tracemalloc) in one separate run of each, since tracing slows both.

The seeded event looks like a busy show: every lead has answers for its class, one
in ten came back for a second visit, two in three agreed to be contacted, staff have
CRM emails and every lead a distinct phone number in E.164, as capture stores them.
(Phones stored as typed by an older version are parsed once per export: about 40 us
each, which this benchmark leaves out.)

Run: python benchmarks/export.py [--leads N] [--samples K]
Prints each profile's median, the peer's, and the ratio with PASS/FAIL against the
goal; it asserts nothing.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sqlite3
import statistics
import sys
import tempfile
import time
import tracemalloc
import uuid
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import true  # noqa: E402

from benchmarks.seed import seed_leads  # noqa: E402
from showfloor.services.export import (  # noqa: E402
    ExportFilter,
    _export_select,
    _lead_conditions,
    export_leads,
)
from showfloor.services.export_profiles import PROFILES  # noqa: E402
from showfloor.store.database import open_database  # noqa: E402

GOAL_RATIO = 2.0

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
        # Distinct numbers, in E.164 as capture stores them (typed ones too, since issue 16).
        conn.execute("UPDATE leads SET phone = '+49301' || (1000000 + rowid)")
        conn.execute("UPDATE leads SET consent = 1 WHERE rowid % 3 != 0")
        conn.execute("UPDATE staff SET email = lower(name) || '@showfloor.example'")
        conn.execute(
            "INSERT INTO settings (key, value) VALUES ('preferences', ?)",
            (json.dumps({"phone_country": "DE"}),),
        )
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


def seconds(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def peak_mib(fn: Callable[[], object]) -> float:
    tracemalloc.start()
    fn()
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 2**20


def peer_sql(db_path: Path, event_id: str) -> tuple[str, tuple[object, ...]]:
    """The export's own SELECT (every lead of the event, visits and staff joined), as text."""
    db = open_database(db_path)
    with db.session() as session:
        where = _lead_conditions(session, event_id, ExportFilter(consented_only=False))
        query = _export_select(where, true())
        compiled = query.compile(dialect=session.bind.dialect,  # type: ignore[union-attr]
                                 compile_kwargs={"render_postcompile": True})  # fmt: skip
        params = compiled.construct_params()
        args = tuple(params[name] for name in compiled.positiontup or ())
    db.close()
    return str(compiled), args


def peer(db_path: Path, sql: str, args: tuple[object, ...], out: Path) -> int:
    conn = sqlite3.connect(db_path)
    rows = 0
    with out.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\r\n")
        cursor = conn.execute(sql, args)
        writer.writerow([d[0] for d in cursor.description])
        for row in cursor:
            writer.writerow(row)
            rows += 1
    conn.close()
    return rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--leads", type=int, default=100_000)
    parser.add_argument("--samples", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        t = time.perf_counter()
        event_id = seed_leads(tmp, args.leads)
        enrich(tmp / "showfloor.db")
        print(f"seeded {args.leads} leads in {time.perf_counter() - t:.1f} s")

        db_path = tmp / "showfloor.db"
        sql, sql_args = peer_sql(db_path, event_id)
        db = open_database(db_path)
        everyone = ExportFilter(consented_only=False)
        joined = peer(db_path, sql, sql_args, tmp / "peer.csv")
        print(f"peer reads {joined} joined rows (leads x visits x staff)")

        def run_peer() -> object:
            return peer(db_path, sql, sql_args, tmp / "peer.csv")

        print(f"peer  csv.writer over the export's rows: peak {peak_mib(run_peer):.1f} MiB")
        for name in PROFILES:
            out = tmp / f"{name}.csv"

            def ours(name: str = name, out: Path = out) -> object:
                return export_leads(db, event_id, out, name, filters=everyone)

            summary = export_leads(db, event_id, out, name)  # warm-up, and the default rows
            mine: list[float] = []
            theirs: list[float] = []
            for _ in range(args.samples):  # interleaved: A B A B
                mine.append(seconds(ours))
                theirs.append(seconds(run_peer))
            ours_s, peer_s = statistics.median(mine), statistics.median(theirs)
            ratio = ours_s / peer_s
            verdict = "PASS" if ratio <= GOAL_RATIO else "FAIL"
            print(
                f"{name:<10} {args.leads} leads: median {ours_s:.2f} s (samples "
                f"{', '.join(f'{t:.2f}' for t in mine)}), peer {peer_s:.2f} s, "
                f"ratio {ratio:.2f}x, peak {peak_mib(ours):.1f} MiB; default filter wrote "
                f"{summary.rows} rows, left out {summary.skipped_unconsented} unconsented  "
                f"[{verdict} <= {GOAL_RATIO}x csv.writer]"
            )
        db.close()


if __name__ == "__main__":
    main()
