"""Answers: the confidence mark is one of high/medium/low (a CHECK); history: an index to list one answer's
changes quickly.

The CHECK needs a batch rebuild of ``answers``, whose rows are referenced by ``answer_evidence`` with
ON DELETE CASCADE: this must run with foreign keys OFF (migrate.py does), or dropping the old table would
delete every evidence link.

Revision ID: r0002
Revises: r0001
"""

from __future__ import annotations

from alembic import op

revision = "r0002"
down_revision = "r0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("answers") as batch:
        batch.create_check_constraint(
            op.f("ck_answers_confidence"), "confidence IS NULL OR confidence IN ('high', 'medium', 'low')"
        )
    op.create_index(
        "ix_answer_history_assessment_question", "answer_history", ["assessment_id", "question_id", "id"]
    )


def downgrade() -> None:
    op.drop_index("ix_answer_history_assessment_question", table_name="answer_history")
    with op.batch_alter_table("answers") as batch:
        batch.drop_constraint(op.f("ck_answers_confidence"), type_="check")
