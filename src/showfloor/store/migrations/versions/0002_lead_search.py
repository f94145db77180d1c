"""lead search: an FTS5 index over names, company, email, tags, notes and answers;
an index to page an event's live leads by last visit

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A stable integer per lead: the FTS rowid. SQLite's own rowid may change on
    # VACUUM, so it cannot be the link between a lead and its index row.
    with op.batch_alter_table("leads") as batch_op:
        batch_op.add_column(sa.Column("search_key", sa.Integer(), nullable=True))
        batch_op.create_index("ix_leads_search_key", ["search_key"], unique=True)
        batch_op.create_index(
            "ix_leads_event_live_seen", ["event_id", "deleted_at", "last_seen_at", "id"]
        )
    if op.get_bind().dialect.name != "sqlite":
        return  # other engines search with ILIKE (services/leads.py)
    op.execute("UPDATE leads SET search_key = rowid")
    # prefix indexes make search-as-you-type prefixes cheap; detail=column keeps the
    # index small (no phrase queries needed: every word must match, in any order).
    op.execute(
        "CREATE VIRTUAL TABLE lead_search USING fts5(body, "
        "tokenize='unicode61 remove_diacritics 2', prefix='1 2 3', detail='column')"
    )
    op.execute(
        "INSERT INTO lead_search (rowid, body) "
        "SELECT l.search_key, "
        "coalesce(l.first_name, '') || ' ' || coalesce(l.last_name, '') || ' ' || "
        "coalesce(l.full_name, '') || ' ' || coalesce(l.company, '') || ' ' || "
        "coalesce(l.title, '') || ' ' || coalesce(l.email, '') || ' ' || "
        "coalesce((SELECT group_concat("
        "coalesce(v.notes, '') || ' ' || coalesce(v.answers, ''), ' ') "
        "FROM visits v WHERE v.lead_id = l.id), '') "
        "FROM leads l WHERE l.deleted_at IS NULL"
    )
