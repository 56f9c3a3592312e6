"""What ``c102desk inbox`` prints: a block of lines per file (text), or one JSON document with an object per
file (docs/inbox-and-exports.md fixes its fields)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from c102desk.i18n import Msg, verdicts
from c102desk.inbox.entry import PARTS, ReportEntry, Verdict
from c102desk.regions import region_name

INDENT = "  "
FORMAT = "c102-inbox"
FORMAT_VERSION = 1


def say(key: str, lang: str, **params: object) -> str:
    return Msg(key, **params).render(lang)


def verdict_name(verdict: Verdict, lang: str) -> str:
    """"intact", "altered", "unsigned"… in words."""
    return say(f"inbox.verdict.{verdict.value}", lang)


def entry_lines(entry: ReportEntry, lang: str = "en") -> list[str]:
    out = [say("inbox.file", lang, file=entry.name, verdict=verdict_name(entry.verdict, lang).upper())]
    contents = entry.contents
    if contents is not None:
        out.append(INDENT + say("inbox.country", lang, country=contents.country or say("inbox.no_country", lang),
                                region=region_name(entry.region, lang)))
        facts = [say("inbox.revision", lang, revision=str(contents.revision))] if contents.revision else []
        if contents.day is not None:
            facts.append(say("inbox.dated", lang, date=contents.day.isoformat()))
        if facts:
            out.append(INDENT + say("inbox.assessment", lang, title=contents.title or "—", facts=", ".join(facts)))
    for signer in entry.signers:
        out.append(INDENT + signer_line(signer, lang))
    if entry.shows_verdicts and contents is not None:
        parts = [f"{part} {verdicts.part_status(contents.parts[part], lang).lower()}" for part in PARTS
                 if part in contents.parts]
        if parts:
            out.append(INDENT + say("inbox.parts", lang, parts=" · ".join(parts)))
        if contents.ratification:
            answer = verdicts.ratification_status(contents.ratification, lang)
            if contents.acceptable and contents.ratification == "possible":
                answer = say("inbox.with_parts", lang, answer=answer, parts=", ".join(contents.acceptable))
            out.append(INDENT + say("inbox.ratification", lang, answer=answer))
        if contents.blockers:
            out.append(INDENT + say("inbox.blockers", lang, items="; ".join(contents.blocker_names(lang))))
    elif contents is not None and entry.verdict is Verdict.ALTERED:
        out.append(INDENT + say("inbox.verdicts_hidden", lang))
    out.extend(INDENT + say("verify.problem", lang, problem=p.render(lang)) for p in entry.problems
               if entry.verdict is not Verdict.INTACT)
    return out


def signer_line(signer: Any, lang: str) -> str:
    name = signer.name or say("verify.unnamed", lang)
    if signer.organisation:
        name = f"{name} ({signer.organisation})"
    when = signer.signing_time.isoformat(timespec="seconds") if signer.signing_time else say("verify.no_time", lang)
    key = "inbox.signer_role" if signer.role else "inbox.signer"
    state = say("verify.state_ok" if signer.ok else "verify.state_bad", lang)
    return say(key, lang, number=str(signer.number), name=name, role=signer.role, time=when, state=state,
               fingerprint=signer.fingerprint)


def counts_line(entries: Iterable[ReportEntry], lang: str) -> str:
    counted = Counter(e.verdict for e in entries)
    total = sum(counted.values())
    # "intact: 4", not "4 intact": the words agree with no number in French and Spanish
    parts = [say("inbox.count_of", lang, verdict=verdict_name(v, lang), count=str(counted[v])) for v in Verdict
             if counted[v]]
    return say("inbox.counts", lang, count=str(total), parts=", ".join(parts) or "—")


def entry_json(entry: ReportEntry, lang: str = "en") -> dict[str, Any]:
    contents = entry.contents
    data: dict[str, Any] = {
        "file": entry.name, "size": entry.size, "sha256": entry.sha256 or None, "verdict": entry.verdict.value,
        "problems": [p.render(lang) for p in entry.problems] if entry.verdict is not Verdict.INTACT else [],
        "signatures": [s.to_json() for s in entry.signers],
    }
    if contents is None:
        return data
    shown = entry.shows_verdicts
    data.update({
        "country": contents.country, "iso_code": entry.iso or None, "region": entry.region,
        "region_name": region_name(entry.region, lang) if entry.region else None, "title": contents.title,
        "assessment_id": contents.assessment_id, "revision": contents.revision,
        "assessment_status": contents.assessment_status,
        "date": contents.day.isoformat() if contents.day else None,
        "generated": contents.generated.isoformat(timespec="seconds") if contents.generated else None,
        "language": contents.language or None, "questionnaire_version": contents.questionnaire_version or None,
        "parts": {p: contents.parts[p] for p in PARTS if p in contents.parts} if shown else None,
        "ratification": {
            "status": contents.ratification, "parts": list(contents.acceptable), "blocking": list(contents.blockers),
            "article_3_declaration_needed": contents.article_3_declaration_needed,
        } if shown else None,
    })
    return data


def counts_json(entries: Iterable[ReportEntry]) -> dict[str, int]:
    counted = Counter(e.verdict.value for e in entries)
    return {v.value: counted[v.value] for v in Verdict}
