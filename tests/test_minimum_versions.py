"""Every dependency's (and the server extra's) lower bound in pyproject.toml is the version constraints/minimum.txt
pins, which .ci/run installs and tests; reportlab's upper bound keeps it to the series the report's fast paths are
tested on."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.version import Version

REPO = Path(__file__).resolve().parent.parent


def _requirements() -> dict[str, Requirement]:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    found = {}
    # The required dependencies and the team server's driver (the ``server`` extra, tested in the same run).
    for line in [*project["dependencies"], *project["optional-dependencies"]["server"]]:
        requirement = Requirement(line)
        found[re.sub(r"[-_.]+", "-", requirement.name).lower()] = requirement
    return found


def _minimums() -> dict[str, str]:
    pins = {}
    for line in (REPO / "constraints" / "minimum.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, _, version = line.partition("==")
            pins[re.sub(r"[-_.]+", "-", name).lower()] = version
    return pins


def test_each_dependency_s_lower_bound_is_the_tested_minimum() -> None:
    requirements, minimums = _requirements(), _minimums()
    assert set(requirements) == set(minimums)
    for name, requirement in requirements.items():
        lower = [spec.version for spec in requirement.specifier if spec.operator == ">="]
        assert [Version(v) for v in lower] == [Version(minimums[name])], name
        assert requirement.specifier.contains(minimums[name]), name


def test_reportlab_stays_in_the_series_the_fast_paths_are_tested_on() -> None:
    from c102desk.report.fast_paths import TESTED_REPORTLAB

    reportlab = _requirements()["reportlab"]
    assert str(reportlab.specifier) in (">=5.1,<5.2", "<5.2,>=5.1")
    assert TESTED_REPORTLAB == ("5.1.",)
