"""The verdicts' and requirements' names, as the exports, the inbox and its summary write them.

They are the domain's verdict vocabulary (``resources/i18n/verdicts.yaml``) and the requirements' short names
(``resources/i18n/engine/requirements.yaml``, keys ``requirement.<id>``): nothing is worded here. A status or
requirement the catalogue does not name yet shows its value (``tests/test_translations.py`` fails until it has a
name in every language).
"""

from __future__ import annotations

from c102desk.i18n import catalog_keys, template


def _named(key: str, fallback: str, lang: str) -> str:
    return template(key, lang) if key in catalog_keys() else fallback


def _legacy(key: str, fallback: str, lang: str) -> str:
    """The report's own names of the verdicts, until the verdict vocabulary is in the catalogue."""
    from c102desk.report.text import t

    try:
        text = t(key, lang)
    except KeyError:
        return fallback
    return text[:1].upper() + text[1:]


def part_status(status: str, lang: str = "en") -> str:
    """"Compliant", "Conforme"…"""
    key = f"verdict.part.{status}"
    return _named(key, "", lang) or _legacy(f"pstatus.{status}", status.replace("_", " "), lang)


def requirement_status(status: str, lang: str = "en", *, superseded: bool = False) -> str:
    """"Met", "Satisfaite"…; "Not needed" for an alternative another one of its group already meets."""
    if superseded and "verdict.requirement.superseded" in catalog_keys():
        return template("verdict.requirement.superseded", lang)
    key = f"verdict.requirement.{status}"
    return _named(key, "", lang) or _legacy(f"verdict.{status}", status.replace("_", " "), lang)


def ratification_status(status: str, lang: str = "en") -> str:
    """"Ratification possible", "Ratification not yet possible", "Ratification not yet determinable"."""
    return _named(f"verdict.ratification.{status}", status.replace("_", " "), lang)


def requirement_name(requirement_id: str, lang: str = "en") -> str:
    """The short name of a requirement, e.g. "Waiting period"; its id when it has none yet."""
    return _named(f"requirement.{requirement_id}", requirement_id, lang)


def requirement_named_with_id(requirement_id: str, lang: str = "en") -> str:
    """"Employees' share of the cost (XIII.FIN.EE50)": a requirement by name, its id beside it for reference."""
    name = requirement_name(requirement_id, lang)
    return name if name == requirement_id else f"{name} ({requirement_id})"
