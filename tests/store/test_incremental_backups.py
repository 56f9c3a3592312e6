"""Incremental backups (increments.py) of a store too big to be copied whole: made as the whole copies are
(``backups.take`` with the size limit lowered for the test), each restoring the exact store, costing what
changed, and a damaged store still found and brought back from the newest good one."""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from pathlib import Path

import pytest

from c102desk.store import Store, StoreDamagedError, review_store
from c102desk.store import backups as backup_module
from c102desk.store.errors import BackupNotFoundError, StoreMissingError
from c102desk.store.paths import backups_dir, damaged_dir, store_file
from c102desk.store.sqlite import increments, integrity
from tests.store.conftest import dump_tables
from tests.store.fault_tools import flip_index_byte


@pytest.fixture(autouse=True)
def _every_store_is_big(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(backup_module, "WHOLE_COPIES_UP_TO", 0)
    monkeypatch.setattr(integrity, "SMALL_STORE", 0)


@pytest.fixture
def filled(data_dir: Path, tmp_path: Path) -> Iterator[tuple[Store, list[str]]]:
    """A store with three assessments: answers with notes, citations, confidence, history, evidence (linked,
    captioned), a review comment (resolved) and state, a profile, one final, one in the trash."""
    evidence = tmp_path / "decree.pdf"
    evidence.write_bytes(b"%PDF-1.4 decree")
    store = Store.open(data_dir)
    try:
        profile = store.add_profile("Ana", "Ministry", "assessor")
        ids = []
        for n in range(3):
            assessment_id = store.create_assessment(f"Country {n}", f"Assessment {n}")
            evidence_id = store.add_evidence(assessment_id, evidence)
            store.set_evidence_caption(assessment_id, evidence_id, f"caption {n}")
            for value in range(3):
                store.set_answer(assessment_id, "I.stats.employees", 100 * n + value, assessor_id=profile,
                                 note=f"note {n}", legal_citation=f"Act {n}", confidence="high",
                                 evidence_ids=[evidence_id])
            store.set_answer(assessment_id, "I.art3.declaration", n % 2 == 0)
            ids.append(assessment_id)
        comment = review_store.add_comment(store, ids[0], "I.stats.employees", "check the figure", author_id=profile)
        review_store.resolve_comment(store, ids[0], comment, by_id=profile)
        review_store.set_review_state(store, ids[0], "in_review", by_id=profile, note="ready")
        store.finalize(ids[1])
        store.trash(ids[2])
        yield store, ids
    finally:
        store.close()


def test_an_incremental_backup_restores_the_exact_store(filled: tuple[Store, list[str]], data_dir: Path) -> None:
    store, ids = filled
    backup = store.backup("manual")
    assert backup.name.endswith(increments.MANIFEST_SUFFIX) and backup_module.newest_good(backups_dir(data_dir))
    before = dump_tables(data_dir)
    assert before["answer_history"] and before["evidence_files"] and before["answer_evidence"]
    assert before["review_comments"] and before["review_events"]  # left out of the first format's dumps
    store.set_answer(ids[0], "I.stats.employees", 999)
    store.rename(ids[0], title="changed later")
    store.restore_from_trash(ids[2])
    store.empty_trash()
    kept = store.restore_backup(backup.name)
    assert dump_tables(data_dir) == before  # every assessment, answer, history row, evidence record and link
    assert kept.name.endswith(increments.MANIFEST_SUFFIX)  # the store as it was: an increment too
    assert integrity.check(store_file(data_dir), thorough=True) is None
    store.restore_backup(kept.name)
    assert store.answers(ids[0])["I.stats.employees"] == 999 and store.assessment(ids[0]).title == "changed later"


def test_a_backup_dumps_only_what_changed(filled: tuple[Store, list[str]], data_dir: Path) -> None:
    store, ids = filled
    taken = store.backup("manual")
    first = increments.read_manifest(taken)
    assert first["dumped"] == 3
    assert store.backup("manual") == taken  # nothing changed: nothing written, no generation added
    store.add_profile("Bea")  # the profiles are in every manifest
    again = store.backup("manual")
    assert again != taken and increments.read_manifest(again)["dumped"] == 0
    store.set_answer(ids[0], "I.stats.employees", 7)
    store.trash(ids[1])  # a final assessment moved to the trash: only its trashed_at changes
    latest = store.backup("manual")
    after = increments.read_manifest(latest)
    assert after["dumped"] == 2 and sorted(after["changed"]) == sorted(ids[:2])  # the manifest names the changes
    assert increments.assessments(latest)[ids[2]] == increments.assessments(taken)[ids[2]]  # the same file
    files = list(increments.objects_dir(backups_dir(data_dir)).glob("*/*.json.gz"))
    assert len(files) == 5


def test_a_file_gone_from_the_backups_is_written_again(filled: tuple[Store, list[str]], data_dir: Path) -> None:
    """An assessment's file the newest generation names but which is not there (removed by hand, a disk
    error) is not named again unseen: the next backup dumps that assessment anew."""
    store, ids = filled
    first = increments.assessments(store.backup("manual"))
    gone = first[ids[0]][1]
    next(increments.objects_dir(backups_dir(data_dir)).glob(f"*/{gone}.json.gz")).unlink()
    store.add_profile("Bea")  # something changed, so that a generation is added
    again = store.backup("manual")  # not the close's (``quick``): the files named are listed
    assert increments.read_manifest(again)["dumped"] == 1 and increments.assessments(again)[ids[0]] == first[ids[0]]
    assert increments.problem(again) is None
    assert list(increments.objects_dir(backups_dir(data_dir)).glob(f"*/{gone}.json.gz"))  # the same bytes


def test_rotation_keeps_ten_generations_and_the_files_they_name(
    filled: tuple[Store, list[str]], data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(increments, "KEEP_YOUNG_OBJECTS", 0.0)
    store, ids = filled
    for n in range(14):
        store.set_answer(ids[0], "I.stats.employees", 1000 + n)
        store.backup("manual")
    kept = store.backups()
    assert len(kept) == backup_module.KEEP and all(b.incremental for b in kept)
    named = {d for b in kept for _, d in increments.assessments(b.path).values()}
    on_disk = {f.name.removesuffix(".json.gz")
               for f in increments.objects_dir(backups_dir(data_dir)).glob("*/*.json.gz")}
    assert on_disk == named  # the versions of the first assessment only the dropped generations named are gone
    oldest = kept[-1]
    store.restore_backup(oldest.name)
    assert store.answers(ids[0])["I.stats.employees"] == 1004


def test_a_damaged_store_is_found_moved_aside_and_the_newest_good_increment_offered(
    filled: tuple[Store, list[str]], data_dir: Path
) -> None:
    store, ids = filled
    good = store.backup("manual")
    before = dump_tables(data_dir)
    store.close()
    database = store_file(data_dir)
    flip_index_byte(database)
    damaged = database.read_bytes()
    opened = Store.open(data_dir, check="quick")  # the app's open: nothing read before the first paint …
    try:
        damage = opened.verify()  # … the check after it finds the damage
        assert damage is not None and damage.newest_good_backup == good
    finally:
        opened.close()
    with pytest.raises(StoreDamagedError) as caught:  # the command line's open: moved aside, backup named
        Store.open(data_dir)
    assert caught.value.newest_good_backup == good and caught.value.moved_to is not None
    (aside,) = damaged_dir(data_dir).iterdir()
    assert (aside / database.name).read_bytes() == damaged
    with pytest.raises(StoreMissingError):
        Store.open(data_dir)
    with Store.recover(data_dir, good.name):
        pass
    assert dump_tables(data_dir) == before
    assert ids


def test_a_generation_with_a_damaged_file_is_not_good_and_not_restored(
    filled: tuple[Store, list[str]], data_dir: Path
) -> None:
    store, ids = filled
    older = store.backup("manual")
    store.set_answer(ids[0], "I.stats.employees", 5)
    newer = store.backup("manual")
    changed = increments.assessments(newer)[ids[0]][1]
    file = next(increments.objects_dir(backups_dir(data_dir)).glob(f"*/{changed}.json.gz"))
    file.write_bytes(gzip.compress(b'{"assessments": []}'))
    assert increments.problem(newer) is not None and increments.problem(older) is None
    assert backup_module.newest_good(backups_dir(data_dir)) == older
    before = dump_tables(data_dir)
    with pytest.raises(BackupNotFoundError, match="damaged"):
        store.restore_backup(newer.name)
    assert dump_tables(data_dir) == before


def test_a_quick_open_of_a_big_store_reads_nothing_whole_and_a_checked_store_is_not_read_again(
    filled: tuple[Store, list[str]], data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store, _ids = filled
    store.close()
    calls: list[bool] = []
    real = integrity.check

    def counted(*args: object, **kwargs: object) -> str | None:
        calls.append(bool(kwargs.get("thorough")))
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(integrity, "check", counted)
    with Store.open(data_dir, check="quick") as opened:
        assert calls == [] and not opened.verified
        assert opened.verify() is None and calls == [True]
    calls.clear()
    with Store.open(data_dir) as opened:  # the command line: the check that passed is remembered …
        assert calls == []
        opened.set_answer(_ids[0], "I.stats.employees", 1)
    with Store.open(data_dir):  # … until the store is written
        assert calls == [True]
