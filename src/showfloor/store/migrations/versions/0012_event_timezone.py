"""event time zone: the show's clock, for the dashboard, the lists and the debrief

Revision ID: 0012
Revises: 0011
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Events of older versions keep no zone: they are shown in each laptop's, as before.
    # ADD COLUMN in place (SQLite and PostgreSQL): a batch copy of the table would drop
    # 0009's row-log triggers on events.
    op.add_column("events", sa.Column("time_zone", sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.drop_column("time_zone")
