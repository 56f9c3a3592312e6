"""The dashboard speaks in words, in the assessment's language: requirements by their names, verdicts in the
words of the report and the text output, no rule code or question id but in the reference column; and what
[I] means is said wherever it is shown."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from c102desk.i18n.verdicts import mark_meaning, part_status, requirement_status
from c102desk.store import Store
from c102desk.ui.assessment import AssessmentView
from c102desk.ui.assessment.dashboard import REFERENCE_COLUMN
from tests.words import RULE_ID, codes_in

EXAMPLES = sorted((Path(__file__).resolve().parents[3] / "resources" / "examples").glob("*.c102.json"))


def _visible_texts(view: AssessmentView) -> tuple[list[str], list[str]]:
    """(every text the dashboard shows, Part by Part, but its reference column; the reference column)."""
    dashboard = view.dashboard
    texts = [label.text() for label in dashboard.findChildren(QLabel) if label.isVisible()]
    references: list[str] = []
    for row in range(dashboard.parts.rowCount()):
        texts += [cell.text() for col in range(dashboard.parts.columnCount())
                  if (cell := dashboard.parts.item(row, col)) is not None]
        dashboard.parts.setCurrentCell(row, 0)
        for item in dashboard.requirement_items():
            texts += [item.text(col) for col in range(REFERENCE_COLUMN)] + [item.toolTip(2)]
            references.append(item.text(REFERENCE_COLUMN))
        texts.append(dashboard.hint.text())
    return texts, references


@pytest.mark.parametrize("lang", ["en", "fr", "es"])
@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.name.split(".")[0])
def test_no_code_outside_the_reference_column(qtbot: QtBot, store: Store, example: Path, lang: str) -> None:
    view = AssessmentView(store, store.import_file(example), language=lang)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    view.tabs.setCurrentIndex(1)
    qtbot.waitExposed(view)
    texts, references = _visible_texts(view)
    assert [t for t in texts if codes_in(t)] == []
    assert references and all(RULE_ID.fullmatch(r) for r in references)


def test_verdicts_and_marks_are_worded_as_in_the_report(qtbot: QtBot, store: Store) -> None:
    view = AssessmentView(store, store.import_file(EXAMPLES[0]), language="fr")
    qtbot.addWidget(view)
    view.show()
    view.tabs.setCurrentIndex(1)
    dashboard = view.dashboard
    chips = {dashboard.parts.item(r, 1).text() for r in range(dashboard.parts.rowCount() - 1)}  # type: ignore[union-attr]
    assert chips <= {part_status(s, "fr") for s in ("not_assessed", "not_compliant", "insufficient_information",
                                                    "compliant_with_review", "compliant")}
    for row in range(dashboard.parts.rowCount()):
        dashboard.parts.setCurrentCell(row, 0)
        items = dashboard.requirement_items()
        assert {i.text(1) for i in items} <= {requirement_status(s, "fr", superseded=sup) for s in (
            "met", "not_met", "needs_review", "insufficient_information", "not_applicable") for sup in (False, True)}
        if any("[I]" in i.text(2) for i in items):
            assert mark_meaning("I", "fr") in dashboard.hint.text()
        else:
            assert "[I]" not in dashboard.hint.text()
