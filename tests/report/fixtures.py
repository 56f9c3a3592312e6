"""Session fixtures shared by the report and signing tests: one signing identity and one signed report per
example, built once (a report takes about a second)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from c102desk.resources import resource_path
from c102desk.signing.identity import Identity, create_identity

EXAMPLES = ("northland-all-parts", "midland-three-parts", "southland-blocked")
PASSPHRASE = b"correct horse battery staple"
SIGNER_NAME = "Amélie Núñez-Çelik"


def example_path(name: str) -> Path:
    return resource_path("examples", f"{name}.c102.json")


# tests/report and tests/signing each import these fixtures into their conftest, which makes two fixture
# definitions; the module-level caches keep it to one identity and one build of each report per session.
_IDENTITY: list[Identity] = []
_REPORTS: dict[tuple[str, str], Path] = {}


@pytest.fixture(scope="session")
def identity(tmp_path_factory: pytest.TempPathFactory) -> Identity:
    if not _IDENTITY:
        _IDENTITY.append(_create(tmp_path_factory))
    return _IDENTITY[0]


def _create(tmp_path_factory: pytest.TempPathFactory) -> Identity:
    folder = tmp_path_factory.mktemp("identity")
    return create_identity(folder / "signer.p12", PASSPHRASE, name=SIGNER_NAME,
                           organisation="Ministère du Travail et de la Sécurité sociale", country="SN",
                           email="amelie@example.org", role="Chargée de mission")


@pytest.fixture(scope="session")
def passphrase_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pass") / "passphrase.txt"
    path.write_text(PASSPHRASE.decode() + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def signed_report(tmp_path_factory: pytest.TempPathFactory, identity: Identity, passphrase_file: Path,
                  ) -> Callable[[str, str], Path]:
    """``signed_report(example, lang)``: the path of a signed report written by ``c102desk report --sign``."""
    from c102desk.cli import main

    folder = tmp_path_factory.mktemp("reports")
    made = _REPORTS

    def make(example: str, lang: str = "en") -> Path:
        if (example, lang) not in made:
            out = folder / f"{example}-{lang}.pdf"
            status = main(["report", str(example_path(example)), "--out", str(out), "--lang", lang,
                           "--sign", str(identity.path), "--passphrase-file", str(passphrase_file),
                           "--role", "Chargée de mission"])
            assert status == 0
            made[(example, lang)] = out
        return made[(example, lang)]

    return make
