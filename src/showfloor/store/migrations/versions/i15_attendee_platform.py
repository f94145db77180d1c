"""attendee platform: which ticketing platform's export each attendee row came from
(its badge rule, badges/platforms.py), indexed per event; CJK names searchable by part

Revision ID: i15_attendee_platform
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "i15_attendee_platform"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("attendees") as batch_op:
        batch_op.add_column(sa.Column("platform", sa.String(length=20), nullable=True))
        batch_op.create_index("ix_attendees_event_platform", ["event_id", "platform"])
