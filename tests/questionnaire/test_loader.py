"""The questionnaire files load into typed objects, and a broken file names the file, the question and the problem."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from c102desk.errors import QuestionnaireError
from c102desk.i18n import text_in
from c102desk.questionnaire import CURRENT_VERSION, load_questionnaire
from c102desk.questionnaire.loader import forget_loaded, questionnaire_dir
from c102desk.questionnaire.model import PART_IDS, QuestionType, Severity


def test_shipped_questionnaire_covers_every_part() -> None:
    questionnaire = load_questionnaire()
    assert [p.id for p in questionnaire.parts] == list(PART_IDS)
    for part in questionnaire.parts:
        assert part.title and part.title != "(being written)", part.id
        assert list(part.questions()), f"Part {part.id} has no questions"


def test_every_question_cites_an_article_and_has_help() -> None:
    for question in load_questionnaire().questions():
        assert question.article.strip()
        assert len(question.help) > 10, question.id
        if question.type in (QuestionType.CHOICE, QuestionType.MULTI_CHOICE):
            assert question.options, question.id


@pytest.fixture()
def broken_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A writable copy of the shipped resources, used through the resources override."""
    root = tmp_path / "resources"
    shutil.copytree(questionnaire_dir(CURRENT_VERSION).parent.parent, root)
    monkeypatch.setenv("C102DESK_RESOURCES", str(root))
    forget_loaded()
    yield root / "questionnaire" / f"v{CURRENT_VERSION}"
    forget_loaded()


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_unknown_type_names_file_question_and_problem(broken_copy: Path) -> None:
    _replace(broken_copy / "part_III.yaml", "      - id: III.qp.months\n        type: number",
             "      - id: III.qp.months\n        type: integer")
    with pytest.raises(QuestionnaireError) as err:
        load_questionnaire()
    message = str(err.value)
    assert "part_III.yaml" in message and "III.qp.months" in message and "'integer'" in message


def test_condition_on_unknown_question_is_refused(broken_copy: Path) -> None:
    _replace(broken_copy / "part_III.yaml", "relevant: {q: III.duration.limited, eq: true}",
             "relevant: {q: III.duration.limit, eq: true}")
    with pytest.raises(QuestionnaireError, match=r"III.duration.max_weeks.*unknown question 'III.duration.limit'"):
        load_questionnaire()


def test_invalid_yaml_names_the_file(broken_copy: Path) -> None:
    (broken_copy / "part_XII.yaml").write_text("part: XII\nsections: [\n", encoding="utf-8")
    with pytest.raises(QuestionnaireError, match=r"part_XII.yaml: not valid YAML"):
        load_questionnaire()


def test_duplicate_id_is_refused(broken_copy: Path) -> None:
    _replace(broken_copy / "part_III.yaml", "id: III.duration.waiting_days", "id: III.qp.months")
    with pytest.raises(QuestionnaireError, match=r"III.qp.months: id used twice"):
        load_questionnaire()


def test_id_of_another_part_is_refused(broken_copy: Path) -> None:
    _replace(broken_copy / "part_III.yaml", "id: III.qp.months", "id: IV.qp.months")
    with pytest.raises(QuestionnaireError, match=r"part_III.yaml: question IV.qp.months: id must start with"):
        load_questionnaire()


def test_missing_help_is_refused(broken_copy: Path) -> None:
    line = "        help: The currency used for every amount of the assessment (e.g. XOF, EUR).\n"
    _replace(broken_copy / "part_I.yaml", line, "")
    with pytest.raises(QuestionnaireError, match=r"I.wages.currency: 'help' is missing"):
        load_questionnaire()


def test_answer_checks_tell_errors_from_warnings() -> None:
    q = load_questionnaire().question("III.benefit.rate")
    assert q.check(45) == []
    assert q.check(150)[0].severity is Severity.ERROR
    assert "at most 100" in q.check(150)[0].message
    assert q.check("45")[0].severity is Severity.ERROR
    assert load_questionnaire().question("I.stats.employees").check(10.5)[0].message.endswith("got 10.5")
    assert load_questionnaire().question("III.benefit.method").check("other")[0].severity is Severity.ERROR


def test_assumptions_and_warnings_are_given_in_each_language() -> None:
    questionnaire = load_questionnaire()
    age = questionnaire.by_id["V.age.pensionable_age"]
    assert questionnaire.warning_text(age, "en") == age.validation.warning
    assert "65" in (questionnaire.warning_text(age, "fr") or "") and questionnaire.warning_text(age, "fr") != (
        questionnaire.warning_text(age, "es"))
    widowers = questionnaire.by_id["X.contingency.widowers"]
    assert (questionnaire.assumption_text(widowers, "es") or "").startswith("[I] ")  # the tag is kept
    plain = questionnaire.by_id["I.stats.employees"]
    assert questionnaire.assumption_text(plain, "fr") is None and questionnaire.warning_text(plain, "fr") is None


def test_a_translated_assumption_needs_an_english_one(broken_copy: Path) -> None:
    # A translation of a note the question does not have would show a reader something the English lacks.
    _replace(broken_copy / "i18n" / "part_III.yaml", "  III.qp.months:\n",
             "  III.qp.months:\n    warning:\n      fr: \"Inhabituel\"\n")
    with pytest.raises(QuestionnaireError, match=r"part_III.yaml: question III.qp.months: has no warning"):
        load_questionnaire()


def test_answer_check_messages_are_given_in_each_language() -> None:
    questionnaire = load_questionnaire()
    [too_old] = questionnaire.question("V.age.pensionable_age").check(120)
    assert too_old.message == "V.age.pensionable_age: must be at most 90, got 120"
    assert text_in(too_old.message, "fr") == "V.age.pensionable_age\u202f: doit être au plus égal à 90\u202f; reçu 120"
    assert text_in(too_old.message, "es") == "V.age.pensionable_age: debe ser como máximo 90; se recibió 120"
    [fraction] = questionnaire.question("I.stats.employees").check(10.5)
    assert text_in(fraction.message, "fr").endswith("reçu 10,5")  # numbers written the French way
    [wrong_type] = questionnaire.question("I.stats.employees").check("many")
    assert text_in(wrong_type.message, "es") == "I.stats.employees: se esperaba un número; se recibió 'many'"


def test_the_current_version_is_loaded_once_whether_named_or_defaulted() -> None:
    assert load_questionnaire() is load_questionnaire(CURRENT_VERSION)
