"""``sync(local, remote)``: two laptops that worked offline on different Parts converge through the team store
with nothing lost and their histories kept; a conflict changes neither side; an interrupted sync leaves each
assessment synced or untouched and the next one finishes it; a sync right after another changes nothing. The
team store here is a second SQLite store (the same ``Store`` API as the server's)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from c102desk.store import Store
from c102desk.sync.engine import sync
from tests.report.fixtures import example_path
from tests.store.conftest import dump_tables

RATE = "III.benefit.rate"  # Part III
OLD_AGE_RATE = "V.benefit.rate"  # Part V
CEILING = "III.benefit.earnings_ceiling"


@pytest.fixture
def team(tmp_path: Path) -> tuple[Path, Path, Path, str]:
    """The team store and two laptops, all three with one assessment (laptop A made it and synced; B synced)."""
    server, a, b = tmp_path / "server", tmp_path / "a", tmp_path / "b"
    with Store.open(a) as laptop:
        assessment = laptop.import_file(example_path("northland-all-parts"))
        laptop.set_answer(assessment, CEILING, 4500)
        with Store.open(server) as remote:
            sync(laptop, remote, "Ana")
    with Store.open(b) as laptop, Store.open(server) as remote:
        sync(laptop, remote, "Ben")
    return server, a, b, assessment


def _sync(laptop: Path, server: Path, who: str = "someone"):  # type: ignore[no-untyped-def]
    with Store.open(laptop) as here, Store.open(server) as there:
        return sync(here, there, who)


def _state(folder: Path, assessment: str) -> tuple[dict[str, tuple[Any, ...]], set[tuple[Any, ...]]]:
    with Store.open(folder) as store:
        answers = {a.question_id: (a.value, a.note, a.legal_citation, a.confidence)
                   for a in store.answer_details(assessment)}
        history = {(h.question_id, h.old_value, h.new_value, h.changed_at) for h in store.history(assessment)}
    return answers, history


def test_a_new_assessment_arrives_on_the_other_laptop_with_its_id_and_history(
        team: tuple[Path, Path, Path, str]) -> None:
    server, a, b, assessment = team
    assert _state(b, assessment) == _state(a, assessment) == _state(server, assessment)
    _, history = _state(b, assessment)
    assert any(q == CEILING and new == 4500 for q, _old, new, _at in history)


def test_two_laptops_on_different_parts_converge_and_lose_nothing(team: tuple[Path, Path, Path, str]) -> None:
    server, a, b, assessment = team
    with Store.open(b) as store:  # B works first, offline
        ben = store.add_profile("Ben Laptop", "Ministry", "Assessor")
        store.set_answer(assessment, OLD_AGE_RATE, 44, note="Pension Act s. 12", assessor_id=ben)
    with Store.open(a) as store:  # then A, offline too
        store.set_answer(assessment, RATE, 65, note="2026 reform")
        store.set_answer(assessment, CEILING, 4800)
    first = _sync(a, server, "Ana")
    assert first.pushed == {assessment: 2} and not first.pulled and not first.conflicts
    second = _sync(b, server, "Ben")
    assert second.pulled == {assessment: 2} and second.pushed == {assessment: 1} and not second.conflicts
    third = _sync(a, server, "Ana")
    assert third.pulled == {assessment: 1} and not third.pushed and not third.conflicts, third
    answers, history = _state(server, assessment)
    assert (answers, history) == _state(a, assessment) == _state(b, assessment)
    assert answers[RATE][:2] == (65, "2026 reform")
    assert answers[CEILING][0] == 4800
    assert answers[OLD_AGE_RATE][:2] == (44, "Pension Act s. 12")
    # Each change is in every history once, with when it was made (not when it was synced) and by whom.
    assert [h for h in history if h[0] == CEILING and h[2] == 4800] and len(
        [h for h in history if h[0] == OLD_AGE_RATE and h[2] == 44]) == 1
    with Store.open(a) as store:
        steps = [h for h in store.history(assessment, OLD_AGE_RATE) if h.new_value == 44]
        assert steps[0].assessor is not None and steps[0].assessor.name == "Ben Laptop"
    # A sync right after changes nothing on either side.
    before = dump_tables(a), dump_tables(server)
    again = _sync(a, server)
    assert not again.changed_anything and not again.conflicts
    assert (dump_tables(a), dump_tables(server)) == before


def test_a_conflict_is_reported_and_changes_neither_side(team: tuple[Path, Path, Path, str]) -> None:
    server, a, b, assessment = team
    with Store.open(a) as store:
        store.set_answer(assessment, RATE, 60)
    _sync(a, server)
    with Store.open(b) as store:
        store.set_answer(assessment, RATE, Decimal("62.5"))
        store.set_answer(assessment, OLD_AGE_RATE, 44)
    report = _sync(b, server)
    assert [(c.assessment_id, c.question_id, c.mine, c.theirs) for c in report.conflicts] == [
        (assessment, RATE, Decimal("62.5"), 60)]
    assert report.pushed == {assessment: 1}  # the other change of B goes through
    assert _state(server, assessment)[0][RATE][0] == 60
    assert _state(b, assessment)[0][RATE][0] == Decimal("62.5")
    assert _state(server, assessment)[0][OLD_AGE_RATE][0] == 44
    # Still there, and still changing nothing, until the assessor decides.
    before = dump_tables(b), dump_tables(server)
    assert [c.question_id for c in _sync(b, server).conflicts] == [RATE]
    assert (dump_tables(b), dump_tables(server)) == before


def test_an_interrupted_sync_leaves_each_assessment_whole_and_the_next_finishes_it(
        team: tuple[Path, Path, Path, str], monkeypatch: pytest.MonkeyPatch) -> None:
    server, a, _, first_id = team
    with Store.open(a) as store:
        second_id = store.import_file(example_path("northland-all-parts"), on_conflict="keep_both")
    _sync(a, server)
    with Store.open(a) as store:
        for assessment in (first_id, second_id):
            store.set_answer(assessment, RATE, 72)
            store.set_answer(assessment, OLD_AGE_RATE, 50)
    server_before = dump_tables(server)

    class PowerCut(Exception):
        pass

    def cut(assessment: str) -> None:
        raise PowerCut(assessment)

    with Store.open(a) as here, Store.open(server) as there, pytest.raises(PowerCut) as stopped:
        sync(here, there, "Ana", after_each=cut)
    done = stopped.value.args[0]
    left = second_id if done == first_id else first_id
    answers = _state(server, done)[0]
    assert (answers[RATE][0], answers[OLD_AGE_RATE][0]) == (72, 50)  # the first one whole
    untouched = dump_tables(server)["answers"]
    assert [r for r in untouched if left in r] == [r for r in server_before["answers"] if left in r]
    report = _sync(a, server)
    assert report.pushed == {left: 2}
    assert _state(server, left) == _state(a, left) and _state(server, done) == _state(a, done)


def test_an_error_inside_an_assessments_transaction_writes_none_of_it(
        team: tuple[Path, Path, Path, str], monkeypatch: pytest.MonkeyPatch) -> None:
    server, a, _, assessment = team
    with Store.open(a) as store:
        store.set_answer(assessment, RATE, 72)
        store.set_answer(assessment, OLD_AGE_RATE, 50)
    before = dump_tables(server)
    from c102desk.store import answer_writes

    real_put = answer_writes.put
    calls = []

    def failing_put(*args: object, **options: object) -> object:
        calls.append(1)
        if len(calls) == 2:
            raise OSError("the disk went away")
        return real_put(*args, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(answer_writes, "put", failing_put)
    with pytest.raises(OSError):
        _sync(a, server)
    assert dump_tables(server) == before
    monkeypatch.undo()
    assert _sync(a, server).pushed == {assessment: 2}
    assert _state(server, assessment) == _state(a, assessment)


def test_evidence_travels_with_its_file(team: tuple[Path, Path, Path, str], tmp_path: Path) -> None:
    server, a, b, assessment = team
    act = tmp_path / "pension-act.pdf"
    act.write_bytes(b"%PDF-1.4 the pension act")
    with Store.open(a) as store:
        found = store.add_evidence(assessment, act)
        store.set_answer(assessment, OLD_AGE_RATE, 45, evidence_ids=[found])
    _sync(a, server)
    _sync(b, server)
    with Store.open(b) as store:
        files = store.evidence(assessment)
        assert [f.name for f in files] == ["pension-act.pdf"]
        assert store.evidence_file(files[0]).read_bytes() == act.read_bytes()
        linked = {x.question_id: x.evidence_ids for x in store.answer_details(assessment)}
        assert linked[OLD_AGE_RATE] == (files[0].id,)


@pytest.mark.parametrize("side", ["mine", "theirs"])
def test_a_conflict_decided_goes_one_way_and_stays_decided(team: tuple[Path, Path, Path, str], side: str) -> None:
    server, a, b, assessment = team
    with Store.open(a) as store:
        store.set_answer(assessment, RATE, 60)
    _sync(a, server)
    with Store.open(b) as store:
        store.set_answer(assessment, RATE, 61)
    assert [c.question_id for c in _sync(b, server).conflicts] == [RATE]
    with Store.open(b) as here, Store.open(server) as there:
        report = sync(here, there, "Ben", choices={("", RATE): side})
    assert not report.conflicts
    expected = 61 if side == "mine" else 60
    assert _state(b, assessment)[0][RATE][0] == _state(server, assessment)[0][RATE][0] == expected
    assert _state(b, assessment)[0] == _state(server, assessment)[0]
    # The chosen value's change joins the other side's history; the one not chosen stays where it was made.
    chosen = {h for h in _state(b, assessment)[1] | _state(server, assessment)[1] if h[0] == RATE and h[2] == expected}
    assert chosen <= _state(b, assessment)[1] and chosen <= _state(server, assessment)[1]
    again = _sync(b, server)
    assert not again.conflicts and not again.changed_anything
    third = _sync(a, server)
    assert not third.conflicts and _state(a, assessment)[0][RATE][0] == expected


def test_a_sync_cut_between_the_two_sides_of_an_assessment_is_finished_by_the_next(
        team: tuple[Path, Path, Path, str], monkeypatch: pytest.MonkeyPatch) -> None:
    server, a, _, assessment = team
    with Store.open(server) as store:
        store.set_answer(assessment, OLD_AGE_RATE, 41, note="from the fund")  # a colleague's, already sent
    with Store.open(a) as store:
        store.set_answer(assessment, RATE, 72, note="2026 reform")
    from c102desk.store.merge_apply import apply_merge

    applied: list[Path] = []

    def cut_after_the_laptop(store: Store, writes: object) -> None:
        if applied:
            raise KeyboardInterrupt  # the laptop's side is written, the server's not yet
        applied.append(store.folder)
        apply_merge(store, writes)  # type: ignore[arg-type]

    monkeypatch.setattr("c102desk.sync.engine.apply_merge", cut_after_the_laptop)
    with pytest.raises(KeyboardInterrupt):
        _sync(a, server)
    assert applied == [a]
    assert _state(a, assessment)[0][OLD_AGE_RATE][:2] == (41, "from the fund")
    assert _state(server, assessment)[0][RATE][0] != 72
    monkeypatch.undo()
    report = _sync(a, server)
    assert report.pushed == {assessment: 1} and not report.pulled and not report.conflicts
    assert _state(a, assessment) == _state(server, assessment)
    assert not _sync(a, server).changed_anything


def test_a_note_changed_on_both_sides_is_a_conflict_and_one_side_only_is_not(
        team: tuple[Path, Path, Path, str]) -> None:
    server, a, b, assessment = team
    _sync(a, server)  # both laptops have synced once: the last sync's state is known to each
    with Store.open(a) as store:
        store.set_answer(assessment, RATE, 70, note="as the law says")
        store.set_answer(assessment, CEILING, 4500, note="confirmed")
    with Store.open(b) as store:
        store.set_answer(assessment, RATE, 70, note="as the decree says")
    _sync(a, server)
    report = _sync(b, server)
    assert [(c.question_id, [(f.field, f.mine, f.theirs) for f in c.fields]) for c in report.conflicts] == [
        (RATE, [("note", "as the decree says", "as the law says")])]
    assert report.pulled == {assessment: 1}  # A's note on the ceiling, which B did not touch
    assert _state(b, assessment)[0][CEILING][1] == "confirmed"
    assert _state(b, assessment)[0][RATE][1] == "as the decree says"
    assert _state(server, assessment)[0][RATE][1] == "as the law says"


def test_changes_for_a_final_assessment_are_not_written_and_said(team: tuple[Path, Path, Path, str]) -> None:
    server, a, _, assessment = team
    with Store.open(server) as store:
        store.finalize(assessment)
    with Store.open(a) as store:
        store.set_answer(assessment, RATE, 72)
    before = dump_tables(server)
    report = _sync(a, server)
    assert [(s.assessment_id, s.reason) for s in report.skipped] == [
        (assessment, "final on the team server: start a new revision")]
    assert not report.pushed and dump_tables(server) == before


def test_a_sync_that_changes_nothing_writes_nothing_on_the_laptop(team: tuple[Path, Path, Path, str]) -> None:
    server, a, _, _assessment = team
    _sync(a, server)
    records = sorted((a / "sync-bases").rglob("*.json"))
    assert records
    stamps = [p.stat().st_mtime_ns for p in records]
    _sync(a, server)
    assert [p.stat().st_mtime_ns for p in records] == stamps


def test_a_note_changed_differently_after_the_copy_was_received_is_a_conflict(
        team: tuple[Path, Path, Path, str]) -> None:
    """B received the assessment whole and has merged nothing yet; a note both then change differently is a
    conflict at its first merge (and the team store keeps its own)."""
    server, a, b, assessment = team
    with Store.open(a) as store:
        store.set_answer(assessment, RATE, 70, note="as the law says")
    _sync(a, server)
    with Store.open(b) as store:
        store.set_answer(assessment, RATE, 70, note="as the decree says")
        store.set_answer(assessment, OLD_AGE_RATE, 40)
    report = _sync(b, server)
    assert [c.question_id for c in report.conflicts] == [RATE]
    assert _state(server, assessment)[0][RATE][1] == "as the law says"


def test_a_revision_made_offline_arrives_linked_to_the_one_before(team: tuple[Path, Path, Path, str]) -> None:
    server, a, b, assessment = team
    with Store.open(a) as store:
        store.finalize(assessment)
        revision = store.new_revision(assessment)
        store.set_answer(revision, RATE, 72)
    report = _sync(a, server)
    assert report.sent == [revision] and not report.skipped  # the finalising itself does not travel
    _sync(b, server)
    with Store.open(b) as store:
        arrived = store.assessment(revision)
        assert (arrived.previous_revision_id, arrived.revision) == (assessment, 2)
        assert store.answers(revision)[RATE] == 72
