"""Search finds part of a name written without spaces (Japanese, Chinese, Thai)."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa

from showfloor.services.leads import LeadFilter, count_leads
from showfloor.services.search_index import fts_query, search_body
from showfloor.store.migrate import upgrade

from helpers.builders import OpenDb
from helpers.cli import run_cli


@pytest.fixture
def fair(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(capsys, "event", "create", "Fair").code == 0


def found(capsys: pytest.CaptureFixture[str], text: str) -> list[str]:
    result = run_cli(capsys, "leads", "list", "--search", text, "--json")
    assert result.code == 0, result.err
    return sorted(lead["company"] for lead in result.json())


def test_part_of_an_unspaced_company_name_finds_the_lead(
    capsys: pytest.CaptureFixture[str], fair: None
) -> None:
    for company, last in (
        ("株式会社サンプル", "山田"),
        ("北京科技有限公司", "王"),
        ("Engines Ltd", "Lovelace"),
    ):
        args = ["capture", "--class", "customer", "--last-name", last, "--company", company]
        assert run_cli(capsys, *args).code == 0
    assert found(capsys, "サンプル") == ["株式会社サンプル"]
    assert found(capsys, "会社サン") == ["株式会社サンプル"]
    assert found(capsys, "サ") == ["株式会社サンプル"]
    assert found(capsys, "科技") == ["北京科技有限公司"]
    assert found(capsys, "サンプル 山田") == ["株式会社サンプル"]
    assert found(capsys, "サンプル王") == []  # not a part of any name
    assert found(capsys, "Engi") == ["Engines Ltd"]  # Latin words match as before
    assert found(capsys, "ngines") == []


def test_latin_text_is_indexed_and_queried_exactly_as_before() -> None:
    assert search_body({"full_name": "Ada Lovelace", "company": "Engines"}, []) == (
        "Ada Lovelace Engines"
    )
    assert fts_query("ada love") == '"ada" "love"*'


def test_the_migration_makes_leads_indexed_before_it_findable_by_part(
    tmp_path: Path, open_db: OpenDb
) -> None:
    path = tmp_path / "showfloor.db"
    engine = sa.create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        upgrade(conn, "0004")
        conn.exec_driver_sql(
            "INSERT INTO events (id, name, created_at, updated_at) "
            "VALUES ('e1', 'Fair', '2026-11-01 00:00:00', '2026-11-01 00:00:00')"
        )
        conn.exec_driver_sql(
            "INSERT INTO leads (id, event_id, visitor_class, company, consent, tags, "
            "visit_count, first_seen_at, last_seen_at, created_at, updated_at, search_key) "
            "VALUES ('l1', 'e1', 'customer', '株式会社サンプル', 0, '[]', 1, "
            "'2026-11-01 10:00:00', '2026-11-01 10:00:00', '2026-11-01 10:00:00', "
            "'2026-11-01 10:00:00', 1)"
        )
        conn.exec_driver_sql("INSERT INTO lead_search (rowid, body) VALUES (1, '株式会社サンプル')")
    engine.dispose()
    db = open_db(path)  # migrates to the head
    with db.session() as session:
        assert count_leads(session, LeadFilter("e1", search="サンプル")) == 1
        assert count_leads(session, LeadFilter("e1", search="株式")) == 1
