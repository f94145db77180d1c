"""visit edits and follow-ups: answers corrected after the show merge by their own
stamp; the follow-up's owner and done state; the phone index for duplicate hints

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

# An edited visit is a changed lead for push/pull (sync_log), like a new one.
_SQLITE_TRIGGERS = (
    "CREATE TRIGGER sync_log_visit_update AFTER UPDATE ON visits "
    "BEGIN INSERT INTO sync_log (lead_id) VALUES (NEW.lead_id); END",
)
_POSTGRES_TRIGGERS = (
    "CREATE TRIGGER sync_log_visit_update AFTER UPDATE ON visits "
    "FOR EACH ROW EXECUTE FUNCTION showfloor_log_visit()",
)


def upgrade() -> None:
    # When and where a visit's answers or notes were last corrected: a merge keeps
    # the newest correction of each visit (services/sync/merge/visits.py). Never
    # edited: NULL, older than any edit.
    for table in ("visits", "visit_trash"):
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("edited_at", sa.DateTime(), nullable=True))
            batch.add_column(sa.Column("edited_device", sa.String(length=36), nullable=True))
    # Who follows the lead up after the show, and when it was done (NULL: not yet):
    # one field group of the lead, merged like its other fields.
    with op.batch_alter_table("leads") as batch:
        batch.add_column(sa.Column("follow_up_owner", sa.String(length=200), nullable=True))
        batch.add_column(sa.Column("follow_up_done_at", sa.DateTime(), nullable=True))
    op.create_index("ix_leads_event_phone", "leads", ["event_id", "phone"])
    dialect = op.get_bind().dialect.name
    statements: tuple[str, ...] = ()
    if dialect == "sqlite":
        statements = _SQLITE_TRIGGERS
    elif dialect == "postgresql":
        statements = _POSTGRES_TRIGGERS
    for statement in statements:
        op.execute(statement)


def downgrade() -> None:
    on = " ON visits" if op.get_bind().dialect.name == "postgresql" else ""
    op.execute(f"DROP TRIGGER IF EXISTS sync_log_visit_update{on}")
    op.drop_index("ix_leads_event_phone", table_name="leads")
    with op.batch_alter_table("leads") as batch:
        batch.drop_column("follow_up_done_at")
        batch.drop_column("follow_up_owner")
    for table in ("visit_trash", "visits"):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("edited_device")
            batch.drop_column("edited_at")
