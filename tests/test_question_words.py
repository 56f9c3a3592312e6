"""Questions and requirements named in words inside the engine's messages (c102desk.i18n.message,
c102desk.engine.question_words): how a question-type parameter, a {q[…]} of a template and a {rule} read."""

from __future__ import annotations

from c102desk.engine.question_words import QuestionName
from c102desk.i18n import Msg, question_ids_in, with_question_names
from c102desk.questionnaire import load_questionnaire


def _named(message: Msg) -> str:
    questionnaire = load_questionnaire()
    return with_question_names(message, lambda qid: QuestionName(questionnaire, qid))


def test_a_question_parameter_reads_as_the_question_quoted_in_each_language() -> None:
    message = Msg("rule.not_answered", question="III.duration.waiting_days", article="18(1)")
    assert "III.duration.waiting_days" in message  # before it is bound to a questionnaire: the id
    named = _named(message)
    assert named == "not yet answered: “Unpaid waiting days at the start of each case” (needed for Art 18(1))"
    assert named.render("fr").startswith("pas encore de réponse\u202f: «\u202fJours de carence")  # type: ignore[attr-defined]
    assert question_ids_in(named) == ["III.duration.waiting_days"]


def test_a_silent_question_of_the_catalogue_is_named_for_the_requests_and_printed_as_nothing() -> None:
    message = _named(Msg("lvl.no_wage"))
    assert "I.wages.skilled_wage" not in message and "“" not in message
    assert question_ids_in(message) == ["I.wages.skilled_wage"]


def test_nested_messages_and_question_lists_are_named_too() -> None:
    inner = Msg("xiii.fin.ee50.missing", missing_questions=("XIII.financing.state_financing",))
    named = _named(Msg("cov.with_notes", text=inner, notes=Msg.join([Msg("lvl.fa_none")])))
    assert "XIII.financing" not in named and "“State subsidies" in named
    assert question_ids_in(named) == ["XIII.financing.state_financing", "I.wages.family_allowance"]


def test_a_rule_parameter_reads_as_the_requirements_name() -> None:
    line = Msg("xi.test.not_counted_line", rule="V.LVL", word=Msg("xi.word.not_met"), part="V")
    assert line.render("es").startswith("Cuantía de la prestación de vejez (Parte V)")
