"""Bulk-seed a data dir with N synthetic leads, fast (plain sqlite3, one transaction).

Shared by the benchmarks that need a big event: search, leads view, export, merge.
The rows are stored as capture stores them: times as SQLAlchemy writes them (with
microseconds), and the search index text built by the app's own ``search_body``.
"""

from __future__ import annotations

import json
import random
import sqlite3
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

from showfloor.services.events import add_staff, create_event, this_device
from showfloor.services.search_index import search_body
from showfloor.store.database import open_database

FIRST = ["Ada", "Grace", "Alan", "Mei", "Priya", "Jonas", "Zoë", "Tomás", "Fatima", "Olu",
         "Sofia", "Hannah", "Rafael", "Chloé", "Ben", "Anna", "Li", "Noor", "Ivan", "Kofi"]
LAST = ["Lovelace", "Hopper", "Turing", "Tanaka", "Raman", "Weber", "Ångström", "Álvarez",
        "Zahra", "Adeyemi", "Lindqvist", "Kim", "Costa", "Martin", "Okafor", "Berg", "Wang",
        "Haddad", "Petrov", "Mensah"]
COMPANY = ["Northwind", "Acme", "Globex", "Initech", "Umbrella", "Hooli", "Vandelay",
           "Stark", "Wayne", "Tyrell", "Cyberdyne", "Soylent", "Kaizen", "Iberia", "Nordic"]
NOTES = ["budget frozen until spring", "needs IT security review", "wants a demo next week",
         "asked about HubSpot export", "loved the offline mode", "no references in our sector",
         "pilot with 3 laptops", "send pricing", "talks at LogiSummit", ""]
CLASSES = ["customer", "mentor", "kol"]
RATINGS = ["hot", "warm", "cold", None]


def seed_leads(data_dir: Path, n: int, seed: int = 7) -> str:
    """Create an event with ``n`` leads (one visit each); returns the event id."""
    db = open_database(data_dir / "showfloor.db")
    with db.session() as session:
        event_id = create_event(session, f"Bench {n}").id
        staff_ids = [add_staff(session, name).id for name in ("Anna", "Ben", "Chloé")]
        device_id = this_device(session).id
    db.close()
    rng = random.Random(seed)
    t0 = datetime(2026, 11, 22, 8, 0, tzinfo=UTC).replace(tzinfo=None)
    leads, visits, fts = [], [], []
    for i in range(n):
        lead_id = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        first, last, company = rng.choice(FIRST), rng.choice(LAST), rng.choice(COMPANY)
        email = f"{first.lower()}.{last.lower()}{i}@{company.lower()}.example"
        at = (t0 + timedelta(seconds=i * 3)).isoformat(sep=" ", timespec="microseconds")
        cls, rating, note = rng.choice(CLASSES), rng.choice(RATINGS), rng.choice(NOTES)
        leads.append((lead_id, event_id, cls, rating, first, last, f"{first} {last}", company,
                      email, 0, "[]", 1, at, at, device_id, at, at, i + 1))
        visits.append((str(uuid.uuid4()), lead_id, 1, at, cls, rating, rng.choice(staff_ids),
                       device_id, note or None, json.dumps({}), at))
        fields = {"first_name": first, "last_name": last, "full_name": f"{first} {last}",
                  "company": company, "email": email}
        fts.append((i + 1, search_body(fields, [(note or None, {})])))
    conn = sqlite3.connect(data_dir / "showfloor.db")
    with conn:
        conn.executemany(
            "INSERT INTO leads (id, event_id, visitor_class, rating, first_name, last_name, "
            "full_name, company, email, consent, tags, visit_count, first_seen_at, last_seen_at, "
            "device_id, created_at, updated_at, search_key) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            leads,
        )
        conn.executemany(
            "INSERT INTO visits (id, lead_id, number, at, visitor_class, rating, staff_id, "
            "device_id, notes, answers, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            visits,
        )
        conn.executemany("INSERT INTO lead_search (rowid, body) VALUES (?,?)", fts)
    conn.execute("PRAGMA optimize")
    conn.close()
    return event_id
