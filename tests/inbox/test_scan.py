# mypy: disable-error-code="import-untyped"
# (reportlab ships no type information)
"""The inbox verifies every file of a folder with the one verifier of reports and says what each one is."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from c102desk.inbox.entry import Verdict, read_entry
from c102desk.inbox.scan import InboxFolderError, inbox_files, scan
from c102desk.regions import Regions
from tests.inbox.fixtures import ALTERED, NOT_A_PDF, Received


def by_name(folder: Path) -> dict[str, object]:
    return {entry.name: entry for entry in scan(folder)}


def test_every_file_gets_its_verdict(received_folder: Received) -> None:
    entries = list(scan(received_folder.folder))
    verdicts = {e.name: e.verdict for e in entries}
    assert verdicts == {
        "chile-2026.pdf": Verdict.INTACT, ALTERED: Verdict.ALTERED, "northland-draft.pdf": Verdict.UNSIGNED,
        NOT_A_PDF: Verdict.NOT_A_REPORT, "senegal-2025.pdf": Verdict.INTACT, "senegal-2026.pdf": Verdict.INTACT,
        "viet-nam.pdf": Verdict.INTACT,
    }
    assert [e.name for e in entries] == sorted(verdicts, key=str.casefold)


def test_an_intact_report_says_who_signed_and_what_it_assessed(received_folder: Received) -> None:
    entry = read_entry(received_folder.path("senegal-2026.pdf"))
    assert entry.verdict is Verdict.INTACT and not entry.problems
    assert [(s.number, s.role, s.certifies, s.ok) for s in entry.signers] == [
        (1, "Chargée de mission", True, True), (2, "Workers' representative", False, True)]
    assert entry.signers[1].name == "Kofi Mensah"
    assert all(len(s.fingerprint) == 95 and s.signing_time is not None for s in entry.signers)
    contents = entry.contents
    assert contents is not None
    assert (contents.country, contents.revision, contents.assessment_status) == ("Sénégal", 2, "final")
    assert contents.assessment_id == received_folder.ids["senegal-2026.pdf"]
    assert contents.language == "fr" and contents.day is not None
    assert set(contents.parts.values()) == {"compliant"} and len(contents.parts) == 13
    assert contents.ratification == "possible"
    assert contents.acceptable == ("II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")


def test_a_blocked_report_names_its_blockers(received_folder: Received) -> None:
    contents = read_entry(received_folder.path("chile-2026.pdf")).contents
    assert contents is not None
    assert contents.ratification == "not_possible"
    assert "XIII.FIN.EE50" in contents.blockers


def test_an_altered_report_is_listed_with_its_reasons_and_without_its_verdicts(received_folder: Received) -> None:
    entry = read_entry(received_folder.path(ALTERED))
    assert entry.verdict is Verdict.ALTERED
    assert entry.problems and "changed after" in " ".join(entry.problems)
    assert entry.signers and not entry.signers[0].ok
    assert entry.contents is not None and entry.contents.country == "Chile"  # which report it claims to be
    assert not entry.shows_verdicts


def test_a_flipped_byte_is_altered_too(received_folder: Received, tmp_path: Path) -> None:
    data = bytearray(received_folder.path("viet-nam.pdf").read_bytes())
    position = data.index(b"stream", len(data) // 4) + 40
    data[position] ^= 1
    (tmp_path / "flipped.pdf").write_bytes(bytes(data))
    assert read_entry(tmp_path / "flipped.pdf").verdict is Verdict.ALTERED


def test_an_unsigned_report_shows_its_claims_but_is_marked(received_folder: Received) -> None:
    entry = read_entry(received_folder.path("northland-draft.pdf"))
    assert entry.verdict is Verdict.UNSIGNED and not entry.signers
    assert entry.shows_verdicts and entry.contents is not None


def test_other_files_are_not_reports(received_folder: Received, tmp_path: Path) -> None:
    assert read_entry(received_folder.path(NOT_A_PDF)).verdict is Verdict.NOT_A_REPORT
    (tmp_path / "empty.pdf").write_bytes(b"")
    (tmp_path / "cut.pdf").write_bytes(received_folder.path("viet-nam.pdf").read_bytes()[:3000])
    (tmp_path / "plain.pdf").write_bytes(_plain_pdf())
    for name in ("empty.pdf", "cut.pdf", "plain.pdf"):
        entry = read_entry(tmp_path / name)
        assert entry.verdict in (Verdict.NOT_A_REPORT, Verdict.ALTERED), name
        assert entry.verdict is Verdict.NOT_A_REPORT or not entry.shows_verdicts
    assert read_entry(tmp_path / "plain.pdf").verdict is Verdict.NOT_A_REPORT


def _plain_pdf() -> bytes:
    import io

    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out)
    page.drawString(100, 700, "Not a report")
    page.save()
    return out.getvalue()


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads any file")
def test_a_file_that_cannot_be_read_is_unreadable(received_folder: Received) -> None:
    path = received_folder.path("viet-nam.pdf")
    path.chmod(0)
    try:
        assert read_entry(path).verdict is Verdict.UNREADABLE
    finally:
        path.chmod(0o644)


def test_hidden_and_temporary_files_are_left_out_and_subfolders_on_request(received_folder: Received) -> None:
    folder = received_folder.folder
    (folder / ".DS_Store").write_bytes(b"x")
    (folder / ".report.pdf.1a2b.tmp").write_bytes(b"x")
    sub = folder / "2024"
    sub.mkdir()
    (folder / "viet-nam.pdf").rename(sub / "viet-nam.pdf")
    top = [name for _, name in inbox_files(folder)]
    assert ".DS_Store" not in top and "viet-nam.pdf" not in top and "2024" not in top
    deep = [name for _, name in inbox_files(folder, recursive=True)]
    assert str(Path("2024") / "viet-nam.pdf") in deep


def test_a_folder_that_does_not_exist_or_is_a_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(InboxFolderError, match="no such folder"):
        list(scan(tmp_path / "missing"))
    (tmp_path / "file.pdf").write_bytes(b"%PDF-1.4")
    with pytest.raises(InboxFolderError, match="not a folder"):
        list(scan(tmp_path / "file.pdf"))


def test_the_scan_stops_between_two_files_when_cancelled(received_folder: Received) -> None:
    seen: list[object] = []
    for entry in scan(received_folder.folder, cancelled=lambda: len(seen) >= 2):
        seen.append(entry)
    assert len(seen) == 2


def test_regions_come_from_the_country_then_the_users_grouping(received_folder: Received) -> None:
    entries = {e.name: e for e in scan(received_folder.folder)}
    assert (entries["senegal-2025.pdf"].region, entries["senegal-2025.pdf"].iso) == ("africa", "SN")
    assert (entries["senegal-2026.pdf"].region, entries["senegal-2026.pdf"].iso) == ("africa", "SN")  # Sénégal
    assert entries["chile-2026.pdf"].region == "americas"
    assert (entries["viet-nam.pdf"].region, entries["viet-nam.pdf"].iso) == ("asia_pacific", "VN")
    assert entries["northland-draft.pdf"].region is None
    own = Regions({"Northland": "Pilot countries", "Chile": "Afrique"})
    regrouped = {e.name: e for e in scan(received_folder.folder, regions=own)}
    assert regrouped["northland-draft.pdf"].region == "Pilot countries"
    assert regrouped["chile-2026.pdf"].region == "africa"  # a user's group named like an ILO region is that one


def test_a_file_the_system_refuses_to_read_is_unreadable(received_folder: Received,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    path = received_folder.path("viet-nam.pdf")
    original = Path.open

    def refused(self: Path, *args: Any, **kwargs: Any) -> Any:
        if self == path:
            raise PermissionError(13, "Permission denied", str(self))
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refused)
    entry = read_entry(path)
    assert entry.verdict is Verdict.UNREADABLE and "Permission denied" in entry.problems[0]
