"""Merge two 50k-lead bundles, and push 50k leads to PostgreSQL: seconds, against a peer.

Two laptops of one show: each set its own event up (same name: one show, so the
merge joins them and keeps an alias), both number their search rows from 1, and
each deleted a few leads (their visits are in the trash). Every person is on one
laptop only.

The peer, measured in the same run: plain ``sqlite3`` ``ATTACH`` of the two laptops'
databases, writing the same rows the merge writes: the events joined (the smaller
id kept, the other an alias), staff matched by name, leads moved to the kept
event with the second laptop's search keys renumbered after the first's, visits
and trashed visits with their staff mapped, and the search rows copied under the
new keys. No checksum, no per-field clocks, no duplicate check: the floor of a
correct union. The benchmark checks that both produced the same rows (an
``INSERT OR IGNORE`` of the raw tables, the old peer, silently dropped every lead of
the second laptop: its search keys collide with the first's).

Run: python benchmarks/merge.py [--leads N] [--rounds R]
With SHOWFLOOR_TEST_PG_URL set (.ci/start-postgres.sh) it also pushes N leads to a
fresh database on that server. Prints the ratio to the peer, PASS within 2.5x.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.seed import seed_leads  # noqa: E402
from showfloor.services.events import this_device  # noqa: E402
from showfloor.services.sync.files import create_bundle, merge_bundle  # noqa: E402
from showfloor.store.database import open_database  # noqa: E402

RATIO_GOAL = 2.5
DELETED_EVERY = 50  # one lead in 50 deleted on each laptop
# What must come out the same, table by table (columns a merge stamps itself, such as
# when an alias was made, are left out).
COMPARED = {
    "events": "id, name, starts_on, ends_on, venue",
    "event_aliases": "alias_id, event_id",
    "devices": "id, name",
    "staff": "id, name",
    "leads": "id, event_id, visitor_class, rating, first_name, last_name, full_name, company, "
    "email, consent, tags, visit_count, first_seen_at, last_seen_at, deleted_at, device_id, "
    "search_key",
    "visits": "id, lead_id, number, at, visitor_class, rating, staff_id, device_id, notes, "
    "answers",
    "visit_trash": "id, lead_id, at, visitor_class, staff_id, device_id, notes, reason, state_at",
    "lead_search": "rowid, body",
}


# An hour after a stored time, in the format the app stores times in.
_HOUR_LATER = "strftime('%Y-%m-%d %H:%M:%f', {}, '+1 hour') || '000'"


def laptop(data_dir: Path, n: int, seed: int) -> None:
    """A laptop's data: ``n`` leads, its own people, one in DELETED_EVERY deleted."""
    seed_leads(data_dir, n, seed=seed)
    conn = sqlite3.connect(data_dir / "showfloor.db")
    with conn:
        conn.execute("UPDATE leads SET email = replace(email, '@', ?)", (f".l{seed}@",))
        rows = conn.execute("SELECT rowid, body FROM lead_search").fetchall()
        conn.execute("DELETE FROM lead_search")
        conn.executemany(
            "INSERT INTO lead_search (rowid, body) VALUES (?, ?)",
            [(k, body.replace("@", f".l{seed}@")) for k, body in rows],
        )
        gone = f"(SELECT id FROM leads WHERE search_key % {DELETED_EVERY} = 0)"
        conn.execute(
            "INSERT INTO visit_trash (id, lead_id, at, visitor_class, rating, staff_id, "
            "device_id, notes, answers, created_at, reason, state_at, state_device) "
            "SELECT id, lead_id, at, visitor_class, rating, staff_id, device_id, notes, "
            f"answers, created_at, 'delete', {_HOUR_LATER.format('at')}, device_id "
            f"FROM visits WHERE lead_id IN {gone}"
        )
        conn.execute(f"DELETE FROM visits WHERE lead_id IN {gone}")
        conn.execute(
            f"UPDATE leads SET visit_count = 0, deleted_at = {_HOUR_LATER.format('last_seen_at')} "
            f"WHERE search_key % {DELETED_EVERY} = 0"
        )
        conn.execute(f"DELETE FROM lead_search WHERE rowid % {DELETED_EVERY} = 0")
    conn.close()


def _peer(target: Path, sources: list[Path]) -> float:
    """The same rows as merging the sources' bundles in order, through sqlite3."""
    start = time.perf_counter()
    conn = sqlite3.connect(target, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    for i, source in enumerate(sources):
        conn.execute(f"ATTACH DATABASE '{source}' AS s{i}")
    conn.execute("BEGIN")
    # One show: the smallest event id stays, the others are its aliases.
    events = [
        r[0] for i in range(len(sources)) for r in conn.execute(f"SELECT id FROM s{i}.events")
    ]
    kept = min(events)
    conn.execute("CREATE TEMP TABLE event_map (old TEXT PRIMARY KEY, new TEXT)")
    conn.executemany("INSERT INTO event_map VALUES (?, ?)", [(e, kept) for e in events])
    offset = 0
    for i in range(len(sources)):
        s = f"s{i}"
        conn.execute(f"INSERT OR IGNORE INTO main.devices SELECT * FROM {s}.devices")
        conn.execute(f"INSERT OR IGNORE INTO main.events SELECT * FROM {s}.events WHERE id = ?",
                     (kept,))
        conn.execute(
            f"INSERT OR IGNORE INTO main.event_aliases (alias_id, event_id, merged_at) "
            f"SELECT id, ?, datetime('now') FROM {s}.events WHERE id != ?", (kept, kept))
        # Staff are matched by name: the first laptop's ids stay.
        conn.execute(f"INSERT OR IGNORE INTO main.staff SELECT * FROM {s}.staff "
                     "WHERE name NOT IN (SELECT name FROM main.staff)")
        conn.execute("DROP TABLE IF EXISTS temp.staff_map")
        conn.execute(f"CREATE TEMP TABLE staff_map AS SELECT t.id AS old, m.id AS new "
                     f"FROM {s}.staff t JOIN main.staff m ON m.name = t.name")
        # New leads get search keys after ours, in the order of their ids (as the
        # merge numbers them); their search rows move to the new keys.
        conn.execute("DROP TABLE IF EXISTS temp.key_map")
        conn.execute(
            f"CREATE TEMP TABLE key_map AS SELECT id, search_key AS old, "
            f"{offset} + row_number() OVER (ORDER BY id) AS new FROM {s}.leads"
        )
        conn.execute("CREATE INDEX temp.key_map_id ON key_map (id)")
        conn.execute("CREATE INDEX temp.key_map_old ON key_map (old)")
        columns = [r[1] for r in conn.execute("PRAGMA main.table_info(leads)")]
        picked = ", ".join(
            "(SELECT new FROM event_map WHERE old = l.event_id)" if c == "event_id"
            else "k.new" if c == "search_key" else f"l.{c}"
            for c in columns
        )
        conn.execute(f"INSERT INTO main.leads ({', '.join(columns)}) "
                     f"SELECT {picked} FROM {s}.leads l JOIN key_map k ON k.id = l.id")
        for table in ("visits", "visit_trash"):
            columns = [r[1] for r in conn.execute(f"PRAGMA main.table_info({table})")]
            picked = ", ".join(
                "(SELECT new FROM staff_map WHERE old = v.staff_id)" if c == "staff_id"
                else f"v.{c}" for c in columns
            )
            conn.execute(f"INSERT INTO main.{table} ({', '.join(columns)}) "
                         f"SELECT {picked} FROM {s}.{table} v")
        conn.execute(f"INSERT INTO main.lead_search (rowid, body) SELECT k.new, f.body "
                     f"FROM {s}.lead_search f JOIN key_map k ON k.old = f.rowid")
        offset = conn.execute("SELECT max(search_key) FROM main.leads").fetchone()[0] or 0
    conn.execute("COMMIT")
    took = time.perf_counter() - start
    conn.close()
    return took


def differences(ours: Path, theirs: Path) -> list[str]:
    """Tables whose rows differ between the two databases ([] when they agree)."""
    a, b = sqlite3.connect(ours), sqlite3.connect(theirs)
    out = []
    for table, columns in COMPARED.items():
        query = f"SELECT {columns} FROM {table} ORDER BY 1"
        mine, peer = a.execute(query).fetchall(), b.execute(query).fetchall()
        if mine != peer:
            extra = len(set(mine) - set(peer))
            missing = len(set(peer) - set(mine))
            out.append(f"{table}: {len(mine)} rows vs the peer's {len(peer)} "
                       f"({extra} only ours, {missing} only the peer's)")
    a.close()
    b.close()
    return out


def _push(db_dir: Path, n: int) -> None:
    base = os.environ.get("SHOWFLOOR_TEST_PG_URL")
    if not base:
        print("push to PostgreSQL: skipped (SHOWFLOOR_TEST_PG_URL not set)")
        return
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from showfloor.services.sync.remote import push

    name = f"sf_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        url = make_url(base).set(database=name).render_as_string(hide_password=False)
        db = open_database(db_dir / "showfloor.db")
        start = time.perf_counter()
        result = push(db, url)
        took = time.perf_counter() - start
        db.close()
        peer = _copy_peer(url, db_dir / "showfloor.db")
        print(f"push {n:,} leads to PostgreSQL: {took:.2f} s ({result.summary.line()})")
        print(f"peer (psycopg COPY of the same leads and visits): {peer:.2f} s; "
              f"ratio {took / peer:.1f}x")
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        admin.dispose()


def _copy_peer(url: str, sqlite_path: Path) -> float:
    """The floor of any push: COPY the raw rows into look-alike tables, one transaction
    (no change log, no per-field clocks, no conflict check)."""
    import psycopg

    source = sqlite3.connect(sqlite_path)
    dsn = url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(dsn) as conn:
        for table in ("leads", "visits"):
            conn.execute(f"CREATE TABLE peer_{table} (LIKE {table} INCLUDING DEFAULTS "
                         "INCLUDING INDEXES)")
        conn.commit()
        start = time.perf_counter()
        for table in ("leads", "visits"):
            cursor = source.execute(f"SELECT * FROM {table}")
            columns = ", ".join(d[0] for d in cursor.description)
            with conn.cursor().copy(f"COPY peer_{table} ({columns}) FROM STDIN") as copy:
                for row in cursor:
                    copy.write_row(row)
        conn.commit()
        took = time.perf_counter() - start
    source.close()
    return took


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--leads", type=int, default=50_000)
    parser.add_argument("--rounds", type=int, default=3, help="interleaved rounds, fresh targets")
    args = parser.parse_args()
    n = args.leads
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        dirs = [root / "a", root / "b"]
        for i, d in enumerate(dirs):
            laptop(d, n, seed=i + 1)
        bundles = []
        start = time.perf_counter()
        for d in dirs:
            bundles.append(d / "out.sfb")
            db = open_database(d / "showfloor.db")
            create_bundle(db, bundles[-1])
            db.close()
        write_s = time.perf_counter() - start
        print(f"write 2 bundles of {n:,} leads: {write_s:.2f} s")
        # The booth lead's laptop has its own identity (the merge records whom it
        # trusted as that laptop): ours and the peer's targets start from one copy.
        blank = root / "blank"
        db = open_database(blank / "showfloor.db")
        with db.session() as session:
            this_device(session)
        db.close()
        merges, peers = [], []
        for r in range(args.rounds):
            # Ours then the peer, each round on fresh targets, so the noise of a shared
            # machine falls on both; the medians are compared.
            shutil.copytree(blank, root / f"t{r}")
            target = open_database(root / f"t{r}" / "showfloor.db")
            start = time.perf_counter()
            summaries = [merge_bundle(target, b, trust=True) for b in bundles]
            merges.append(time.perf_counter() - start)
            if r == 0:
                start = time.perf_counter()
                again = merge_bundle(target, bundles[0], trust=True)
                again_s = time.perf_counter() - start
                print(f"  {'; '.join(s.line() for s in summaries)}")
                print(f"merge the first bundle again: {again_s:.2f} s ({again.line()})")
            target.close()
            peer_target = root / f"p{r}" / "showfloor.db"
            shutil.copytree(blank, peer_target.parent)
            peers.append(_peer(peer_target, [d / "showfloor.db" for d in dirs]))
            if r == 0:
                wrong = differences(root / "t0" / "showfloor.db", peer_target)
                if wrong:
                    print("the peer and the merge disagree: " + "; ".join(wrong))
                    return 1
                print("the merge and the peer wrote the same rows (checked table by table)")
        ours, peer = statistics.median(merges), statistics.median(peers)
        ratio = ours / peer
        print(
            f"merge 2 bundles of {n:,} leads: median {ours:.2f} s (best {min(merges):.2f}) | "
            f"peer sqlite3 ATTACH, same rows: median {peer:.2f} s (best {min(peers):.2f}) | "
            f"ratio {ratio:.1f}x over {len(merges)} interleaved rounds "
            f"-> {'PASS' if ratio <= RATIO_GOAL else 'FAIL'} (goal <= {RATIO_GOAL}x)"
        )
        _push(dirs[0], n)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
