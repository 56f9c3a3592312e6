"""``c102desk import FILE --merge``: two offline copies of one assessment merge answer by answer from their
history. Edits on different Parts merge with no conflict and lose nothing; an answer changed on both sides is a
conflict, offered and resolved (theirs, mine, a new value) with who decided recorded; a merge interrupted by an
error or a kill changes nothing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from decimal import Decimal
from pathlib import Path

import pytest

from c102desk.cli import main
from c102desk.store import Store
from c102desk.store.merge_apply import MergeOutOfDateError, merge_decisions
from c102desk.team.merge import Choice, Resolution, UnresolvedConflictsError
from c102desk.team.merge_file import finish_merge, prepare_merge
from tests.report.fixtures import example_path
from tests.store.conftest import dump_tables

RATE = "III.benefit.rate"  # Part III
OLD_AGE_RATE = "V.benefit.rate"  # Part V
CEILING = "III.benefit.earnings_ceiling"


@pytest.fixture
def offices(tmp_path: Path) -> tuple[Path, Path, str]:
    """The ministry's library and a consultant's laptop, each with a copy of one assessment (exported from the
    ministry, imported on the laptop), then each edited offline."""
    ministry, laptop = tmp_path / "ministry", tmp_path / "laptop"
    copy = tmp_path / "copy.c102.json"
    with Store.open(ministry) as store:
        assessment = store.import_file(example_path("northland-all-parts"))
        store.set_answer(assessment, CEILING, 4500)  # a change both copies share (it is in the history)
        store.export_file(assessment, copy)
    with Store.open(laptop) as store:
        assert store.import_file(copy) == assessment
    return ministry, laptop, assessment


def _laptop_file(laptop: Path, assessment: str, tmp_path: Path) -> Path:
    out = tmp_path / "from-the-laptop.c102.json"
    with Store.open(laptop) as store:
        store.export_file(assessment, out)
    return out


def test_copies_edited_on_different_parts_merge_without_conflict_and_lose_nothing(
        offices: tuple[Path, Path, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ministry, laptop, assessment = offices
    with Store.open(ministry) as store:
        me = store.add_profile("Maria Ministry")
        store.set_answer(assessment, RATE, 65, note="2026 reform", assessor_id=me)
    evidence = tmp_path / "pension-act.pdf"
    evidence.write_bytes(b"%PDF-1.4 the pension act")
    with Store.open(laptop) as store:
        lee = store.add_profile("Lee Laptop", "Consultancy", "Assessor")
        found = store.add_evidence(assessment, evidence)
        store.set_answer(assessment, OLD_AGE_RATE, 45, legal_citation="Pension Act s. 12", evidence_ids=[found],
                         assessor_id=lee)
        store.set_answer(assessment, CEILING, 4500, note="confirmed with the fund", assessor_id=lee)
        theirs = store.answer_details(assessment)
    with Store.open(ministry) as store:
        mine = store.answer_details(assessment)
    status = main(["import", str(_laptop_file(laptop, assessment, tmp_path)), "--merge", "--data-dir", str(ministry)])
    captured = capsys.readouterr()
    assert status == 0, captured.err
    assert captured.out.strip() == assessment
    with Store.open(ministry) as store:
        merged = {a.question_id: a for a in store.answer_details(assessment)}
        history = store.history(assessment)
        files = store.evidence(assessment)
    # Every answer of both: the ministry's Part III change, the laptop's Part V one and its note on Part III's
    # ceiling; the rest as both had it.
    assert merged[RATE].value == 65 and merged[RATE].note == "2026 reform"
    assert merged[OLD_AGE_RATE].value == 45 and merged[OLD_AGE_RATE].legal_citation == "Pension Act s. 12"
    assert merged[CEILING].value == 4500 and merged[CEILING].note == "confirmed with the fund"
    assert [f.name for f in files] == ["pension-act.pdf"]
    assert merged[OLD_AGE_RATE].evidence_ids == (files[0].id,)
    untouched = {a.question_id for a in mine} - {RATE, OLD_AGE_RATE, CEILING}
    assert untouched and all(merged[q].value == a.value for a in theirs if (q := a.question_id) in untouched)
    assert set(merged) == {a.question_id for a in mine} | {a.question_id for a in theirs}
    # The laptop's change joins the history, with its assessor; the ministry's stays.
    assert [(h.old_value, h.new_value, h.assessor and h.assessor.name) for h in history
            if h.question_id == OLD_AGE_RATE][-1][1:] == (45, "Lee Laptop")
    assert any(h.question_id == RATE and h.new_value == 65 for h in history)
    with Store.open(ministry) as store:
        assert merge_decisions(store, assessment) == []


def _conflict(offices: tuple[Path, Path, str], tmp_path: Path) -> Path:
    ministry, laptop, assessment = offices
    with Store.open(ministry) as store:
        store.set_answer(assessment, RATE, 60)
    with Store.open(laptop) as store:
        store.set_answer(assessment, RATE, Decimal("62.5"))
        store.set_answer(assessment, OLD_AGE_RATE, 44)
    return _laptop_file(laptop, assessment, tmp_path)


def test_a_conflict_is_listed_and_nothing_changes_until_it_is_decided(
        offices: tuple[Path, Path, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ministry, _, _assessment = offices
    file = _conflict(offices, tmp_path)
    before = dump_tables(ministry)
    status = main(["import", str(file), "--merge", "--data-dir", str(ministry)])
    captured = capsys.readouterr()
    assert status == 2 and captured.out == ""
    assert "Traceback" not in captured.err
    assert RATE in captured.err and "60" in captured.err and "62.5" in captured.err
    assert "Part III" in captured.err and "--resolve" in captured.err
    assert OLD_AGE_RATE not in captured.err  # changed on one side only: no conflict
    assert dump_tables(ministry) == before


@pytest.mark.parametrize(("given", "expected"), [("theirs", Decimal("62.5")), ("mine", 60), ("61", 61)])
def test_a_conflict_resolved_on_the_command_line(offices: tuple[Path, Path, str], tmp_path: Path, given: str,
                                                 expected: object, capsys: pytest.CaptureFixture[str]) -> None:
    ministry, _, assessment = offices
    file = _conflict(offices, tmp_path)
    status = main(["import", str(file), "--merge", "--resolve", f"{RATE}={given}", "--assessor", "Rita Reviewer",
                   "--data-dir", str(ministry)])
    assert status == 0, capsys.readouterr().err
    with Store.open(ministry) as store:
        answers = store.answers(assessment)
        history = store.history(assessment, RATE)
        decisions = merge_decisions(store, assessment)
    assert answers[RATE] == expected
    assert answers[OLD_AGE_RATE] == 44  # taken from the file meanwhile
    (decision,) = decisions
    assert (decision.question_id, decision.field, decision.choice) == (RATE, "value", "value" if given == "61"
                                                                       else given)
    assert (decision.mine_json, decision.theirs_json, decision.decided_by) == ("60", "62.5", "Rita Reviewer")
    # Northland's file carries no history, so the ancestor's value is not known: the ministry saved the rate after
    # the copies parted, and the laptop did too, which is what made it a conflict.
    assert decision.base_json is None
    if given != "mine":
        assert (history[-1].old_value, history[-1].new_value) == (60, expected)
        assert history[-1].assessor is not None and history[-1].assessor.name == "Rita Reviewer"
    else:
        assert history[-1].new_value == 60


def test_prefer_decides_every_conflict(offices: tuple[Path, Path, str], tmp_path: Path) -> None:
    ministry, _, assessment = offices
    file = _conflict(offices, tmp_path)
    assert main(["import", str(file), "--merge", "--prefer", "theirs", "--data-dir", str(ministry)]) == 0
    with Store.open(ministry) as store:
        assert store.answers(assessment)[RATE] == Decimal("62.5")


@pytest.mark.parametrize("bad", [["--resolve", "III.benefit.rate=abc"], ["--resolve", "I.child.age_limit=mine"],
                                 ["--resolve", "nonsense"], ["--keep-both"]])
def test_bad_resolutions_are_refused_and_change_nothing(offices: tuple[Path, Path, str], tmp_path: Path,
                                                        bad: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    ministry, _, _ = offices
    file = _conflict(offices, tmp_path)
    before = dump_tables(ministry)
    assert main(["import", str(file), "--merge", *bad, "--data-dir", str(ministry)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("c102desk: ") and "Traceback" not in err
    assert dump_tables(ministry) == before


def test_an_error_in_the_middle_of_a_merge_changes_nothing(offices: tuple[Path, Path, str], tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    ministry, _, _assessment = offices
    file = _conflict(offices, tmp_path)
    from c102desk.store import merge_apply

    original = merge_apply.write_merge

    def failing(session: object, writes: merge_apply.MergeWrites) -> None:
        original(session, writes)  # type: ignore[arg-type]
        raise OSError("the power went")

    monkeypatch.setattr(merge_apply, "write_merge", failing)
    with Store.open(ministry) as store:
        prepared = prepare_merge(store, file)
        assert prepared is not None
        before = dump_tables(ministry)
        with pytest.raises(OSError):
            finish_merge(store, prepared, {RATE: Resolution(Choice.THEIRS)})
    after = dump_tables(ministry)
    assert after == before


def test_a_merge_killed_before_its_commit_changes_nothing(offices: tuple[Path, Path, str], tmp_path: Path) -> None:
    ministry, _, assessment = offices
    file = _conflict(offices, tmp_path)
    before = dump_tables(ministry)
    script = textwrap.dedent(f"""
        import os, signal, sys
        from c102desk.store import merge_apply
        from c102desk.cli import main
        original = merge_apply.write_merge
        def killed(session, writes):
            original(session, writes)
            session.flush()  # every row written to the database file's journal, not committed
            os.kill(os.getpid(), signal.SIGKILL)
        merge_apply.write_merge = killed
        sys.exit(main(["import", {str(file)!r}, "--merge", "--prefer", "theirs", "--data-dir", {str(ministry)!r}]))
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False,
                          env={**os.environ}, timeout=120)
    assert done.returncode == -signal.SIGKILL, done.stderr
    with Store.open(ministry) as store:
        assert store.answers(assessment)[RATE] == 60
    assert dump_tables(ministry) == before


def test_a_save_made_while_the_merge_was_being_decided_is_never_overwritten(
        offices: tuple[Path, Path, str], tmp_path: Path) -> None:
    ministry, _, assessment = offices
    file = _conflict(offices, tmp_path)
    with Store.open(ministry) as store:
        prepared = prepare_merge(store, file)
        assert prepared is not None
        store.set_answer(assessment, RATE, 59)
        with pytest.raises(MergeOutOfDateError):
            finish_merge(store, prepared, {RATE: Resolution(Choice.THEIRS)})
        assert store.answers(assessment)[RATE] == 59


def test_the_plan_offers_the_conflict_and_nothing_else(offices: tuple[Path, Path, str], tmp_path: Path) -> None:
    ministry, _, _ = offices
    file = _conflict(offices, tmp_path)
    with Store.open(ministry) as store:
        prepared = prepare_merge(store, file)
    assert prepared is not None
    assert [c.question_id for c in prepared.plan.conflicts] == [RATE]
    (found,) = prepared.plan.conflicts[0].fields
    assert (found.field, found.base, found.has_base, found.mine, found.theirs) == (
        "value", None, False, 60, Decimal("62.5"))
    assert prepared.plan.taken == (OLD_AGE_RATE,)
    with pytest.raises(UnresolvedConflictsError):
        from c102desk.team.merge import resolve

        resolve(prepared.plan, {})


def test_merging_a_file_of_an_assessment_not_in_the_library_imports_it(tmp_path: Path,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    with Store.open(tmp_path / "other") as store:
        assessment = store.import_file(example_path("midland-three-parts"))
        store.export_file(assessment, tmp_path / "m.c102.json")
    assert main(["import", str(tmp_path / "m.c102.json"), "--merge", "--data-dir", str(data)]) == 0
    captured = capsys.readouterr()
    assert captured.out.strip() == assessment and "nothing to merge" in captured.err


def test_the_common_ancestor_comes_from_the_shared_history(offices: tuple[Path, Path, str], tmp_path: Path) -> None:
    ministry, laptop, assessment = offices
    with Store.open(ministry) as store:
        store.set_answer(assessment, CEILING, 5000)
    with Store.open(laptop) as store:
        store.set_answer(assessment, CEILING, 5200)
        store.set_answer(assessment, CEILING, 4500)  # back to the shared value: the laptop did not change it
        store.set_answer(assessment, RATE, 71)
    file = _laptop_file(laptop, assessment, tmp_path)
    with Store.open(ministry) as store:
        prepared = prepare_merge(store, file)
        assert prepared is not None
        assert prepared.plan.conflicts == ()
        assert prepared.plan.taken == (RATE,)
        finish_merge(store, prepared, {})
        assert store.answers(assessment)[CEILING] == 5000  # only the ministry moved it from 4,500
        assert store.answers(assessment)[RATE] == 71
    with Store.open(laptop) as store:
        store.set_answer(assessment, CEILING, 5100)
    file = _laptop_file(laptop, assessment, tmp_path)
    with Store.open(ministry) as store:
        prepared = prepare_merge(store, file)
    assert prepared is not None
    (conflict,) = prepared.plan.conflicts
    (found,) = conflict.fields
    assert (found.base, found.has_base, found.mine, found.theirs) == (4500, True, 5000, 5100)
