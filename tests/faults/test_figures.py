"""docs/reliability.md quotes the suite's figures: they are the ones the suite runs with."""

from __future__ import annotations

from pathlib import Path

from tests.assessment.test_input_classes import OTHERS, PATH_TRACEBACKS, TRACEBACKS, TRACEBACKS_OF_WORKING_INPUT
from tests.faults import figures

DOC = Path(__file__).resolve().parents[2] / "docs" / "reliability.md"


def test_the_reliability_page_gives_the_suites_figures() -> None:
    text = DOC.read_text(encoding="utf-8")
    classes = len(TRACEBACKS) + len(PATH_TRACEBACKS) + len(TRACEBACKS_OF_WORKING_INPUT)
    for quoted in (
        f"| {figures.KILLS} kills |",
        f"| {figures.CONCURRENT_PROCESSES} × {figures.CONCURRENT_BACKUPS} backups |",
        f"| {figures.FULL_DISK_RUNS} runs |",
        f"| {figures.BYTE_FLIPS} flips |",
        f"({figures.BYTE_FLIPS - figures.INDEX_FLIPS}) and in its index pages ({figures.INDEX_FLIPS})",
        f"| {figures.FUZZED_INPUTS} inputs |",
        f"| {classes} classes that were tracebacks, {len(OTHERS)} more kinds of file",
    ):
        assert quoted in text, quoted
