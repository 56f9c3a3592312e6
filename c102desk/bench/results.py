"""One measured figure, its floor, target and verdict; the printed table and the JSON document."""

from __future__ import annotations

import os
import platform
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any


@dataclass
class Figure:
    """A figure. ``ratio`` is ``value / floor`` when there is a floor; ``passed`` is None when no target."""

    id: str
    name: str
    value: float | None
    unit: str
    floor: float | None = None
    target: str = ""
    passed: bool | None = None
    note: str = ""
    details: dict[str, Any] = field(default_factory=dict)

    @property
    def ratio(self) -> float | None:
        if self.value is None or not self.floor:
            return None
        return self.value / self.floor

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        out["ratio"] = self.ratio
        return out


def failed(figure_id: str, name: str, unit: str, target: str, error: BaseException) -> Figure:
    """A figure that could not be measured: it fails, with the reason."""
    return Figure(figure_id, name, None, unit, target=target, passed=False,
                  note=f"not measured: {type(error).__name__}: {error}")


def _number(value: float | None) -> str:
    if value is None:
        return "—"
    if value >= 100:
        return f"{value:,.0f}"
    if value >= 10:
        return f"{value:.1f}"
    return f"{value:.3g}"


def table(figures: list[Figure]) -> str:
    """The figures as a plain-text table: figure, value, floor, ratio, target, verdict."""
    header = ("figure", "value", "floor", "ratio", "target", "result")
    rows = [header]
    for f in figures:
        verdict = {True: "pass", False: "FAIL", None: "info"}[f.passed]
        ratio = "—" if f.ratio is None else f"{f.ratio:.2f}×"
        rows.append((f.name, f"{_number(f.value)} {f.unit}", f"{_number(f.floor)} {f.unit}" if f.floor else "—",
                     ratio, f.target or "—", verdict))
    widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
    lines = ["  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip() for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    notes = [f"  {f.name}: {f.note}" for f in figures if f.note]
    return "\n".join(lines + (["", "notes:", *notes] if notes else [])) + "\n"


def machine() -> dict[str, Any]:
    """What the figures were measured on."""
    cpu = ""
    memory = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                memory = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    from importlib.metadata import PackageNotFoundError, version

    versions: dict[str, str] = {}
    # PySide6 may be installed whole or as its Essentials part (what pyproject.toml asks for).
    for name, distributions in (("PySide6", ("PySide6", "PySide6_Essentials")), ("sqlalchemy", ("sqlalchemy",)),
                                ("reportlab", ("reportlab",)), ("pyhanko", ("pyhanko",))):
        versions[name] = "not installed"
        for distribution in distributions:
            try:
                versions[name] = version(distribution)
                break
            except PackageNotFoundError:
                continue
    return {
        "cpus": os.cpu_count(), "cpu": cpu or platform.processor(), "memory": memory,
        "python": sys.version.split()[0], "platform": platform.platform(), "versions": versions,
    }
