"""Merge decisions (branch ``team``, issue 16): each conflict an assessor resolved while merging an offline copy
into the library — the question and field, both sides' values and the common ancestor's, what was chosen, when
and by whom. A new table: nothing else is touched.

Revision ID: r0004
Revises: r0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "r0004"
down_revision = "r0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "merge_decisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("assessment_id", sa.String(length=36), nullable=False),
        sa.Column("question_id", sa.String(length=200), nullable=False),
        sa.Column("field", sa.String(length=32), nullable=False),
        sa.Column("choice", sa.String(length=16), nullable=False),
        sa.Column("base_json", sa.Text(), nullable=True),
        sa.Column("mine_json", sa.Text(), nullable=False),
        sa.Column("theirs_json", sa.Text(), nullable=False),
        sa.Column("chosen_json", sa.Text(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("decided_at", sa.String(length=32), nullable=False),
        sa.Column("assessor_id", sa.Integer(), nullable=True),
        sa.CheckConstraint("choice IN ('theirs', 'mine', 'value')", name=op.f("ck_merge_decisions_choice")),
        sa.ForeignKeyConstraint(["assessment_id"], ["assessments.id"], ondelete="CASCADE",
                                name=op.f("fk_merge_decisions_assessment_id_assessments")),
        sa.ForeignKeyConstraint(["assessor_id"], ["assessor_profiles.id"], ondelete="SET NULL",
                                name=op.f("fk_merge_decisions_assessor_id_assessor_profiles")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_merge_decisions")),
    )
    op.create_index("ix_merge_decisions_assessment", "merge_decisions", ["assessment_id", "id"])


def downgrade() -> None:
    op.drop_index("ix_merge_decisions_assessment", table_name="merge_decisions")
    op.drop_table("merge_decisions")
