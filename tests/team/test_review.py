"""Review: comments and flags on questions (author, time, resolved or not), review states draft → in review →
returned / approved with every change kept, open comments listed per Part; ``c102desk review``."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from c102desk.cli import main
from c102desk.questionnaire import load_questionnaire
from c102desk.store import AssessmentIsFinalError, InvalidAnswerError, Store
from c102desk.store import review_store as review
from c102desk.team.review import open_by_part
from tests.report.fixtures import example_path
from tests.store.conftest import dump_tables


@pytest.fixture
def assessed(tmp_path: Path) -> Iterator[tuple[Store, str]]:
    store = Store.open(tmp_path / "data")
    yield store, store.import_file(example_path("midland-three-parts"))
    store.close()


def test_comments_have_an_author_a_time_and_are_resolved(assessed: tuple[Store, str]) -> None:
    store, assessment = assessed
    rita = store.add_profile("Rita Reviewer")
    first = review.add_comment(store, assessment, "III.benefit.rate", "Which law sets 60 %?", author_id=rita)
    flag = review.add_comment(store, assessment, "I.art3.declaration", "", kind=review.FLAG)
    found = review.comments(store, assessment)
    assert [(c.id, c.kind, c.author, c.open) for c in found] == [(first, "comment", "Rita Reviewer", True),
                                                                 (flag, "flag", None, True)]
    assert found[0].created.endswith("Z")
    review.resolve_comment(store, assessment, first, by_id=rita)
    (resolved,) = [c for c in review.comments(store, assessment) if c.id == first]
    assert (resolved.open, resolved.resolved_by) == (False, "Rita Reviewer")
    assert [c.id for c in review.comments(store, assessment, open_only=True)] == [flag]
    review.resolve_comment(store, assessment, first, reopen=True)
    assert len(review.comments(store, assessment, open_only=True)) == 2


def test_review_states_follow_each_other_and_each_change_is_kept(assessed: tuple[Store, str]) -> None:
    store, assessment = assessed
    lead = store.add_profile("Lead Reviewer")
    assert review.review_state(store, assessment) == review.DRAFT
    with pytest.raises(review.ReviewError):
        review.set_review_state(store, assessment, review.APPROVED)  # a draft is submitted first
    review.set_review_state(store, assessment, review.IN_REVIEW)
    review.set_review_state(store, assessment, review.RETURNED, by_id=lead, note="Part III: cite the law")
    review.set_review_state(store, assessment, review.IN_REVIEW)
    review.set_review_state(store, assessment, review.APPROVED, by_id=lead)
    history = review.state_history(store, assessment)
    assert [(e.state, e.by) for e in history] == [("in_review", None), ("returned", "Lead Reviewer"),
                                                  ("in_review", None), ("approved", "Lead Reviewer")]
    assert history[1].note == "Part III: cite the law"
    assert review.review_state(store, assessment) == review.APPROVED


def test_open_comments_are_listed_per_part_in_the_questionnaire_order(assessed: tuple[Store, str]) -> None:
    store, assessment = assessed
    review.add_comment(store, assessment, "III.benefit.rate", "later Part first")
    review.add_comment(store, assessment, "I.art3.declaration", "", kind=review.FLAG)
    done = review.add_comment(store, assessment, "I.child.age_limit", "answered")
    review.resolve_comment(store, assessment, done)
    grouped = open_by_part(store, assessment, "es")
    assert [p.part for p in grouped] == ["I", "III"]
    questionnaire = load_questionnaire()
    label, comment = grouped[1].comments[0]
    assert label == questionnaire.label(questionnaire.question("III.benefit.rate"), "es")
    assert comment.text == "later Part first"
    assert grouped[0].part_title.startswith("Parte I")


def test_bad_review_input_changes_nothing(assessed: tuple[Store, str]) -> None:
    store, assessment = assessed
    before = dump_tables(store.folder)
    with pytest.raises(InvalidAnswerError):
        review.add_comment(store, assessment, "no.such.question", "x")
    with pytest.raises(InvalidAnswerError):
        review.add_comment(store, assessment, "III.benefit.rate", "   ")
    with pytest.raises(review.ReviewError):
        review.resolve_comment(store, assessment, 999)
    assert dump_tables(store.folder) == before
    store.finalize(assessment)
    with pytest.raises(AssessmentIsFinalError):
        review.add_comment(store, assessment, "III.benefit.rate", "too late")


def test_the_review_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = str(tmp_path / "data")
    assert main(["import", str(example_path("midland-three-parts")), "--data-dir", data]) == 0
    assessment = capsys.readouterr().out.strip()
    assert main(["review", assessment, "--comment", "III.benefit.rate", "Source?", "--author", "Rita",
                 "--data-dir", data]) == 0
    comment = int(capsys.readouterr().out)
    assert main(["review", assessment, "--state", "in_review", "--data-dir", data]) == 0
    assert main(["review", assessment, "--state", "in_review", "--data-dir", data]) == 2
    assert "in review" in capsys.readouterr().err
    assert main(["review", assessment, "--format", "json", "--lang", "fr", "--data-dir", data]) == 0
    found = json.loads(capsys.readouterr().out)
    assert found["state"] == "in_review"
    assert [(c["id"], c["author"], c["open"], c["part"]) for c in found["comments"]] == [(comment, "Rita", True, "III")]
    assert main(["review", assessment, "--resolve-comment", str(comment), "--data-dir", data]) == 0
    assert main(["review", assessment, "--data-dir", data]) == 0
    assert "No open comments." in capsys.readouterr().out
    assert main(["review", "no-such-id", "--data-dir", data]) == 2
    assert "Traceback" not in capsys.readouterr().err


def _pdf_text(pdf: Path) -> str:
    import subprocess

    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout


def test_the_report_can_carry_the_open_comments_in_an_annex(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    exported = tmp_path / "midland.c102.json"
    with Store.open(data) as store:
        assessment = store.import_file(example_path("midland-three-parts"))
        rita = store.add_profile("Rita Reviewer")
        review.add_comment(store, assessment, "III.benefit.rate", "Which decree sets the rate?", author_id=rita)
        done = review.add_comment(store, assessment, "I.child.age_limit", "Settled long ago")
        review.resolve_comment(store, assessment, done)
        store.export_file(assessment, exported)
    with_review, without = tmp_path / "with.pdf", tmp_path / "without.pdf"
    assert main(["report", str(exported), "--out", str(with_review), "--with-review", "--lang", "fr",
                 "--data-dir", str(data)]) == 0
    assert main(["report", str(exported), "--out", str(without), "--data-dir", str(data)]) == 0
    text = " ".join(_pdf_text(with_review).split())
    assert "Annexe C — Commentaires de revue en suspens" in text
    assert "Which decree sets the rate?" in text and "Rita Reviewer" in text
    assert "Settled long ago" not in text  # resolved: not open
    assert "Annex C" not in _pdf_text(without)
    assert main(["report", str(example_path("midland-three-parts")), "--out", str(tmp_path / "x.pdf"),
                 "--with-review", "--data-dir", str(data)]) == 2
    assert "--with-review" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()
