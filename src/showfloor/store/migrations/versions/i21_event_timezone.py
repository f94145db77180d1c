"""event time zone: the show's clock, for the dashboard, the lists and the debrief

Revision ID: i21_event_timezone
Revises: 0009
"""

import sqlalchemy as sa
from alembic import op

revision = "i21_event_timezone"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Events of older versions keep no zone: they are shown in each laptop's, as before.
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("time_zone", sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.drop_column("time_zone")
