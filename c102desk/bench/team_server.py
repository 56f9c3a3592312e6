"""The team server under load: clients saving and syncing at once against one PostgreSQL server.

``python -m c102desk.bench --only team_server --server URL [--clients 20 --seconds 60]``. Not part of the
default run without ``--server`` (a PostgreSQL server is needed; docs/performance.md says how to start one).

Each client is a process of its own (spawned: latency not skewed by one interpreter's lock), with its own laptop
folder and its own connection pool. Half save straight on the server store (save latency: one ``set_answer``
there); half save on their laptop and sync every ``SYNC_EVERY`` saves (sync latency: one ``sync`` call, with
what the other clients changed meanwhile). All write into the same few assessments, each client its own
questions, so that rows and locks are shared but no answer conflicts. Afterwards every save a client recorded
as done is checked on the server: the answer holds the client's last value, and the question's history has
exactly one row per save — fewer is a lost answer, more a duplicated one. A save or sync the server refused (a
deadlock included) is counted and not taken as done; there is no retry, except of a laptop's last sync when
refused because another client changed the assessment meanwhile (counted).
"""

from __future__ import annotations

import math
import multiprocessing
import random
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from c102desk.bench.results import Figure

ASSESSMENTS = 4  # shared by all clients
SYNC_EVERY = 5  # a laptop client syncs after this many saves
DEADLOCK_STATES = {"40P01"}  # PostgreSQL's deadlock_detected
FINAL_SYNC_ATTEMPTS = 30  # the last sync, refused while others still write, is tried again (counted)
START_TIMEOUT_S = 300  # for every client to have started and opened its stores (2 cores, 20 processes)


@dataclass(frozen=True)
class Load:
    """The load put on the team server: its address, how many clients and for how long."""

    url: str
    clients: int = 20
    seconds: float = 60.0


Pair = tuple[str, str]  # (assessment, question)


def _questions() -> list[tuple[str, int, int]]:
    """Numeric questions with a range of at least a few whole numbers: (id, lowest, highest)."""
    from c102desk.questionnaire import load_questionnaire
    from c102desk.questionnaire.model import NUMERIC_TYPES

    chosen = []
    for question in load_questionnaire().questions():
        low, high = question.validation.minimum, question.validation.maximum
        if question.type not in NUMERIC_TYPES or low is None or high is None:
            continue
        low_int, high_int = max(math.ceil(low), 0), min(math.floor(high), 1_000_000)
        if high_int - low_int >= 3:
            chosen.append((question.id, low_int, high_int))
    return chosen


def value_for(low: int, high: int, save: int) -> int:
    """The value of a question's ``save``-th save: different from the one before, within the range."""
    return low + save % min(97, high - low + 1)


def _deadlock(error: BaseException) -> bool:
    seen: BaseException | None = error
    while seen is not None:
        if getattr(seen, "sqlstate", None) in DEADLOCK_STATES or "deadlock" in str(seen).lower():
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _client(index: int, on_laptop: bool, url: str, folder: str, pairs: list[tuple[str, str, int, int]],
            seconds: float, barrier: Any, out: Any) -> None:
    """One client; puts its record on ``out``: saves done per pair with the last value, latencies, failures."""
    record: dict[str, Any] = {"index": index, "on_laptop": on_laptop, "saves": {}, "save_ms": [], "sync_ms": [],
                              "deadlocks": 0, "errors": [], "conflicts": 0, "out_of_date": 0, "retries": 0,
                              "unsynced": False, "conflict_examples": []}
    try:
        _run_client(record, on_laptop, url, Path(folder), pairs, seconds, barrier)
    except Exception as exc:  # a client that died: reported, the others go on
        record["errors"].append(f"died: {type(exc).__name__}: {exc}")
        record["deadlocks"] += _deadlock(exc)
    record["saves"] = {f"{a}\t{q}": v for (a, q), v in record["saves"].items()}  # picklable, JSON-ready
    out.put(record)


def _run_client(record: dict[str, Any], on_laptop: bool, url: str, folder: Path,
                pairs: list[tuple[str, str, int, int]], seconds: float, barrier: Any) -> None:
    from c102desk.server import open_store
    from c102desk.store import Store
    from c102desk.store.merge_apply import MergeOutOfDateError
    from c102desk.sync import engine

    counts: dict[Pair, int] = {}
    done: dict[Pair, list[Any]] = {}  # pair -> [saves, last value]: on the server, or on the laptop (then synced)
    record["saves"] = done
    who = f"client {record['index']}"
    own = {(a, q) for a, q, _, _ in pairs}
    server = open_store(url, folder)
    laptop = Store.open(folder / "laptop") if on_laptop else None

    def sync() -> bool:
        assert laptop is not None
        began = time.perf_counter()
        try:
            report = engine.sync(laptop, server, who, server=url)
        except MergeOutOfDateError:
            # Another client changed the assessment while this sync prepared its merge: nothing of it was
            # written; the next sync carries these saves (what an assessor does on that message).
            record["out_of_date"] += 1
            return False
        except Exception as exc:
            record["deadlocks"] += _deadlock(exc)
            record["errors"].append(f"sync: {type(exc).__name__}: {exc}")
            return False
        record["sync_ms"].append((time.perf_counter() - began) * 1000)
        record["conflicts"] += len(report.conflicts)
        record["conflict_examples"] += [f"{c.question_id}: mine {c.mine!r}, theirs {c.theirs!r}, own "
                                        f"{(c.assessment_id, c.question_id) in own}" for c in report.conflicts][:3]
        # An assessment another client changed while this sync merged it is left for the next sync (the others
        # are synced): counted as refused, and the last sync is tried again until nothing is left.
        again = sum(1 for skipped in report.skipped if skipped.again)
        record["out_of_date"] += again
        return again == 0

    try:
        if laptop is not None:
            sync()  # brings the shared assessments to the laptop (timed as any sync)
        barrier.wait(START_TIMEOUT_S)
        stop = time.monotonic() + seconds
        turn = 0
        while time.monotonic() < stop:
            assessment, question, low, high = pairs[turn % len(pairs)]
            turn += 1
            pair = (assessment, question)
            save = counts.get(pair, 0) + 1
            value = value_for(low, high, save)
            store = laptop or server
            began = time.perf_counter()
            try:
                store.set_answer(assessment, question, value, note=f"{who}, save {save}")
            except Exception as exc:
                record["deadlocks"] += _deadlock(exc)
                record["errors"].append(f"save: {type(exc).__name__}: {exc}")
                continue
            if laptop is None:
                record["save_ms"].append((time.perf_counter() - began) * 1000)
            counts[pair] = save
            done[pair] = [save, value]
            if laptop is not None and turn % SYNC_EVERY == 0:
                sync()
        if laptop is not None:  # the last saves reach the server; a refused sync is tried again, counted
            for _attempt in range(FINAL_SYNC_ATTEMPTS):
                if sync():
                    break
                record["retries"] += 1
                time.sleep(random.uniform(0.5, 2.0))  # let the other laptops' last syncs through
            else:
                record["errors"].append(f"last sync refused {FINAL_SYNC_ATTEMPTS} times: its saves not checked")
                record["unsynced"] = True
    finally:
        server.close()
        if laptop is not None:
            laptop.close()


def _percentile(values: list[float], fraction: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def _prepare(url: str, work: Path) -> tuple[list[str], str]:
    from c102desk.server import init_server, open_store

    prepared = init_server(url).describe()  # a no-op on a server already set up
    with open_store(url, work / "setup") as server:
        made = [server.create_assessment("Benchland", f"load benchmark {time.time_ns()} #{i}")
                for i in range(ASSESSMENTS)]
    return made, prepared


def _check(url: str, work: Path, records: list[dict[str, Any]]) -> tuple[int, int, list[str]]:
    """(lost, duplicated, examples) over every save the clients recorded as done."""
    from c102desk.server import open_store

    lost = duplicated = 0
    examples: list[str] = []
    with open_store(url, work / "check") as server:
        answers: dict[str, dict[str, Any]] = {}
        for record in records:
            if record["unsynced"]:  # its last sync never got through: counted as a failure, not checked
                continue
            for key, (saves, value) in record["saves"].items():
                assessment, question = key.split("\t")
                if assessment not in answers:
                    answers[assessment] = server.answers(assessment)
                rows = len(server.history(assessment, question))
                if answers[assessment].get(question) != value or rows < saves:
                    lost += 1
                    examples.append(f"{question}: {answers[assessment].get(question)!r} ({rows} history rows), "
                                    f"client {record['index']} saved {value!r} ({saves} saves)")
                elif rows > saves:
                    duplicated += 1
                    examples.append(f"{question}: {rows} history rows for {saves} saves")
    return lost, duplicated, examples[:5]


def under_load(load: Load, work: Path) -> list[Figure]:
    """Run ``load.clients`` clients for ``load.seconds``; the figures of latency, throughput and correctness."""
    assessments, prepared = _prepare(load.url, work)
    questions = _questions()
    everything = [(a, q, low, high) for a in assessments for q, low, high in questions]
    context = multiprocessing.get_context("spawn")
    barrier, out = context.Barrier(load.clients + 1), context.Queue()
    clients = []
    for index in range(load.clients):
        folder = work / f"client-{index}"
        folder.mkdir(parents=True, exist_ok=True)
        process = context.Process(target=_client, args=(
            index, index % 2 == 1, load.url, str(folder), everything[index::load.clients], load.seconds,
            barrier, out), daemon=True)
        process.start()
        clients.append(process)
    barrier.wait(START_TIMEOUT_S)
    began = time.perf_counter()
    records = [out.get(timeout=START_TIMEOUT_S + load.seconds * 10) for _ in clients]
    elapsed = time.perf_counter() - began  # to the last client's last sync
    for process in clients:
        process.join(30)
    lost, duplicated, examples = _check(load.url, work, records)
    save_ms = [ms for r in records for ms in r["save_ms"]]
    sync_ms = [ms for r in records for ms in r["sync_ms"]]
    saves = sum(saves for r in records if not r["unsynced"] for saves, _ in r["saves"].values())
    deadlocks = sum(r["deadlocks"] for r in records)
    errors = [error for r in records for error in r["errors"]]
    conflicts = sum(r["conflicts"] for r in records)
    out_of_date = sum(r["out_of_date"] for r in records)
    retries = sum(r["retries"] for r in records)
    shape = (f"{load.clients} clients ({(load.clients + 1) // 2} saving on their laptop and syncing every "
             f"{SYNC_EVERY} saves, {load.clients // 2} saving on the server) for {load.seconds:g} s; "
             f"{ASSESSMENTS} shared assessments, {len(questions)} numeric questions each")
    details = {"clients": load.clients, "seconds": load.seconds, "elapsed_s": elapsed, "saves_done": saves,
               "server_saves": len(save_ms), "syncs": len(sync_ms), "syncs_refused_out_of_date": out_of_date,
               "final_sync_retries": retries, "conflicts": conflicts,
               "conflict_examples": [e for r in records for e in r["conflict_examples"]][:6],
               "errors": errors[:10], "error_count": len(errors), "examples": examples, "prepared": prepared}
    p = _percentile
    return [
        Figure("team_save_p50", "team server: save p50", p(save_ms, 0.5), "ms", note=shape, details=details),
        Figure("team_save_p99", "team server: save p99", p(save_ms, 0.99), "ms"),
        Figure("team_sync_p50", "team server: sync p50", p(sync_ms, 0.5), "ms",
               note=f"{len(sync_ms)} syncs, each pulling the other clients' changes"),
        Figure("team_sync_p99", "team server: sync p99", p(sync_ms, 0.99), "ms"),
        Figure("team_sync_refused", "team server: assessments left for the next sync", float(out_of_date),
               "assessments",
               note=f"in {len(sync_ms)} syncs: another client wrote the assessment while the sync merged it "
                    f"(that side left as it was, the other assessments synced); the next sync carries the saves; "
                    f"{retries} retries of a last sync"),
        Figure("team_throughput", "team server: saves reaching it", saves / elapsed if elapsed else None,
               "saves/s", note=f"{saves} saves confirmed on the server in {elapsed:.0f} s"),
        Figure("team_lost", "team server: lost answers", float(lost), "answers", target="0", passed=lost == 0,
               note="; ".join(examples) if lost else ""),
        Figure("team_duplicated", "team server: duplicated answers", float(duplicated), "answers", target="0",
               passed=duplicated == 0),
        Figure("team_deadlocks", "team server: deadlocks", float(deadlocks), "errors", target="0",
               passed=deadlocks == 0, note="no retry: a deadlocked save or sync counts as not done"),
        Figure("team_failures", "team server: refused saves/syncs", float(len(errors)), "errors", target="0",
               passed=not errors, note="; ".join(errors[:3])),
        Figure("team_conflicts", "team server: conflicts reported by syncs", float(conflicts), "conflicts",
               target="0", passed=conflicts == 0,
               note="each client answers questions of its own: none should conflict" if conflicts else ""),
    ]
