"""sync: per-field clocks on leads, merged-lead aliases, and a change log for push/pull

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_SQLITE_TRIGGERS = (
    "CREATE TRIGGER sync_log_lead_insert AFTER INSERT ON leads "
    "BEGIN INSERT INTO sync_log (lead_id) VALUES (NEW.id); END",
    "CREATE TRIGGER sync_log_lead_update AFTER UPDATE ON leads "
    "BEGIN INSERT INTO sync_log (lead_id) VALUES (NEW.id); END",
    "CREATE TRIGGER sync_log_visit_insert AFTER INSERT ON visits "
    "BEGIN INSERT INTO sync_log (lead_id) VALUES (NEW.lead_id); END",
)

_POSTGRES_TRIGGERS = (
    "CREATE OR REPLACE FUNCTION showfloor_log_lead() RETURNS trigger AS $$ "
    "BEGIN INSERT INTO sync_log (lead_id) VALUES (NEW.id); RETURN NULL; END $$ "
    "LANGUAGE plpgsql",
    "CREATE OR REPLACE FUNCTION showfloor_log_visit() RETURNS trigger AS $$ "
    "BEGIN INSERT INTO sync_log (lead_id) VALUES (NEW.lead_id); RETURN NULL; END $$ "
    "LANGUAGE plpgsql",
    "CREATE TRIGGER sync_log_lead AFTER INSERT OR UPDATE ON leads "
    "FOR EACH ROW EXECUTE FUNCTION showfloor_log_lead()",
    "CREATE TRIGGER sync_log_visit AFTER INSERT ON visits "
    "FOR EACH ROW EXECUTE FUNCTION showfloor_log_visit()",
)


def upgrade() -> None:
    # Per-field last-writer clocks: a merge keeps the newest value of each field,
    # whichever laptop wrote it (services/sync/clock.py).
    with op.batch_alter_table("leads") as batch_op:
        batch_op.add_column(sa.Column("field_times", sa.JSON(), nullable=True))
    # The same person captured on two laptops becomes one lead; the other id is
    # remembered so later merges map it to the survivor too.
    op.create_table(
        "lead_aliases",
        sa.Column("alias_id", sa.String(length=36), nullable=False),
        sa.Column("lead_id", sa.String(length=36), nullable=False),
        sa.Column("merged_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("alias_id"),
    )
    # Which leads changed, in commit order: push/pull send only what changed since
    # the last exchange with a server. Filled by triggers, so every writer is covered.
    op.create_table(
        "sync_log",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("lead_id", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("seq"),
    )
    dialect = op.get_bind().dialect.name
    statements: tuple[str, ...]
    if dialect == "sqlite":
        statements = _SQLITE_TRIGGERS
    elif dialect == "postgresql":
        statements = _POSTGRES_TRIGGERS
    else:
        statements = ()
    for statement in statements:
        op.execute(statement)
