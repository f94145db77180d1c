"""Migrations: numbered, complete, and able to upgrade every released schema."""

import shutil
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text

from showfloor.services.leads import LeadFilter, count_leads
from showfloor.store.database import Database, open_database
from showfloor.store.migrate import KNOWN_REVISIONS, SCHEMA_HEAD, alembic_config
from showfloor.store.models import Base

from helpers.builders import OpenDb

FIXTURES = Path(__file__).parents[2] / "fixtures" / "db"



def test_known_revisions_are_the_alembic_history() -> None:
    script = ScriptDirectory.from_config(alembic_config())
    history = [rev.revision for rev in reversed(list(script.walk_revisions()))]
    assert tuple(history) == KNOWN_REVISIONS
    assert script.get_current_head() == SCHEMA_HEAD


def test_migrations_from_empty_match_the_models(tmp_path: Path, open_db: OpenDb) -> None:
    db = open_db(tmp_path / "a.db")
    with db.engine.connect() as conn:
        context = MigrationContext.configure(
            conn,
            opts={
                "include_name": lambda name, kind, _parent: not str(name).startswith("lead_search")
            },
        )
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_the_first_released_schema_upgrades_with_its_leads(tmp_path: Path, open_db: OpenDb) -> None:
    path = tmp_path / "showfloor.db"
    shutil.copy(FIXTURES / "schema-0001.db", path)
    db = open_db(path)
    with db.session() as session:
        event_id = session.execute(text("SELECT id FROM events")).scalar_one()
        assert count_leads(session, LeadFilter(event_id)) == 2
        # 0002 built the search index from existing leads and visit notes
        assert count_leads(session, LeadFilter(event_id, search="lovelace")) == 1
        assert count_leads(session, LeadFilter(event_id, search="budget")) == 1


def _life(db: Database) -> dict[str | None, tuple[bool, int, list[str], bool]]:
    """Each lead by first name: (deleted?, live visits, trashed visits, restored?)."""
    from sqlalchemy import select

    from showfloor.store.models import Lead

    with db.session() as session:
        return {
            lead.first_name: (
                lead.deleted_at is not None,
                len(lead.visits),
                sorted(t.reason for t in lead.trashed),
                any(v.state_at is not None for v in lead.visits),
            )
            for lead in session.scalars(select(Lead))
        }


LIFE_AT_0004 = {
    "Ada": (True, 0, ["delete", "delete"], False),  # deleted with both visits
    "Grace": (True, 0, [], False),  # undone (the visit was dropped then)
    # deleted then restored on this laptop alone: schema 0004 kept no trace of that
    "Alan": (False, 1, [], False),
    "Mei": (False, 1, [], False),
}


def test_schema_0004_moves_deleted_leads_visits_to_the_trash(
    tmp_path: Path, open_db: OpenDb
) -> None:
    path = tmp_path / "showfloor.db"
    shutil.copy(FIXTURES / "schema-0004.db", path)
    db = open_db(path)
    assert _life(db) == LIFE_AT_0004


def test_a_format_2_bundle_merges_as_the_migrated_laptop_holds_it(
    tmp_path: Path, open_db: OpenDb
) -> None:
    from showfloor.services.sync.files import merge_bundle

    db = open_db(tmp_path / "fresh" / "showfloor.db")
    merge_bundle(db, FIXTURES.parent / "bundles" / "format2.sfb", trust=True)  # unsigned
    assert _life(db) == LIFE_AT_0004
    db.close()


def test_staff_get_an_email_column_and_keep_their_rows(tmp_path: Path, open_db: OpenDb) -> None:
    """0007: the released schema's staff survive; their email starts empty."""
    path = tmp_path / "showfloor.db"
    shutil.copy(FIXTURES / "schema-0001.db", path)
    db = open_db(path)
    with db.session() as session:
        columns = {row[1] for row in session.execute(text("PRAGMA table_info(staff)"))}
        staff = session.execute(text("SELECT name, email FROM staff")).all()
    assert "email" in columns
    assert staff and all(email is None for _name, email in staff)


def test_visits_get_edit_stamps_and_leads_a_follow_up(tmp_path: Path, open_db: OpenDb) -> None:
    """0008: visits of the released schema are never edited; no follow-up is set yet."""
    path = tmp_path / "showfloor.db"
    shutil.copy(FIXTURES / "schema-0004.db", path)
    db = open_db(path)
    with db.session() as session:
        visit_columns = {row[1] for row in session.execute(text("PRAGMA table_info(visits)"))}
        trash_columns = {row[1] for row in session.execute(text("PRAGMA table_info(visit_trash)"))}
        edited = session.execute(text("SELECT edited_at FROM visits")).scalars().all()
        follow = session.execute(text("SELECT follow_up_owner, follow_up_done_at FROM leads")).all()
        indexes = {row[1] for row in session.execute(text("PRAGMA index_list(leads)"))}
    assert {"edited_at", "edited_device"} <= visit_columns & trash_columns
    assert edited and all(e is None for e in edited)
    assert follow and all(tuple(row) == (None, None) for row in follow)
    assert "ix_leads_event_phone" in indexes


def test_row_signature_tables_arrive_empty_and_leads_stay(tmp_path: Path) -> None:
    """0010: the team server's proof tables exist, empty; leads untouched."""
    path = tmp_path / "showfloor.db"
    shutil.copy(FIXTURES / "schema-0004.db", path)
    db = open_database(path)
    with db.session() as session:
        batches = session.execute(text("SELECT count(*) FROM sync_batches")).scalar()
        proofs = session.execute(text("SELECT count(*) FROM sync_row_proofs")).scalar()
        leads = session.execute(text("SELECT count(*) FROM leads")).scalar()
    db.close()
    assert (batches, proofs) == (0, 0)
    assert leads


def test_changed_rows_of_the_small_tables_are_logged_after_i24(
    tmp_path: Path, open_db: OpenDb
) -> None:
    """0009: an older data dir gets the row log empty (its first round sends
    the small tables whole); from then on every writer's changes are numbered."""
    path = tmp_path / "showfloor.db"
    shutil.copy(FIXTURES / "schema-0004.db", path)
    db = open_db(path)
    with db.session() as session:
        assert session.execute(text("SELECT count(*) FROM row_log")).scalar() == 0
        device = session.execute(text("SELECT id FROM devices LIMIT 1")).scalar()
        session.execute(text("UPDATE devices SET name = 'Laptop 2' WHERE id = :d"), {"d": device})
        session.execute(text("INSERT INTO staff (id, name, created_at, updated_at) "
                             "VALUES ('s-new', 'Chloé', '2026-12-01', '2026-12-01')"))  # fmt: skip
        logged = session.execute(text("SELECT tbl, row_id FROM row_log ORDER BY seq")).all()
    assert [tuple(row) for row in logged] == [("devices", device), ("staff", "s-new")]


def test_events_get_a_time_zone_column_and_keep_no_zone(tmp_path: Path) -> None:
    """0012 (issue 21): events of the released schema keep no zone (each laptop's,
    as before); new events get one."""
    path = tmp_path / "showfloor.db"
    shutil.copy(FIXTURES / "schema-0004.db", path)
    db = open_database(path)
    with db.session() as session:
        columns = {row[1] for row in session.execute(text("PRAGMA table_info(events)"))}
        zones = session.execute(text("SELECT time_zone FROM events")).scalars().all()
        # the events table was altered in place: 0009's row log still sees its changes
        session.execute(text("UPDATE events SET time_zone = 'Europe/Madrid'"))
        logged = {row[0] for row in session.execute(text("SELECT tbl FROM row_log"))}
    db.close()
    assert "time_zone" in columns
    assert zones and all(zone is None for zone in zones)
    assert "events" in logged


def test_leads_and_attendees_get_a_website_and_cards_a_picture_table(tmp_path: Path) -> None:
    """i25: the released schema's leads and attendees survive, with no website yet."""
    path = tmp_path / "showfloor.db"
    shutil.copy(FIXTURES / "schema-0001.db", path)
    db = open_database(path)
    with db.session() as session:
        websites = session.execute(text("SELECT website FROM leads")).scalars().all()
        tables = set(session.execute(text("SELECT name FROM sqlite_master")).scalars())
        # the attendees table was altered in place: 0009's row log still sees its changes
        session.execute(text("INSERT INTO attendees (id, event_id, first_name, website, "
                             "created_at, updated_at) SELECT 'a-new', id, 'Ana', 'acme.es', "
                             "'2026-12-01', '2026-12-01' FROM events LIMIT 1"))  # fmt: skip
        logged = session.execute(text("SELECT tbl, row_id FROM row_log")).all()
    db.close()
    assert len(websites) == 2 and websites == [None, None]
    assert "card_images" in tables
    assert ("attendees", "a-new") in [tuple(row) for row in logged]
