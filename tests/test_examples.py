"""The example assessments show what their names promise, through the real command line."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from c102desk.cli import main
from c102desk.engine.version import ENGINE_VERSION
from c102desk.i18n import catalog_keys
from c102desk.questionnaire import CURRENT_VERSION
from c102desk.resources import resource_path

BRANCHES = ["II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]


def evaluate(name: str, capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    path = resource_path("examples", name)
    assert main(["evaluate", str(path), "--format", "json"]) == 0
    result: dict[str, Any] = json.loads(capsys.readouterr().out)
    return result


def ids(doc: dict[str, Any]) -> set[str]:
    found = {r["id"] for part in doc["parts"].values() for r in part["requirements"]}
    return found | {r["id"] for r in doc["ratification"]["requirements"]}


def statuses(doc: dict[str, Any]) -> dict[str, str]:
    return {p: v["status"] for p, v in doc["parts"].items()}


def test_northland_meets_every_part(capsys: pytest.CaptureFixture[str]) -> None:
    doc = evaluate("northland-all-parts.c102.json", capsys)
    assert statuses(doc) == dict.fromkeys(doc["parts"], "compliant")
    assert doc["ratification"] == {**doc["ratification"], "possible": True, "status": "possible", "parts": BRANCHES,
                                   "blocking": [], "missing": [], "article_3_declaration_needed": False}
    assert doc["questionnaire_version"] == CURRENT_VERSION and doc["engine_version"] == ENGINE_VERSION


def test_midland_can_ratify_with_exactly_three_parts(capsys: pytest.CaptureFixture[str]) -> None:
    doc = evaluate("midland-three-parts.c102.json", capsys)
    rat = doc["ratification"]
    assert rat["possible"] is True and rat["status"] == "possible"
    assert rat["parts"] == ["II", "VI", "VII"] and rat["blocking"] == [] and rat["missing"] == []
    assert statuses(doc) == {
        "II": "compliant", "III": "not_compliant", "IV": "not_assessed", "V": "not_compliant", "VI": "compliant",
        "VII": "compliant", "VIII": "not_assessed", "IX": "not_assessed", "X": "not_assessed",
        "XI": "compliant", "XII": "compliant", "XIII": "compliant", "XIV": "compliant"}
    failing = {r["id"] for v in doc["parts"].values() for r in v["requirements"] if r["status"] == "not_met"}
    assert failing == {"III.LVL", "V.COV.A"}  # Art 65(3) at the skilled wage; 47.9 % of employees


def test_southland_is_blocked_by_the_financing_rule(capsys: pytest.CaptureFixture[str]) -> None:
    doc = evaluate("southland-blocked.c102.json", capsys)
    rat = doc["ratification"]
    assert rat["possible"] is False and rat["status"] == "not_possible"
    assert rat["blocking"] == ["XIII.FIN.EE50"] and rat["missing"] == []
    assert rat["parts"] == BRANCHES
    assert statuses(doc) == {**dict.fromkeys(doc["parts"], "compliant"), "XIII": "not_compliant"}
    cross = next(r for r in rat["requirements"] if r["id"] == "I.RAT.CROSS")
    assert cross["status"] == "not_met"


REQUIRED_IDS = """
I.RAT.COUNT I.RAT.CORE I.RAT.CROSS I.ART3.DECL I.ART3.REPORT I.ART5.ATTAINED I.ART6.VOL I.CHILD XIV.SEAF
II.SCHEME II.COV.A II.COV.B II.COV.C II.COV.D II.BEN.MORBID II.BEN.MAT II.AIMS II.COST II.QP II.DUR II.DUR.ART3
III.COV.A III.COV.B III.COV.C III.COV.D III.LVL III.QP III.DUR III.WAIT III.DUR.ART3
IV.COV.A IV.COV.B IV.COV.C IV.CONT IV.LVL IV.QP IV.DUR.EMP IV.DUR.RES IV.DUR.AVG IV.WAIT IV.SEAS
V.COV.A V.COV.B V.COV.C V.COV.D V.AGE V.EARN V.LVL V.QP.FULL V.QP.RED V.QP.ALT10 V.QP.PROP V.TRANS V.DUR V.REVIEW
VI.COV.A VI.COV.B VI.CONT VI.MED VI.MED.ART3 VI.LVL.INCAP VI.LVL.INVAL VI.LVL.SURV VI.LVL.PARTIAL VI.LUMP VI.QP
VI.WAIT VI.REVIEW
VII.COV.A VII.COV.B VII.COV.C VII.COV.D VII.CHILD VII.FORM VII.QP VII.VAL.A VII.VAL.B VII.DUR
VIII.COV.A VIII.COV.B VIII.COV.C VIII.MED VIII.AIMS VIII.LVL VIII.QP VIII.DUR
IX.COV.A IX.COV.B IX.COV.C IX.COV.D IX.CONT IX.LVL IX.QP.FULL IX.QP.RED IX.QP.ALT IX.QP.PROP IX.DUR IX.REVIEW
X.COV.A X.COV.B X.COV.C X.COV.D X.CONT X.EARN X.LVL X.QP.FULL X.QP.RED X.QP.ALT X.QP.PROP X.MARRIAGE X.DUR X.REVIEW
XI.65.TEST XI.65.CEIL XI.65.TIME XI.65.OTHER XI.65.SKILLED XI.65.EARN XI.66.TEST XI.66.LABOURER XI.67.SCALE
XI.67.DISREGARD XI.67.ADEQ XI.67.SAFE XI.REVIEW
XII.EQ.RES XII.EQ.NAT
XIII.SUSP XIII.APPEAL XIII.FIN.COLL XIII.FIN.EE50 XIII.FIN.ACT XIII.RESP XIII.ADMIN.PART XIV.REPORT
""".split()


@pytest.mark.parametrize("name", ["northland-all-parts.c102.json", "midland-three-parts.c102.json",
                                  "southland-blocked.c102.json"])
def test_every_rule_id_of_the_digest_is_reported(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    doc = evaluate(name, capsys)
    assert set(REQUIRED_IDS) <= ids(doc), sorted(set(REQUIRED_IDS) - ids(doc))


def test_examples_are_generated_by_the_script() -> None:
    script = Path(__file__).resolve().parent.parent / "tools" / "build_examples.py"
    namespace: dict[str, Any] = {"__name__": "examples", "__file__": str(script)}
    exec(compile(script.read_text(encoding="utf-8"), str(script), "exec"), namespace)
    assert namespace["QUESTIONNAIRE_VERSION"] == CURRENT_VERSION
    for name, builder in (("northland-all-parts", "northland"), ("midland-three-parts", "midland"),
                          ("southland-blocked", "southland")):
        stored = json.loads(resource_path("examples", f"{name}.c102.json").read_text(encoding="utf-8"))
        assert stored["questionnaire_version"] == CURRENT_VERSION
        assert stored["answers"] == dict(sorted(namespace[builder]().items())), name


ADDED_IN_ENGINE_2 = """
I.RAT.CROSS II.SCHEME III.SCHEME IV.SCHEME V.SCHEME VI.SCHEME VII.SCHEME VIII.SCHEME IX.SCHEME X.SCHEME
II.AIMS VIII.AIMS IX.REVIEW X.REVIEW XI.65.EARN XI.66.LABOURER
""".split()


def test_requirements_added_by_engine_2_have_short_names_in_three_languages() -> None:
    names = catalog_keys()
    for rid in ADDED_IN_ENGINE_2:
        entry = names.get(f"requirement.{rid}")
        assert entry is not None and all(entry.get(lang) for lang in ("en", "fr", "es")), rid
