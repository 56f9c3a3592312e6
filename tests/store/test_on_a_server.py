"""The store on a PostgreSQL server (issue 17): review, merges and assessment files work on both backends and
give the same results; the library's progress is the same on both; two clients writing at once lose nothing and
duplicate no history; a server whose schema is not this program's is refused with what to do."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest

from c102desk.questionnaire import load_questionnaire
from c102desk.server import init_server, open_store
from c102desk.server.errors import AuthenticationError, NewerSchemaError, SchemaNotReadyError
from c102desk.store import Store, StoreError, migrate
from c102desk.store import review_store as review
from c102desk.store.merge_apply import merge_decisions
from c102desk.team.merge import Choice, Resolution
from c102desk.team.merge_file import finish_merge, prepare_merge
from tests.pg_server import pg_test_cluster
from tests.report.fixtures import example_path

RATE = "III.benefit.rate"
OLD_AGE_RATE = "V.benefit.rate"
CEILING = "III.benefit.earnings_ceiling"
EXAMPLES = ("northland-all-parts", "midland-three-parts")


@pytest.fixture
def server_store(pg_store_url: str, tmp_path: Path) -> Iterator[Store]:
    """The store on a fresh server database as ``server init`` leaves it (beside the SQLite ``store``)."""
    with open_store(pg_store_url, tmp_path / "server-evidence") as opened:
        yield opened


# --------------------------------------------------------------------- the same results on both backends


def _comparable(document: dict[str, Any]) -> dict[str, Any]:
    """An exported document without what differs by when and where it was imported: the new id, its times."""
    found = {key: value for key, value in document.items() if key != "exported_at"}
    found["assessment"] = {key: value for key, value in document["assessment"].items()
                           if key not in ("id", "created", "changed")}
    found["answer_details"] = {question_id: {key: value for key, value in details.items() if key != "changed"}
                               for question_id, details in document["answer_details"].items()}
    return found


def test_an_imported_file_exports_the_same_from_both_backends(store: Store, server_store: Store,
                                                                tmp_path: Path) -> None:
    for name in EXAMPLES:
        documents = [_comparable(backend.export_document(backend.import_file(example_path(name))))
                     for backend in (store, server_store)]
        assert documents[0] == documents[1]
        assert documents[0]["answers"]
    # What the server exports imports again with the same answers and history.
    (first, *_) = server_store.list_assessments()
    out = tmp_path / "from-the-server.c102.json"
    server_store.export_file(first.id, out)
    again = server_store.import_file(out, on_conflict="keep_both")
    assert again != first.id
    assert _comparable(server_store.export_document(again)) == _comparable(server_store.export_document(first.id))


def test_the_library_and_its_progress_are_the_same_on_both_backends(store: Store, server_store: Store) -> None:
    for backend in (store, server_store):
        for name in EXAMPLES:
            backend.import_file(example_path(name))
        barely = backend.create_assessment("Southland", "empty")
        backend.set_answer(barely, "I.art3.declaration", None)  # "not known" counts as answered
        backend.set_answer(barely, "I.stats.industrial_sectors", [])  # an empty list is not an answer
        thrown = backend.create_assessment("Eastland", "trashed")
        backend.set_answer(thrown, "I.stats.employees", 3)
        backend.trash(thrown)

    def seen(backend: Store, trashed: bool) -> list[tuple[object, ...]]:
        return [(e.info.country, e.info.title, e.info.status, e.info.revision, e.answered, e.relevant)
                for e in backend.library(trashed=trashed)]

    for trashed in (False, True):
        assert seen(store, trashed) == seen(server_store, trashed)
    assert len(seen(server_store, False)) == 3
    relevants = {entry[-1] for entry in seen(server_store, False)}
    assert len(relevants) >= 2  # different skipped Parts (gates packed, then counted), each worked out
    (empty,) = [e for e in server_store.library() if e.info.title == "empty"]
    assert empty.answered == 1  # "not known" is an answer, an empty list is not


def test_review_comments_and_states_on_the_server(server_store: Store) -> None:
    assessment = server_store.import_file(example_path("midland-three-parts"))
    rita = server_store.add_profile("Rita Reviewer")
    first = review.add_comment(server_store, assessment, RATE, "Which law sets 60 %?", author_id=rita)
    flag = review.add_comment(server_store, assessment, "I.art3.declaration", "", kind=review.FLAG)
    review.resolve_comment(server_store, assessment, first, by_id=rita)
    assert [(c.id, c.open, c.resolved_by) for c in review.comments(server_store, assessment)] == [
        (first, False, "Rita Reviewer"), (flag, True, None)]
    review.set_review_state(server_store, assessment, review.IN_REVIEW)
    with pytest.raises(review.ReviewError):
        review.set_review_state(server_store, assessment, review.IN_REVIEW)
    review.set_review_state(server_store, assessment, review.APPROVED, by_id=rita, note="fine")
    assert [(e.state, e.by, e.note) for e in review.state_history(server_store, assessment)] == [
        ("in_review", None, ""), ("approved", "Rita Reviewer", "fine")]
    assert review.review_state(server_store, assessment) == review.APPROVED


def test_a_laptops_copy_merges_into_the_server(server_store: Store, data_dir: Path, tmp_path: Path) -> None:
    copy, from_laptop = tmp_path / "copy.c102.json", tmp_path / "laptop.c102.json"
    assessment = server_store.import_file(example_path("northland-all-parts"))
    server_store.set_answer(assessment, CEILING, 4500)
    server_store.export_file(assessment, copy)
    with Store.open(data_dir) as laptop:
        laptop.import_file(copy)
        laptop.set_answer(assessment, OLD_AGE_RATE, 41)  # only on the laptop
        laptop.set_answer(assessment, RATE, 70)  # also changed on the server: a conflict
        laptop.export_file(assessment, from_laptop)
    server_store.set_answer(assessment, RATE, 55)
    prepared = prepare_merge(server_store, from_laptop)
    assert prepared is not None
    finish_merge(server_store, prepared, {RATE: Resolution(Choice.THEIRS)})
    answers = server_store.answers(assessment)
    assert (answers[RATE], answers[OLD_AGE_RATE], answers[CEILING]) == (70, 41, 4500)
    (decision,) = merge_decisions(server_store, assessment)
    assert (decision.question_id, decision.choice, decision.mine_json, decision.theirs_json) == (
        RATE, "theirs", "55", "70")


# --------------------------------------------------------------------- two clients at once


def test_two_clients_writing_at_once_lose_nothing_and_duplicate_no_history(pg_url: str, tmp_path: Path) -> None:
    init_server(pg_url)
    texts = [q.id for q in load_questionnaire().questions() if q.type == "text"][:6]
    assert len(texts) == 6
    with open_store(pg_url, tmp_path / "a") as first, open_store(pg_url, tmp_path / "b") as second:
        assessment = first.create_assessment("Northland", "shared")
        rounds = 15
        start = threading.Barrier(2)
        failures: list[BaseException] = []

        def write(store: Store, offset: str) -> None:
            try:
                start.wait()
                for value in range(rounds):
                    for question_id in texts:  # the same questions on both: each first answer is contested
                        store.set_answer(assessment, question_id, f"{offset} {value}")
            except BaseException as exc:
                failures.append(exc)

        threads = [threading.Thread(target=write, args=(s, o)) for s, o in ((first, "first"), (second, "second"))]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert failures == []
        history = second.history(assessment)
        assert len(history) == 2 * rounds * len(texts)  # every save changed the value: one entry each
        for question_id in texts:
            chain = [h for h in history if h.question_id == question_id]
            # Each entry starts from the value the one before it left: no two writers read the same old value.
            assert chain[0].had_old_value is False
            assert all(later.old_value == earlier.new_value for earlier, later in pairwise(chain))
            assert first.answers(assessment)[question_id] == chain[-1].new_value
        with first.remote.engine.connect() as connection:  # type: ignore[union-attr]
            ids = [row[0] for row in connection.exec_driver_sql("SELECT id FROM answer_history")]
        assert len(ids) == len(set(ids)) == len(history)


# --------------------------------------------------------------------- what a client refuses


def test_a_server_not_prepared_by_server_init_is_refused_with_what_to_do(pg_url: str, tmp_path: Path) -> None:
    with pytest.raises(SchemaNotReadyError, match=r"has no c102desk tables yet.*c102desk server init"):
        open_store(pg_url, tmp_path)
    from sqlalchemy import create_engine

    engine = create_engine(pg_url)
    try:
        with engine.begin() as connection:  # an older c102desk's tables
            from alembic import command

            command.upgrade(migrate.alembic_config(connection), migrate.REVISIONS[-2])
        with pytest.raises(SchemaNotReadyError, match=rf"older version \(schema {migrate.REVISIONS[-2]}.*server init"):
            open_store(pg_url, tmp_path)
        init_server(pg_url)
        with open_store(pg_url, tmp_path) as opened:
            assert opened.list_assessments() == []
        with engine.begin() as connection:
            connection.exec_driver_sql("UPDATE alembic_version SET version_num = 'r9999'")
        with pytest.raises(NewerSchemaError, match="newer version of c102desk"):
            open_store(pg_url, tmp_path)
    finally:
        engine.dispose()


def test_a_refused_password_is_said_in_words(pg_cluster: pg_test_cluster.PgCluster, pg_store_url: str,
                                             tmp_path: Path) -> None:
    database = pg_store_url.rsplit("/", 1)[1]
    with pytest.raises(AuthenticationError, match="refused the role"):
        open_store(pg_cluster.url_for(database, password="not-the-password"), tmp_path)


def test_backups_are_left_to_the_servers_it(server_store: Store) -> None:
    assessment = server_store.create_assessment("A", "kept")
    server_store.set_answer(assessment, "I.stats.employees", 1)
    with pytest.raises(StoreError, match="IT's job"):
        server_store.backup()
    with pytest.raises(StoreError, match="IT's job"):
        server_store.restore_backup("anything")
    assert server_store.backups() == []
    assert server_store.verify() is None
    server_store.trash(assessment)
    assert server_store.empty_trash() == 1  # no backup first: nothing of SQLite's is asked


def test_a_connection_the_server_dropped_between_saves_is_replaced(
        pg_cluster: pg_test_cluster.PgCluster, server_store: Store, pg_store_url: str) -> None:
    assessment = server_store.create_assessment("A", "after a sleep")
    server_store.set_answer(assessment, "I.stats.employees", 1)
    database = pg_store_url.rsplit("/", 1)[1]
    pg_cluster.psql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    f"WHERE datname = '{database}' AND pid <> pg_backend_pid();")  # the laptop slept; IT restarted
    server_store.set_answer(assessment, "I.stats.employees", 2)
    assert [(h.old_value, h.new_value) for h in server_store.history(assessment)] == [(None, 1), (1, 2)]


def test_a_read_sees_one_snapshot_while_another_client_saves(server_store: Store, pg_store_url: str,
                                                             tmp_path: Path) -> None:
    from c102desk.store import reads

    assessment = server_store.create_assessment("A", "read while written")
    server_store.set_answer(assessment, "I.stats.employees", 1)
    with open_store(pg_store_url, tmp_path / "other") as other, server_store.read_transaction() as session:
        assert [a.value for a in reads.answer_details(session, assessment)] == [1]
        other.set_answer(assessment, "I.stats.employees", 2)
        other.set_answer(assessment, "I.art3.declaration", True)
        # An export or the library reads in several statements: all of them see the same moment.
        assert [a.value for a in reads.answer_details(session, assessment)] == [1]
        assert len(reads.history(session, assessment)) == 1
    assert server_store.answers(assessment) == {"I.stats.employees": 2, "I.art3.declaration": True}
