"""Merging a file (or a signed report's assessment) into the assessment of the same id in the library: read and
check it as import does, plan the merge, then — once every conflict is decided — write it all in one
transaction. The command line (``import --merge``) and the app ("Merge…") both go through here."""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING, Any

from c102desk.errors import C102Error
from c102desk.i18n import Msg
from c102desk.store.merge_apply import Person, apply_merge
from c102desk.team.merge import Choice, MergePlan, MergeResult, Resolution, plan_merge, resolve, writes_for
from c102desk.team.snapshot import snapshot_of_document, snapshot_of_file

if TYPE_CHECKING:
    from c102desk.questionnaire.model import Question
    from c102desk.store import Store


class MergeValueError(C102Error):
    """A new value given for a conflict is not one the question takes."""


@dataclass(frozen=True)
class PreparedMerge:
    """A merge planned from a file, ready to be decided and applied."""

    plan: MergePlan
    source: str  # the file, as the assessor named it

    @property
    def assessment_id(self) -> str:
        return self.plan.mine.assessment_id or ""


def prepare_merge(store: Store, file: str | Path, *, force_unsigned: bool = False) -> PreparedMerge | None:
    """The merge of ``file`` into the library's assessment of the same id; None when the library has no
    assessment of that id (there is nothing to merge with). Nothing is written."""
    from c102desk.store import UnknownAssessmentError, paths, transfer
    from c102desk.team.sources import checked_file

    source = str(file)
    with checked_file(Path(file), force_unsigned=force_unsigned) as parsed:
        checked = transfer.plan_import(parsed, source)
        transfer.check_evidence(checked, paths.evidence_dir(store.folder), source)
        theirs = snapshot_of_file(parsed, source)
    if checked.id is None:
        return None
    try:
        document = store.export_document(checked.id)
    except UnknownAssessmentError:
        return None
    mine = snapshot_of_document(document, checked.id)
    return PreparedMerge(plan_merge(mine, theirs), source)


def finish_merge(store: Store, prepared: PreparedMerge, resolutions: dict[str, Resolution],
                 prefer: Choice | None = None, decided_by: Person | None = None) -> MergeResult:
    """Decide the conflicts (``UnresolvedConflictsError`` when one has no decision: nothing written), then write
    the whole merge in one transaction."""
    result = resolve(prepared.plan, resolutions, prefer)
    if result.answers or prepared.plan.new_evidence or result.decisions:
        apply_merge(store, writes_for(result, decided_by, prepared.source))
    return result


def parse_value(question: Question, text: str) -> Any:
    """A new value typed by the assessor, for ``question``: yes/no (also in French and Spanish), a number, an
    option's value (several separated by ";"), or text; JSON is accepted too. ``MergeValueError`` when the
    question does not take it (its own check, and the file's limits)."""
    from c102desk.assessment.limits import value_problem
    from c102desk.i18n import text_in
    from c102desk.questionnaire.model import NUMERIC_TYPES, QuestionType, Severity

    given = text.strip()
    value: Any
    if question.type is QuestionType.YES_NO:
        words = {"yes": True, "y": True, "true": True, "oui": True, "sí": True, "si": True,
                 "no": False, "n": False, "false": False, "non": False, "null": None, "": None}
        if given.lower() not in words:
            raise MergeValueError(Msg("team.merge.bad_value", question_id=question.id, value=text))
        value = words[given.lower()]
    elif question.type in NUMERIC_TYPES:
        try:
            number = Decimal(given.replace(",", ".").replace(" ", "").replace("\u202f", ""))
        except InvalidOperation:
            raise MergeValueError(Msg("team.merge.bad_value", question_id=question.id, value=text)) from None
        value = int(number) if number == number.to_integral_value() and "." not in given else number
    elif question.type is QuestionType.MULTI_CHOICE:
        try:
            value = json.loads(given)
        except ValueError:
            value = [part.strip() for part in given.split(";") if part.strip()]
    else:
        value = given
    errors = [i for i in question.check(value) if i.severity is Severity.ERROR]
    if errors:
        raise MergeValueError(text_in(errors[0].message, "en"))
    problem = value_problem(value)
    if problem is not None:
        raise MergeValueError(f"{question.id}: {problem}")
    return value
