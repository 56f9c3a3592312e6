"""The rules for reviewers (docs/rules.md), generated from the rule files: every requirement, the questions it
reads, and its decision ladder in words, rung by rung.

    python -m c102desk.cli.rules --out docs/rules.md
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from c102desk.engine.context import load_assumptions
from c102desk.engine.rulebook import calculators
from c102desk.engine.rulebook.expressions import (
    Answer,
    AssumptionValue,
    Calc,
    Const,
    Expr,
    If,
    Join,
    ListOf,
    Message,
    MessageFor,
    Name,
    Percent,
    Quantity,
    Table,
)
from c102desk.engine.rulebook.model import CalculatorStep, Ladder, Outcome, Rule, RuleBook
from c102desk.i18n import term
from c102desk.i18n.catalogue import template
from c102desk.i18n.verdicts import requirement_name
from c102desk.questionnaire.conditions import AllOf, AnyOf, Compare, Condition, Not, Ref

_STATUS_WORDS = {
    "met": "met", "not_met": "not met", "needs_review": "for review",
    "insufficient_information": "lacks information", "not_applicable": "not applicable",
}
_OPERATORS = {"ge": "≥", "gt": ">", "le": "≤", "lt": "<"}


def _subject(kind: str, name: str) -> str:
    return f"`{name}`" if kind == "q" else f"*{name}*"


def _constant(value: Any) -> str:
    if value is True:
        return "yes"
    if value is False:
        return "no"
    if value == [] or value == ():
        return "empty"
    if isinstance(value, str):
        return f"`{value}`"
    return str(value)


def condition_text(condition: Condition, nested: bool = False) -> str:
    """A condition in words: `II.cost.morbid_sharing` is yes and `II.cost.avoid_hardship` is no."""
    if isinstance(condition, AllOf | AnyOf):
        joiner = " and " if isinstance(condition, AllOf) else " or "
        text = joiner.join(condition_text(p, nested=True) for p in condition.parts)
        return f"({text})" if nested else text
    if isinstance(condition, Not):
        inner = condition.inner
        if isinstance(inner, Compare) and inner.operator in ("eq", "contains") and not isinstance(inner.operand, Ref):
            verb = "is not" if inner.operator == "eq" else "does not include"
            return f"{_subject(inner.kind, inner.question_id)} {verb} {_constant(inner.operand)}"
        return f"not {condition_text(inner, nested=True)}"
    assert isinstance(condition, Compare)
    subject = _subject(condition.kind, condition.question_id)
    operand = condition.operand
    shown = _subject(operand.kind, operand.name) if isinstance(operand, Ref) else _constant(operand)
    match condition.operator:
        case "answered":
            return f"{subject} is {'answered' if operand else 'not answered'}"
        case "eq":
            return f"{subject} is {shown}"
        case "ne":
            return f"{subject} is not {shown}"
        case "in":
            return f"{subject} is one of {', '.join(_constant(v) for v in operand)}"
        case "contains":
            return f"{subject} includes {shown}"
    return f"{subject} {_OPERATORS[condition.operator]} {shown}"


_SILENT = re.compile(r"\{q\[[^\]]+\]:silent\}")
_NAMED = re.compile(r"\{q\[([^\]]+)\]\}")


def _quote(key: str) -> str:
    """A message by its English text (the questions it names by id, those it names silently left out)."""
    text = _NAMED.sub(r"`\1`", _SILENT.sub("", template(key, "en")))
    return f"“{text}” (`{key}`)"


def expression_text(expr: Expr | None) -> str:
    """What a text or value is, in words (messages by their English text and key)."""
    if expr is None:
        return "—"
    if isinstance(expr, Message):
        return _quote(expr.key)
    if isinstance(expr, If):
        otherwise = f"; otherwise {expression_text(expr.otherwise)}" if expr.otherwise is not None else ""
        return f"{expression_text(expr.then)} when {condition_text(expr.condition)}{otherwise}"
    if isinstance(expr, Name):
        return f"*{expr.name}*"
    if isinstance(expr, Answer):
        return f"the answer to `{expr.question_id}`"
    if isinstance(expr, Const):
        return _constant(expr.value)
    if isinstance(expr, Join | ListOf):
        return "the list of " + ", ".join(expression_text(i) for i in expr.items)
    if isinstance(expr, Table):
        return "; ".join(f"`{k}`: {expression_text(e)}" for k, e in expr.entries)
    if isinstance(expr, Calc):
        args = ", ".join(f"{k} = {expression_text(e)}" for k, e in expr.args)
        return f"calculator `{expr.name}`({args})"
    if isinstance(expr, AssumptionValue):
        return f"the figure of assumption {expr.assumption_id} (default {expr.default})"
    if isinstance(expr, MessageFor):
        return f"the name of {expression_text(expr.of)} (`{expr.prefix}…`)"
    if isinstance(expr, Quantity):
        return f"{expression_text(expr.amount)} {expr.unit}"
    if isinstance(expr, Percent):
        return f"{expression_text(expr.value)} %"
    return type(expr).__name__


def _outcome(outcome: Outcome) -> str:
    when = f"when {condition_text(outcome.when)}" if outcome.when is not None else "otherwise"
    if outcome.omit:
        return f"{when} → no finding (the requirement is not listed)"
    if outcome.combine is not None:
        how, names = outcome.combine
        status = f"the {'worst' if how == 'worst_of' else 'best'} of checks " + ", ".join(f"`{n}`" for n in names)
    elif outcome.status is not None:
        status = f"**{_STATUS_WORDS[outcome.status.value]}**"
    else:
        status = f"as check `{outcome.result}`"
    parts = [f"{when} → {status}"]
    if outcome.result is not None and outcome.combine is None and outcome.status is not None:
        parts.append(f"(the figures of check `{outcome.result}`)")
    if outcome.text is not None:
        parts.append(f"— {expression_text(outcome.text)}")
    elif outcome.result is not None:
        parts.append(f"— the text of check `{outcome.result}`")
    if outcome.article:
        parts.append(f"(Art {outcome.article})")
    if outcome.assumptions:
        parts.append("[" + ", ".join(outcome.assumptions) + "]")
    if outcome.informational:
        parts.append("(informational)")
    return " ".join(parts)


def _ladder(ladder: Ladder, indent: str = "") -> Iterator[str]:
    named = False
    for name, expr in ladder.let:
        yield f"{indent}- *{name}* = {expression_text(expr)}"
        named = True
    if ladder.assumptions:
        yield f"{indent}- the outcomes rely on {', '.join(ladder.assumptions)} unless they name others"
        named = True
    for check in ladder.checks:
        article = f" (Art {check.ladder.article})" if check.ladder.article else ""
        yield f"{indent}- check `{check.name}`{article}:"
        yield ""
        yield from _ladder(check.ladder, indent + "    ")
        named = True
    if named:
        yield ""
    for number, outcome in enumerate(ladder.outcomes, start=1):
        yield f"{indent}{number}. {_outcome(outcome)}"
    if indent:
        yield ""


def _rule(rule: Rule) -> Iterator[str]:
    yield f"### {rule.id} — {requirement_name(rule.id, 'en')} (Art {rule.article})"
    yield ""
    if rule.title:
        yield rule.title
        yield ""
    flags = []
    if rule.group:
        flags.append(f"alternative of group `{rule.group}`")
    if rule.article_3:
        flags.append("Article 3 alternative")
    if rule.informational:
        flags.append("informational (never decides the Part)")
    if rule.only_finding_when is not None:
        flags.append(f"when {_STATUS_WORDS[rule.only_finding_when.value]}, the Part's only finding")
    if flags:
        yield "*" + "; ".join(flags) + "*"
        yield ""
    yield "Questions: " + ", ".join(f"`{q}`" for q in rule.questions)
    if rule.assumptions_named:
        tags = load_assumptions()
        yield ""
        yield "Assumptions: " + ", ".join(f"{a} [{tags[a].tag}]" for a in rule.assumptions_named)
    yield ""
    yield "Decision:"
    yield ""
    yield from _ladder(rule.ladder)
    yield ""


def _calculation(step: CalculatorStep) -> Iterator[str]:
    calculator = calculators.STEP_CALCULATORS[step.calculator]
    names = ", ".join(step.ids)
    yield f"### {names} — computed in Python"
    yield ""
    yield f"`{step.calculator}` ({calculator.where}): {' '.join(calculator.doc.split())}"
    if step.args:
        yield ""
        for key, value in step.args.items():
            if isinstance(value, list):
                yield f"- {key}:"
                for item in value:
                    yield "    - " + ", ".join(f"{k}: {v}" for k, v in item.items())
            else:
                yield f"- {key}: {value}"
    if step.questions:
        yield ""
        yield "Questions: " + ", ".join(f"`{q}`" for q in step.questions)
    yield ""


def render_rules(book: RuleBook) -> str:
    lines = [
        f"# c102desk rules, version {book.version} — for reviewers",
        "",
        "Generated by `python -m c102desk.cli.rules --out docs/rules.md` from the files under",
        f"`resources/rules/v{book.version}/`; do not edit by hand. The rules read questionnaire version "
        f"{book.questionnaire_version} (docs/questionnaire.md).",
        "",
        "Each requirement is decided by a ladder: its outcomes are tried in order and the first whose condition holds",
        "gives the verdict and the text the reader sees (quoted here in English with its parameters in braces).",
        "`Question ids` are answers; *names* are values the rule computes or reads: a check (a smaller ladder",
        "whose verdict and text the rule combines or passes on), another requirement's verdict (`ID.status`), a",
        "calculator's result, or a fact of the assessment (*article_3_declared*: an Article 3 declaration is made;",
        "*accepted_parts*: the Parts II–X that could be accepted; *part_answered*: the Part has answers). An",
        "unanswered question makes every comparison false. The arithmetic (coverage percentages, Arts 65–67,",
        "qualifying periods, Arts 44 and 71(2), the count of Parts of Art 2) is computed in Python by the",
        "calculators named. [I] marks an interpretation and [U] an unverified fact",
        "(resources/engine/assumptions.yaml).",
        "",
    ]
    for part in book.parts.values():
        lines += [f"## {term(f'part.{part.part}', 'en')}", ""]
        if part.note:
            lines += [part.note, ""]
        for step in part.steps:
            lines += list(_calculation(step) if isinstance(step, CalculatorStep) else _rule(step))
    return "\n".join(lines).rstrip() + "\n"
