"""The tables of the local store (SQLAlchemy 2 typed ORM).

Times are ISO 8601 text in UTC (``2024-05-01T09:30:00.123456Z``) so that they sort as text and travel
unchanged through assessment files. Answer values are JSON text (see ``values.py``).
"""

from __future__ import annotations

from sqlalchemy import (
    CheckConstraint,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    MetaData,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from c102desk.store.records import STATUS_DRAFT

# Named constraints, so that batch migrations can drop and recreate them (ecosystem-notes.md §6).
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class AssessorProfile(Base):
    """A person who gives answers; history entries name the profile."""

    __tablename__ = "assessor_profiles"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    organisation: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(200), default="")
    created: Mapped[str] = mapped_column(String(32))


class Assessment(Base):
    __tablename__ = "assessments"
    __table_args__ = (CheckConstraint("status IN ('draft', 'final')", name="status"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # a UUID
    country: Mapped[str] = mapped_column(String(200), default="")
    title: Mapped[str] = mapped_column(String(500), default="")
    questionnaire_version: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(16), default=STATUS_DRAFT)
    revision: Mapped[int] = mapped_column(Integer, default=1)
    previous_revision_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("assessments.id", ondelete="SET NULL"), nullable=True
    )
    created: Mapped[str] = mapped_column(String(32))
    changed: Mapped[str] = mapped_column(String(32))
    trashed_at: Mapped[str | None] = mapped_column(String(32), nullable=True)


class Answer(Base):
    """The current answer to one question of one assessment."""

    __tablename__ = "answers"
    __table_args__ = (
        CheckConstraint("confidence IS NULL OR confidence IN ('high', 'medium', 'low')", name="confidence"),
    )

    assessment_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("assessments.id", ondelete="CASCADE"), primary_key=True
    )
    question_id: Mapped[str] = mapped_column(String(200), primary_key=True)
    value_json: Mapped[str] = mapped_column(Text)
    note: Mapped[str] = mapped_column(Text, default="")
    legal_citation: Mapped[str] = mapped_column(Text, default="")
    confidence: Mapped[str | None] = mapped_column(String(16), nullable=True)
    changed: Mapped[str] = mapped_column(String(32))
    assessor_id: Mapped[int | None] = mapped_column(
        Integer, ForeignKey("assessor_profiles.id", ondelete="SET NULL"), nullable=True
    )


class AnswerChange(Base):
    """One entry of an answer's history. ``old_value_json`` is NULL when there was no answer before."""

    __tablename__ = "answer_history"
    __table_args__ = (Index("ix_answer_history_assessment_question", "assessment_id", "question_id", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    assessment_id: Mapped[str] = mapped_column(String(36), ForeignKey("assessments.id", ondelete="CASCADE"))
    question_id: Mapped[str] = mapped_column(String(200))
    old_value_json: Mapped[str | None] = mapped_column(Text, nullable=True)
    new_value_json: Mapped[str] = mapped_column(Text)
    changed_at: Mapped[str] = mapped_column(String(32))
    assessor_id: Mapped[int | None] = mapped_column(
        Integer, ForeignKey("assessor_profiles.id", ondelete="SET NULL"), nullable=True
    )


class EvidenceFile(Base):
    """A document backing answers: a copy kept in the data folder (``storage='copy'``) or a path to it."""

    __tablename__ = "evidence_files"
    __table_args__ = (CheckConstraint("storage IN ('copy', 'path')", name="storage"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # a UUID
    assessment_id: Mapped[str] = mapped_column(String(36), ForeignKey("assessments.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(500))
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    storage: Mapped[str] = mapped_column(String(8))
    path: Mapped[str] = mapped_column(Text)  # the copy's file name under evidence/, or the original path
    added: Mapped[str] = mapped_column(String(32))
    caption: Mapped[str] = mapped_column(Text, default="", server_default="")  # the assessor's words for it


class AnswerEvidence(Base):
    """Links an answer to an evidence file of the same assessment."""

    __tablename__ = "answer_evidence"
    __table_args__ = (
        ForeignKeyConstraint(
            ["assessment_id", "question_id"],
            ["answers.assessment_id", "answers.question_id"],
            ondelete="CASCADE",
            name="fk_answer_evidence_answer",
        ),
    )

    assessment_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    question_id: Mapped[str] = mapped_column(String(200), primary_key=True)
    evidence_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("evidence_files.id", ondelete="CASCADE"), primary_key=True
    )


class MergeDecision(Base):
    """A conflict an assessor resolved while merging an offline copy (``team.merge``): both sides' values, the
    common ancestor's (NULL for a note, citation, mark or evidence: they have no history), what was chosen, by
    whom. Values are JSON text; a note or citation as a JSON string, evidence as a list of SHA-256."""

    __tablename__ = "merge_decisions"
    __table_args__ = (
        CheckConstraint("choice IN ('theirs', 'mine', 'value')", name="choice"),
        Index("ix_merge_decisions_assessment", "assessment_id", "id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    assessment_id: Mapped[str] = mapped_column(String(36), ForeignKey("assessments.id", ondelete="CASCADE"))
    question_id: Mapped[str] = mapped_column(String(200))
    field: Mapped[str] = mapped_column(String(32))
    choice: Mapped[str] = mapped_column(String(16))
    base_json: Mapped[str | None] = mapped_column(Text, nullable=True)
    mine_json: Mapped[str] = mapped_column(Text)
    theirs_json: Mapped[str] = mapped_column(Text)
    chosen_json: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(Text)  # the file merged in, as the assessor named it
    decided_at: Mapped[str] = mapped_column(String(32))
    assessor_id: Mapped[int | None] = mapped_column(
        Integer, ForeignKey("assessor_profiles.id", ondelete="SET NULL"), nullable=True
    )


class ReviewComment(Base):
    """A reviewer's comment on a question, or a flag asking for its review (``kind``); open until resolved."""

    __tablename__ = "review_comments"
    __table_args__ = (
        CheckConstraint("kind IN ('comment', 'flag')", name="kind"),
        Index("ix_review_comments_assessment", "assessment_id", "id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    assessment_id: Mapped[str] = mapped_column(String(36), ForeignKey("assessments.id", ondelete="CASCADE"))
    question_id: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text)
    created: Mapped[str] = mapped_column(String(32))
    author_id: Mapped[int | None] = mapped_column(
        Integer, ForeignKey("assessor_profiles.id", ondelete="SET NULL"), nullable=True
    )
    resolved_at: Mapped[str | None] = mapped_column(String(32), nullable=True)
    resolved_by_id: Mapped[int | None] = mapped_column(
        Integer, ForeignKey("assessor_profiles.id", ondelete="SET NULL"), nullable=True
    )


class ReviewEvent(Base):
    """One change of an assessment's review state; the latest is the current state (none: draft)."""

    __tablename__ = "review_events"
    __table_args__ = (
        CheckConstraint("state IN ('draft', 'in_review', 'returned', 'approved')", name="state"),
        Index("ix_review_events_assessment", "assessment_id", "id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    assessment_id: Mapped[str] = mapped_column(String(36), ForeignKey("assessments.id", ondelete="CASCADE"))
    state: Mapped[str] = mapped_column(String(16))
    note: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[str] = mapped_column(String(32))
    by_id: Mapped[int | None] = mapped_column(
        Integer, ForeignKey("assessor_profiles.id", ondelete="SET NULL"), nullable=True
    )
