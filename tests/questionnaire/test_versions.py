"""Questionnaire versions: version 1 is rebuilt from version 2 through the declared migration, keeps exactly its
own ids, and its answers carry forward unchanged (engine-contract.md §1)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from c102desk.errors import QuestionnaireError
from c102desk.questionnaire import CURRENT_VERSION, load_questionnaire
from c102desk.questionnaire.loader import available_versions, forget_loaded, questionnaire_dir
from c102desk.questionnaire.migration import migration, upgrade_answers

V1_IDS = [line for line in (Path(__file__).parent / "v1_question_ids.txt").read_text(encoding="utf-8").splitlines()
          if line and not line.startswith("#")]


def test_both_versions_are_installed_and_2_is_current() -> None:
    assert CURRENT_VERSION == "2"
    assert available_versions() == ["1", "2"]
    assert load_questionnaire("1").version == "1" and load_questionnaire("2").version == "2"


def test_version_1_keeps_exactly_the_ids_it_shipped_with() -> None:
    assert [q.id for q in load_questionnaire("1").questions()] == V1_IDS


def test_the_migration_declares_every_question_version_2_added() -> None:
    v2_ids = {q.id for q in load_questionnaire("2").questions()}
    step = migration("1")
    assert step.renamed == {}
    assert step.added == v2_ids - set(V1_IDS)
    assert set(V1_IDS) <= v2_ids


def test_no_version_1_question_changes_type_unit_or_options() -> None:
    v1, v2 = load_questionnaire("1"), load_questionnaire("2")
    for question in v1.questions():
        new = v2.by_id[question.id]
        assert (question.type, question.unit, question.period, question.option_values()) == (
            new.type, new.unit, new.period, new.option_values()), question.id


def test_version_1_has_its_french_and_spanish_texts() -> None:
    v1 = load_questionnaire("1")
    question = v1.by_id["III.duration.max_weeks"]
    assert v1.label(question, "fr") != question.label and v1.label(question, "es") != question.label
    assert not any(key in migration("1").added for (_, kind, key, _) in v1.texts if kind == "q")


def test_answers_of_version_1_are_carried_forward_unchanged() -> None:
    answers = {"I.stats.employees": 10, "III.duration.max_weeks": 26, "X.contingency.widow_conditions": ["age"]}
    assert upgrade_answers("1", answers, "2") == answers
    assert upgrade_answers("2", answers, "2") == answers


def test_a_version_1_answer_set_is_valid_in_version_2() -> None:
    v1, v2 = load_questionnaire("1"), load_questionnaire("2")
    answers = {"III.duration.limited": True, "III.duration.max_weeks": 26, "I.wages.time_basis": "month"}
    assert not v1.check_answers(answers)
    assert not v2.check_answers(upgrade_answers("1", answers, "2"))


@pytest.fixture()
def resources_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    root = tmp_path / "resources"
    shutil.copytree(questionnaire_dir(CURRENT_VERSION).parent.parent, root)
    monkeypatch.setenv("C102DESK_RESOURCES", str(root))
    forget_loaded()
    migration.cache_clear()
    yield root / "questionnaire"
    forget_loaded()
    migration.cache_clear()


def _declare_added(folder: Path, question_id: str) -> None:
    path = folder / "v2" / "migration_from_v1.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["added"] = [*data["added"], question_id]
    path.write_text(yaml.safe_dump(data), encoding="utf-8")


def test_a_kept_question_that_depends_on_an_added_one_is_refused(resources_copy: Path) -> None:
    _declare_added(resources_copy, "III.duration.limited")
    with pytest.raises(QuestionnaireError, match=r"III\.duration\.max_weeks depends on"):
        load_questionnaire("1")


def test_a_migration_naming_an_unknown_question_is_refused(resources_copy: Path) -> None:
    _declare_added(resources_copy, "III.no_such_question")
    with pytest.raises(QuestionnaireError, match="unknown questions"):
        load_questionnaire("1")
