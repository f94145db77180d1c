"""team-sync rows carry the signature of the laptop that wrote them

Used on a team server (services/sync/row_proofs.py); a laptop's own database has
the tables too (one schema everywhere) and leaves them empty.

Revision ID: 0010
Revises: 0009
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # One signed list of row digests per push (its manifest holds the laptop's
    # Ed25519 signature and team proofs, as a bundle's does).
    op.create_table(
        "sync_batches",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("signed_at", sa.DateTime(), nullable=False),
        sa.Column("manifest", sa.JSON(), nullable=False),
    )
    # Which batch vouches for each row as it now is on the server.
    op.create_table(
        "sync_row_proofs",
        sa.Column("table_name", sa.String(length=40), primary_key=True),
        sa.Column("row_key", sa.String(length=80), primary_key=True),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.Column("batch_id", sa.Integer(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("sync_row_proofs")
    op.drop_table("sync_batches")
