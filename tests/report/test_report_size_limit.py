"""A file far larger than any report is refused before it is read: one sentence, exit 2, nothing imported."""

from __future__ import annotations

from pathlib import Path

import pytest

from c102desk.cli import main
from c102desk.report import verification
from c102desk.report.verification import read_report
from c102desk.signing.verify import NotASignedReportError


@pytest.fixture
def small_limit(monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(verification, "MAX_REPORT_BYTES", 1024)
    return 1024


def test_a_file_over_the_limit_is_refused_without_being_read(tmp_path: Path, small_limit: int) -> None:
    big = tmp_path / "big.pdf"
    big.write_bytes(b"%PDF-1.7\n" + b"0" * small_limit)
    with pytest.raises(NotASignedReportError, match="far larger than any c102desk report"):
        read_report(big)


def test_a_file_at_the_limit_is_read(tmp_path: Path, small_limit: int) -> None:
    exact = tmp_path / "exact.pdf"
    exact.write_bytes(b"0" * small_limit)
    assert len(read_report(exact)) == small_limit


def test_a_folder_named_like_a_report_is_one_sentence(tmp_path: Path) -> None:
    folder = tmp_path / "folder.pdf"
    folder.mkdir()
    with pytest.raises(NotASignedReportError, match="folder"):
        read_report(folder)


@pytest.mark.parametrize("command", ["verify", "import"])
def test_the_command_line_refuses_it_with_exit_2(tmp_path: Path, small_limit: int, command: str,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    big = tmp_path / "big.pdf"
    big.write_bytes(b"%PDF-1.7\n" + b"0" * small_limit)
    args = [command, str(big)] + (["--data-dir", str(tmp_path / "data")] if command == "import" else [])
    assert main(args) == 2
    error = capsys.readouterr().err
    assert "far larger than any c102desk report" in error and "Traceback" not in error
