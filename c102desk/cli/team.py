"""Command-line commands of team work: ``diff`` (engine-contract.md §2, docs/team-work.md) and ``import --merge``.

Errors are typed (``C102Error``); ``cli.main`` prints them as one line on stderr and exits 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from contextlib import ExitStack
from pathlib import Path
from typing import TYPE_CHECKING

from c102desk.errors import C102Error
from c102desk.i18n import Msg

if TYPE_CHECKING:
    from c102desk.store import Store
    from c102desk.team.merge import Conflict, Resolution
    from c102desk.team.merge_file import PreparedMerge

COMMANDS = ("diff", "review")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``diff`` to the main parser."""
    diff = subparsers.add_parser(
        "diff", help="show what differs between two assessments or revisions (answers, notes, evidence, verdicts)")
    diff.add_argument("first", help="assessment id in the local store, assessment file (.c102.json) or signed report")
    diff.add_argument("second", help="the same, to compare with the first")
    diff.add_argument("--format", choices=("json", "text"), default="text")
    diff.add_argument("--lang", choices=("en", "fr", "es"), default="en",
                      help="language of the Parts, questions, values and verdicts")
    diff.add_argument("--force-unsigned", action="store_true",
                      help="accept a report PDF that carries no signature")
    diff.add_argument("--data-dir", default=argparse.SUPPRESS,
                      help="folder of the local store (default: the user data folder)")
    rev = subparsers.add_parser(
        "review", help="an assessment's review: comments and flags on questions, and its review state")
    rev.add_argument("id", help="assessment id in the local store")
    action = rev.add_mutually_exclusive_group()
    action.add_argument("--comment", nargs=2, metavar=("QUESTION", "TEXT"), help="add a comment on a question")
    action.add_argument("--flag", nargs="+", metavar=("QUESTION", "REASON"),
                        help="flag a question for review (with an optional reason)")
    action.add_argument("--resolve-comment", type=int, metavar="N", help="mark comment N resolved")
    action.add_argument("--reopen-comment", type=int, metavar="N", help="open comment N again")
    action.add_argument("--state", choices=("in_review", "returned", "approved"),
                        help="submit for review (in_review), return it for changes, or approve it")
    rev.add_argument("--note", default="", help="with --state: why (e.g. what to change)")
    rev.add_argument("--author", metavar="NAME", help="who comments or decides (default: your login name)")
    rev.add_argument("--format", choices=("json", "text"), default="text")
    rev.add_argument("--lang", choices=("en", "fr", "es"), default="en")
    rev.add_argument("--data-dir", default=argparse.SUPPRESS,
                     help="folder of the local store (default: the user data folder)")
    rep = subparsers.choices.get("report")
    if rep is not None:  # ``report FILE --changes-since EARLIER``: an annex of what changed since
        rep.add_argument("--changes-since", metavar="EARLIER",
                         help="add an annex of what changed since an earlier revision: its id in the store, its "
                              "assessment file or its signed report")
        rep.add_argument("--force-unsigned", action="store_true", help=argparse.SUPPRESS)
    imp = subparsers.choices.get("import")
    if imp is not None:  # ``import FILE --merge``: the store's import command, with a merge
        merge = imp.add_argument_group("merging (docs/team-work.md)")
        merge.add_argument("--merge", action="store_true",
                           help="three-way merge with the assessment of the same id in the store: answers changed "
                                "on one side only are taken; conflicts need --resolve or --prefer")
        merge.add_argument("--resolve", action="append", default=[], metavar="QUESTION=theirs|mine|VALUE",
                           help="decide one conflict: keep theirs (the file's), mine (the store's) or give a new "
                                "value; repeat for each conflict")
        merge.add_argument("--prefer", choices=("theirs", "mine"),
                           help="decide every conflict without a --resolve this way")
        merge.add_argument("--assessor", metavar="NAME",
                           help="who decides the conflicts, recorded with each decision (default: your login name)")


def dispatch(args: argparse.Namespace) -> int | None:
    """Run a team command; return None when ``args.command`` is not one of them."""
    if args.command == "diff":
        return _diff(args)
    if args.command == "review":
        return _review(args)
    if args.command == "report" and getattr(args, "changes_since", None):
        return _report_with_changes(args)
    if args.command == "import" and getattr(args, "merge", False):
        return _merge(args)
    if args.command == "import" and (getattr(args, "resolve", None) or getattr(args, "prefer", None)):
        raise C102Error(Msg("team.merge.needs_merge"))
    return None


def _diff(args: argparse.Namespace) -> int:
    from c102desk.team.compare import compare, render_text
    from c102desk.team.sources import StoreOnDemand, load_snapshot

    with ExitStack() as stack:
        store = StoreOnDemand(args.data_dir, stack)
        first = load_snapshot(args.first, store, force_unsigned=args.force_unsigned)
        second = load_snapshot(args.second, store, force_unsigned=args.force_unsigned)
    comparison = compare(first, second, args.lang)
    if args.format == "json":
        json.dump(comparison.to_json(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(render_text(comparison, args.lang))
    return 0


def _merge(args: argparse.Namespace) -> int:
    import getpass

    from c102desk.store import Store
    from c102desk.store.merge_apply import Person
    from c102desk.team.merge import Choice, UnresolvedConflictsError
    from c102desk.team.merge_file import finish_merge, prepare_merge

    if args.keep_both or args.replace:
        raise C102Error(Msg("team.merge.not_with"))
    with Store.open(args.data_dir) as store:
        prepared = prepare_merge(store, args.file, force_unsigned=args.force_unsigned)
        if prepared is None:  # nothing of that id in the store: an ordinary import
            from c102desk.cli.store import _import

            print(_import(store, args.file, "refuse", force_unsigned=args.force_unsigned))
            print(f"c102desk: {Msg('team.merge.nothing_to_merge', source=args.file)}", file=sys.stderr)
            return 0
        resolutions = parse_resolutions(args.resolve, prepared)
        prefer = None if args.prefer is None else Choice(args.prefer)
        try:
            who = args.assessor or getpass.getuser()
        except (KeyError, OSError):  # no login name (a container without a user entry)
            who = ""
        try:
            result = finish_merge(store, prepared, resolutions, prefer, Person(who) if who else None)
        except UnresolvedConflictsError as exc:
            raise UnresolvedConflictsError(
                "\n".join([str(exc), *conflict_lines(prepared, exc.conflicts), Msg("team.merge.how")]),
                exc.conflicts) from None
    print(prepared.assessment_id)
    done = Msg("team.merge.done", taken=len(prepared.plan.taken), decided=len(result.decisions),
               files=len(prepared.plan.new_evidence))
    print(f"c102desk: {done}", file=sys.stderr)
    return 0


def parse_resolutions(given: list[str], prepared: PreparedMerge) -> dict[str, Resolution]:
    """``QUESTION=theirs|mine|VALUE`` for each conflict the assessor decides."""
    from c102desk.questionnaire import load_questionnaire
    from c102desk.team.merge import Choice, Resolution
    from c102desk.team.merge_file import parse_value

    questionnaire = load_questionnaire()
    conflicts = {c.question_id for c in prepared.plan.conflicts}
    found: dict[str, Resolution] = {}
    for item in given:
        question_id, sep, choice = item.partition("=")
        question_id = question_id.strip()
        if not sep or not question_id:
            raise C102Error(Msg("team.merge.bad_resolve", item=item))
        if question_id not in conflicts:
            raise C102Error(Msg("team.merge.not_a_conflict", questions=question_id))
        if choice.strip() in ("theirs", "mine"):
            found[question_id] = Resolution(Choice(choice.strip()))
        else:
            found[question_id] = Resolution(Choice.VALUE, parse_value(questionnaire.question(question_id), choice))
    return found


def conflict_lines(prepared: PreparedMerge, conflicts: tuple[Conflict, ...], lang: str = "en") -> list[str]:
    """One line per conflict: the Part, the question's words and id, then mine and theirs of each field."""
    from c102desk.questionnaire import load_questionnaire
    from c102desk.team.compare import FIELD_KEYS, question_words, value_text
    from c102desk.team.snapshot import AnswerState

    questionnaire = load_questionnaire()
    lines = []
    for conflict in conflicts:
        _part, title, label = question_words(questionnaire, conflict.question_id, lang)
        lines.append(f"  {title} — {label} ({conflict.question_id})")
        for found in conflict.fields:
            if found.field == "value":
                mine = value_text(questionnaire, conflict.question_id, None if conflict.mine is None else
                                  AnswerState(found.mine), prepared.plan.mine.answers, lang)
                theirs = value_text(questionnaire, conflict.question_id, None if conflict.theirs is None else
                                    AnswerState(found.theirs), prepared.plan.theirs.answers, lang)
            else:
                mine, theirs = _detail_text(found.mine), _detail_text(found.theirs)
            lines.append("    " + Msg("team.merge.conflict_line", field=Msg(FIELD_KEYS[found.field]), mine=mine,
                                      theirs=theirs).render(lang))
    return lines


def _detail_text(value: object) -> str:
    if isinstance(value, tuple | list):
        return "; ".join(str(v)[:12] for v in value) or "—"
    return str(value) if value not in (None, "") else "—"


def _review(args: argparse.Namespace) -> int:
    from c102desk.store import Store
    from c102desk.store import review_store as review
    from c102desk.team.review import review_json, review_text

    with Store.open(args.data_dir) as store:
        store.assessment(args.id)  # an unknown id is said before anything else
        if args.comment or args.flag or args.resolve_comment or args.reopen_comment or args.state:
            who = _profile_id(store, args.author)
            if args.comment:
                print(review.add_comment(store, args.id, args.comment[0], args.comment[1], author_id=who))
            elif args.flag:
                print(review.add_comment(store, args.id, args.flag[0], " ".join(args.flag[1:]), author_id=who,
                                         kind=review.FLAG))
            elif args.resolve_comment or args.reopen_comment:
                review.resolve_comment(store, args.id, args.resolve_comment or args.reopen_comment, by_id=who,
                                       reopen=bool(args.reopen_comment))
            else:
                review.set_review_state(store, args.id, args.state, by_id=who, note=args.note)
            return 0
        if args.format == "json":
            json.dump(review_json(store, args.id, args.lang), sys.stdout, ensure_ascii=False, indent=2)
            sys.stdout.write("\n")
        else:
            sys.stdout.write(review_text(store, args.id, args.lang))
    return 0


def _profile_id(store: Store, name: str | None) -> int | None:
    """The assessor profile of ``name`` (the login name when not given), made when there is none yet."""
    import getpass

    if not name:
        try:
            name = getpass.getuser()
        except (KeyError, OSError):
            return None
    found = next((p.id for p in store.profiles() if p.name == name), None)
    return found if found is not None else store.add_profile(name)


def _report_with_changes(args: argparse.Namespace) -> int:
    from c102desk.cli import report as report_commands
    from c102desk.team.compare import changes_since
    from c102desk.team.snapshot import snapshot_of_file
    from c102desk.team.sources import StoreOnDemand, checked_file, load_snapshot

    if not Path(args.file).is_file():
        return report_commands._report(args)  # which says what is wrong with it
    with checked_file(Path(args.file)) as parsed:
        later = snapshot_of_file(parsed, args.file)
    with ExitStack() as stack:
        store = StoreOnDemand(args.data_dir, stack)
        earlier = load_snapshot(args.changes_since, store, force_unsigned=args.force_unsigned)
    return report_commands._report(args, changes_since(earlier, later, args.lang))
