"""Soft consistency checks across answers (data beside the questionnaire) and the hard limits that catch
typing slips: a part larger than its whole, an amount ten times the wage, 10^27 employees, a year "1,950"."""

from __future__ import annotations

from fractions import Fraction
from typing import Any

import pytest

from c102desk.errors import QuestionnaireError
from c102desk.i18n import text_in
from c102desk.questionnaire import load_questionnaire
from c102desk.questionnaire.consistency import checks_of, findings, parse_checks, related
from c102desk.questionnaire.model import Severity
from c102desk.resources import resource_path

Q = load_questionnaire()


def ids(answers: dict[str, Any], question_id: str | None = None) -> list[str]:
    return [f.check.id.split(":")[0] for f in findings(Q, answers, question_id)]


def plain(number: Fraction) -> str:
    return str(number.numerator) if number.denominator == 1 else str(float(number))


def test_a_part_larger_than_its_whole_is_questioned() -> None:
    whole = {"I.stats.residents": 6_000_000, "I.stats.economically_active": 3_000_000, "I.stats.employees": 2_000_000}
    assert ids(whole) == []
    assert ids({**whole, "I.stats.employees": 3_100_000}) == ["employees_within_active"]
    assert ids({**whole, "I.stats.economically_active": 7_000_000}) == ["active_within_residents"]
    assert ids({**whole, "I.stats.children_residents": 6_500_000}) == ["children_within_residents"]
    assert ids({**whole, "III.coverage.employees_protected": 2_000_001}) == ["protected_employees_within_employees"]
    assert ids({**whole, "III.coverage.employees_protected": 2_000_000}) == []  # equal is fine
    finding = findings(Q, {**whole, "I.stats.employees": 3_100_000})[0]
    assert finding.text("en", plain) == ("There are more employees (3100000) than economically active persons "
                                         "(3000000), who include them. Is this right?")
    assert finding.text("es", plain).startswith("Hay más asalariados") and "¿Es correcto?" in finding.text("es", plain)
    assert "Est-ce exact ?" in finding.text("fr", plain)
    assert related(Q, "I.stats.economically_active") >= {"I.stats.employees", "I.stats.economically_active"}


def test_an_amount_an_order_of_magnitude_off_the_wages_asks_is_this_right() -> None:
    wages = {"I.wages.labourer_wage": 1500, "I.wages.skilled_wage": 2600, "III.benefit.method": "flat_rate"}
    assert ids({**wages, "III.benefit.flat_amount": 900}) == []
    yearly = {**wages, "III.benefit.flat_amount": 18_000}  # a yearly figure where a monthly one is asked
    assert ids(yearly, "III.benefit.flat_amount") == ["benefit_against_labourer_wage"]
    assert findings(Q, yearly, "III.benefit.flat_amount")[0].text("en", plain).startswith(
        "This amount (18000) is 12 times the labourer's wage (1500")
    assert ids({**wages, "III.benefit.flat_amount": 100}) == ["benefit_against_labourer_wage"]  # a tenth
    assert ids({**wages, "I.wages.skilled_wage": 26_000}) == ["skilled_wage_against_labourer"]
    # A stale answer of a question no longer asked is not checked.
    assert ids({**yearly, "III.benefit.method": "earnings_related"}) == []


def test_the_examples_raise_no_question() -> None:
    import json

    for path in resource_path("examples").glob("*.c102.json"):
        assert ids(json.loads(path.read_text(encoding="utf-8"))["answers"]) == [], path.name


def test_hard_limits_catch_typing_slips() -> None:
    employees = Q.by_id["I.stats.employees"]
    (refused,) = employees.check(10**27)
    assert refused.severity is Severity.ERROR
    assert employees.check(1_400_000_000) == []  # the largest countries still fit
    (year,) = Q.by_id["I.stats.employees_year"].check(1900)
    assert "1950" in text_in(year.message, "en") and "1,950" not in text_in(year.message, "en")
    assert "1 950" not in text_in(year.message, "fr")
    (rate,) = Q.by_id["III.benefit.rate"].check(120)
    assert rate.severity is Severity.ERROR  # a rate is between 0 and 100 %


def test_every_check_is_well_formed_and_bad_data_is_refused() -> None:
    checks = [c for cs in checks_of(Q).values() for c in cs]
    assert len(checks) > 50 and all(set(c.messages) == {"en", "fr", "es"} for c in checks)
    with pytest.raises(QuestionnaireError, match="matches no question"):
        parse_checks({"checks": [{"id": "x", "question": "*.nothing", "at_most": "I.stats.residents",
                                  "message": {"en": "a", "fr": "b", "es": "c"}}]}, Q)
    with pytest.raises(QuestionnaireError, match="message"):
        parse_checks({"checks": [{"id": "x", "question": "I.stats.employees", "at_most": "I.stats.residents",
                                  "message": {"en": "a"}}]}, Q)
    with pytest.raises(QuestionnaireError, match="not a number"):
        parse_checks({"checks": [{"id": "x", "question": "I.wages.currency", "at_most": "I.stats.residents",
                                  "message": {"en": "a", "fr": "b", "es": "c"}}]}, Q)
