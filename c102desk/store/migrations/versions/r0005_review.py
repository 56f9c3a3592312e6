"""Review (branch ``team``, issue 16): comments and review flags on questions (author, time, resolved or not, by
whom), and the assessment's review states (draft → in review → returned / approved), each change one row so that
the table is their history. New tables: nothing else is touched.

Revision ID: r0005
Revises: r0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "r0005"
down_revision = "r0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "review_comments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("assessment_id", sa.String(length=36), nullable=False),
        sa.Column("question_id", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created", sa.String(length=32), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=True),
        sa.Column("resolved_at", sa.String(length=32), nullable=True),
        sa.Column("resolved_by_id", sa.Integer(), nullable=True),
        sa.CheckConstraint("kind IN ('comment', 'flag')", name=op.f("ck_review_comments_kind")),
        sa.ForeignKeyConstraint(["assessment_id"], ["assessments.id"], ondelete="CASCADE",
                                name=op.f("fk_review_comments_assessment_id_assessments")),
        sa.ForeignKeyConstraint(["author_id"], ["assessor_profiles.id"], ondelete="SET NULL",
                                name=op.f("fk_review_comments_author_id_assessor_profiles")),
        sa.ForeignKeyConstraint(["resolved_by_id"], ["assessor_profiles.id"], ondelete="SET NULL",
                                name=op.f("fk_review_comments_resolved_by_id_assessor_profiles")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_comments")),
    )
    op.create_index("ix_review_comments_assessment", "review_comments", ["assessment_id", "id"])
    op.create_table(
        "review_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("assessment_id", sa.String(length=36), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("at", sa.String(length=32), nullable=False),
        sa.Column("by_id", sa.Integer(), nullable=True),
        sa.CheckConstraint("state IN ('draft', 'in_review', 'returned', 'approved')",
                           name=op.f("ck_review_events_state")),
        sa.ForeignKeyConstraint(["assessment_id"], ["assessments.id"], ondelete="CASCADE",
                                name=op.f("fk_review_events_assessment_id_assessments")),
        sa.ForeignKeyConstraint(["by_id"], ["assessor_profiles.id"], ondelete="SET NULL",
                                name=op.f("fk_review_events_by_id_assessor_profiles")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_events")),
    )
    op.create_index("ix_review_events_assessment", "review_events", ["assessment_id", "id"])


def downgrade() -> None:
    op.drop_index("ix_review_events_assessment", table_name="review_events")
    op.drop_table("review_events")
    op.drop_index("ix_review_comments_assessment", table_name="review_comments")
    op.drop_table("review_comments")
