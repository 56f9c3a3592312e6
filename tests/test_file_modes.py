"""Files written for colleagues (exports, reports) get the mode the user's umask gives any new file; the signing
key stays private whatever the umask."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from c102desk.cli import main
from c102desk.files import default_file_mode
from c102desk.store import Store
from tests.report.fixtures import example_path

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


@pytest.fixture
def umask() -> Iterator[Callable[[int], None]]:
    def set_umask(value: int) -> None:
        os.umask(value)

    previous = os.umask(0o022)
    try:
        yield set_umask
    finally:
        os.umask(previous)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize(("mask", "expected"), [(0o022, 0o644), (0o002, 0o664), (0o077, 0o600)])
def test_exports_and_reports_follow_the_umask(mask: int, expected: int, umask: Callable[[int], None],
                                              tmp_path: Path) -> None:
    umask(mask)
    assert default_file_mode() == expected
    with Store.open(tmp_path / "data") as store:
        assessment_id = store.import_file(example_path("midland-three-parts"))
        store.export_file(assessment_id, tmp_path / "export.c102.json")
    assert _mode(tmp_path / "export.c102.json") == expected
    assert main(["report", str(example_path("midland-three-parts")), "--out", str(tmp_path / "r.pdf")]) == 0
    assert _mode(tmp_path / "r.pdf") == expected


def test_the_signing_key_stays_private_with_an_open_umask(umask: Callable[[int], None], tmp_path: Path) -> None:
    umask(0o002)
    secret = tmp_path / "pass.txt"
    secret.write_text("a long enough passphrase\n", encoding="utf-8")
    assert main(["keys", "create", "--name", "A", "--organisation", "B", "--country", "SN", "--passphrase-file",
                 str(secret), "--out", str(tmp_path / "id.p12")]) == 0
    assert _mode(tmp_path / "id.p12") == 0o600
