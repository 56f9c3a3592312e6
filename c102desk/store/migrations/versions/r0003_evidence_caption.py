"""Evidence files: a caption (what the document is, in the assessor's words), empty for the files already kept.

A plain ADD COLUMN with a default: no table is rebuilt, no row or link is touched.

Revision ID: r0003
Revises: r0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "r0003"
down_revision = "r0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("evidence_files", sa.Column("caption", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("evidence_files") as batch:
        batch.drop_column("caption")
