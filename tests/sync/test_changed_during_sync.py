"""A colleague saving into an assessment while a laptop syncs it (found by the team server's load benchmark): the
sync does not stop — that assessment is left for the next sync and said so, the others are synced — and what
the laptop took from the team store is not taken later for the laptop's own change (no false conflict)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from c102desk.store import Store
from c102desk.store.merge_apply import apply_merge
from c102desk.sync import engine
from tests.report.fixtures import example_path
from tests.sync.test_engine import CEILING, OLD_AGE_RATE, RATE, _state, team  # noqa: F401


def test_a_colleagues_save_during_the_sync_leaves_that_assessment_for_the_next_one(
        team: tuple[Path, Path, Path, str], monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    server, a, b, assessment = team
    with Store.open(b) as colleague:  # the team store has a change to pull…
        colleague.set_answer(assessment, OLD_AGE_RATE, 44)
    with Store.open(b) as here, Store.open(server) as there:
        engine.sync(here, there, "Ben")
    with Store.open(a) as laptop:  # …and the laptop one to push, plus a new assessment to send
        laptop.set_answer(assessment, RATE, 65)
        other = laptop.import_file(example_path("midland-three-parts"))

    real_apply = apply_merge
    saved: list[Any] = []

    def colleague_saves_first(target: Store, writes: Any) -> None:
        if target.folder == server and not saved:  # between the laptop's pull and its push
            saved.append(True)
            with Store.open(b) as colleague, Store.open(server) as there:
                colleague.set_answer(assessment, OLD_AGE_RATE, 46)  # the answer just pulled, changed again
                engine.sync(colleague, there, "Ben")
        real_apply(target, writes)

    monkeypatch.setattr("c102desk.sync.engine.apply_merge", colleague_saves_first)
    with Store.open(a) as here, Store.open(server) as there:
        report = engine.sync(here, there, "Ana")
    monkeypatch.undo()
    assert saved and not report.complete
    assert [(s.assessment_id, s.again) for s in report.skipped] == [(assessment, True)]
    assert "during the sync" in report.skipped[0].reason
    assert other in report.sent  # the other assessments are synced all the same
    assert report.pulled == {assessment: 1}  # what it took before the colleague's save

    with Store.open(a) as here, Store.open(server) as there:
        again = engine.sync(here, there, "Ana")
    assert again.complete and not again.conflicts, again  # 46 is the colleague's, not a conflict with 44
    assert again.pushed == {assessment: 1} and again.pulled == {assessment: 1}
    answers, _ = _state(a, assessment)
    assert answers[RATE][0] == 65 and answers[OLD_AGE_RATE][0] == 46
    assert _state(server, assessment)[0] == answers
