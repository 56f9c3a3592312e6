"""docs/rules.md is generated from the rule files and lists every requirement for reviewers."""

from __future__ import annotations

from pathlib import Path

from c102desk.engine.rulebook import load_rulebook
from c102desk.engine.rulebook.listing import render_rules
from c102desk.engine.rulebook.model import CalculatorStep

DOC = Path(__file__).resolve().parents[2] / "docs" / "rules.md"


def test_rules_listing_is_up_to_date() -> None:
    assert DOC.read_text(encoding="utf-8") == render_rules(load_rulebook()), (
        "docs/rules.md is stale: run `python -m c102desk.cli.rules --out docs/rules.md`")


def test_rules_listing_names_every_requirement_and_its_decision_in_words() -> None:
    text = DOC.read_text(encoding="utf-8")
    for part in load_rulebook().parts.values():
        for step in part.steps:
            for rule_id in (step.ids if isinstance(step, CalculatorStep) else (step.id,)):
                assert f"### {rule_id}" in text or f", {rule_id}" in text, rule_id
    assert "when `II.cost.morbid_sharing` is yes and `II.cost.avoid_hardship` is no → **not met**" in text
    assert "{q[" not in text  # questions named in a message are shown by id, silent ones left out
