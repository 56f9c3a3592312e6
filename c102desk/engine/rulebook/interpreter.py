"""The one interpreter of the rule files: a Part's steps, in order, become its requirements.

A rule's ladder is tried rung by rung; the first outcome whose condition holds decides. Conditions read the
answers typed as the rules need them (numbers exact, a blank text unanswered) and the named values of the rule:
its ``let`` values and checks (each computed once, when first read), other rules of the Part (``RULE.status``),
and the facts every rule may read (``article_3_declared``, ``part_answered``, ``accepted_parts``).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from c102desk.engine.calculations import Calculation
from c102desk.engine.context import Context
from c102desk.engine.results import Requirement, Status, best_of, worst_of
from c102desk.engine.rulebook import calculators
from c102desk.engine.rulebook.expressions import OMITTED, Expr
from c102desk.engine.rulebook.model import CalculatorStep, Ladder, Outcome, PartRules, Rule
from c102desk.i18n import Msg
from c102desk.numbers import to_json_number
from c102desk.questionnaire.conditions import Condition
from c102desk.questionnaire.model import NUMERIC_TYPES, QuestionType

_NOT_YET = object()


@dataclass
class Result:
    """What a ladder decided."""

    status: Status
    text: Any
    values: dict[str, Any]
    assumptions: tuple[str, ...]
    article: str | None = None
    informational: bool | None = None
    omit: bool = False
    calculations: tuple[Calculation, ...] = ()

    def attribute(self, name: str) -> Any:
        if name == "status":
            return self.status
        if name == "text":
            return self.text
        if name == "values":
            return self.values
        raise KeyError(name)


class TypedAnswers(Mapping[str, Any]):
    """The relevant answers as rules read them: a number exact, a yes/no a bool, a blank text no answer."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.typed: dict[str, Any] = {}  # the answers do not change while a Part is evaluated

    def __getitem__(self, question_id: str) -> Any:
        value = self.get(question_id)
        if value is None:
            raise KeyError(question_id)
        return value

    def get(self, question_id: str, default: Any = None) -> Any:
        try:
            value = self.typed[question_id]
        except KeyError:
            value = self.typed[question_id] = self._typed(question_id)
        return default if value is None else value

    def _typed(self, question_id: str) -> Any:
        question = self.ctx.questionnaire.by_id.get(question_id)
        if question is None:
            raise KeyError(f"rule refers to unknown question {question_id!r}")  # caught at load
        kind = question.type
        if kind is QuestionType.YES_NO:
            value: Any = self.ctx.flag(question_id)
        elif kind in NUMERIC_TYPES:
            value = self.ctx.number(question_id)
        elif kind is QuestionType.CHOICE:
            value = self.ctx.choice(question_id)
        elif kind is QuestionType.MULTI_CHOICE:
            value = self.ctx.choices(question_id)
        else:
            value = self.ctx.text(question_id)
        return value

    def __iter__(self) -> Iterator[str]:
        return iter(self.ctx.answers)

    def __len__(self) -> int:
        return len(self.ctx.answers)


class PartRun:
    """One evaluation of one Part's steps: the requirements found so far, by id, for rules that read them."""

    def __init__(self, ctx: Context, part: PartRules) -> None:
        self.ctx = ctx
        self.part = part
        self.answers = TypedAnswers(ctx)
        self.found: dict[str, Requirement | None] = {}
        self.rules = {s.id: s for s in part.steps if isinstance(s, Rule)}

    def requirements(self) -> list[Requirement]:
        out: list[Requirement] = []
        for step in self.part.steps:
            if isinstance(step, CalculatorStep):
                produced = calculators.run_step(self.ctx, step.calculator, step.args)
                for requirement in produced:
                    self.found[requirement.id] = requirement
                out.extend(produced)
                continue
            decided = self.rule(step.id)
            if decided is None:
                continue
            if step.only_finding_when is not None and decided.status is step.only_finding_when:
                return [decided]
            out.append(decided)
        return out

    def rule(self, rule_id: str) -> Requirement | None:
        if rule_id not in self.found:
            self.found[rule_id] = self._decide(self.rules[rule_id])
        return self.found[rule_id]

    def _decide(self, rule: Rule) -> Requirement | None:
        result = LadderRun(self, rule.ladder, None).decide()  # its assumptions are now relied upon
        if result.omit:
            return None
        informational = rule.informational if result.informational is None else result.informational
        return Requirement(
            rule.id, result.article or rule.article, result.status, result.text, _json_values(result.values),
            rule.questions, group=rule.group, article_3=rule.article_3, required=not informational,
            assumptions=result.assumptions, calculations=result.calculations,
        )

    def fact(self, name: str) -> Any:
        """A fact of the assessment that every rule may read."""
        if name == "article_3_declared":
            return self.ctx.article_3_declared
        if name == "part_answered":
            return self.ctx.part_answered(self.part.part)
        if name == "accepted_parts":
            return list(self.ctx.accepted)
        return _NOT_YET


class LadderRun:
    """The scope of one ladder being decided (a rule's, or a check's inside it)."""

    def __init__(self, run: PartRun, ladder: Ladder, parent: LadderRun | None) -> None:
        self.run = run
        self.ladder = ladder
        self.parent = parent
        self.lets = dict(ladder.let)
        self.checks = {c.name: c for c in ladder.checks}
        self.known: dict[str, Any] = {}

    # --- what expressions and conditions read ----------------------------------------------------------
    def answer(self, question_id: str) -> Any:
        return self.run.answers.get(question_id)

    def get(self, name: str, default: Any = None) -> Any:
        """Named values, as conditions read them (a Mapping-like ``get``)."""
        value = self.value(name)
        return default if value is None else value

    def value(self, name: str) -> Any:
        found = self._local(name)
        if found is not _NOT_YET:
            return found
        if self.parent is not None:
            return self.parent.value(name)
        fact = self.run.fact(name)
        if fact is not _NOT_YET:
            return fact
        rule_id, _, attribute = name.rpartition(".")
        requirement = self.run.rule(rule_id) if rule_id in self.run.rules else self.run.found.get(rule_id)
        if attribute == "status":
            return requirement.status if requirement is not None else None
        if attribute == "text":
            return requirement.explanation if requirement is not None else None
        raise KeyError(f"unknown value {name!r}")  # caught at load

    def _local(self, name: str) -> Any:
        if name in self.known:
            return self.known[name]
        if name in self.lets:
            self.known[name] = value = self.lets[name].eval(self)
            return value
        head, _, attribute = name.partition(".")
        if head in self.lets and attribute:
            value = self._local(head)
            return value[attribute] if isinstance(value, Mapping) else getattr(value, attribute)
        if head in self.checks:
            result = self.check(head)
            return result.attribute(attribute) if attribute else result
        return _NOT_YET

    def check(self, name: str) -> Result:
        key = f"{name}."
        if key not in self.known:
            self.known[key] = LadderRun(self.run, self.checks[name].ladder, self).decide()
        result: Result = self.known[key]
        return result

    def calculate(self, name: str, args: Mapping[str, Any]) -> Any:
        return calculators.calculate(self.run.ctx, name, args)

    def assumption_value(self, assumption_id: str) -> Fraction | None:
        return self.run.ctx.assumptions[assumption_id].value

    def holds(self, condition: Condition) -> bool:
        return condition.evaluate(self.run.answers, self)

    # --- deciding ----------------------------------------------------------------------------------------
    def decide(self) -> Result:
        for outcome in self.ladder.outcomes:
            if outcome.when is None or self.holds(outcome.when):
                result = self._result(outcome)
                # An assumption is relied upon as soon as a decision resting on it is made.
                for assumption in result.assumptions:
                    self.run.ctx.assume(assumption)
                return result
        raise AssertionError("a ladder always ends with an outcome without a condition")  # checked at load

    def _result(self, outcome: Outcome) -> Result:
        if outcome.omit:
            return Result(Status.NOT_APPLICABLE, "", {}, (), omit=True)
        base = self.check(outcome.result) if outcome.result else None
        status = outcome.status
        if outcome.combine is not None:
            how, names = outcome.combine
            statuses = [self.check(n).status for n in names]
            status = worst_of(statuses) if how == "worst_of" else best_of(statuses)
        if status is None:
            assert base is not None
            status = base.status
        text = outcome.text.eval(self) if outcome.text is not None else (base.text if base else "")
        calculations = base.calculations if base is not None else ()
        if outcome.calculation is not None:
            record = outcome.calculation.eval(self)
            calculations = (record,) if record is not None else ()
        if outcome.values is not None:
            values = _evaluated(outcome.values, self)
        elif outcome.calculation is not None and calculations:
            values = {**calculations[0].values(), **_evaluated(outcome.add_values, self)}
        elif base is not None:
            values = {**base.values, **_evaluated(outcome.add_values, self)}
        else:
            values = _evaluated(self.ladder.values, self)
        # An outcome that names its assumptions names all it rests on; otherwise it keeps the check's it passes on.
        if outcome.assumptions is not None:
            assumptions = outcome.assumptions
        else:
            assumptions = base.assumptions if base is not None else self.ladder.assumptions
        article = outcome.article or (base.article if base else None) or self.ladder.article
        return Result(status, text, values, assumptions, article, outcome.informational, calculations=calculations)


def _evaluated(entries: tuple[tuple[str, Expr], ...], scope: LadderRun) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, expr in entries:
        value = expr.eval(scope)
        if value is not OMITTED:
            out[name] = value
    return out


def _json_values(values: Mapping[str, Any]) -> dict[str, Any]:
    return {name: _json(value) for name, value in values.items()}


def _json(value: Any) -> Any:
    """A requirement's figures as the evaluation file writes them (exact numbers as JSON numbers)."""
    if isinstance(value, Fraction):
        return to_json_number(value)
    if isinstance(value, Status):
        return value.value
    if isinstance(value, Msg):
        return str.__str__(value)
    if isinstance(value, Mapping):
        return {k: _json(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_json(v) for v in value]
    return value
