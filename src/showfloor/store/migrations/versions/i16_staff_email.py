"""staff email: the address each CRM file names as the lead's owner

Revision ID: i16_staff_email
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "i16_staff_email"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("staff") as batch:
        batch.add_column(sa.Column("email", sa.String(length=300), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("staff") as batch:
        batch.drop_column("email")
