"""One figure per calculation (issue 12, item 9): the engine hands the report, the dashboard and the text output
typed calculation records (exact values, figures used, threshold); they display those and compute nothing again,
and the JSON ``values`` are rendered from the same records."""

from __future__ import annotations

import re
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest

from c102desk.engine import evaluate
from c102desk.engine.calculations import CoverageCalculation, LimitCalculation, ReplacementCalculation
from c102desk.engine.gaps import closing_action
from c102desk.engine.results import Status
from c102desk.report.analysis import calculations
from tests.helpers import part_i

ROOT = Path(__file__).resolve().parents[2]


def _sickness(**answers: Any) -> dict[str, Any]:
    base = {**part_i(), "III.scheme.exists": True, "III.coverage.relies_on": ["a"],
            "III.coverage.employees_protected": 600_000, "III.benefit.method": "earnings_related",
            "III.benefit.rate": 40, "III.benefit.reference_earnings": 1000}
    base.update({k.replace("__", "."): v for k, v in answers.items()})
    return base


def test_the_report_shows_the_engines_rate_with_family_allowances() -> None:
    """40 % of 1,000 plus the family allowance of 100 on both sides is (400 + 100) / (1,000 + 100) = 45.45 %:
    the report's calculation line shows that figure, not 400 / 1,000 = 40 %."""
    level = evaluate(_sickness()).requirement("III.LVL")
    [record] = [c for c in level.calculations if isinstance(c, ReplacementCalculation)]
    assert record.ratio == Fraction(500 * 100, 1100) and record.family_allowance_at_work == 100
    [line] = calculations(level, "en")
    assert line == "Earnings-related benefit: replacement rate — (400 + 100) ÷ (1,000 + 100) = 45.45 % (required: 45 %)"
    assert "45.45 %" in level.text("en")
    assert level.values["XI.65.TEST"] == record.values()


@pytest.mark.parametrize(("protected", "more"), [(1, 499_999), (499_999, 1), (500_000, None)])
def test_the_coverage_gap_is_the_records_shortfall(protected: int, more: int | None) -> None:
    coverage = evaluate(_sickness(III__coverage__employees_protected=protected)).requirement("III.COV.A")
    [record] = coverage.calculations
    assert isinstance(record, CoverageCalculation) and coverage.values == record.values()
    action = closing_action(coverage)
    if more is None:
        assert coverage.status is Status.MET and action is None
    else:
        assert coverage.status is Status.NOT_MET and record.shortfall == more
        assert action is not None and action.render("en") == \
            f"protect {more:,} more persons to reach 50 % of all employees (Art 15(a))"


def test_a_limit_gap_reads_from_the_figure_to_the_limit() -> None:
    waiting = evaluate(_sickness(III__duration__waiting_days=7)).requirement("III.WAIT")
    [record] = waiting.calculations
    assert isinstance(record, LimitCalculation) and record.at_most and not record.met
    assert waiting.values == record.values() == {"value": 7, "limit": 3}
    action = closing_action(waiting)
    assert action is not None
    assert action.render("en") == "waiting period: from 7 days down to 3 days at most (Art 18(1))"
    assert action.render("fr") == "délai de carence\u202f: de 7 jours à 3 jours au plus (art. 18(1))"


def test_a_level_gap_names_the_benefit_that_would_meet_the_schedule() -> None:
    level = evaluate(_sickness(III__benefit__rate=30)).requirement("III.LVL")
    assert level.status is Status.NOT_MET
    action = closing_action(level)
    # 45 % × (1,000 + 100) − 100 = 395 per month
    assert action is not None and "from 300 per month to at least 395 per month" in action.render("en")


def test_no_display_module_computes_a_figure() -> None:
    """The report and the dashboard hold no percentage or threshold arithmetic of their own."""
    arithmetic = re.compile(r"\*\s*100\b|/\s*100\b|math\.ceil|\bpercent\(|threshold\s*[*/]")
    places = [*(ROOT / "c102desk" / "report").glob("*.py"), ROOT / "c102desk" / "ui" / "assessment" / "dashboard.py",
              ROOT / "c102desk" / "engine" / "render_text.py"]
    found = [f"{p.name}: {m.group(0)}" for p in places for m in arithmetic.finditer(p.read_text(encoding="utf-8"))]
    assert found == []
