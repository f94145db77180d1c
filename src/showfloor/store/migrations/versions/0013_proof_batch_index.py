"""an index on the batch of each row proof, so a push can drop batches no row needs

A push removes a signed batch once every row it vouched for is vouched for by a
newer one (services/sync/proof_pruning.py): finding whether any proof still points
at a batch must not read every proof.

Revision ID: 0013
Revises: 0012
"""

from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_sync_row_proofs_batch_id", "sync_row_proofs", ["batch_id"])


def downgrade() -> None:
    op.drop_index("ix_sync_row_proofs_batch_id", table_name="sync_row_proofs")
