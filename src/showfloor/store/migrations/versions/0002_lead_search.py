"""lead search: an FTS5 index over names, company, email, notes and answers

Revision ID: 0002
Revises: 0001
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return  # other engines search with ILIKE (services/search.py)
    # Contentless-delete FTS would save space but needs SQLite 3.43; keep the portable
    # form. The index holds one row per lead; services keep it in step on every write.
    op.execute(
        "CREATE VIRTUAL TABLE lead_search USING fts5("
        "lead_id UNINDEXED, event_id UNINDEXED, body, tokenize='unicode61 remove_diacritics 2')"
    )
    op.execute(
        "INSERT INTO lead_search (lead_id, event_id, body) "
        "SELECT l.id, l.event_id, "
        "coalesce(l.first_name, '') || ' ' || coalesce(l.last_name, '') || ' ' || "
        "coalesce(l.full_name, '') || ' ' || coalesce(l.company, '') || ' ' || "
        "coalesce(l.title, '') || ' ' || coalesce(l.email, '') || ' ' || "
        "coalesce((SELECT group_concat("
        "coalesce(v.notes, '') || ' ' || coalesce(v.answers, ''), ' ') "
        "FROM visits v WHERE v.lead_id = l.id), '') "
        "FROM leads l"
    )
