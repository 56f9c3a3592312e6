"""Help ▸ About c102desk lists the third-party software with its licences and has "About Qt"; Help ▸ Show Log
Folder opens the log folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from c102desk import __version__, logs
from c102desk.ui import qt_logging
from c102desk.ui.about_dialog import AboutDialog
from c102desk.ui.main_window import MainWindow


def test_about_lists_the_third_party_software_and_shows_each_licence(qtbot: QtBot, window: MainWindow) -> None:
    dialog = window.show_about()
    qtbot.addWidget(dialog)
    assert isinstance(dialog, AboutDialog)
    names = [dialog.table.topLevelItem(i).text(0) for i in range(dialog.table.topLevelItemCount())]  # type: ignore[union-attr]
    for expected in ("Qt 6 and PySide6 (Qt for Python)", "DejaVu fonts", "ReportLab", "pyHanko", "SQLAlchemy"):
        assert expected in names
    assert "Python" not in names  # listed only in the self-contained installers, which ship it
    assert "tzdata" not in names  # not installed here (Windows only)
    assert __version__ in dialog.heading.text() and "MIT" in dialog.summary.text()
    assert str(window.store.folder) in dialog.places.text() and str(logs.log_dir()) in dialog.places.text()

    qt = dialog.table.topLevelItem(0)
    assert qt is not None and qt.text(2) == "LGPL-3.0-only" and qt.text(1)  # the installed version
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in dialog.licence_text.toPlainText()
    reportlab = dialog.table.topLevelItem(names.index("ReportLab"))
    assert reportlab is not None
    dialog.table.setCurrentItem(reportlab)
    assert "ReportLab Inc." in dialog.licence_text.toPlainText()
    assert "Redistributions" in dialog.licence_text.toPlainText()  # its BSD text, from the installed package
    dialog.close()


def test_about_qt_is_one_click_away(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[bool] = []
    monkeypatch.setattr(QApplication, "aboutQt", lambda: asked.append(True))
    dialog = AboutDialog(None)
    qtbot.addWidget(dialog)
    dialog.about_qt_button.click()
    assert asked == [True]
    assert dialog.about_qt_button.text().replace("&", "") == "About Qt"


def test_help_show_log_folder_opens_the_log_folder(window: MainWindow, monkeypatch: pytest.MonkeyPatch,
                                                   tmp_path: Path) -> None:
    opened: list[QUrl] = []
    monkeypatch.setenv(logs.LOG_DIR_ENV, str(tmp_path / "logs"))

    def record(url: QUrl) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr(qt_logging, "open_url", record)
    assert window.log_folder_action in window.help_menu.actions()
    assert window.log_folder_action.text().replace("&", "") == "Show Log Folder"
    window.log_folder_action.trigger()
    assert opened == [QUrl.fromLocalFile(str(tmp_path / "logs"))]
    assert (tmp_path / "logs").is_dir()
