"""The named calculators a rule file may call: the arithmetic stays in Python, the decisions in the rule files.

Two kinds:

* **value calculators**, called inside a rule (``{calc: NAME, ARG: ...}``), return a figure or a list the rule's
  conditions and texts use (which required items are missing, the smaller of two ages, ...);
* **step calculators**, a step of a Part file (``- calculate: NAME``), return whole requirements: the coverage
  percentages (c102desk.engine.coverage), the level of periodical payments under Arts 65–67
  (c102desk.engine.level), the qualifying periods of Arts 29, 57 and 63 (c102desk.engine.qualifying), the total
  value of family benefits (Art 44), the employees' share of the financing (Art 71(2)), the Part XI tests over
  every benefit and the ratification count (Art 2).

Each declares the arguments it takes and the requirement ids it produces, so that a rule file naming a calculator
wrongly is refused at load.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from c102desk.engine.accepted_parts import ratification_core, ratification_count
from c102desk.engine.benefit_tests import TESTS, benefit_tests, methods_used
from c102desk.engine.calculations import LimitCalculation
from c102desk.engine.context import Context
from c102desk.engine.coverage import Alternative, coverage_requirements
from c102desk.engine.coverage import questions as coverage_questions
from c102desk.engine.family_value import total_value
from c102desk.engine.financing import QUESTIONS as FINANCING_QUESTIONS
from c102desk.engine.financing import employee_share
from c102desk.engine.level import level_requirement
from c102desk.engine.level_records import BenefitSpec
from c102desk.engine.qualifying import QualifyingSpec, qualifying_requirements
from c102desk.engine.qualifying import requirement_ids as qualifying_ids
from c102desk.engine.results import Requirement
from c102desk.engine.review import clause_applies
from c102desk.engine.review import parts_under_review as review_parts
from c102desk.i18n import Msg
from c102desk.questionnaire import CURRENT_VERSION, load_questionnaire
from c102desk.questionnaire.model import BRANCH_PART_IDS


@dataclass(frozen=True)
class ValueCalculator:
    """A calculator a rule's expressions call for one value (a figure, a fact)."""

    function: Callable[..., Any]
    args: frozenset[str]
    optional: frozenset[str] = frozenset()
    # The questions it reads besides its arguments, from its constant arguments (for the rule's questions).
    reads: Callable[[Mapping[str, Any]], Sequence[str]] | None = None
    doc: str = ""


@dataclass(frozen=True)
class StepCalculator:
    """A calculator run as a step of a Part's rules, which makes requirements of its own."""

    function: Callable[..., list[Requirement]]
    args: frozenset[str]
    optional: frozenset[str] = frozenset()
    ids: Callable[[Mapping[str, Any]], Sequence[str]] = lambda args: ()
    questions: Callable[[Mapping[str, Any]], Sequence[str]] = lambda args: ()
    where: str = ""  # the module that computes it, for the listing
    doc: str = ""


VALUE_CALCULATORS: dict[str, ValueCalculator] = {}
STEP_CALCULATORS: dict[str, StepCalculator] = {}


def value_calculator(*args: str, optional: Sequence[str] = (),
                     reads: Callable[[Mapping[str, Any]], Sequence[str]] | None = None
                     ) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    def register(function: Callable[..., Any]) -> Callable[..., Any]:
        VALUE_CALCULATORS[function.__name__] = ValueCalculator(
            function, frozenset(args), frozenset(optional), reads, (function.__doc__ or "").strip())
        return function
    return register


def step_calculator(*args: str, optional: Sequence[str] = (), ids: Callable[[Mapping[str, Any]], Sequence[str]],
                    questions: Callable[[Mapping[str, Any]], Sequence[str]] = lambda args: (), where: str
                    ) -> Callable[[Callable[..., list[Requirement]]], Callable[..., list[Requirement]]]:
    def register(function: Callable[..., list[Requirement]]) -> Callable[..., list[Requirement]]:
        STEP_CALCULATORS[function.__name__] = StepCalculator(
            function, frozenset(args), frozenset(optional), ids, questions, where,
            (function.__doc__ or "").strip())
        return function
    return register


def calculate(ctx: Context, name: str, args: Mapping[str, Any]) -> Any:
    return VALUE_CALCULATORS[name].function(ctx, **args)


def run_step(ctx: Context, name: str, args: Mapping[str, Any]) -> list[Requirement]:
    return STEP_CALCULATORS[name].function(ctx, **args)


# --- value calculators ---------------------------------------------------------------------------------------

@value_calculator("chosen", "items")
def checklist(ctx: Context, chosen: list[str] | None, items: Mapping[str, Msg]) -> dict[str, Any]:
    """Which of the required ``items`` (option → its name) the several-choice answer ``chosen`` lacks:
    ``missing`` (their names), ``provided`` and ``required`` (counts), and ``options`` (the options required)."""
    missing = [label for value, label in items.items() if value not in (chosen or [])]
    return {"missing": missing, "provided": len(items) - len(missing), "required": len(items),
            "options": list(items)}


@value_calculator("a", "b")
def smaller_of(ctx: Context, a: Fraction | None, b: Fraction | None) -> Fraction | None:
    """The smaller of two figures (none when either is unknown)."""
    return None if a is None or b is None else min(Fraction(a), Fraction(b))


@value_calculator("a", "b")
def larger_of(ctx: Context, a: Fraction | None, b: Fraction | None) -> Fraction | None:
    """The larger of two figures (none when either is unknown)."""
    return None if a is None or b is None else max(Fraction(a), Fraction(b))


@value_calculator("a", "b")
def product(ctx: Context, a: Fraction | None, b: Fraction | None) -> Fraction | None:
    """``a`` × ``b`` (none when either is unknown)."""
    return None if a is None or b is None else Fraction(a) * Fraction(b)


# --- step calculators ----------------------------------------------------------------------------------------

def _alternatives(args: Mapping[str, Any]) -> tuple[Alternative, ...]:
    return tuple(
        Alternative(a["letter"], a["id"], str(a["article"]), a["kind"], wives_children=bool(a.get("wives_children")),
                    **({"family_label": a["family_label"]} if "family_label" in a else {}),
                    who=a.get("who"))
        for a in args["alternatives"])


@step_calculator(
    "part", "alternatives", where="c102desk/engine/coverage.py",
    ids=lambda args: [a["id"] for a in args["alternatives"]],
    questions=lambda args: [q for alt in _alternatives(args) for q in coverage_questions(args["part"], alt)],
)
def coverage(ctx: Context, part: str, alternatives: list[Mapping[str, Any]]) -> list[Requirement]:
    """The persons protected: each coverage alternative's percentage against its threshold (50 % of employees,
    20 % of residents for the economically active, ...); the alternatives a country does not rely on, and the
    Article 3 one without a declaration, are not applicable; one met alternative is enough."""
    return coverage_requirements(ctx, part, _alternatives({"alternatives": alternatives}))


@step_calculator(
    "part", "id", "article", "prefix", "schedule_percent", "beneficiary", "label",
    optional=("children", "means_tested_allowed", "safe_harbour_article", "means_coverage_question"),
    where="c102desk/engine/level.py", ids=lambda args: [args["id"]],
    questions=lambda args: [f"{args['prefix']}.method"],
)
def benefit_level(ctx: Context, **args: Any) -> list[Requirement]:
    """The level of a periodical payment for the standard beneficiary (Part XI): Art 65 for an earnings-related
    benefit (and Art 65(3) at the skilled wage where a ceiling applies), Art 66 for a flat-rate one, Art 67 for a
    means-tested one; the Part XI tests are recorded for the Part XI verdicts."""
    return [level_requirement(ctx, benefit_spec(args))]


def benefit_spec(args: Mapping[str, Any]) -> BenefitSpec:
    return BenefitSpec(
        part=args["part"], rule_id=args["id"], article=str(args["article"]), prefix=args["prefix"],
        schedule_percent=int(args["schedule_percent"]), beneficiary=args["beneficiary"], label=args["label"],
        children=bool(args.get("children", True)), means_tested_allowed=bool(args.get("means_tested_allowed", False)),
        safe_harbour_article=args.get("safe_harbour_article"),
        means_coverage_question=args.get("means_coverage_question"),
    )


@value_calculator("article", "what", "value", "limit", "unit", "at_most")
def limit_test(ctx: Context, article: str, what: str, value: Fraction | None, limit: Fraction, unit: str,
               at_most: bool) -> LimitCalculation | None:
    """A figure of national law against the Convention's limit (at most, or at least; the limit itself
    complies), as the calculation record the dashboard and the report show; none while the figure is unknown."""
    if value is None:
        return None
    return LimitCalculation(str(article), what, Fraction(value), Fraction(limit), unit, bool(at_most))


@value_calculator("values")
def highest(ctx: Context, values: Sequence[Fraction | None]) -> Fraction | None:
    """The highest of the figures given (none when none is)."""
    given = [Fraction(v) for v in values if v is not None]
    return max(given) if given else None


@value_calculator("part")
def review_clause_applies(ctx: Context, part: str) -> bool:
    """Whether Arts 65(10) and 66(8) reach the Part's current long-term payments: some long-term benefit is (or
    may be) computed under Art 65 or 66 — not when all are means-tested (c102desk.engine.review)."""
    return clause_applies(ctx, part)


@step_calculator(
    "part", "article", "full_years", "full_residence_years", "reduced_years", "alt_years", "alt_residence_years",
    "proportional_base_assumption", optional=("whose",), where="c102desk/engine/qualifying.py",
    ids=lambda args: qualifying_ids(QualifyingSpec(**args)),
    questions=lambda args: [f"{args['part']}.qp.{n}" for n in (
        "basis", "full_years", "rate_at_alt_years", "reduced_available", "reduced_min_years", "reduced_rate")],
)
def qualifying_periods(ctx: Context, **args: Any) -> list[Requirement]:
    """The qualifying periods of a long-term benefit: paragraph 1 (full benefit after 30, 15, ... years),
    paragraph 3 (a rate 10 points lower after a short period) and paragraph 4 (a proportional benefit) as
    alternatives, and paragraph 2 (a reduced benefit after a middle period) on its own."""
    return qualifying_requirements(ctx, QualifyingSpec(**args))


@value_calculator("chosen", "names")
def names_of(ctx: Context, chosen: Sequence[str] | None, names: Mapping[str, Msg]) -> list[Msg]:
    """The names of the options of a several-choice answer that ``names`` knows, in the order answered."""
    return [names[value] for value in chosen or () if value in names]


@value_calculator("values")
def in_order(ctx: Context, values: Sequence[str] | None) -> list[str]:
    """The options of a several-choice answer in alphabetical order (as figures are listed)."""
    return sorted(values or ())


@value_calculator("values")
def first_given(ctx: Context, values: Sequence[Any]) -> Any:
    """The first of the figures that is given (none when none is)."""
    return next((v for v in values if v is not None), None)


@step_calculator(
    where="c102desk/engine/family_value.py", ids=lambda args: ["VII.VAL.A", "VII.VAL.B"],
    questions=lambda args: ["VII.value.cash_year", "VII.value.in_kind_year", "VII.value.children_protected",
                            "I.stats.children_residents", "VII.value.labourer_wage_year", "I.wages.labourer_wage",
                            "I.wages.time_basis"],
)
def family_benefit_value(ctx: Context) -> list[Requirement]:
    """Art 44: the yearly value of family benefits (cash and kind) against 3 % of the labourer's yearly wage times
    the children of the persons protected (a), or 1.5 % of it times the children of all residents (b); the two
    form one group of alternatives."""
    return total_value(ctx)


@value_calculator()
def benefit_methods(ctx: Context) -> list[str]:
    """How the periodical benefits of the Parts that could be accepted are calculated: ``earnings_related``
    (Art 65), ``flat_rate`` (Art 66), ``means_tested`` (Art 67)."""
    return sorted(methods_used(ctx))


@value_calculator()
def parts_under_review(ctx: Context) -> list[str]:
    """The Parts that could be accepted whose current long-term payments Arts 65(10) and 66(8) cover
    (c102desk.engine.review)."""
    return review_parts(ctx, ctx.accepted)


@step_calculator(where="c102desk/engine/benefit_tests.py", ids=lambda args: [t[0] for t in TESTS])
def part_xi_benefit_tests(ctx: Context) -> list[Requirement]:
    """The Part XI tests of Arts 65(1), 65(3), 66(1) and 67(a)–(d), each over every benefit that uses it: the
    benefits of the Parts that could be accepted decide (the worst of them), the others are listed [I]."""
    return benefit_tests(ctx)


@value_calculator("value")
def year(ctx: Context, value: Fraction | None) -> Any:
    """A year as it is written: without separators ("2019", not "2,019")."""
    if value is None:
        return None
    return str(value.numerator) if value.denominator == 1 else value


@step_calculator(where="c102desk/engine/financing.py", ids=lambda args: ["XIII.FIN.EE50"],
                 questions=lambda args: list(FINANCING_QUESTIONS))
def employees_share(ctx: Context) -> list[Requirement]:
    """Art 71(2): the employees' insurance contributions as a share of the total resources (at most 50 %), on a
    base confirmed to leave out family benefit and separate-branch employment injury; over the limit on a base not
    confirmed, the share is to be recomputed [I] (A.ART71.RESOURCES, A.ART71.BASE)."""
    return [employee_share(ctx)]


def _branch_questions(suffixes: Sequence[str]) -> list[str]:
    """``<Part>.<suffix>`` for each branch Part whose questionnaire asks it."""
    asked = load_questionnaire(CURRENT_VERSION).by_id
    return [f"{p}.{s}" for p in BRANCH_PART_IDS for s in suffixes if f"{p}.{s}" in asked]


@value_calculator("question", "answer", reads=lambda args: _branch_questions([args["question"]]))
def parts_answering(ctx: Context, question: str, answer: bool) -> list[str]:
    """The branch Parts whose yes/no question ``<Part>.<question>`` is answered ``answer``."""
    asked = ctx.questionnaire.by_id
    return [p for p in BRANCH_PART_IDS if f"{p}.{question}" in asked and ctx.flag(f"{p}.{question}") is answer]


@value_calculator(reads=lambda args: _branch_questions(["coverage.voluntary_employees", "coverage.voluntary_active"]))
def parts_counting_voluntary_insurance(ctx: Context) -> list[str]:
    """The branch Parts whose coverage counts persons protected only through voluntary insurance (Art 6)."""
    asked = ctx.questionnaire.by_id
    return [p for p in BRANCH_PART_IDS
            if any((n := ctx.number(q)) is not None and n > 0
                   for q in (f"{p}.coverage.voluntary_employees", f"{p}.coverage.voluntary_active") if q in asked)]


@value_calculator(reads=lambda args: _branch_questions(["coverage.industrial_protected"]))
def parts_with_article_3_figures(ctx: Context) -> list[str]:
    """The branch Parts whose Article 3 coverage alternative has figures (asked whatever the declaration)."""
    asked = ctx.questionnaire.by_id
    return [p for p in BRANCH_PART_IDS
            if f"{p}.coverage.industrial_protected" in asked and ctx.number(f"{p}.coverage.industrial_protected")
            is not None]


@value_calculator(optional=("accepted_only",))
def parts_relying_on_article_3(ctx: Context, accepted_only: bool = False) -> list[str]:
    """The branch Parts whose verdict rests on an Article 3 alternative (of those that could be accepted, with
    ``accepted_only``)."""
    relying = [p for p in BRANCH_PART_IDS if p in ctx.parts and ctx.parts[p].article_3]
    return [p for p in relying if p in ctx.accepted] if accepted_only else relying


@step_calculator(where="c102desk/engine/accepted_parts.py", ids=lambda args: ["I.RAT.COUNT", "I.RAT.CORE"])
def ratification_parts(ctx: Context) -> list[Requirement]:
    """Art 2(a)(ii): at least three of Parts II–X could be accepted, one of them IV, V, VI, IX or X; the Parts
    still lacking information are named, as they may complete the count."""
    return [ratification_count(ctx), ratification_core(ctx)]
