"""business cards: the picture of a visitor's card, kept with their consent; a website
for every lead and attendee row (cards print one)

Revision ID: 0011
Revises: 0010
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "card_images",
        sa.Column("id", sa.String(length=36), primary_key=True),
        sa.Column(
            "lead_id",
            sa.String(length=36),
            sa.ForeignKey("leads.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("visit_id", sa.String(length=36), nullable=True),
        sa.Column("taken_at", sa.DateTime(), nullable=False),
        sa.Column("jpeg", sa.LargeBinary(), nullable=False),
    )
    op.create_index("ix_card_images_lead_id", "card_images", ["lead_id"])
    for table in ("leads", "attendees"):
        # ADD COLUMN in place (SQLite and PostgreSQL): a batch copy of the table would
        # drop 0009's row-log triggers on attendees.
        op.add_column(table, sa.Column("website", sa.String(length=300), nullable=True))


def downgrade() -> None:
    for table in ("leads", "attendees"):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("website")
    op.drop_index("ix_card_images_lead_id", table_name="card_images")
    op.drop_table("card_images")
