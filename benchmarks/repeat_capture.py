"""A repeat capture of a lead with many visits costs what one with a few costs (issue 19).

A lead with a million visits once made one repeat capture take 45 s (the capture read
every earlier visit). Measured in the same run, one core, median of N captures:
- the same capture of a lead with 10 visits and one with --visits visits;
- peer: one INSERT + COMMIT through plain sqlite3 with the same durability (WAL,
  synchronous=FULL), the floor of any crash-safe capture.

Run: python benchmarks/repeat_capture.py [--visits N] [--captures N]
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.stats import summary, time_ms  # noqa: E402
from showfloor.domain.person import PersonFields  # noqa: E402
from showfloor.services.capture import CaptureRequest, CaptureService  # noqa: E402
from showfloor.services.events import create_event  # noqa: E402
from showfloor.services.search_index import reindex_lead  # noqa: E402
from showfloor.store.database import open_database  # noqa: E402
from showfloor.store.models import Lead  # noqa: E402


def _lead_with(db_path: Path, service: CaptureService, email: str, visits: int) -> None:
    lead_id = service.capture(CaptureRequest("mentor", PersonFields(email=email))).lead.id
    with sqlite3.connect(db_path) as conn:
        conn.executemany(
            "INSERT INTO visits (id, lead_id, number, at, visitor_class, notes, answers,"
            " created_at) VALUES (?, ?, ?, '2026-11-20 10:00:00.000000', 'mentor', ?, '{}',"
            " '2026-11-20 10:00:00.000000')",
            ((f"{email}-{n}", lead_id, n, f"note {n}") for n in range(2, visits + 1)),
        )
        conn.execute("UPDATE leads SET visit_count = ? WHERE id = ?", (visits, lead_id))
    with service._db.session() as session:  # its search text holds every visit's note
        lead = session.get(Lead, lead_id)
        assert lead is not None
        reindex_lead(session, lead)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--visits", type=int, default=200_000)
    parser.add_argument("--captures", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "showfloor.db"
        db = open_database(path)
        with db.session() as session:
            create_event(session, "Repeat bench")
        service = CaptureService(db)
        _lead_with(path, service, "few@example.org", 10)
        _lead_with(path, service, "many@example.org", args.visits)
        results = {}
        for label, email in (("10 visits", "few@example.org"), ("many", "many@example.org")):
            request = CaptureRequest("mentor", PersonFields(email=email), note="again")
            results[label] = summary(
                time_ms(lambda r=request: service.capture(r), args.captures)
            )[0]
        db.close()
        peer = sqlite3.connect(Path(tmp) / "peer.db")
        peer.execute("PRAGMA journal_mode = WAL")
        peer.execute("PRAGMA synchronous = FULL")
        peer.execute("CREATE TABLE v (id INTEGER PRIMARY KEY, note TEXT)")

        def one_insert() -> None:
            peer.execute("INSERT INTO v (note) VALUES ('again')")
            peer.commit()

        floor = summary(time_ms(one_insert, args.captures))[0]
        peer.close()
    few, many = results["10 visits"], results["many"]
    print(f"repeat capture, lead with 10 visits: median {few:.1f} ms")
    print(f"repeat capture, lead with {args.visits:,} visits: median {many:.1f} ms")
    print(f"peer (sqlite3 INSERT + COMMIT, FULL): median {floor:.1f} ms")
    print(f"ratio many/few: {many / few:.2f} (1.0: cost independent of visits)")
    print(f"ratio few/peer: {few / floor:.1f}")


if __name__ == "__main__":
    main()
