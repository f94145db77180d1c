"""Capture's lookup of the same person uses that key's own index, at any event size.

Issue 20 found the lookup walking every live lead of the event (SQLite picked the
(event, deleted_at, last_seen) index for its deleted_at condition), so capture got
slower as the show went on. The plan is checked on a database with statistics, as a
long-running booth laptop has after ANALYZE, so a schema change cannot bring it back.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, text
from sqlalchemy import event as sa_event

from showfloor.domain.person import PersonFields
from showfloor.services.capture import CaptureRequest, CaptureService
from showfloor.store.database import Database


def _plans(db: Database, request: CaptureRequest) -> list[str]:
    seen: list[str] = []

    def explain(
        conn: Connection, cursor: object, statement: str, parameters: Any, context: object,
        executemany: bool,
    ) -> None:
        if statement.lstrip().upper().startswith("SELECT") and "FROM leads" in statement:
            rows = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters).all()
            seen.extend(f"{r[3]} <- {statement[-120:]}" for r in rows)

    sa_event.listen(db.engine, "before_cursor_execute", explain)
    try:
        CaptureService(db).capture(request)
    finally:
        sa_event.remove(db.engine, "before_cursor_execute", explain)
    return seen


def test_the_same_person_is_found_by_the_email_and_badge_indexes(db: Database) -> None:
    service = CaptureService(db)
    first = service.capture(
        CaptureRequest("mentor", PersonFields(first_name="P", email="p@example.org"))
    ).lead
    with db.engine.begin() as conn:  # a show's worth of leads, some of them deleted
        row = conn.execute(text("SELECT * FROM leads WHERE id = :i"), {"i": first.id}).mappings()
        template = dict(row.one())
        names = [k for k in template if k not in ("id", "email", "badge_id", "search_key")]
        columns = ", ".join(["id", "email", "badge_id", *names])
        marks = ", ".join(["?"] * (3 + len(names)))
        conn.exec_driver_sql(
            f"INSERT INTO leads ({columns}) VALUES ({marks})",
            [
                (f"x{i:06d}", f"p{i}@example.org", f"B{i}", *(template[k] for k in names))
                for i in range(20_000)
            ],
        )
        conn.exec_driver_sql("UPDATE leads SET deleted_at = created_at WHERE id LIKE 'x%5'")
        conn.execute(text("ANALYZE"))
    vcard = "BEGIN:VCARD\nVERSION:3.0\nFN:Ada\nEMAIL:ada@example.org\nUID:B-9\nEND:VCARD"
    plans = _plans(db, CaptureRequest("kol", badge_payload=vcard, person=PersonFields()))
    lookups = [p for p in plans if "event_id = ?" in p]
    assert lookups and all(
        "ix_leads_event_email" in p or "ix_leads_event_badge" in p for p in lookups
    ), plans
