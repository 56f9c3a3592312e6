"""The first store schema: assessments, answers, their history, evidence files and assessor profiles.

Revision ID: r0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "r0001"
down_revision: str | None = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "assessor_profiles",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("organisation", sa.String(200), nullable=False),
        sa.Column("role", sa.String(200), nullable=False),
        sa.Column("created", sa.String(32), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_assessor_profiles"),
    )
    op.create_table(
        "assessments",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("country", sa.String(200), nullable=False),
        sa.Column("title", sa.String(500), nullable=False),
        sa.Column("questionnaire_version", sa.String(32), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("previous_revision_id", sa.String(36), nullable=True),
        sa.Column("created", sa.String(32), nullable=False),
        sa.Column("changed", sa.String(32), nullable=False),
        sa.Column("trashed_at", sa.String(32), nullable=True),
        sa.CheckConstraint("status IN ('draft', 'final')", name=op.f("ck_assessments_status")),
        sa.ForeignKeyConstraint(
            ["previous_revision_id"], ["assessments.id"],
            name="fk_assessments_previous_revision_id_assessments", ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_assessments"),
    )
    op.create_table(
        "answers",
        sa.Column("assessment_id", sa.String(36), nullable=False),
        sa.Column("question_id", sa.String(200), nullable=False),
        sa.Column("value_json", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("legal_citation", sa.Text(), nullable=False),
        sa.Column("confidence", sa.String(16), nullable=True),
        sa.Column("changed", sa.String(32), nullable=False),
        sa.Column("assessor_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["assessment_id"], ["assessments.id"], name="fk_answers_assessment_id_assessments", ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["assessor_id"], ["assessor_profiles.id"],
            name="fk_answers_assessor_id_assessor_profiles", ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("assessment_id", "question_id", name="pk_answers"),
    )
    op.create_table(
        "answer_history",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("assessment_id", sa.String(36), nullable=False),
        sa.Column("question_id", sa.String(200), nullable=False),
        sa.Column("old_value_json", sa.Text(), nullable=True),
        sa.Column("new_value_json", sa.Text(), nullable=False),
        sa.Column("changed_at", sa.String(32), nullable=False),
        sa.Column("assessor_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["assessment_id"], ["assessments.id"],
            name="fk_answer_history_assessment_id_assessments", ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["assessor_id"], ["assessor_profiles.id"],
            name="fk_answer_history_assessor_id_assessor_profiles", ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_answer_history"),
    )
    op.create_table(
        "evidence_files",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("assessment_id", sa.String(36), nullable=False),
        sa.Column("name", sa.String(500), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("storage", sa.String(8), nullable=False),
        sa.Column("path", sa.Text(), nullable=False),
        sa.Column("added", sa.String(32), nullable=False),
        sa.CheckConstraint("storage IN ('copy', 'path')", name=op.f("ck_evidence_files_storage")),
        sa.ForeignKeyConstraint(
            ["assessment_id"], ["assessments.id"],
            name="fk_evidence_files_assessment_id_assessments", ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_evidence_files"),
    )
    op.create_table(
        "answer_evidence",
        sa.Column("assessment_id", sa.String(36), nullable=False),
        sa.Column("question_id", sa.String(200), nullable=False),
        sa.Column("evidence_id", sa.String(36), nullable=False),
        sa.ForeignKeyConstraint(
            ["assessment_id", "question_id"], ["answers.assessment_id", "answers.question_id"],
            name="fk_answer_evidence_answer", ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["evidence_id"], ["evidence_files.id"],
            name="fk_answer_evidence_evidence_id_evidence_files", ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("assessment_id", "question_id", "evidence_id", name="pk_answer_evidence"),
    )


def downgrade() -> None:
    for table in ("answer_evidence", "evidence_files", "answer_history", "answers", "assessments",
                  "assessor_profiles"):
        op.drop_table(table)
