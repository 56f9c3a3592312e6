"""Review of current long-term payments (Arts 65(10), 66(8)): one rule for Parts V, VI, IX and X, which reaches
benefits computed under Art 65 or 66 and not means-tested ones under Art 67."""

from __future__ import annotations

from typing import Any

import pytest

from c102desk.engine.results import Status
from tests.engine.test_part_ix import ix
from tests.engine.test_part_v import v
from tests.engine.test_part_vi import injury
from tests.engine.test_part_x import x
from tests.helpers import part_i, req, run

MEANS_TESTED = {"method": "means_tested", "means_scale_prescribed": True, "means_disregards": True,
                "means_amount": 400, "health_decency": True}


def means_tested(part: str, answers: dict[str, Any]) -> dict[str, Any]:
    """The Part's benefit turned into a means-tested one for all residents within the means limits (Art 67)."""
    out = {k: val for k, val in answers.items()
           if k.startswith("I.") or not (k.startswith(f"{part}.benefit.") or ".coverage." in k)}
    out.update({f"{part}.benefit.{k}": val for k, val in MEANS_TESTED.items()})
    out[f"{part}.coverage.residents_means_tested"] = True
    return out


BUILDERS = {"V": v, "IX": ix, "X": x}


@pytest.mark.parametrize("part", ["V", "IX", "X"])
@pytest.mark.parametrize(("answer", "expected"), [(True, Status.MET), (False, Status.NOT_MET),
                                                  (None, Status.INSUFFICIENT)])
def test_each_long_term_part_needs_the_review(part: str, answer: bool | None, expected: Status) -> None:
    answers = BUILDERS[part](**{"XI__review__after_earnings_changes": answer})
    rule = req(answers, f"{part}.REVIEW")
    assert rule.status is expected
    assert rule.article == "65(10), 66(8)" and rule.questions == ("XI.review.after_earnings_changes",)


@pytest.mark.parametrize("part", ["V", "IX", "X"])
@pytest.mark.parametrize("answer", [True, False, None])
def test_a_means_tested_benefit_carries_no_review_clause(part: str, answer: bool | None) -> None:
    answers = means_tested(part, BUILDERS[part](**{"XI__review__after_earnings_changes": answer}))
    evaluation = run(answers)
    assert evaluation.requirement(f"{part}.LVL").values["method"] == "means_tested"
    rule = evaluation.requirement(f"{part}.REVIEW")
    assert rule.status is Status.NOT_APPLICABLE
    assert "Art 67" in rule.explanation and "keeps its value" in rule.explanation


def test_part_vi_review_concerns_its_pensions_not_the_incapacity_benefit() -> None:
    assert req(injury(XI__review__after_earnings_changes=False), "VI.REVIEW").status is Status.NOT_MET
    # only the incapacity benefit described: the pensions' method is unknown, so the clause still applies
    answers = {k: val for k, val in injury().items()
               if not k.startswith(("VI.invalidity.", "VI.survivors."))}
    assert req(answers, "VI.REVIEW").status is Status.MET


def test_xi_review_lists_only_the_parts_the_clause_reaches() -> None:
    answers = {**part_i(), **v(), **means_tested("IX", ix()), "XI.review.after_earnings_changes": False}
    evaluation = run(answers)
    assert evaluation.requirement("IX.REVIEW").status is Status.NOT_APPLICABLE
    assert evaluation.requirement("V.REVIEW").status is Status.NOT_MET
    assert "V" not in evaluation.ratification.parts  # V fails its own review
    # With the review in place, V and IX could be accepted; XI.REVIEW then covers V only.
    evaluation = run({**answers, "XI.review.after_earnings_changes": True})
    assert {"V", "IX"} <= set(evaluation.ratification.parts)
    assert evaluation.requirement("XI.REVIEW").values["parts"] == ["V"]
