"""card images: the picture of a visitor's business card, kept with their consent

Revision ID: i25_card_images
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = "i25_card_images"
down_revision = "0007"
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


def downgrade() -> None:
    op.drop_index("ix_card_images_lead_id", table_name="card_images")
    op.drop_table("card_images")
