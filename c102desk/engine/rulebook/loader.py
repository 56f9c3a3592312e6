"""Load and check the rule files (``resources/rules/<version>/``) into typed objects, once per process.

Layout: ``manifest.yaml`` names the rule files' version, the questionnaire version whose questions they read,
the templates file and the Part files in order. A Part file lists its steps: rules, and ``calculate`` steps handed
to Python (c102desk.engine.rulebook.calculators). A rule is either written out or ``{include: TEMPLATE, with:
{PARAM: VALUE}}``, a shared ladder (a yes/no question, a limit, a checklist, ...) with ``${PARAM}`` filled in, as
the questionnaire's templates are.

At load every rule is checked: its id is unique; every question it reads exists in the questionnaire and is
compared with a value of its type (an option it offers, a number for a number); every message exists in the
engine catalogue in English, French and Spanish and is given the parameters it uses; every assumption it names
is documented; every value it reads is defined; every ladder ends with an outcome taken when no other is. A
broken file is reported as ``RuleFileError`` naming the file, the rule and the problem.
"""

from __future__ import annotations

import copy
import re
import sys
from collections.abc import Mapping, Sequence
from functools import cache
from pathlib import Path
from string import Formatter, Template
from typing import Any

from c102desk import compiled_cache, yaml_files
from c102desk.engine import context
from c102desk.engine.context import load_assumptions
from c102desk.engine.results import Status
from c102desk.engine.rulebook import calculators
from c102desk.engine.rulebook.expressions import Uses, parse_expr, parse_params
from c102desk.engine.rulebook.model import CalculatorStep, Check, Ladder, Outcome, PartRules, Rule, RuleBook
from c102desk.errors import C102Error
from c102desk.i18n import LANGUAGES, catalog_keys
from c102desk.i18n.message import QUESTION_WORDS
from c102desk.questionnaire import load_questionnaire
from c102desk.questionnaire.conditions import AllOf, AnyOf, Compare, Condition, Not, Ref, parse_condition
from c102desk.questionnaire.model import NUMERIC_TYPES, Questionnaire, QuestionType
from c102desk.resources import resource_path
from c102desk.yaml_files import YamlSyntaxError, load_yaml

CURRENT_RULES_VERSION = "2"

_RULE_KEYS = {"id", "article", "note", "group", "article_3", "informational", "only_finding_when", "include", "with",
              "shows"}
_LADDER_KEYS = {"let", "checks", "values", "assumptions", "outcomes", "article"}
_OUTCOME_KEYS = {"when", "status", "result", "text", "params", "values", "add_values", "assumptions", "calculation",
                 "article", "informational", "omit"}
_STATUSES = {s.value: s for s in Status}
# Facts of the assessment any rule may read (c102desk.engine.rulebook.interpreter.PartRun.fact).
FACTS = ("article_3_declared", "part_answered", "accepted_parts")
_ATTRIBUTES = ("status", "text", "values")
_PLACEHOLDER = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")


class RuleFileError(C102Error):
    """A rule file under resources/rules/ is broken (a defect of the installation)."""


def rules_dir(version: str = CURRENT_RULES_VERSION) -> Path:
    return resource_path("rules", f"v{version}")


def _read(folder: Path, name: str, version: str) -> Any:
    path = folder / name
    try:
        return load_yaml(path)
    except OSError as exc:
        raise RuleFileError(f"rules/v{version}/{name}: cannot be read ({exc.strerror})") from None
    except YamlSyntaxError as exc:
        raise RuleFileError(f"rules/v{version}/{name}: not valid YAML ({exc})") from None


@cache
def load_rulebook(version: str = CURRENT_RULES_VERSION) -> RuleBook:
    """Read and check every rule file of ``version`` (kept for the process: the files do not change while it runs).

    Reading and checking the rules takes longer than the rest of ``c102desk evaluate``, so the checked rule book
    is also kept between runs in the compiled cache, under a key made of the rule files, what they are checked
    against (the questionnaire, the catalogues, the assumptions) and the code that reads them: a change to any of
    them rebuilds it (``c102desk.compiled_cache``)."""
    folder = rules_dir(version)
    return compiled_cache.cached(
        f"rulebook-v{version}", cache_sources(), lambda: read_rulebook(folder, version),
        modules=("c102desk.engine", "c102desk.questionnaire"),
        check=lambda found: isinstance(found, RuleBook) and found.version == version,
    )


def cache_sources() -> list[Path]:
    """What a cached rule book is made from and checked against, and the code that reads it."""
    from c102desk.engine.rulebook import expressions, model
    from c102desk.i18n import catalogue
    from c102desk.questionnaire import loader as questionnaire_loader

    code = compiled_cache.module_files(sys.modules[__name__], calculators, expressions, model, context,
                                        yaml_files)
    return [*compiled_cache.files_under(resource_path("rules")), *questionnaire_loader.cache_sources(),
            *catalogue.cache_sources(), *code]


def read_rulebook(folder: Path, version: str) -> RuleBook:
    """Read and check the rule files in ``folder`` (of rules version ``version``); ``RuleFileError`` if broken."""
    manifest = _read(folder, "manifest.yaml", version)
    where = f"rules/v{version}/manifest.yaml"
    if not isinstance(manifest, Mapping) or str(manifest.get("version")) != version:
        raise RuleFileError(f"{where}: 'version' must be {version!r}")
    if not isinstance(manifest.get("parts"), list):
        raise RuleFileError(f"{where}: 'parts' must list the Part files")
    questionnaire = load_questionnaire(str(manifest.get("questionnaire", version)))
    templates = _read(folder, str(manifest.get("templates", "templates.yaml")), version) or {}
    if not isinstance(templates, Mapping):
        raise RuleFileError(f"rules/v{version}/templates.yaml: must map template names to rules")
    book = RuleBook(version=version, questionnaire_version=questionnaire.version)
    checker = _Checker(questionnaire)
    seen: dict[str, str] = {}
    for name in manifest["parts"]:
        file = f"rules/v{version}/{name}"
        raw = _read(folder, str(name), version)
        part = _load_part(file, raw, templates, checker)
        for step in part.steps:
            for rule_id in (step.ids if isinstance(step, CalculatorStep) else (step.id,)):
                if rule_id in seen:
                    raise RuleFileError(f"{file}: rule {rule_id}: id already used in {seen[rule_id]}")
                seen[rule_id] = file
        book.parts[part.part] = part
    for part in book.parts.values():
        checker.check_references(part, seen)
    return book


def _load_part(file: str, raw: Any, templates: Mapping[str, Any], checker: _Checker) -> PartRules:
    if not isinstance(raw, Mapping) or not isinstance(raw.get("part"), str) or not isinstance(raw.get("rules"), list):
        raise RuleFileError(f"{file}: must give 'part' and a list of 'rules'")
    steps: list[Rule | CalculatorStep] = []
    for index, entry in enumerate(raw["rules"], start=1):
        if not isinstance(entry, Mapping):
            raise RuleFileError(f"{file}: entry {index}: must be a mapping")
        if "calculate" in entry:
            steps.append(_load_calculation(file, entry, checker))
            continue
        rule_id = entry.get("id")
        if not isinstance(rule_id, str):
            raise RuleFileError(f"{file}: entry {index}: a rule needs an 'id'")
        try:
            steps.append(_load_rule(file, entry, templates, checker))
        except (ValueError, KeyError, TypeError) as exc:
            message = exc.args[0] if exc.args else str(exc)
            raise RuleFileError(f"{file}: rule {rule_id}: {message}") from None
    return PartRules(raw["part"], file, tuple(steps), str(raw.get("note", "")).strip())


def _load_calculation(file: str, entry: Mapping[str, Any], checker: _Checker) -> CalculatorStep:
    name = entry["calculate"]
    if set(entry) - {"calculate", "with"}:
        raise RuleFileError(f"{file}: calculation {name!r}: unknown keys {sorted(set(entry) - {'calculate', 'with'})}")
    calculator = calculators.STEP_CALCULATORS.get(name)
    if calculator is None:
        raise RuleFileError(f"{file}: calculation {name!r}: no such calculator")
    args = dict(entry.get("with") or {})
    given = set(args)
    missing = calculator.args - given
    unknown = given - calculator.args - calculator.optional
    if missing or unknown:
        raise RuleFileError(f"{file}: calculation {name}: missing {sorted(missing)}, unknown {sorted(unknown)}")
    ids = tuple(calculator.ids(args))
    questions = tuple(dict.fromkeys(calculator.questions(args)))
    for question_id in questions:
        if question_id not in checker.questionnaire.by_id:
            raise RuleFileError(f"{file}: calculation {name}: unknown question {question_id!r}")
    return CalculatorStep(name, args, ids, file, questions)


# --- templates ---------------------------------------------------------------------------------------------

def _substitute(raw: Any, params: Mapping[str, Any], used: set[str]) -> Any:
    if isinstance(raw, str):
        if "$" not in raw:
            return raw
        whole = _PLACEHOLDER.fullmatch(raw)
        if whole:
            used.add(whole.group(1))
            if whole.group(1) not in params:
                raise ValueError(f"template parameter {whole.group(1)!r} is not given")
            return copy.deepcopy(params[whole.group(1)])
        names = _PLACEHOLDER.findall(raw)
        used.update(names)
        missing = [n for n in names if n not in params]
        if missing:
            raise ValueError(f"template parameter {missing[0]!r} is not given")
        return Template(raw).substitute({n: str(params[n]) for n in names})
    if isinstance(raw, list):
        return [_substitute(item, params, used) for item in raw]
    if isinstance(raw, Mapping):
        return {_substitute(k, params, used): _substitute(v, params, used) for k, v in raw.items()}
    return raw


def _expand(raw: Mapping[str, Any], templates: Mapping[str, Any], context: Mapping[str, Any]) -> dict[str, Any]:
    """A rule or check with ``include``: the template's body with the parameters filled in, under its own keys."""
    if "include" not in raw:
        if "with" in raw:
            raise ValueError("'with' needs 'include'")
        return dict(raw)
    name = raw["include"]
    template = templates.get(name)
    if not isinstance(template, Mapping):
        raise ValueError(f"unknown template {name!r}")
    given = dict(raw.get("with") or {})
    params: dict[str, Any] = {**context, **given}
    used: set[str] = set()
    defaults = template.get("defaults") or {}
    for key, value in defaults.items():
        if key not in params:
            params[key] = _substitute(value, params, set())
    body = _substitute({k: v for k, v in template.items() if k != "defaults"}, params, used)
    unused = set(given) - used - set(defaults)
    if unused:
        raise ValueError(f"template {name!r} has no parameter {sorted(unused)[0]!r}")
    own = {k: v for k, v in raw.items() if k not in ("include", "with")}
    return {**body, **own}


# --- rules -------------------------------------------------------------------------------------------------

def _load_rule(file: str, raw: Mapping[str, Any], templates: Mapping[str, Any], checker: _Checker) -> Rule:
    rule_id, article = raw["id"], raw.get("article")
    if not isinstance(article, str):
        raise ValueError("needs an 'article' (quoted)")
    expanded = _expand(raw, templates, {"id": rule_id, "article": article})
    unknown = set(expanded) - _RULE_KEYS - _LADDER_KEYS
    if unknown:
        raise ValueError(f"unknown keys {sorted(unknown)}")
    uses = Uses.empty(_calculator_reads)
    conditions: list[Condition] = []
    ladder = _load_ladder({k: v for k, v in expanded.items() if k in _LADDER_KEYS}, templates, uses, conditions,
                          {"id": rule_id, "article": article}, names=set())
    only = expanded.get("only_finding_when")
    # `shows`: answers a reader needs beside the verdict though they decide nothing (a description of rules that
    # are for review); they are among the rule's questions, after those it reads.
    shows = expanded.get("shows") or []
    if not isinstance(shows, list) or not all(isinstance(q, str) for q in shows):
        raise ValueError("'shows' must list question ids")
    uses.questions.extend(shows)
    questions = tuple(dict.fromkeys(uses.questions))
    checker.check_rule(uses, conditions, ladder)
    named = tuple(dict.fromkeys([*_ladder_assumptions(ladder), *uses.assumptions]))
    return Rule(
        id=rule_id, article=article, ladder=ladder, file=file, questions=questions, assumptions_named=named,
        group=expanded.get("group"), article_3=bool(expanded.get("article_3", False)),
        informational=bool(expanded.get("informational", False)),
        only_finding_when=_status(only) if only is not None else None,
        title=str(expanded.get("note", "")).strip(),
    )


def _calculator_reads(name: str, args: Mapping[str, Any]) -> Sequence[str]:
    calculator = calculators.VALUE_CALCULATORS.get(name)
    return calculator.reads(args) if calculator is not None and calculator.reads is not None else ()


def _ladder_assumptions(ladder: Ladder) -> list[str]:
    out = list(ladder.assumptions)
    for outcome in ladder.outcomes:
        out.extend(outcome.assumptions or ())
    for check in ladder.checks:
        out.extend(_ladder_assumptions(check.ladder))
    return out


def _status(raw: Any) -> Status:
    if raw not in _STATUSES:
        raise ValueError(f"unknown status {raw!r} (one of {', '.join(_STATUSES)})")
    return _STATUSES[raw]


def _load_ladder(raw: Mapping[str, Any], templates: Mapping[str, Any], uses: Uses, conditions: list[Condition],
                 context: Mapping[str, Any], names: set[str]) -> Ladder:
    """Parse a ladder's parts in the order they are written (so that its questions keep that order)."""
    checks_raw = raw.get("checks") or {}
    if not isinstance(checks_raw, Mapping):
        raise ValueError("'checks' must map check names to ladders")
    let_raw = raw.get("let") or {}
    if not isinstance(let_raw, Mapping):
        raise ValueError("'let' must map value names to expressions")
    known = set(names) | set(let_raw) | set(checks_raw)
    parts: dict[str, Any] = {}
    for key in raw:
        if key == "let":
            parts[key] = tuple((str(name), parse_expr(value, uses)) for name, value in let_raw.items())
        elif key == "checks":
            parts[key] = tuple(_load_check(str(name), body, templates, uses, conditions, context, known)
                               for name, body in checks_raw.items())
        elif key == "values":
            parts[key] = parse_params(raw["values"], uses, "'values'")
        elif key == "assumptions":
            parts[key] = _assumption_list(raw["assumptions"])
            uses.assumptions.extend(parts[key])
        elif key == "outcomes":
            outcomes_raw = raw["outcomes"]
            if not isinstance(outcomes_raw, list) or not outcomes_raw:
                raise ValueError("needs a list of 'outcomes'")
            parts[key] = tuple(_load_outcome(o, uses, conditions, set(checks_raw)) for o in outcomes_raw)
    outcomes: tuple[Outcome, ...] = parts.get("outcomes", ())
    if not outcomes:
        raise ValueError("needs a list of 'outcomes'")
    if outcomes[-1].when is not None or any(o.when is None for o in outcomes[:-1]):
        raise ValueError("the last outcome, and only it, has no 'when' (it is taken when no other is)")
    article = raw.get("article")
    return Ladder(outcomes, parts.get("let", ()), parts.get("checks", ()), parts.get("values", ()),
                  parts.get("assumptions", ()), str(article) if article is not None else None)


def _load_check(name: str, body: Any, templates: Mapping[str, Any], uses: Uses, conditions: list[Condition],
                context: Mapping[str, Any], known: set[str]) -> Check:
    if not isinstance(body, Mapping):
        raise ValueError(f"check {name!r}: must be a mapping")
    article = body.get("article", context["article"])
    inner = {**context, "article": article}
    expanded = _expand(body, templates, inner)
    unknown = set(expanded) - _LADDER_KEYS
    if unknown:
        raise ValueError(f"check {name!r}: unknown keys {sorted(unknown)}")
    return Check(name, _load_ladder(expanded, templates, uses, conditions, inner, known))


def _assumption_list(raw: Any) -> tuple[str, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list) or not all(isinstance(a, str) for a in raw):
        raise ValueError("'assumptions' must list assumption ids")
    return tuple(raw)


def _load_outcome(raw: Any, uses: Uses, conditions: list[Condition], checks: set[str]) -> Outcome:
    if not isinstance(raw, Mapping):
        raise ValueError("an outcome must be a mapping")
    unknown = set(raw) - _OUTCOME_KEYS
    if unknown:
        raise ValueError(f"outcome: unknown keys {sorted(unknown)}")
    when = None
    if "when" in raw:
        when = uses.condition(parse_condition(raw["when"], names=True))
        conditions.append(when)
    if raw.get("omit"):
        return Outcome(when, omit=True)
    status, combine = None, None
    raw_status = raw.get("status")
    if isinstance(raw_status, Mapping):
        if len(raw_status) != 1 or next(iter(raw_status)) not in ("worst_of", "best_of"):
            raise ValueError("a combined status is {worst_of: [CHECK, ...]} or {best_of: [...]}")
        how = next(iter(raw_status))
        combine = (how, tuple(raw_status[how]))
        for name in combine[1]:
            if name not in checks:
                raise ValueError(f"status {how}: no check {name!r}")
    elif raw_status is not None:
        status = _status(raw_status)
    result = raw.get("result")
    if result is not None and result not in checks:
        raise ValueError(f"outcome passes on the result of {result!r}, which is not a check of this ladder")
    if status is None and combine is None and result is None:
        raise ValueError("an outcome needs a 'status' (or the 'result' of a check)")
    text_raw = raw.get("text")
    if text_raw is None:
        if result is None:
            raise ValueError("an outcome needs a 'text'")
        text = None
    elif isinstance(text_raw, str):
        text = parse_expr({"message": text_raw, "params": raw.get("params") or {}}, uses)
    else:
        if "params" in raw:
            raise ValueError("'params' go with a message key in 'text'")
        text = parse_expr(text_raw, uses)
    values = parse_params(raw["values"], uses, "'values'") if "values" in raw else None
    added = parse_params(raw["add_values"], uses, "'add_values'") if "add_values" in raw else ()
    if added and (result is None or values is not None):
        raise ValueError("'add_values' adds to the values of the check in 'result' (and is not given with 'values')")
    assumptions = _assumption_list(raw["assumptions"]) if "assumptions" in raw else None
    calculation = parse_expr(raw["calculation"], uses) if "calculation" in raw else None
    article = raw.get("article")
    informational = raw.get("informational")
    return Outcome(when, status, combine, result, text, values, added, assumptions, calculation,
                   str(article) if article is not None else None,
                   bool(informational) if informational is not None else None)


# --- checks against the questionnaire, the catalogue and the assumptions -----------------------------------

class _Checker:
    def __init__(self, questionnaire: Questionnaire) -> None:
        self.questionnaire = questionnaire
        self.catalogue = catalog_keys()
        self.assumptions = load_assumptions()
        self.pending_names: dict[int, tuple[list[str], set[str]]] = {}
        self.placeholders: dict[str, dict[str, set[str]]] = {}

    def check_rule(self, uses: Uses, conditions: list[Condition], ladder: Ladder) -> None:
        for question_id in uses.questions:
            if question_id not in self.questionnaire.by_id:
                raise ValueError(f"unknown question {question_id!r}")
        for condition in conditions:
            self._check_condition(condition)
        for key, params in uses.messages:
            self._check_message(key, params)
        for prefix, prefix_question in uses.message_prefixes:
            self._check_prefix(prefix, prefix_question)
        for assumption in uses.assumptions:
            if assumption not in self.assumptions:
                raise ValueError(f"unknown assumption {assumption!r} (resources/engine/assumptions.yaml)")
        for name, args in uses.calculators:
            calculator = calculators.VALUE_CALCULATORS.get(name)
            if calculator is None:
                raise ValueError(f"no calculator {name!r}")
            missing, unknown = calculator.args - args, args - calculator.args - calculator.optional
            if missing or unknown:
                raise ValueError(f"calculator {name}: missing {sorted(missing)}, unknown {sorted(unknown)}")
        defined = _defined_names(ladder)
        self.pending_names[id(ladder)] = (list(uses.names), defined)

    def check_references(self, part: PartRules, ids: Mapping[str, str]) -> None:
        """Named values a rule reads: its own lets and checks, the facts, or rules of the same Part."""
        own_ids = {i for step in part.steps for i in (step.ids if isinstance(step, CalculatorStep) else (step.id,))}
        reads: dict[str, set[str]] = {}
        for step in part.steps:
            if isinstance(step, CalculatorStep):
                continue
            names, defined = self.pending_names.pop(id(step.ladder))
            reads[step.id] = set()
            for name in names:
                head, _, attribute = name.partition(".")
                if name in defined or head in defined or name in FACTS:
                    continue
                rule_id, _, attribute = name.rpartition(".")
                if rule_id in own_ids and attribute in ("status", "text"):
                    reads[step.id].add(rule_id)
                    continue
                where = f" (rule {rule_id} is in {ids[rule_id]})" if rule_id in ids else ""
                raise RuleFileError(f"{step.file}: rule {step.id}: unknown value {name!r}{where}")
        for rule_id in reads:
            if _reaches(rule_id, rule_id, reads, set()):
                raise RuleFileError(f"{part.file}: rule {rule_id}: reads its own verdict through other rules")

    def _check_message(self, key: str, params: frozenset[str]) -> None:
        for lang, used in self._placeholders(key).items():
            if used - params:
                raise ValueError(f"message {key!r} ({lang}) needs {sorted(used - params)}, not given")

    def _placeholders(self, key: str) -> dict[str, set[str]]:
        """The parameters each language's text of ``key`` uses (read once per key)."""
        if key in self.placeholders:
            return self.placeholders[key]
        entry = self.catalogue.get(key)
        if entry is None:
            raise ValueError(f"unknown message {key!r} (resources/i18n/engine/)")
        found: dict[str, set[str]] = {}
        for lang in LANGUAGES:
            if lang not in entry:
                raise ValueError(f"message {key!r} has no {lang} text")
            # {q[<question id>]} names a question itself: its words are filled in by the engine (c102desk.i18n).
            used = {re.split(r"[.\[]", field)[0] for _, field, _, _ in Formatter().parse(entry[lang]) if field}
            used.discard(QUESTION_WORDS)
            found[lang] = used
        self.placeholders[key] = found
        return found

    def _check_prefix(self, prefix: str, question_id: str | None) -> None:
        if not any(key.startswith(prefix) for key in self.catalogue):
            raise ValueError(f"no message key starts with {prefix!r}")
        if question_id is not None:
            for option in self.questionnaire.by_id[question_id].option_values():
                if f"{prefix}{option}" in self.catalogue:
                    self._check_message(f"{prefix}{option}", frozenset())

    def _check_condition(self, condition: Condition) -> None:
        if isinstance(condition, AllOf | AnyOf):
            for part in condition.parts:
                self._check_condition(part)
        elif isinstance(condition, Not):
            self._check_condition(condition.inner)
        elif isinstance(condition, Compare):
            if condition.kind == "q":
                self._check_compare(condition)
            operand = condition.operand
            if isinstance(operand, Ref) and operand.kind == "q" and operand.name not in self.questionnaire.by_id:
                raise ValueError(f"unknown question {operand.name!r}")

    def _check_compare(self, condition: Compare) -> None:
        question = self.questionnaire.by_id[condition.question_id]
        op, operand, kind = condition.operator, condition.operand, question.type
        if op == "answered" or isinstance(operand, Ref):
            return
        where = f"{condition.question_id} {op} {operand!r}"
        if op in ("gt", "ge", "lt", "le") and kind not in NUMERIC_TYPES:
            raise ValueError(f"{where}: {condition.question_id} is not a number")
        if op in ("eq", "ne"):
            if kind is QuestionType.YES_NO and not isinstance(operand, bool):
                raise ValueError(f"{where}: a yes/no question is compared with true or false")
            if kind in NUMERIC_TYPES and (isinstance(operand, bool) or not isinstance(operand, int | float)):
                raise ValueError(f"{where}: a number question is compared with a number")
            if kind is QuestionType.CHOICE and operand not in question.option_values():
                raise ValueError(f"{where}: not an option of {condition.question_id}")
        options = question.option_values()
        if op == "in" and (kind is not QuestionType.CHOICE or any(v not in options for v in operand)):
            raise ValueError(f"{where}: 'in' lists options of a choice question")
        if op == "contains" and (kind is not QuestionType.MULTI_CHOICE or operand not in options):
            raise ValueError(f"{where}: 'contains' names an option of a several-choice question")


def _reaches(start: str, target: str, reads: Mapping[str, set[str]], seen: set[str]) -> bool:
    """Whether ``start`` reads ``target``'s verdict, directly or through other rules."""
    for other in reads.get(start, ()):
        if other == target:
            return True
        if other not in seen:
            seen.add(other)
            if _reaches(other, target, reads, seen):
                return True
    return False


def _defined_names(ladder: Ladder) -> set[str]:
    names = {n for n, _ in ladder.let} | {c.name for c in ladder.checks}
    for check in ladder.checks:
        names |= _defined_names(check.ladder)
    return names


