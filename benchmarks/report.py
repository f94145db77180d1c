"""The debrief at show scale (issue 20): 10k, 50k and 100k leads, HTML and PDF.

Each event is seeded like a busy show (benchmarks/seed.py, then every visit gets the
answers of its class, drawn from the labelled answers of tests/fixtures/grouping, so
the grouping has real work: synonyms, languages, typos, answers nobody else gives).

Peer, in the same run: reading the same rows the debrief reads (its lead query and
its visit query, with staff names and the answers' JSON decoded) through plain
``sqlite3``: the floor any debrief of these rows pays. Ours: ``build_debrief`` plus
``render_html`` (HTML), and ``write_report_pdf`` (PDF, lists cut to their first 250
rows as the command does). Goal: <= 10 s at 100k, and linear (the time per 10k leads
stays flat from 10k to 100k). Rounds alternate ours and the peer. On a shared machine
a wall-clock second can be several seconds of waiting for a core, so each line is
printed twice: wall time, then the CPU time of the same runs (this process's).

Run: QT_QPA_PLATFORM=offscreen python benchmarks/report.py [--sizes 10000 50000 100000]
It prints; it asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.grouping import load_labelled  # noqa: E402
from benchmarks.seed import seed_leads  # noqa: E402
from showfloor.domain.questions import QUESTIONS, VisitorClass  # noqa: E402
from showfloor.services.report import build_debrief  # noqa: E402
from showfloor.services.report_html import render_html  # noqa: E402
from showfloor.store.database import Database, open_database  # noqa: E402

GOAL_SECONDS = 10.0
FREE_TEXT = {
    VisitorClass.CUSTOMER: ("pain_1", "pain_2", "pain_3", "obstacle", "missing_feature"),
    VisitorClass.MENTOR: ("reservations", "barriers", "pitch_gaps"),
    VisitorClass.KOL: ("topics", "impression"),
}


def add_answers(db_path: Path, seed: int = 20) -> None:
    """Give every visit the answers of its class (free text from the labelled set)."""
    rng = random.Random(seed)
    said = [text for _label, text in load_labelled()]
    conn = sqlite3.connect(db_path)
    rows = conn.execute("SELECT id, visitor_class FROM visits").fetchall()
    updates = []
    for visit_id, cls in rows:
        visitor_class = VisitorClass(cls)
        answers = {key: rng.choice(said) for key in FREE_TEXT[visitor_class]}
        if visitor_class is VisitorClass.CUSTOMER:
            answers |= {"early_adopter": rng.choice(["first", "needs_references", "unknown"]),
                        "next_step": "demo", "next_step_due": "2026-12-02",
                        "buys_from": rng.choice(["Cvent lead retrieval", "spreadsheets"])}
        elif visitor_class is VisitorClass.MENTOR:
            answers["referral"] = rng.choice(["Eventful Agency", "Nordic Trade Association"])
        else:
            answers |= {"channels": "podcast", "delight_plan": "trial", "owner": "Anna"}
        assert set(answers) <= {q.key for q in QUESTIONS[visitor_class]}
        updates.append((json.dumps(answers), visit_id))
    with conn:
        conn.executemany("UPDATE visits SET answers = ? WHERE id = ?", updates)
    conn.close()


def peer_read(db_path: Path, event_id: str) -> int:
    """The debrief's two reads, through plain sqlite3, answers decoded."""
    conn = sqlite3.connect(db_path)
    leads = conn.execute(
        "SELECT id, first_name, last_name, full_name, company, title, email, phone, badge_id,"
        " visitor_class, rating, consent, follow_up_owner, follow_up_done_at FROM leads"
        " WHERE event_id = ? AND deleted_at IS NULL ORDER BY first_seen_at, id",
        (event_id,),
    ).fetchall()
    visits = [
        (lead_id, at, cls, staff, json.loads(answers or "{}"), notes)
        for lead_id, at, cls, staff, answers, notes in conn.execute(
            "SELECT v.lead_id, v.at, v.visitor_class, s.name, v.answers, v.notes FROM visits v"
            " JOIN leads l ON l.id = v.lead_id LEFT JOIN staff s ON s.id = v.staff_id"
            " WHERE l.event_id = ? AND l.deleted_at IS NULL ORDER BY v.lead_id, v.at, v.number",
            (event_id,),
        )
    ]
    conn.close()
    return len(leads) + len(visits)


def timed(fn: Callable[[], object]) -> tuple[float, float]:
    """Wall and CPU seconds of one call."""
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - wall, time.process_time() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 50_000, 100_000])
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--no-pdf", action="store_true")
    args = parser.parse_args()
    pdf = None
    if not args.no_pdf:
        from showfloor.qt import pdf  # the one part that needs Qt (offscreen)
    print(f"{'leads':>8} {'clock':>5} {'peer read':>10} {'HTML':>8} {'ratio':>6} {'PDF':>8} "
          f"{'ratio':>6} {'HTML s/10k':>10}")
    for n in args.sizes:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            event_id = seed_leads(folder, n)
            add_answers(folder / "showfloor.db")
            db = open_database(folder / "showfloor.db")
            best = {k: [float("inf"), float("inf")] for k in ("peer", "html", "pdf")}
            db_path = folder / "showfloor.db"

            def read(path: Path = db_path, event: str = event_id) -> object:
                return peer_read(path, event)

            def page(
                out: Path = folder / "d.html", event: str = event_id, db: Database = db
            ) -> object:
                return out.write_text(render_html(build_debrief(db, event, UTC)), "utf-8")

            def document(
                out: Path = folder / "d.pdf", event: str = event_id, db: Database = db
            ) -> object:
                assert pdf is not None
                return pdf.write_report_pdf(build_debrief(db, event, UTC), out)

            runs = [("peer", read), ("html", page)] + ([("pdf", document)] if pdf else [])
            for _round in range(args.rounds):
                for key, fn in runs:
                    wall, cpu = timed(fn)
                    best[key] = [min(best[key][0], wall), min(best[key][1], cpu)]
            db.close()
        for clock, i in (("wall", 0), ("CPU", 1)):
            peer, html, pdf_s = best["peer"][i], best["html"][i], best["pdf"][i]
            pdf_text = (
                f"{pdf_s:>7.2f}s {pdf_s / peer:>5.1f}x" if pdf is not None else "      -      -"
            )
            print(f"{n:>8,} {clock:>5} {peer:>9.2f}s {html:>7.2f}s {html / peer:>5.1f}x "
                  f"{pdf_text} {html / n * 10_000:>9.2f}s")
            worst = max(html, pdf_s if pdf is not None else 0)
            if n >= 100_000:
                verdict = "PASS" if worst <= GOAL_SECONDS else "FAIL"
                print(f"goal at {n:,} ({clock}): <= {GOAL_SECONDS:.0f} s for HTML and PDF: "
                      f"{verdict}")


if __name__ == "__main__":
    main()
