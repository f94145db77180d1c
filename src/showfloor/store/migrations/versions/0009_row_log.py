"""row log: which rows of the small tables changed, so live sync sends only those

Revision ID: 0009
Revises: 0008
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

# The small tables a sync round sends, and the column that names one of their rows
# (a tombstone is named by its entity id: the other part of its key travels with it).
ROW_KEYS = {
    "devices": "id",
    "events": "id",
    "staff": "id",
    "attendees": "id",
    "tombstones": "entity_id",
    "lead_aliases": "alias_id",
    "event_aliases": "alias_id",
}

_POSTGRES_FUNCTION = (
    "CREATE OR REPLACE FUNCTION showfloor_log_row() RETURNS trigger AS $$ "
    "BEGIN INSERT INTO row_log (tbl, row_id) VALUES (TG_TABLE_NAME, to_jsonb(NEW) ->> TG_ARGV[0]); "
    "RETURN NULL; END $$ LANGUAGE plpgsql"
)


def _sqlite_triggers() -> list[str]:
    out = []
    for table, key in ROW_KEYS.items():
        for when in ("INSERT", "UPDATE"):
            out.append(
                f"CREATE TRIGGER row_log_{table}_{when.lower()} AFTER {when} ON {table} "
                f"BEGIN INSERT INTO row_log (tbl, row_id) VALUES ('{table}', NEW.{key}); END"
            )
    return out


def _postgres_triggers() -> list[str]:
    out = [_POSTGRES_FUNCTION]
    for table, key in ROW_KEYS.items():
        out.append(
            f"CREATE TRIGGER row_log_{table} AFTER INSERT OR UPDATE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION showfloor_log_row('{key}')"
        )
    return out


def upgrade() -> None:
    # Like sync_log for leads: push/pull send the rows of the small tables changed
    # since the last exchange (a renamed laptop, a new staff member), not the whole
    # tables every round. Filled by triggers, so every writer is covered.
    op.create_table(
        "row_log",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("tbl", sa.String(length=30), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("seq"),
    )
    dialect = op.get_bind().dialect.name
    statements: list[str] = []
    if dialect == "sqlite":
        statements = _sqlite_triggers()
    elif dialect == "postgresql":
        statements = _postgres_triggers()
    for statement in statements:
        op.execute(statement)


def downgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    for table in ROW_KEYS:
        if postgres:
            op.execute(f"DROP TRIGGER IF EXISTS row_log_{table} ON {table}")
        else:
            for when in ("insert", "update"):
                op.execute(f"DROP TRIGGER IF EXISTS row_log_{table}_{when}")
    if postgres:
        op.execute("DROP FUNCTION IF EXISTS showfloor_log_row()")
    op.drop_table("row_log")
