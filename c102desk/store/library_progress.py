"""The library's progress from the answers' ids, whichever database read them: SQLite packs them with
``group_concat`` (``sqlite/library_read.py``), any other database streams them one row at a time
(``portable_reads.py``); both hand them here, so that progress is worked out once.

Progress is the one the app shows everywhere (``c102desk.questionnaire.progress``): answered questions among
those that count with the current answers. What counts depends only on the answers that skip conditions and
counting facts read (``read_ids``): their values, packed in one text per assessment (``pack_gates``), are the
key of the store's cache of counted ids. None of the separators can occur inside: question ids are dotted
names, and JSON escapes control characters.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from functools import cache

from c102desk.errors import QuestionnaireError
from c102desk.store import checks
from c102desk.store.records import AssessmentInfo, LibraryEntry

PAIR, ITEM = "\x1e", "\x1f"  # between a gate's id and its value; between items
# The JSON of answers that are not given: "not known" (counted as answered "not known"), and an empty list or
# text (not an answer).
NOT_KNOWN = "null"
EMPTY = ("[]", '""')

# What the store's cache gives: the questions that count with these packed gating answers (None: unknown
# questionnaire).
CountedIds = Callable[[str, str], "frozenset[str] | None"]


def pack_gates(pairs: Iterable[tuple[str, str]]) -> str:
    """The gating answers (question id, value JSON) as one text, in question-id order (any order gives the
    same counted ids; one order makes the same answers one key of the cache)."""
    return ITEM.join(f"{question_id}{PAIR}{value_json}" for question_id, value_json in sorted(pairs))


def unpack_gates(packed: str) -> list[tuple[str, str]]:
    return [(pair[0], pair[1]) for pair in (item.split(PAIR, 1) for item in packed.split(ITEM))] if packed else []


def entries(infos: list[AssessmentInfo], gates: dict[str, str],
            answered: Iterable[tuple[str, Sequence[str], Sequence[str]]],
            counted_ids: CountedIds) -> list[LibraryEntry]:
    """The entries of ``infos`` (in their order) with their progress: ``gates`` the packed gating answers by
    assessment, ``answered`` each assessment's (id, ids answered with a value, ids answered "not known")."""
    from c102desk.questionnaire import progress  # with the questionnaire: not needed before the first paint

    versions = {info.id: info.questionnaire_version for info in infos}
    counts: dict[str, tuple[int, int]] = {}
    for assessment_id, given_ids, unknown_ids in answered:
        version = versions.get(assessment_id)
        if version is None:  # added since the list was read (another process): in the next read
            continue
        counted = counted_ids(version, gates.get(assessment_id, ""))
        if counted is None:  # a questionnaire this program does not know: nothing is known to count
            counts[assessment_id] = (len(given_ids), 0)
            continue
        found = progress.count_given(checks.load_questionnaire(version), counted, given_ids, unknown_ids)
        counts[assessment_id] = (found.answered, found.relevant)
    result = []
    for info in infos:
        done, relevant = counts.get(info.id, (0, 0))
        if info.id not in counts:  # no answer yet: what counts with no answers
            counted = counted_ids(info.questionnaire_version, "")
            relevant = 0 if counted is None else len(counted)
        result.append(LibraryEntry(info, done, relevant))
    return result


def gate_ids(infos: Iterable[AssessmentInfo]) -> list[str]:
    """The gating question ids of the questionnaire versions of ``infos``, sorted."""
    return sorted({g for v in {info.questionnaire_version for info in infos} for g in read_ids(v)})


@cache
def read_ids(version: str) -> frozenset[str]:
    """The question ids whose values decide what is asked or counted in this questionnaire version."""
    from c102desk.questionnaire import progress

    try:
        return progress.read_ids(checks.load_questionnaire(version))
    except QuestionnaireError:
        return frozenset()
