"""A folder of received reports, built once per test session by the production code: signed reports of three
countries (one of them in two revisions, one co-signed), one altered after signing, one unsigned, and a file that
is not a PDF. ``received_folder`` copies it into each test's own temporary folder."""

from __future__ import annotations

import json
import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from c102desk.assessment.file_format import parse_assessment
from c102desk.resources import resource_path
from c102desk.signing.identity import Identity
from tests.report.fixtures import identity
from tests.signing.forge import make_identity, overlay_page

__all__ = ["RECEIVED", "Received", "identity", "received_folder", "received_master"]


@dataclass(frozen=True)
class Report:
    file: str
    example: str
    country: str
    revision: int
    signed: bool = True
    lang: str = "en"


# Senegal sent two revisions (the first could ratify with three Parts; the second meets every Part), Chile one
# blocked by the employees' share of the cost (Art 71(2)), and Viet Nam one in French.
RECEIVED = (
    Report("senegal-2025.pdf", "midland-three-parts", "Senegal", 1),
    Report("senegal-2026.pdf", "northland-all-parts", "Sénégal", 2, lang="fr"),
    Report("chile-2026.pdf", "southland-blocked", "Chile", 1, lang="es"),
    Report("viet-nam.pdf", "midland-three-parts", "Viet Nam", 1),
    Report("northland-draft.pdf", "northland-all-parts", "Northland (fictional)", 1, signed=False),
)
ALTERED = "chile-2026-altered.pdf"  # the Chile report with a page painted over after signing
NOT_A_PDF = "notes.txt"


@dataclass(frozen=True)
class Received:
    folder: Path
    ids: dict[str, str]  # file → assessment id

    def path(self, name: str) -> Path:
        return self.folder / name


def assessment_file(report: Report, assessment_id: str) -> bytes:
    raw: dict[str, Any] = json.loads(resource_path("examples", f"{report.example}.c102.json").read_text("utf-8"))
    raw["country"] = report.country
    raw["assessment"] = {"id": assessment_id, "status": "final", "revision": report.revision,
                         "previous_revision_id": None, "created": "2025-01-10T09:00:00Z",
                         "changed": "2025-06-01T09:00:00Z"}
    return (json.dumps(raw, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def build(report: Report, assessment_id: str, author: Identity, cosigner: Identity | None = None) -> bytes:
    from c102desk.report.builder import build_report
    from c102desk.report.model import signer_info
    from c102desk.report.signatures import cosign_report, sign_report

    raw = assessment_file(report, assessment_id)
    assessment = parse_assessment(raw, report.file)
    if not report.signed:
        return build_report(assessment, lang=report.lang, source=raw)
    pdf = build_report(assessment, lang=report.lang, signer=signer_info(author, "Chargée de mission"), source=raw)
    pdf = sign_report(pdf, author, role="Chargée de mission", lang=report.lang)
    if cosigner is not None:
        pdf, _check = cosign_report(pdf, cosigner, role="Workers' representative")
    return pdf


_MASTER: list[Received] = []


@pytest.fixture(scope="session")
def received_master(tmp_path_factory: pytest.TempPathFactory, identity: Identity) -> Received:
    if not _MASTER:
        folder = tmp_path_factory.mktemp("received")
        workers = make_identity(tmp_path_factory.mktemp("cosigner"), "Kofi Mensah")
        ids: dict[str, str] = {}
        senegal = str(uuid.UUID(int=1))
        for number, report in enumerate(RECEIVED, start=2):
            ids[report.file] = senegal if report.country in ("Senegal", "Sénégal") else str(uuid.UUID(int=number))
            pdf = build(report, ids[report.file], identity, workers if report.file == "senegal-2026.pdf" else None)
            (folder / report.file).write_bytes(pdf)
        (folder / ALTERED).write_bytes(overlay_page((folder / "chile-2026.pdf").read_bytes()))
        ids[ALTERED] = ids["chile-2026.pdf"]
        (folder / NOT_A_PDF).write_text("Received by post on 3 March.\n", encoding="utf-8")
        _MASTER.append(Received(folder, ids))
    return _MASTER[0]


@pytest.fixture
def received_folder(received_master: Received, tmp_path: Path) -> Received:
    """A copy of the received folder that the test may change."""
    folder = tmp_path / "received"
    shutil.copytree(received_master.folder, folder)
    return Received(folder, dict(received_master.ids))
