"""How far an assessment is: the one place that decides which questions are asked, which of them count, and
which are answered. The library, the open assessment (its navigator, "Next unanswered", "Mark as final"), the
engine (what it evaluates) and ``c102desk list`` all ask this module. No Qt.

- **Asked** (relevant): a question whose skip condition holds with the answers that are themselves asked
  (``visible_answers``, to a fixed point, as conditions chain). Skipped questions are hidden and never count.
- **Counted**: asked, and not set aside by the questionnaire's counting facts (``progress.yaml`` beside the Part
  files): optional questions, the questions of coverage alternatives the country does not rely on, a branch
  Part whose scheme does not exist, and questions that matter only under a condition (e.g. Art 6's conditions
  only when voluntary members are counted).
- **Answered**: a value is given. An explicit "not known" to a yes/no question is one of its three answers and
  counts; an empty value (``null`` for any other type, an empty list, blank text) does not.

Progress is "answered of counted" — shown as "N of M relevant questions answered".
"""

from __future__ import annotations

import fnmatch
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from c102desk.errors import QuestionnaireError
from c102desk.questionnaire.conditions import Condition, parse_condition
from c102desk.questionnaire.files import read_yaml
from c102desk.questionnaire.model import Question, Questionnaire, QuestionType
from c102desk.resources import resource_path
from c102desk.yaml_files import YamlSyntaxError, load_yaml

PROGRESS_FILE = "progress.yaml"
_KEYS = {"optional", "alternatives", "scheme_gates", "conditions", "counted_when"}

@dataclass(frozen=True)
class Progress:
    """Answered questions out of those that count (``relevant`` in the command line's JSON)."""

    answered: int
    relevant: int

    @property
    def fraction(self) -> float:
        return self.answered / self.relevant if self.relevant else 0.0

    @property
    def percent(self) -> int:
        """Whole percent, rounded down: 100 only when every question that counts is answered."""
        return self.answered * 100 // self.relevant if self.relevant else 0

    @property
    def complete(self) -> bool:
        return self.answered >= self.relevant

    def to_json(self) -> dict[str, int]:
        return {"answered": self.answered, "relevant": self.relevant}


@dataclass(frozen=True)
class CountingRules:
    """The counting facts of one questionnaire version (``progress.yaml``); empty when it has none."""

    optional: frozenset[str] = frozenset()
    # question id → (the question saying which alternatives are relied on, the letters the question serves)
    alternatives: Mapping[str, tuple[str, frozenset[str]]] | None = None
    # question id → the Part's "does the scheme exist" question
    scheme_gates: Mapping[str, str] | None = None
    counted_when: Mapping[str, Condition] | None = None

    def read_ids(self) -> frozenset[str]:
        """The answers these rules read (besides the skip conditions)."""
        ids = set((self.scheme_gates or {}).values())
        ids.update(chooser for chooser, _letters in (self.alternatives or {}).values())
        for condition in (self.counted_when or {}).values():
            ids.update(condition.question_ids())
        return frozenset(ids)


# --------------------------------------------------------------------------- asked and answered


def visible_answers(questionnaire: Questionnaire, answers: Mapping[str, Any]) -> dict[str, Any]:
    """The answers of questions that are asked (and given: ``null`` is dropped), to a fixed point.

    An answer is kept while the question it depends on is unanswered: a maximum duration given without saying
    that the duration is limited still counts. It is dropped only when the gating answer rules it out (e.g. a
    stale earnings rate after the method was changed to flat rate). What the engine evaluates, and what the
    skip conditions of the open assessment read.
    """
    current = {k: v for k, v in answers.items() if v is not None and k in questionnaire.by_id}
    for _ in range(10):
        kept = {
            k: v for k, v in current.items()
            if (cond := questionnaire.by_id[k].relevant) is None or cond.evaluate3(current) is not False
        }
        if kept == current:
            break
        current = kept
    return current


def is_asked(question: Question, visible: Mapping[str, Any]) -> bool:
    """Whether the question is asked (shown) with these visible answers (``visible_answers``)."""
    return question.is_relevant(visible)


def is_answered(question: Question, answers: Mapping[str, Any]) -> bool:
    """A value is given; an explicit "not known" (``null``) to a yes/no question counts as an answer."""
    if question.id not in answers:
        return False
    value = answers[question.id]
    if value is None:
        return question.type is QuestionType.YES_NO
    if isinstance(value, list | str):
        return bool(value.strip() if isinstance(value, str) else value)
    return True


def answered_in_part(questionnaire: Questionnaire, answers: Mapping[str, Any], part_id: str) -> bool:
    """Whether any question of the Part is answered."""
    return any(is_answered(q, answers) for q in questionnaire.part(part_id).questions())


# --------------------------------------------------------------------------- counted


def why_not_counted(question: Question, visible: Mapping[str, Any], rules: CountingRules) -> str | None:
    """Why an asked question does not count towards progress, or None when it counts: "optional",
    "alternative" (an alternative not relied on), "no_scheme" (the Part's scheme does not exist) or
    "condition" (it matters only under a condition that does not hold)."""
    if question.id in rules.optional:
        return "optional"
    gate = (rules.scheme_gates or {}).get(question.id)
    if gate is not None and visible.get(gate) is False:
        return "no_scheme"
    serves = (rules.alternatives or {}).get(question.id)
    if serves is not None:
        chooser, letters = serves
        chosen = visible.get(chooser)
        if isinstance(chosen, list) and chosen and not letters & set(chosen):
            return "alternative"
    condition = (rules.counted_when or {}).get(question.id)
    if condition is not None and not condition.evaluate(visible):
        return "condition"
    return None


def counted_questions(questionnaire: Questionnaire, answers: Mapping[str, Any],
                      part_id: str | None = None) -> list[Question]:
    """The questions that count (asked, and not set aside), in questionnaire order; of one Part if given."""
    visible = visible_answers(questionnaire, answers)
    rules = counting_rules(questionnaire)
    questions = questionnaire.part(part_id).questions() if part_id else questionnaire.questions()
    return [q for q in questions if is_asked(q, visible) and why_not_counted(q, visible, rules) is None]


def counted_ids(questionnaire: Questionnaire, answers: Mapping[str, Any]) -> frozenset[str]:
    """The ids of the questions that count. Reads only the answers of ``read_ids(questionnaire)``, so a caller
    holding many assessments can pass those alone (and cache on them)."""
    return frozenset(q.id for q in counted_questions(questionnaire, answers))


def unanswered(questionnaire: Questionnaire, answers: Mapping[str, Any]) -> list[Question]:
    """The questions that count and are not answered, in questionnaire order."""
    return [q for q in counted_questions(questionnaire, answers) if not is_answered(q, answers)]


def count(questionnaire: Questionnaire, counted: Iterable[str], answers: Mapping[str, Any]) -> Progress:
    """Progress from the counted ids (``counted_ids``) and the answers."""
    ids = list(counted)
    by_id = questionnaire.by_id
    return Progress(sum(1 for qid in ids if is_answered(by_id[qid], answers)), len(ids))


def count_given(questionnaire: Questionnaire, counted: frozenset[str], given: Iterable[str],
                unknown: Iterable[str] = ()) -> Progress:
    """``count`` when only which answers are given is known, as a library of thousands reads them: ``given``
    the ids with a value that is not empty, ``unknown`` those whose value is "not known" (null), which
    ``is_answered`` counts for yes/no questions only. Set operations, no call per question."""
    answered = set(counted.intersection(given))
    answered.update(counted.intersection(unknown).intersection(_yes_no_ids(questionnaire)))
    return Progress(len(answered), len(counted))


_YES_NO: dict[int, tuple[Questionnaire, frozenset[str]]] = {}


def _yes_no_ids(questionnaire: Questionnaire) -> frozenset[str]:
    found = _YES_NO.get(id(questionnaire))
    if found is None or found[0] is not questionnaire:
        found = (questionnaire, frozenset(q.id for q in questionnaire.questions() if q.type is QuestionType.YES_NO))
        _YES_NO[id(questionnaire)] = found
    return found[1]


def progress(questionnaire: Questionnaire, answers: Mapping[str, Any], part_id: str | None = None) -> Progress:
    """Answered of counted questions, of the whole assessment or of one Part."""
    counted = counted_questions(questionnaire, answers, part_id)
    return Progress(sum(1 for q in counted if is_answered(q, answers)), len(counted))


def read_ids(questionnaire: Questionnaire) -> frozenset[str]:
    """Every answer whose value decides what is asked or counted (skip conditions and counting facts)."""
    return _facts(questionnaire)[1]


# --------------------------------------------------------------------------- the counting facts


def counting_rules(questionnaire: Questionnaire) -> CountingRules:
    """The counting facts of the questionnaire's version, read once (``progress.yaml`` in its folder)."""
    return _facts(questionnaire)[0]


# By the questionnaire object (loaded once per version; not hashable, as it holds dicts), kept alive with it.
_FACTS: dict[int, tuple[Questionnaire, CountingRules, frozenset[str]]] = {}


def _facts(questionnaire: Questionnaire) -> tuple[CountingRules, frozenset[str]]:
    found = _FACTS.get(id(questionnaire))
    if found is None or found[0] is not questionnaire:
        rules = _read_counting_rules(questionnaire)
        gates = {g for q in questionnaire.questions() if q.relevant is not None for g in q.relevant.question_ids()}
        found = (questionnaire, rules, frozenset(gates | rules.read_ids()))
        _FACTS[id(questionnaire)] = found
    return found[1], found[2]


def data_file(version: str, name: str) -> tuple[Path | None, bool]:
    """A data file of a questionnaire version (``progress.yaml``, ``consistency.yaml``): in its own folder, else
    in the folder of the version it is derived from (its manifest's ``derived_from``), read leniently there
    (what names questions the older version lacks is left out). (None, False) when there is none."""
    folder = resource_path("questionnaire", f"v{version}")
    if (folder / name).is_file():
        return folder / name, False
    manifest = folder / "manifest.yaml"
    try:
        derived = (load_yaml(manifest) or {}).get("derived_from")
    except (OSError, YamlSyntaxError, AttributeError):
        return None, False
    if derived is None or str(derived) == version:
        return None, False
    path, _lenient = data_file(str(derived), name)
    return path, path is not None


def read_data(path: Path) -> Any:
    return read_yaml(path)


def _read_counting_rules(questionnaire: Questionnaire) -> CountingRules:
    path, lenient = data_file(questionnaire.version, PROGRESS_FILE)
    if path is None:
        return CountingRules()
    return parse_counting_rules(read_data(path), questionnaire, str(path), lenient=lenient)


def parse_counting_rules(raw: Any, questionnaire: Questionnaire, where: str = PROGRESS_FILE, *,
                         lenient: bool = False) -> CountingRules:
    """Build the counting facts from their data form; every problem is a ``QuestionnaireError`` naming it.
    ``lenient`` (the facts of a newer version read for an older one): ids this questionnaire lacks are left
    out instead."""
    if raw is None:
        return CountingRules()
    if not isinstance(raw, Mapping) or set(raw) - _KEYS:
        raise QuestionnaireError(f"{where}: must be a mapping with keys among {', '.join(sorted(_KEYS))}")
    known = questionnaire.by_id

    class _Missing(Exception):
        pass

    def question(qid: object, context: str) -> str:
        if not isinstance(qid, str) or qid not in known:
            if lenient:
                raise _Missing
            raise QuestionnaireError(f"{where}: {context}: {qid!r} is not a question of this questionnaire")
        return qid

    optional: set[str] = set()
    for pattern in raw.get("optional") or []:
        matched = fnmatch.filter(known, str(pattern))
        if not matched and not lenient:
            raise QuestionnaireError(f"{where}: optional: {pattern!r} matches no question")
        optional.update(matched)

    alternatives: dict[str, tuple[str, frozenset[str]]] = {}
    for part_id, entry in (raw.get("alternatives") or {}).items():
        if not isinstance(entry, Mapping) or "chooser" not in entry:
            raise QuestionnaireError(f"{where}: alternatives of Part {part_id}: give 'chooser' and the letters")
        try:
            chooser = question(entry["chooser"], f"alternatives of Part {part_id}")
        except _Missing:
            continue
        options = set(known[chooser].option_values())
        serves: dict[str, set[str]] = {}
        for letter, ids in entry.items():
            if letter == "chooser":
                continue
            if str(letter) not in options:
                raise QuestionnaireError(f"{where}: alternatives of Part {part_id}: {chooser} has no option {letter!r}")
            for qid in ids or []:
                try:
                    serves.setdefault(question(qid, f"alternative {part_id} ({letter})"), set()).add(str(letter))
                except _Missing:
                    continue
        for qid, letters in serves.items():
            alternatives[qid] = (chooser, frozenset(letters))

    scheme_gates: dict[str, str] = {}
    for gate in raw.get("scheme_gates") or []:
        try:
            gate_id = question(gate, "scheme_gates")
        except _Missing:
            continue
        for other in questionnaire.part(known[gate_id].part).questions():
            if other.id != gate_id:
                scheme_gates[other.id] = gate_id

    counted_when: dict[str, Condition] = {}
    for qid, condition in (raw.get("counted_when") or {}).items():
        try:
            parsed = parse_condition(condition)
        except ValueError as exc:
            raise QuestionnaireError(f"{where}: counted_when {qid}: {exc}") from exc
        try:
            for ref in parsed.question_ids():
                question(ref, f"counted_when {qid}")
            counted_when[question(qid, "counted_when")] = parsed
        except _Missing:
            continue
    return CountingRules(frozenset(optional), alternatives, scheme_gates, counted_when)
