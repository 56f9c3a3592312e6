"""Write a real user's settings file for CI (issue 19): the test suite must pass with it in place and leave it
byte for byte as it was, which shows the tests read and write only their own temporary settings.

``python .ci/user_settings.py write`` writes the file the desktop application reads (QSettings' native format,
organisation and application of c102desk.ui.app, in the real user's folder), the way the application writes it:
Spanish as the interface language (i18n.save_language) and the geometry of a 1011x655 window
(QWidget.saveGeometry under GEOMETRY_KEY). It then reads the file back as the application does at start-up
and prints its path. A file already there is moved aside first, to ``<file>.before-ci``; ``.ci/run`` puts it
back afterwards.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QSettings, QSize
from PySide6.QtWidgets import QApplication, QWidget

from c102desk.ui.app import APPLICATION, ORGANISATION
from c102desk.ui.i18n import SETTINGS_KEY, normalise, save_language
from c102desk.ui.main_window import GEOMETRY_KEY

LANGUAGE = "es"
SIZE = QSize(1011, 655)
BACKUP_SUFFIX = ".before-ci"


def write() -> Path:
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    settings = QSettings()
    path = Path(settings.fileName())
    if path.exists():
        path.replace(path.with_name(path.name + BACKUP_SUFFIX))
        settings = QSettings()  # a fresh object: the one above has read the moved file
    window = QWidget()
    window.resize(SIZE)
    save_language(settings, LANGUAGE)
    settings.setValue(GEOMETRY_KEY, window.saveGeometry())
    settings.sync()
    if settings.status() != QSettings.Status.NoError or not path.is_file():
        raise SystemExit(f"could not write the user settings file {path}")
    reread = QSettings()
    if normalise(str(reread.value(SETTINGS_KEY, ""))) != LANGUAGE:
        raise SystemExit(f"{path} does not select {LANGUAGE}: the application would not read it")
    if reread.value(GEOMETRY_KEY) != window.saveGeometry():  # (restoring it here would shrink it to the
        raise SystemExit(f"{path} does not hold the window's geometry")  # offscreen screen's 800x600)
    del app
    return path


if __name__ == "__main__":
    if sys.argv[1:] != ["write"]:
        raise SystemExit("usage: python .ci/user_settings.py write")
    print(write())
