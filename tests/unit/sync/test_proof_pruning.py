"""The team server's proof tables stay bounded: on the real PostgreSQL server, after
many pushes of the same lead, the superseded signed lists are gone, the rows a merge
removed have no proof left, and a laptop that pulls afterwards still checks every row.
"""

from __future__ import annotations

from sqlalchemy import create_engine, text

from showfloor.services.sync.remote import pull, push

from .conftest import MakeDir
from .laptops import capture, edit, state, undo
from helpers.postgres import run_sql

ROW_TABLES = ("devices", "events", "staff", "attendees", "leads", "visits", "visit_trash",
              "tombstones", "lead_aliases", "event_aliases")  # fmt: skip


def counts(url: str) -> dict[str, int]:
    """Batches, proofs, rows on the server, and the dangling ends of either."""
    engine = create_engine(url)
    try:
        with engine.connect() as conn:

            def one(sql: str) -> int:
                return int(conn.execute(text(sql)).scalar_one())

            rows = sum(one(f"SELECT count(*) FROM {t}") for t in ROW_TABLES)
            return {
                "batches": one("SELECT count(*) FROM sync_batches"),
                "proofs": one("SELECT count(*) FROM sync_row_proofs"),
                "rows": rows,
                "unused batches": one(
                    "SELECT count(*) FROM sync_batches b WHERE NOT EXISTS "
                    "(SELECT 1 FROM sync_row_proofs p WHERE p.batch_id = b.id)"
                ),
                "proofs without batch": one(
                    "SELECT count(*) FROM sync_row_proofs p WHERE NOT EXISTS "
                    "(SELECT 1 FROM sync_batches b WHERE b.id = p.batch_id)"
                ),
                "lead proofs": one(
                    "SELECT count(*) FROM sync_row_proofs WHERE table_name = 'leads'"
                ),
                "visit proofs": one(
                    "SELECT count(*) FROM sync_row_proofs WHERE table_name = 'visits'"
                ),
                "leads": one("SELECT count(*) FROM leads"),
                "visits": one("SELECT count(*) FROM visits"),
            }
    finally:
        engine.dispose()


def test_many_pushes_of_one_lead_keep_the_proofs_bounded(pg_url: str, make_dir: MakeDir) -> None:
    a, c = make_dir("a"), make_dir("c")
    ada = capture(a, 0, "first")
    push(a, pg_url)
    after_first = counts(pg_url)
    pushes = 12
    for n in range(pushes):
        edit(a, ada, company=f"Company {n}")
        push(a, pg_url)
    now = counts(pg_url)
    # Every push signed the lead again: only the first list (the event, laptop and
    # visit it still vouches for) and the newest (the lead) are needed.
    assert now["batches"] == 2, now
    assert now["proofs"] == now["rows"] == after_first["rows"]
    assert now["unused batches"] == 0 and now["proofs without batch"] == 0
    pulled = pull(c, pg_url)
    assert pulled.refused == () and state(c) == state(a)


def test_rows_a_merge_removed_lose_their_proofs(pg_url: str, make_dir: MakeDir) -> None:
    a, b, c = make_dir("a"), make_dir("b"), make_dir("c")
    ada_a = capture(a, 0, "from a")
    push(a, pg_url)
    ada_b = capture(b, 0, "from b")  # the same person on b: the server joins the two
    push(b, pg_url)
    undo(a, ada_a)  # a takes its visit back: on the server it moves to the trash
    push(a, pg_url)
    now = counts(pg_url)
    assert now["leads"] == 1 and now["lead proofs"] == 1  # the joined copy's proof went
    assert now["visit proofs"] == now["visits"]  # the visit taken back has only its trash row
    assert now["proofs"] == now["rows"] and now["unused batches"] == 0
    pulled = pull(c, pg_url)
    assert pulled.refused == ()
    loser = max(ada_a, ada_b)
    proof = "SELECT 1 FROM sync_row_proofs WHERE table_name = 'leads' AND row_key = :k"
    assert run_sql(pg_url, proof, k=loser) == 0
    assert run_sql(pg_url, "SELECT 1 FROM lead_aliases WHERE alias_id = :k", k=loser) == 1
