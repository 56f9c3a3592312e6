"""The app says so in its status bar when its library is on a network file system (c102desk/network_fs.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from c102desk import network_fs
from c102desk.cli import main
from c102desk.ui.main_window import MainWindow


def test_the_window_warns_about_a_library_on_a_network_share(qtbot: QtBot, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    data_dir = tmp_path / "data"
    mountinfo = tmp_path / "mountinfo"
    mountinfo.write_text("22 1 8:1 / / rw - ext4 /dev/sda1 rw\n"
                         f"43 22 0:42 / {tmp_path.resolve()} rw - nfs4 srv:/x rw\n")
    monkeypatch.setattr(network_fs, "MOUNTINFO", mountinfo)
    shown: list[str] = []

    def read_and_close() -> None:
        for window in [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]:
            label = window.statusBar().findChild(QLabel, "networkFileSystemWarning")
            assert label is not None
            shown.extend([label.text(), label.toolTip()])
            window.close()
            window.deleteLater()

    QTimer.singleShot(0, read_and_close)
    try:
        assert main(["--data-dir", str(data_dir)]) == 0
    finally:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.setStyleSheet("")
    short, full = shown
    assert short == "Library on a network drive (nfs4): it can be damaged there"
    assert "is on a network file system (nfs4)" in full and str(data_dir) in full
