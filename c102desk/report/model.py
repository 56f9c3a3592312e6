"""What a report is built from: the assessment file (with the store's extras when it comes from the store), its
evaluation, the language and, for a signed report, who signs."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from fractions import Fraction
from typing import Any

from c102desk.assessment.file_format import AssessmentFile
from c102desk.engine.results import Evaluation
from c102desk.numbers import fmt_number
from c102desk.questionnaire.model import Question, QuestionType
from c102desk.report.text import t


@dataclass(frozen=True)
class SignerInfo:
    """The signer, known before rendering so that the report can print the certificate's fingerprint."""

    name: str
    organisation: str = ""
    role: str = ""
    email: str = ""
    country: str = ""
    fingerprint_sha256: str = ""  # upper-case hex pairs separated by colons


@dataclass
class ReportInput:
    assessment: AssessmentFile
    evaluation: Evaluation
    lang: str = "en"
    signer: SignerInfo | None = None
    generated: datetime = field(default_factory=lambda: datetime.now().astimezone())
    source_name: str = "assessment.c102.json"

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
        return "; ".join(dict.fromkeys(names)), "; ".join(dict.fromkeys(orgs))

    def status_text(self) -> str:
        status = str(self.assessment.extra.get("assessment", {}).get("status", "draft"))
        return t(f"status.{status}", self.lang) if status in ("draft", "final") else status


def format_value(question: Question | None, value: Any, answers: dict[str, Any], lang: str) -> str:
    """An answer as a reader should see it: labels for choices, units, yes/no, thousands separators."""
    if value is None:
        return t("cell.unknown", lang)
    if isinstance(value, bool):
        return t("cell.yes" if value else "cell.no", lang)
    if question is not None and question.options:
        labels = {o.value: o.label for o in question.options}
        if isinstance(value, list):
            return "; ".join(labels.get(str(v), str(v)) for v in value) or "—"
        return labels.get(str(value), str(value))
    if isinstance(value, list):
        return "; ".join(str(v) for v in value) or "—"
    if isinstance(value, (int, Decimal, Fraction, float)):
        exact = Fraction(Decimal(repr(value))) if isinstance(value, float) else Fraction(value)
        number = fmt_number(exact)
        if question is None:
            return number
        if question.unit == "year":
            return str(exact)  # unit "year" (singular) marks a calendar year: 2025, not "2,025 year"
        if question.type is QuestionType.PERCENTAGE:
            return f"{number} %"
        if question.type is QuestionType.AMOUNT:
            currency = answers.get("I.wages.currency") or ""
            basis = answers.get("I.wages.time_basis") if question.period == "time_basis" else question.period
            period = f" / {basis}" if basis else ""
            return f"{number} {currency}{period}".replace("  ", " ").strip()
        unit = f" {question.unit}" if question.unit else ""
        return f"{number}{unit}"
    return str(value)
