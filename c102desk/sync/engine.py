"""One sync between the laptop's store (``local``) and the team store (``remote``), assessment by assessment.

An assessment on one side only is copied over whole, with its history and id (as export and import do). One on
both sides is merged both ways with the three-way merge of ``team.merge``: the common ancestor comes from the
answers' history; what one side changed alone is written to the other — the local store gets the remote's
changes, the remote the local's — each side's writes for one assessment in one transaction
(``store.merge_apply``). An interrupted sync therefore leaves every assessment on each side either as it was or
with all of the other side's changes, and running it again finishes it: a sync changes nothing where both sides
already agree. An answer changed on both sides to different things is a conflict: it is left as it is on both
sides and reported, for the assessor to decide (the app's merge, or ``import --merge``).

Carried: answers with their notes, citations, confidence marks and evidence links, the history of values (with
who and when), evidence records (and the stored copies of the files, between two data folders). Not carried:
titles, countries and status changed after the copies parted, trash, review comments and states, earlier merge
decisions; a conflict decided by ``choices`` writes the chosen answer to the other side — the change not chosen
stays in the history of the side it was made on, and no merge decision is recorded.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from c102desk.store.merge_apply import MergeOutOfDateError, Person, apply_merge
from c102desk.store.records import STATUS_FINAL
from c102desk.team.merge import Conflict, MergePlan, resolve, writes_for
from c102desk.team.snapshot import snapshot_of_document

if TYPE_CHECKING:
    from c102desk.store import Store
    from c102desk.store.records import AssessmentInfo

# What the merge writes name as their source (``MergeWrites.source``; the store keeps it with merge decisions).
SOURCE_REMOTE = "synced from the team server"
SOURCE_LOCAL = "synced from a laptop"


@dataclass(frozen=True)
class SyncConflict:
    """An answer both sides changed differently since they parted; left as it is on both."""

    assessment_id: str
    question_id: str
    mine: Any  # the answer's value here (None when absent or not known)
    theirs: Any  # the answer's value on the team store
    fields: tuple[FieldDifference, ...]  # each field that conflicts: the value, a note, a citation…


@dataclass(frozen=True)
class FieldDifference:
    """A field of an answer that differs between the laptop and the team store."""

    field: str  # value, note, legal_citation, confidence, evidence (SHA-256 of the files)
    mine: Any
    theirs: Any


@dataclass(frozen=True)
class Skipped:
    """An assessment a sync left out, and why."""

    assessment_id: str
    reason: str
    again: bool = False  # a sync later finishes it (it changed during this one); else it needs the assessor


@dataclass
class SyncReport:
    """What a sync did: assessments sent and received, answers pushed and pulled, conflicts."""

    sent: list[str] = field(default_factory=list)  # assessments copied whole to the team store
    received: list[str] = field(default_factory=list)  # assessments copied whole to the laptop
    pushed: dict[str, int] = field(default_factory=dict)  # assessment -> answers changed on the team store
    pulled: dict[str, int] = field(default_factory=dict)  # assessment -> answers changed on the laptop
    conflicts: list[SyncConflict] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        """Nothing left for a later sync: no conflict, no assessment that changed during this one."""
        return not self.conflicts and not any(s.again for s in self.skipped)

    @property
    def changed_anything(self) -> bool:
        return bool(self.sent or self.received or self.pushed or self.pulled)

    def to_json(self) -> dict[str, Any]:
        return {
            "sent": self.sent, "received": self.received, "pushed": self.pushed, "pulled": self.pulled,
            "conflicts": [{"assessment": c.assessment_id, "question": c.question_id,
                           "mine": _plain(c.mine), "theirs": _plain(c.theirs),
                           "fields": [{"field": f.field, "mine": _plain(f.mine), "theirs": _plain(f.theirs)}
                                      for f in c.fields]}
                          for c in self.conflicts],
            "skipped": [{"assessment": s.assessment_id, "reason": s.reason, "sync_again": s.again}
                        for s in self.skipped],
        }


KEEP_LOCAL, KEEP_REMOTE = "mine", "theirs"
Choices = dict[tuple[str, str], str]

def _plain(value: Any) -> Any:
    """JSON-ready: numbers as the assessment file writes them, evidence as a list."""
    from c102desk.store.values import dump_json, load_json

    return load_json(dump_json(list(value) if isinstance(value, tuple) else value))


# Called after each assessment is synced (tests stop a sync there, as a power cut would).
AfterEach = Callable[[str], None]


def sync(local: Store, remote: Store, who: str = "", *, server: str | None = None,
         choices: Choices | None = None, after_each: AfterEach | None = None) -> SyncReport:
    """Bring ``local`` and ``remote`` to the same answers where only one side changed them; report the rest.

    ``who`` is recorded as the assessor of answers the sync puts together from both sides; ``server`` names the
    team store for the record of the last sync kept on the laptop (default: the remote store's folder).
    ``choices`` decides conflicts: (assessment, or "" for any, question) -> ``KEEP_LOCAL`` (this laptop's
    answer goes to the team store) or ``KEEP_REMOTE`` (the team store's comes here); a choice where there is
    no conflict is ignored."""
    from c102desk.sync.base import folder_for, write_base

    person = Person(who) if who else None
    if server is None:  # the team store's name for the record of the last sync: its address, or its folder
        server = remote.remote.address if remote.remote is not None else str(remote.folder)
    bases = folder_for(local.folder, server)
    report = SyncReport()
    mine, theirs = _assessments(local), _assessments(remote)
    order = sorted(set(mine) | set(theirs), key=lambda i: ((mine.get(i) or theirs[i]).created, i))
    for assessment_id in order:  # oldest first: a revision's earlier one is there before it
        here, there = mine.get(assessment_id), theirs.get(assessment_id)
        if here is None or there is None:
            present = here or there
            assert present is not None
            if present.trashed_at is not None:
                continue  # an assessment in the trash is not shared
            source, target = (local, remote) if here is not None else (remote, local)
            _copy_whole(source, target, assessment_id)
            # Both now hold it alike: the ancestor of the next sync (notes and marks have no history of their own)
            write_base(bases, assessment_id, snapshot_of_document(local.export_document(assessment_id),
                                                                  assessment_id), set(), None)
            (report.sent if here is not None else report.received).append(assessment_id)
        else:
            _merge_both(local, remote, here, there, person, report, bases, choices or {})
        if after_each is not None:
            after_each(assessment_id)
    return report


def _assessments(store: Store) -> dict[str, AssessmentInfo]:
    found = {a.id: a for a in store.list_assessments()}
    found.update({a.id: a for a in store.list_assessments(trashed=True)})
    return found


def _copy_whole(source: Store, target: Store, assessment_id: str) -> None:
    """The assessment as its export carries it, imported with its id in one transaction; the stored copies of its
    evidence files go along when both stores have a data folder."""
    from c102desk.store.transfer import write_document

    document = source.export_document(assessment_id)
    _carry_files(source, target, [str(e["sha256"]) for e in document.get("evidence", [])
                                  if e.get("storage") == "copy"])
    with tempfile.TemporaryDirectory(prefix="c102desk-sync-") as folder:
        file = Path(folder) / f"{assessment_id}.c102.json"
        write_document(document, file)
        target.import_file(file, on_conflict="refuse")


def _merge_both(local: Store, remote: Store, here: AssessmentInfo, there: AssessmentInfo, person: Person | None,
                report: SyncReport, bases: Path,
                choices: Choices) -> None:
    from c102desk.sync.base import read_base, write_base
    from c102desk.sync.settle import keep_mine, settle, take_theirs
    from c102desk.team.merge import plan_merge

    if here.trashed_at is not None or there.trashed_at is not None:
        report.skipped.append(Skipped(here.id, "in the trash on " + ("this laptop" if here.trashed_at else
                                                                      "the team server")))
        return
    local_doc, remote_doc = local.export_document(here.id), remote.export_document(here.id)
    mine = snapshot_of_document(local_doc, here.id)
    theirs = snapshot_of_document(remote_doc, here.id)
    base = read_base(bases, here.id)
    to_local = settle(plan_merge(mine, theirs), base)
    to_remote = settle(plan_merge(theirs, mine), base)
    for (assessment_id, question_id), side in choices.items():  # conflicts the assessor decided
        in_conflict = {c.question_id for c in (*to_local.conflicts, *to_remote.conflicts)}
        if assessment_id not in ("", here.id) or question_id not in in_conflict:
            continue
        if side == KEEP_LOCAL:
            to_local, to_remote = keep_mine(to_local, question_id), take_theirs(to_remote, question_id)
        else:
            to_local, to_remote = take_theirs(to_local, question_id), keep_mine(to_remote, question_id)
    conflicted = {c.question_id for c in to_local.conflicts} | {c.question_id for c in to_remote.conflicts}
    for conflict in to_local.conflicts:
        report.conflicts.append(_conflict(here.id, conflict, swapped=False))
    reported = {c.question_id for c in to_local.conflicts}
    for conflict in to_remote.conflicts:  # the same seen from the other side, should it differ
        if conflict.question_id not in reported:
            report.conflicts.append(_conflict(here.id, conflict, swapped=True))
    plans = ((local, here, to_local, remote, SOURCE_REMOTE, report.pulled),
             (remote, there, to_remote, local, SOURCE_LOCAL, report.pushed))
    agreed = True
    pulled: set[str] = set()  # questions this laptop now holds as the team store held them
    for target, info, plan, source, words, counts in plans:
        writes = _without(plan, conflicted)
        if writes is None:
            continue
        if info.status == STATUS_FINAL:
            report.skipped.append(Skipped(info.id, "final on " + ("this laptop" if target is local else
                                                                   "the team server") + ": start a new revision"))
            agreed = False
            continue
        result = resolve(writes, {})
        _carry_files(source, target, [e.sha256 for e in writes.new_evidence if e.item.get("storage") == "copy"])
        try:
            apply_merge(target, writes_for(result, person, words))
        except MergeOutOfDateError:
            # Someone saved into the assessment while it was being merged (a colleague on the server, the
            # assessor in the app): that side was left as it was; the next sync takes the new answers in. The
            # other assessments are synced all the same.
            report.skipped.append(Skipped(info.id, "changed on " + ("this laptop" if target is local else
                                                                     "the team server") + " during the sync: "
                                          "sync again", again=True))
            agreed = False
            break
        counts[info.id] = len(result.answers)
        if target is local:
            pulled = set(result.answers)
    if not agreed and pulled:
        # The laptop took the team store's answers but could not give its own: those taken are what both held,
        # the others keep their older common state (else the next sync would take the taken ones for the
        # laptop's own changes and call them conflicts).
        others = (set(mine.answers) | set(theirs.answers) | conflicted) - pulled
        write_base(bases, here.id, snapshot_of_document(local.export_document(here.id), here.id), others, base)
    if agreed:  # both sides now hold the same answers but the conflicting ones: the next sync's ancestor
        write_base(bases, here.id, snapshot_of_document(local.export_document(here.id), here.id), conflicted, base)


def _conflict(assessment_id: str, conflict: Conflict, *, swapped: bool) -> SyncConflict:
    """A conflict as the report says it, "mine" being the laptop's (``swapped``: the plan was the server's)."""
    here, there = (conflict.theirs, conflict.mine) if swapped else (conflict.mine, conflict.theirs)
    return SyncConflict(
        assessment_id, conflict.question_id, None if here is None else here.value,
        None if there is None else there.value,
        tuple(FieldDifference(f.field, f.theirs if swapped else f.mine, f.mine if swapped else f.theirs)
              for f in conflict.fields))


def _without(plan: MergePlan, conflicted: set[str]) -> MergePlan | None:
    """The plan without the conflicting answers (they stay as they are); None when nothing is left to write."""
    merged = {q: a for q, a in plan.merged.items() if q not in conflicted}
    kept = replace(plan, merged=merged, taken=tuple(q for q in plan.taken if q not in conflicted), conflicts=(),
                   history=tuple(s for s in plan.history if s.question_id not in conflicted))
    if not (resolve(kept, {}).answers or kept.new_evidence):
        return None
    return kept


def _carry_files(source: Store, target: Store, digests: list[str]) -> None:
    """Stored copies of evidence files, from one data folder to the other (named by their SHA-256: a copy that is
    there already is the same file). A store without a data folder (the server) keeps the records only."""
    from c102desk.store import evidence_files, paths

    if source.on_a_server or target.on_a_server:
        return  # the server keeps the records only; its store's folder is the laptop's own (open_remote)
    source_folder, target_folder = getattr(source, "folder", None), getattr(target, "folder", None)
    if source_folder is None or target_folder is None:
        return
    for digest in digests:
        found = paths.evidence_dir(source_folder) / digest
        if found.is_file():
            evidence_files.keep_copy(found, paths.evidence_dir(target_folder), digest, target.database)
