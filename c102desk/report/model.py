"""What a report is built from: the assessment file (with the store's extras when it comes from the store), its
evaluation, the language and, for a signed report, who signs."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from c102desk.assessment.file_format import AssessmentFile
from c102desk.engine.results import Evaluation
from c102desk.i18n import amount, exact, format_number, format_percent, list_separator, quantity
from c102desk.questionnaire.model import Question, Questionnaire, QuestionType
from c102desk.report.text import option_label, t

if TYPE_CHECKING:
    from c102desk.signing.identity import Identity


@dataclass(frozen=True)
class SignerInfo:
    """The signer, known before rendering so that the report can print the certificate's fingerprint."""

    name: str
    organisation: str = ""
    role: str = ""
    email: str = ""
    country: str = ""
    fingerprint_sha256: str = ""  # upper-case hex pairs separated by colons


def signer_info(identity: Identity, role: str = "") -> SignerInfo:
    """What the report prints about its signer: the certificate's names, the role given or the certificate's.
    Here, not in ``report.signatures``, so that a report signed by the signing worker is built without pyHanko."""
    return SignerInfo(name=identity.name, organisation=identity.organisation, role=role or identity.title,
                      email=identity.email, country=identity.country, fingerprint_sha256=identity.fingerprint)


@dataclass(frozen=True)
class ReviewNote:
    """An open review comment or flag on a question, for the report's annex C (``report.review_annex``)."""

    question_id: str
    kind: str  # comment or flag
    text: str
    author: str
    created: str  # ISO 8601


@dataclass(frozen=True)
class ChangeNote:
    """One difference from an earlier revision, worded in the report's language (``team.compare``), for the
    report's annex D (``report.review_annex``): an answer's field (``question_id`` set), or a verdict."""

    part: str  # "" for ratification
    question_id: str  # "" for a verdict
    what: str  # the question's words, or the Part's / requirement's name
    field: str  # "Answer", "Note"… in the report's language ("" for a verdict)
    before: str
    after: str


@dataclass(frozen=True)
class ChangesSince:
    """The changes since an earlier revision, for the report's annex."""

    revision: str  # how the earlier one is named: "revision 1", a file name
    changes: tuple[ChangeNote, ...]


@dataclass
class ReportInput:
    """Everything a report is made from: the assessment, its verdicts, the language and the signer."""

    assessment: AssessmentFile
    evaluation: Evaluation
    lang: str = "en"
    signer: SignerInfo | None = None
    generated: datetime = field(default_factory=lambda: datetime.now().astimezone())
    source_name: str = "assessment.c102.json"
    review: tuple[ReviewNote, ...] | None = None  # the open review comments, when the report carries them
    changes: ChangesSince | None = None  # what changed since an earlier revision, when the report shows it

    @property
    def country(self) -> str:
        return self.assessment.country or "—"

    @property
    def details(self) -> dict[str, dict[str, Any]]:
        details = self.assessment.extra.get("answer_details", {})
        return details if isinstance(details, dict) else {}

    @property
    def evidence(self) -> list[dict[str, Any]]:
        evidence = self.assessment.extra.get("evidence", [])
        return evidence if isinstance(evidence, list) else []

    @property
    def assessors(self) -> list[dict[str, Any]]:
        assessors = self.assessment.extra.get("assessors", [])
        return assessors if isinstance(assessors, list) else []

    def assessor_line(self) -> tuple[str, str]:
        """Names and organisations of the assessors (from the store), else the signer's."""
        names = [str(a.get("name", "")) for a in self.assessors if a.get("name")]
        orgs = [str(a.get("organisation", "")) for a in self.assessors if a.get("organisation")]
        if not names and self.signer is not None:
            names = [self.signer.name]
        if not orgs and self.signer is not None and self.signer.organisation:
            orgs = [self.signer.organisation]
        sep = list_separator(self.lang)
        return sep.join(dict.fromkeys(names)), sep.join(dict.fromkeys(orgs))

    def status_text(self) -> str:
        status = str(self.assessment.extra.get("assessment", {}).get("status", "draft"))
        return t(f"status.{status}", self.lang) if status in ("draft", "final") else status


def format_value(questionnaire: Questionnaire, question: Question | None, value: Any, answers: dict[str, Any],
                 lang: str) -> str:
    """An answer as a reader of ``lang`` should see it: the option labels, yes/no, numbers with the language's
    separators, units, amounts with the currency and the period. Free text is the assessor's and is kept as given."""
    if value is None:
        return t("cell.unknown", lang)
    if isinstance(value, bool):
        return t("cell.yes" if value else "cell.no", lang)
    if question is not None and question.options:
        if isinstance(value, list):
            return list_separator(lang).join(option_label(questionnaire, question, str(v), lang) for v in value) or "—"
        return option_label(questionnaire, question, str(value), lang)
    if isinstance(value, list):
        return list_separator(lang).join(str(v) for v in value) or "—"
    if isinstance(value, (int, Decimal, Fraction, float)) and not isinstance(value, bool):
        number = exact(value)
        if question is None:
            return format_number(number, lang)
        if question.unit == "year":
            return str(number)  # unit "year" (singular) marks a calendar year: 2025, not "2,025 year"
        if question.type is QuestionType.PERCENTAGE:
            return format_percent(number, lang)
        if question.type is QuestionType.AMOUNT:
            currency = str(answers.get("I.wages.currency") or "")
            basis = answers.get("I.wages.time_basis") if question.period == "time_basis" else question.period
            return amount(number, currency, str(basis) if basis else None, lang)
        if question.unit:
            return quantity(number, question.unit, lang)
        return format_number(number, lang)
    return str(value)
