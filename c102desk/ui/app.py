"""Start the desktop application: QApplication, the local store (with plain-words errors), the main window."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

# The store before PySide6: once PySide6 is imported, shiboken's import hook inspects every module imported
# after it, and the store's dependencies are many (~60 ms at start-up; docs/performance.md).
from c102desk.store import Store, StoreBusyError, StoreDamagedError, StoreError, StoreMissingError  # isort: skip
from c102desk.store.paths import data_dir as store_folder  # isort: skip

from PySide6.QtCore import QCoreApplication, QSettings, QTimer  # isort: skip
from PySide6.QtGui import QIcon  # isort: skip
from PySide6.QtWidgets import QApplication, QLabel, QWidget  # isort: skip

from c102desk import __version__, logs
from c102desk.resources import resource_path
from c102desk.ui import qt_logging
from c102desk.ui.i18n import Translators, initial_language
from c102desk.ui.single_instance import InstanceMessages, Request, RequestWatcher, bring_to_front, claim_library
from c102desk.ui.widgets.store_messages import DamagedChoice, StoreMessages
from c102desk.ui.widgets.style import apply_style

if TYPE_CHECKING:
    from c102desk.ui.main_window import MainWindow

log = logging.getLogger(__name__)

ORGANISATION = "c102desk"
APPLICATION = "c102desk"


def application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication, named and styled (names first: settings and standard paths depend on them)."""
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(__version__)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv[:1])
    app.setApplicationDisplayName("c102desk")
    app.setWindowIcon(application_icon())
    apply_style(app)
    return app


def application_icon() -> QIcon:
    """The icon at every size it was drawn at (crisp in task bars and title bars), and the SVG for any other."""
    icon = QIcon()
    for png in sorted(resource_path("icons", "hicolor").glob("*/apps/c102desk.png")):
        icon.addFile(str(png))
    svg = resource_path("icons", "c102desk.svg")
    if svg.is_file():
        icon.addFile(str(svg))
    return icon


def open_store(data_dir: str | Path | None, messages: StoreMessages) -> Store | None:
    """Open the local store; each known problem is explained (store_messages.py): a damaged, missing or empty
    store offers its newest good backup, a busy one to try again, a read-only one is opened for reading.

    The full integrity check is left for after the first paint (``Store.verify``, run by the main window).
    Returns ``None`` when the user chooses to quit (or nothing can be done).
    """
    while True:
        try:
            store = Store.open(data_dir, check="quick")
        except (StoreDamagedError, StoreMissingError) as lost:
            return _recover(data_dir, lost, messages)
        except StoreBusyError as busy:
            if messages.busy(None, busy):
                continue
            return None
        except Exception as exc:
            log.exception("could not open the store")
            messages.cannot_open(None, exc)
            return None
        if store.read_only:
            messages.read_only(None, store.read_only)
        return store


def _recover(data_dir: str | Path | None, lost: StoreDamagedError | StoreMissingError,
             messages: StoreMessages) -> Store | None:
    choice = messages.damaged(None, lost)
    if choice is DamagedChoice.QUIT:
        return None
    try:
        if choice is DamagedChoice.RESTORE and lost.newest_good_backup is not None:
            return Store.recover(data_dir, lost.newest_good_backup.name, check="quick")
        return Store.open(data_dir, check="quick", start_empty=True)  # the user chose an empty library
    except Exception as exc:  # shown to the user; the program cannot go on
        log.exception("could not recover the store")
        messages.cannot_open(None, exc)
        return None


QUIT_AFTER_ENV = "C102DESK_QUIT_AFTER_MS"


def _quit_after_if_asked(window: QWidget) -> None:
    """For smoke tests of the frozen app: close the window after the given number of milliseconds."""
    raw = os.environ.get(QUIT_AFTER_ENV, "")
    if raw.isdigit():
        QTimer.singleShot(int(raw), window.close)


def run_app(data_dir: str | None, open_files: Sequence[str] = (),
            instance_messages: InstanceMessages | None = None) -> int:
    """``c102desk [FILE…]`` without a command: the main window on the local store, opening ``open_files``
    (assessment files are imported and opened, report PDFs verified). Returns the exit status.

    One program per library: when another one already has it open, the files are handed to that one and its
    window comes to the front (``single_instance``). Everything that goes wrong while it runs is written to the
    log (``c102desk.logs``), Qt's messages included.
    """
    logs.setup()
    try:
        return _run(data_dir, list(open_files), instance_messages or InstanceMessages())
    finally:
        qt_logging.uninstall()
        logs.shutdown()


def _run(data_dir: str | None, open_files: list[str], instance_messages: InstanceMessages) -> int:
    from c102desk.ui.main_window import MainWindow

    app = application()
    qt_logging.install(QApplication.activeWindow, app)
    settings = QSettings()
    translators = Translators(app)
    translators.switch(initial_language(settings))  # before any window: the store's messages are translated too
    log.info("interface language: %s", translators.language)
    try:
        folder = store_folder(data_dir)
    except (OSError, StoreError) as exc:  # a data folder that cannot be one (store.DataFolderError)
        StoreMessages().cannot_open(None, exc)
        return 1
    claim = claim_library(folder, open_files, instance_messages)
    if claim.lock is None:
        return 0 if claim.handed_over else 1
    try:
        store = open_store(data_dir, StoreMessages())
        if store is None:
            return 1
        try:
            window = MainWindow(store, translators=translators, settings=settings)
            if not store.read_only:  # a read-only folder takes no requests (nor a lock: single_instance.py)
                requests = RequestWatcher(folder, window)
                requests.requested.connect(lambda request: _answer(window, request))
            window.show()
            _warn_if_on_network(window, folder, translators.language)
            if open_files:
                QTimer.singleShot(0, window, lambda: window.open_files(open_files))
            _quit_after_if_asked(window)
            app.exec()
        finally:
            store.close()
    finally:
        claim.lock.release()
    return 0


def _warn_if_on_network(window: MainWindow, folder: Path, language: str) -> None:
    """A library on a network file system can be damaged there (network_fs.py): say so for as long as the window
    is open (a permanent part of the status bar, which menus' status tips do not erase; the whole warning as its
    tooltip), and in the log."""
    from c102desk.network_fs import network_notice

    notice = network_notice(folder)
    if notice is not None:
        short, warning = notice
        log.warning("%s", warning)
        label = QLabel(short.render(language), window)
        label.setObjectName("networkFileSystemWarning")
        label.setToolTip(warning.render(language))
        label.setAccessibleDescription(warning.render(language))
        window.statusBar().addPermanentWidget(label)


def _answer(window: MainWindow, request: Request) -> None:
    """Another start on this library: come to the front, open what it was given."""
    bring_to_front(window)
    if request.files:
        window.open_files(list(request.files))
