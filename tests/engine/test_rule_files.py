"""The rule files (resources/rules/v2): what they must hold, and how a broken one is reported."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from c102desk.engine.rulebook import RuleFileError, load_rulebook
from c102desk.engine.rulebook import loader as rule_loader
from c102desk.engine.rulebook.loader import read_rulebook, rules_dir
from c102desk.engine.rulebook.model import CalculatorStep, Rule
from c102desk.i18n import catalog_keys
from c102desk.questionnaire import load_questionnaire
from c102desk.questionnaire.model import PART_IDS


def rules() -> list[Rule]:
    return [s for p in load_rulebook().parts.values() for s in p.steps if isinstance(s, Rule)]


def test_every_part_has_its_rule_file_and_every_id_is_unique() -> None:
    book = load_rulebook()
    assert list(book.parts) == list(PART_IDS)
    ids = [i for p in book.parts.values() for s in p.steps
           for i in (s.ids if isinstance(s, CalculatorStep) else (s.id,))]
    assert len(ids) == len(set(ids))
    assert book.questionnaire_version == load_questionnaire().version


def test_every_question_a_rule_reads_exists() -> None:
    asked = load_questionnaire().by_id
    for rule in rules():
        assert rule.questions, rule.id
        assert all(q in asked for q in rule.questions), rule.id


def test_a_rules_questions_are_those_its_conditions_and_texts_read_in_the_order_written() -> None:
    book = load_rulebook()
    assert book.rule("II.COST").questions == (
        "II.cost.morbid_sharing", "II.cost.avoid_hardship", "II.cost.maternity_sharing")
    # A template's questions follow from its parameters; a check's are the rule's too.
    assert book.rule("III.DUR").questions == (
        "III.duration.limited", "III.duration.max_weeks", "III.duration.graded", "III.duration.min_record_weeks")
    # An answer shown beside the verdict without deciding it comes last.
    assert book.rule("IV.SEAS").questions == ("IV.duration.seasonal_rules", "IV.duration.seasonal_description")
    # A calculator declares the questions it reads (here every branch Part's projected coverage, Art 5).
    assert book.rule("I.ART5.ATTAINED").questions[0] == "II.coverage.projected"


# --- broken rule files ---------------------------------------------------------------------------------------

@pytest.fixture
def rule_copy(tmp_path: Path) -> Path:
    """A copy of the shipped rule files to break."""
    folder = tmp_path / "v2"
    shutil.copytree(rules_dir("2"), folder)
    return folder


def edit(folder: Path, name: str, old: str, new: str) -> None:
    path = folder / name
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} is not in {name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


BROKEN: list[tuple[str, str, str, str, str]] = [
    # file, text, replaced by, the rule named, the problem named
    ("part_II.yaml", "question: II.care.aims\n", "question: II.care.aimz\n", "II.AIMS",
     "unknown question 'II.care.aimz'"),
    ("part_II.yaml", "met: ii.aims.met", "met: ii.aims.mett", "II.AIMS", "unknown message 'ii.aims.mett'"),
    ("part_V.yaml", "params: {question: {question: V.age.pensionable_age}, limit: 65}",
     "params: {question: {question: V.age.pensionable_age}}", "V.AGE", "needs ['limit'], not given"),
    ("part_II.yaml", "assumptions: [A.COST.MATERNITY]", "assumptions: [A.COST.MATERNITE]", "II.COST",
     "unknown assumption 'A.COST.MATERNITE'"),
    ("part_IX.yaml", "eq: until_old_age}", "eq: till_old_age}", "IX.DUR",
     "not an option of IX.duration.paid_until"),
    ("part_X.yaml", "{q: X.marriage.required, eq: false}", "{q: X.marriage.required, eq: 'no'}", "X.MARRIAGE",
     "a yes/no question is compared with true or false"),
    ("part_IX.yaml", "{q: IX.duration.paid_until, eq: limited}", "{q: IX.duration.paid_until, ge: 3}", "IX.DUR",
     "IX.duration.paid_until is not a number"),
    ("part_IX.yaml", "      - status: insufficient_information\n        text: ix.dur.missing",
     "      - when: {q: IX.duration.paid_until, answered: false}\n        status: insufficient_information\n"
     "        text: ix.dur.missing", "IX.DUR", "the last outcome, and only it, has no 'when'"),
    ("part_IX.yaml", "include: review", "include: reviews", "IX.REVIEW", "unknown template 'reviews'"),
    ("part_IX.yaml", "with: {P: IX}\n\n  # Art 55", "with: {}\n\n  # Art 55", "IX.SCHEME",
     "template parameter 'P' is not given"),
    ("part_IX.yaml", "with: {P: IX}\n\n  # Art 55", "with: {P: IX, Q: X}\n\n  # Art 55", "IX.SCHEME",
     "template 'scheme' has no parameter 'Q'"),
    ("part_VI.yaml", "{v: VI.LUMP.status, eq: met}", "{v: VI.LUMPS.status, eq: met}", "VI.LVL.PARTIAL",
     "unknown value 'VI.LUMPS.status'"),
    ("part_VI.yaml", "{v: VI.LUMP.status, eq: met}", "{v: IX.DUR.status, eq: met}", "VI.LVL.PARTIAL",
     "rule IX.DUR is in rules/v2/part_IX.yaml"),
    ("part_III.yaml", "{calc: product,", "{calc: products,", "III.DUR.ART3", "no calculator 'products'"),
    ("part_III.yaml", "status: met\n        article: 18(2)(a)", "status: fine\n        article: 18(2)(a)",
     "III.DUR.ART3", "unknown status 'fine'"),
    ("part_III.yaml", '  - id: III.QP\n    article: "17"', "  - id: III.QP", "III.QP", "needs an 'article'"),
    ("part_III.yaml", "  - id: III.QP\n", "  - id: III.WAIT\n", "III.WAIT",
     "id already used in rules/v2/part_III.yaml"),
    ("part_IV.yaml", "        result: days\n        status: needs_review",
     "        result: day\n        status: needs_review", "IV.WAIT",
     "outcome passes on the result of 'day', which is not a check"),
    ("part_IV.yaml", "status: needs_review\n        text: iv.seasonal.special",
     "status: needs_review\n        text: iv.seasonal.special\n        colour: red", "IV.SEAS",
     "outcome: unknown keys ['colour']"),
]


@pytest.mark.parametrize(("name", "old", "new", "rule_id", "problem"), BROKEN,
                         ids=[f"{b[3]}:{b[4][:30]}" for b in BROKEN])
def test_a_broken_rule_names_the_file_the_rule_and_the_problem(
        rule_copy: Path, name: str, old: str, new: str, rule_id: str, problem: str) -> None:
    edit(rule_copy, name, old, new)
    with pytest.raises(RuleFileError) as caught:
        read_rulebook(rule_copy, "2")
    message = str(caught.value)
    assert message.startswith(f"rules/v2/{name}: rule {rule_id}: "), message
    assert problem in message, message


def test_rules_reading_each_others_verdicts_in_a_circle_are_refused(rule_copy: Path) -> None:
    edit(rule_copy, "part_VI.yaml", "      - when: {q: VI.lump.conditions, contains: other}",
         "      - when: {v: VI.LVL.PARTIAL.status, eq: met}\n        status: met\n        text: vi.lump.only_x\n"
         "      - when: {q: VI.lump.conditions, contains: other}")
    edit(rule_copy, "part_VI.yaml", "text: vi.lump.only_x", "text: vi.lump.no_commutation")
    with pytest.raises(RuleFileError, match=r"^rules/v2/part_VI.yaml: rule VI.LVL.PARTIAL: reads its own verdict"):
        read_rulebook(rule_copy, "2")


def test_an_unknown_calculation_step_is_named(rule_copy: Path) -> None:
    edit(rule_copy, "part_IV.yaml", "calculate: coverage", "calculate: covered")
    with pytest.raises(RuleFileError, match=r"^rules/v2/part_IV.yaml: calculation 'covered': no such calculator"):
        read_rulebook(rule_copy, "2")


def test_a_file_that_is_not_yaml_is_named(rule_copy: Path) -> None:
    edit(rule_copy, "part_XII.yaml", "rules:\n", "rules: [\n")
    with pytest.raises(RuleFileError, match=r"^rules/v2/part_XII.yaml: not valid YAML"):
        read_rulebook(rule_copy, "2")


def test_a_message_must_exist_in_every_language(rule_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    catalogue: dict[str, Any] = {key: dict(texts) for key, texts in catalog_keys().items()}
    del catalogue["ix.dur.limited"]["fr"]
    keys: Callable[[], dict[str, Any]] = lambda: catalogue  # noqa: E731
    monkeypatch.setattr(rule_loader, "catalog_keys", keys)
    with pytest.raises(RuleFileError, match=r"^rules/v2/part_IX.yaml: rule IX.DUR: message 'ix.dur.limited' has no fr"):
        read_rulebook(rule_copy, "2")


def test_the_shipped_copy_loads(rule_copy: Path) -> None:
    book = read_rulebook(rule_copy, "2")
    assert book.rule("II.AIMS").article == "10(3)–(4)"
