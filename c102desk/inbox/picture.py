"""The cross-country picture of the received reports: the Parts by status across countries, and one country's
revisions over time. Plain data, drawn by the app (``ui/inbox/chart_view``) and the PDF summary alike.

Only intact reports count (``tables.analysable``). A country counts once in the Parts by status: with its latest
report — the highest revision, then the latest date — so that a country that sent three revisions weighs as
much as one that sent one. A country is known by its ISO code when the bundled list knows it, else by its name
as written (without case, accents or a closing remark in brackets).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from c102desk.inbox.entry import PARTS, Contents, ReportEntry
from c102desk.inbox.tables import analysable
from c102desk.regions import normalise

# Best first: the order of the segments of a bar, and of the legend.
PART_STATUS_ORDER: tuple[str, ...] = ("compliant", "compliant_with_review", "insufficient_information",
                                      "not_compliant", "not_assessed")


def country_key(entry: ReportEntry) -> str:
    contents = entry.contents
    return entry.iso or normalise(contents.country if contents is not None else "")


@dataclass(frozen=True)
class PartsByStatus:
    """For each Part II–XIV, how many countries' latest reports give it each status."""

    countries: int
    counts: dict[str, dict[str, int]]  # Part → status → countries

    def total(self, part: str) -> int:
        return sum(self.counts[part].values())


@dataclass(frozen=True)
class Revision:
    """One report of a country, for its revisions over time."""

    source: str
    revision: int | None
    day: date | None
    parts: dict[str, str]
    ratification: str | None
    acceptable: tuple[str, ...]


def _contents(entry: ReportEntry) -> Contents:
    assert entry.contents is not None  # analysable entries have contents
    return entry.contents


def _order(entry: ReportEntry) -> tuple[int, date, str]:
    contents = _contents(entry)
    return (contents.revision or 0, contents.day or date.min,
            contents.generated.isoformat() if contents.generated is not None else "")


def latest_by_country(entries: Iterable[ReportEntry]) -> list[ReportEntry]:
    """The latest intact report of each country, in the order of the countries' names."""
    latest: dict[str, ReportEntry] = {}
    for entry in analysable(entries):
        key = country_key(entry)
        held = latest.get(key)
        if held is None or _order(entry) > _order(held):
            latest[key] = entry
    return sorted(latest.values(), key=lambda e: normalise(_contents(e).country))


def parts_by_status(entries: Iterable[ReportEntry]) -> PartsByStatus:
    reports = latest_by_country(entries)
    counts = {part: dict.fromkeys(PART_STATUS_ORDER, 0) for part in PARTS}
    for entry in reports:
        for part in PARTS:
            status = _contents(entry).parts.get(part, "not_assessed")
            counts[part][status if status in counts[part] else "not_assessed"] += 1
    return PartsByStatus(len(reports), counts)


def countries(entries: Iterable[ReportEntry]) -> list[tuple[str, str, int]]:
    """(key, name as the latest report writes it, number of intact reports) for each country."""
    found: dict[str, list[ReportEntry]] = {}
    for entry in analysable(entries):
        found.setdefault(country_key(entry), []).append(entry)
    named = []
    for key, reports in found.items():
        latest = max(reports, key=_order)
        named.append((key, _contents(latest).country or key, len(reports)))
    return sorted(named, key=lambda item: normalise(item[1]))


def revisions_of(entries: Iterable[ReportEntry], key: str) -> list[Revision]:
    """A country's intact reports, oldest first."""
    reports = [e for e in analysable(entries) if country_key(e) == key]
    reports.sort(key=_order)
    out = []
    for entry in reports:
        contents = _contents(entry)
        out.append(Revision(entry.name, contents.revision, contents.day, dict(contents.parts),
                            contents.ratification, contents.acceptable))
    return out
