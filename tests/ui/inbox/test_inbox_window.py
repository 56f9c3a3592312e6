"""Received reports…: the folder verified off the GUI thread with a progress bar and Cancel, the table with its
filters, opening and importing a report (never an altered one, an unsigned one only when confirmed), the
user's regions, the exports and the summary from the table, and the chart."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThread, QUrl
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from c102desk.inbox.entry import PARTS, Verdict
from c102desk.store import Store
from c102desk.ui.inbox.chart_view import bar_colour
from c102desk.ui.inbox.table_model import COUNTRY, FIRST_PART, RATIFICATION, REPORT, SIGNERS, VERIFICATION
from c102desk.ui.inbox.window import InboxWindow
from c102desk.ui.main_window import MainWindow
from tests.inbox.fixtures import ALTERED, NOT_A_PDF, Received
from tests.ui.conftest import ScriptedPrompts

TIMEOUT = 60_000


@pytest.fixture
def opened(qtbot: QtBot, prompts: ScriptedPrompts, data_dir: Path) -> Iterator[tuple[InboxWindow, list[QUrl]]]:
    urls: list[QUrl] = []
    def open_url(url: QUrl) -> bool:
        urls.append(url)
        return True

    inbox = InboxWindow(data_dir, prompts, open_url=open_url)
    qtbot.addWidget(inbox)
    yield inbox, urls
    inbox.cancel()
    inbox.wait_for_scan()
    inbox.runner.wait_for_done()


def load(qtbot: QtBot, inbox: InboxWindow, folder: Path) -> None:
    with qtbot.waitSignal(inbox.model.rowsInserted, timeout=TIMEOUT, raising=False):
        inbox.load_folder(folder)
    assert inbox.scanner is not None
    qtbot.waitUntil(lambda: not inbox.is_scanning(), timeout=TIMEOUT)
    inbox.wait_for_scan()


def row_of(inbox: InboxWindow, name: str) -> int:
    assert inbox.select_file(name), name
    return inbox.table.currentIndex().row()


def cell(inbox: InboxWindow, row: int, column: int) -> str:
    return str(inbox.proxy.index(row, column).data())


def test_every_file_is_listed_with_its_verification(qtbot: QtBot, opened: tuple[InboxWindow, list[QUrl]],
                                                    received_folder: Received) -> None:
    inbox, _ = opened
    seen_threads: list[QThread] = []
    inbox.model.rowsInserted.connect(lambda *_: seen_threads.append(QThread.currentThread()))
    load(qtbot, inbox, received_folder.folder)
    assert inbox.model.rowCount() == 7
    assert all(t is inbox.thread() for t in seen_threads)  # the rows reach the model on the GUI thread
    assert inbox.scanner is not None and inbox.scanner.isFinished()
    verdicts = {e.name: e.verdict for e in inbox.model.entries()}
    assert verdicts[ALTERED] is Verdict.ALTERED and verdicts["northland-draft.pdf"] is Verdict.UNSIGNED
    assert verdicts[NOT_A_PDF] is Verdict.NOT_A_REPORT
    row = row_of(inbox, "senegal-2026.pdf")
    assert cell(inbox, row, VERIFICATION) == "Intact" and cell(inbox, row, COUNTRY) == "Sénégal"
    assert "region: Africa" in str(inbox.proxy.index(row, COUNTRY).data(Qt.ItemDataRole.ToolTipRole))
    assert cell(inbox, row, REPORT).startswith("rev. 2 · ")
    assert cell(inbox, row, SIGNERS).endswith("; Kofi Mensah")
    assert "Workers' representative" in str(inbox.proxy.index(row, SIGNERS).data(Qt.ItemDataRole.ToolTipRole))
    assert cell(inbox, row, RATIFICATION) == "Possible"  # short under its heading; whole in the tooltip
    assert str(inbox.proxy.index(row, RATIFICATION).data(Qt.ItemDataRole.ToolTipRole)).startswith(
        "Ratification possible (Parts II")
    assert [cell(inbox, row, FIRST_PART + i) for i in range(len(PARTS))] == ["✓"] * len(PARTS)
    spoken = inbox.proxy.index(row, FIRST_PART).data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken == "Compliant"
    row = row_of(inbox, ALTERED)
    assert cell(inbox, row, VERIFICATION) == "Altered" and cell(inbox, row, COUNTRY) == "Chile"
    assert all(cell(inbox, row, FIRST_PART + i) == "" for i in range(len(PARTS)))
    assert cell(inbox, row, RATIFICATION) == "—"
    assert "changed after" in inbox.details.text()
    inbox.model.set_language("fr")  # the words of every cell follow the language (none kept from before)
    assert cell(inbox, row, VERIFICATION) == "Modifié"
    inbox.model.set_language("en")
    assert "7 files: Intact: 4, Altered: 1, Unsigned: 1, Not a report: 1" in inbox.count_label.text()


def test_the_filters_by_status_region_and_words(qtbot: QtBot, opened: tuple[InboxWindow, list[QUrl]],
                                                received_folder: Received) -> None:
    inbox, _ = opened
    load(qtbot, inbox, received_folder.folder)
    inbox.status_filter.setCurrentIndex(inbox.status_filter.findData("intact"))
    assert sorted(e.name for e in inbox.visible_entries()) == [
        "chile-2026.pdf", "senegal-2025.pdf", "senegal-2026.pdf", "viet-nam.pdf"]
    inbox.region_filter.setCurrentIndex(inbox.region_filter.findData("africa"))
    assert sorted(e.name for e in inbox.visible_entries()) == ["senegal-2025.pdf", "senegal-2026.pdf"]
    assert "2 shown of 7 files" in inbox.count_label.text()
    inbox.status_filter.setCurrentIndex(0)
    inbox.region_filter.setCurrentIndex(inbox.region_filter.findData(""))  # Region unknown
    assert sorted(e.name for e in inbox.visible_entries()) == ["northland-draft.pdf", NOT_A_PDF]
    inbox.region_filter.setCurrentIndex(0)
    inbox.search.setText("viet")
    assert [e.name for e in inbox.visible_entries()] == ["viet-nam.pdf"]


def test_return_opens_the_report_in_the_system_viewer(qtbot: QtBot, opened: tuple[InboxWindow, list[QUrl]],
                                                      received_folder: Received) -> None:
    inbox, urls = opened
    load(qtbot, inbox, received_folder.folder)
    inbox.show()
    qtbot.waitExposed(inbox)
    row_of(inbox, "chile-2026.pdf")
    inbox.table.setFocus()
    qtbot.waitUntil(inbox.table.hasFocus)
    QTest.keyClick(inbox.table, Qt.Key.Key_Down)  # the next row
    moved = inbox.selected()
    assert moved is not None and moved.name != "chile-2026.pdf"
    QTest.keyClick(inbox.table, Qt.Key.Key_Return)
    assert urls == [QUrl.fromLocalFile(str(moved.path))]


def test_import_goes_through_the_library_and_never_takes_an_altered_report(
        qtbot: QtBot, window: MainWindow, store: Store, prompts: ScriptedPrompts, received_folder: Received) -> None:
    inbox = window.received_reports()
    assert isinstance(inbox, InboxWindow)
    try:
        load(qtbot, inbox, received_folder.folder)
        row_of(inbox, ALTERED)
        assert not inbox.import_button.isEnabled()
        inbox.import_selected()  # even asked directly, nothing is imported
        assert store.list_assessments() == []
        row_of(inbox, "senegal-2026.pdf")
        assert inbox.import_button.isEnabled()
        with qtbot.waitSignal(window.library.imported, timeout=TIMEOUT) as imported:
            inbox.import_button.click()
        assert [a.id for a in store.list_assessments()] == [imported.args[0]]
        assert imported.args[0] == received_folder.ids["senegal-2026.pdf"]
        assert inbox.last_imported == imported.args[0]
        # an unsigned report: the library asks first, and a "no" imports nothing
        prompts.confirm_answer = False
        row_of(inbox, "northland-draft.pdf")
        with qtbot.waitSignal(window.library.failed, timeout=TIMEOUT):
            inbox.import_button.click()
        assert any(q.startswith("confirm:northland-draft.pdf carries no signature") for q in prompts.asked)
        assert len(store.list_assessments()) == 1
    finally:
        inbox.close()


def test_the_same_window_comes_back(qtbot: QtBot, window: MainWindow) -> None:
    first = window.received_reports()
    assert window.received_reports() is first
    first.close()


def test_cancel_stops_between_two_files(qtbot: QtBot, opened: tuple[InboxWindow, list[QUrl]],
                                        received_folder: Received) -> None:
    inbox, _ = opened
    inbox.load_folder(received_folder.folder)
    assert inbox.scanner is not None  # cancelled as soon as the first report is verified (one takes ~0.1 s)
    inbox.scanner.found.connect(lambda _entry: inbox.cancel())
    assert inbox.progress_box.isVisibleTo(inbox)
    qtbot.waitUntil(lambda: not inbox.is_scanning(), timeout=TIMEOUT)
    assert not inbox.progress_box.isVisibleTo(inbox)
    assert 1 <= inbox.model.rowCount() < 7
    assert "Stopped after" in inbox.count_label.text()


def test_a_folder_that_cannot_be_read_is_said(qtbot: QtBot, opened: tuple[InboxWindow, list[QUrl]],
                                              prompts: ScriptedPrompts, tmp_path: Path) -> None:
    inbox, _ = opened
    inbox.load_folder(tmp_path / "gone")
    qtbot.waitUntil(lambda: bool(prompts.errors), timeout=TIMEOUT)
    [(title, error)] = prompts.errors
    assert title == "The folder cannot be read" and "no such folder" in str(error)
    assert not inbox.progress_box.isVisibleTo(inbox)


def test_set_region_puts_a_country_in_the_users_group(qtbot: QtBot, prompts: ScriptedPrompts, data_dir: Path,
                                                      received_folder: Received) -> None:
    answers = ["Pilot countries"]
    inbox = InboxWindow(data_dir, prompts, region_asker=lambda *_args: answers.pop())
    qtbot.addWidget(inbox)
    load(qtbot, inbox, received_folder.folder)
    row_of(inbox, "northland-draft.pdf")
    assert "(region: Region unknown)" in inbox.details.text()
    inbox.region_button.click()
    assert (data_dir / "regions.yaml").read_text(encoding="utf-8").count("Pilot countries") == 1
    row_of(inbox, "northland-draft.pdf")
    assert "(region: Pilot countries)" in inbox.details.text()
    assert inbox.region_filter.findData("Pilot countries") > 0


@pytest.mark.slow
def test_export_and_summary_from_the_table(qtbot: QtBot, opened: tuple[InboxWindow, list[QUrl]],
                                           prompts: ScriptedPrompts, received_folder: Received,
                                           tmp_path: Path) -> None:
    import openpyxl  # type: ignore[import-untyped]

    inbox, _ = opened
    load(qtbot, inbox, received_folder.folder)
    inbox.region_filter.setCurrentIndex(inbox.region_filter.findData("africa"))
    prompts.save_target = str(tmp_path / "africa.xlsx")
    inbox.choose_export()
    qtbot.waitUntil(lambda: inbox.exported is not None, timeout=TIMEOUT)
    book = openpyxl.load_workbook(tmp_path / "africa.xlsx")
    sources = [r[0] for r in book["assessments"].iter_rows(min_row=2, values_only=True)]
    assert sorted(sources) == ["senegal-2025.pdf", "senegal-2026.pdf"]  # the intact reports shown
    assert "Exported 2 intact reports" in inbox.count_label.text()
    prompts.save_target = str(tmp_path / "summary.pdf")
    inbox.choose_summary()
    qtbot.waitUntil(lambda: inbox.summary_written is not None, timeout=TIMEOUT)
    assert (tmp_path / "summary.pdf").read_bytes().startswith(b"%PDF-")


def test_a_report_changed_after_verification_is_left_out_of_the_export(
        qtbot: QtBot, opened: tuple[InboxWindow, list[QUrl]], received_folder: Received, tmp_path: Path) -> None:
    inbox, _ = opened
    load(qtbot, inbox, received_folder.folder)
    received_folder.path("viet-nam.pdf").write_bytes(received_folder.path("chile-2026.pdf").read_bytes())
    inbox.export_to(tmp_path / "out.csv")
    qtbot.waitUntil(lambda: inbox.exported is not None, timeout=TIMEOUT)
    assert "Left out, changed since they were verified: viet-nam.pdf" in inbox.count_label.text()
    assert "viet-nam.pdf" not in (tmp_path / "out-assessments.csv").read_text(encoding="utf-8-sig")


def test_the_chart_is_drawn_and_a_countrys_revisions_listed(qtbot: QtBot, opened: tuple[InboxWindow, list[QUrl]],
                                                            received_folder: Received) -> None:
    inbox, _ = opened
    load(qtbot, inbox, received_folder.folder)
    row_of(inbox, "senegal-2025.pdf")
    inbox.tabs.setCurrentIndex(1)
    picture = inbox.picture
    assert picture.chart.counts is not None and picture.chart.counts.countries == 3
    assert picture.country.currentData() == "SN"
    table = picture.revisions
    assert table.columnCount() == 2
    texts = [[table.item(row, column).text() for column in range(2)] for row in range(2)]  # type: ignore[union-attr]
    assert texts[1] == ["Not compliant", "Compliant"]  # Part III, oldest report first
    picture.chart.resize(picture.chart.sizeHint())
    image: QImage = picture.chart.grab().toImage()
    colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)}
    assert bar_colour("compliant").name() in colours and bar_colour("not_compliant").name() in colours
    assert "Part II — Medical Care: Compliant 3" in picture.chart.accessibleDescription()
    assert QColor(bar_colour("not_assessed")).name() in colours
