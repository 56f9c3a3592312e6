"""File ▸ Team server…: sync the library with the team store (docs/team-server.md, "In the app").

The address and the PostgreSQL role are remembered in the window's settings; the password never is — it is kept
in the system keyring when the ``keyring`` module is there, else asked each time. The address with the password
in it exists only in memory, for the one sync (never logged, never shown). The sync runs in the page's worker
runner; its result is said in words here, and the conflicts it left are listed, each with Keep mine / Take
theirs, for "Apply and sync"."""

from __future__ import annotations

import contextlib
import getpass
import importlib
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, urlsplit

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from c102desk.i18n import Msg, colon
from c102desk.questionnaire import load_questionnaire
from c102desk.report.model import format_value
from c102desk.sync.engine import KEEP_LOCAL, KEEP_REMOTE, SyncConflict, SyncReport, sync
from c102desk.sync.remote import POSTGRES_SCHEMES, open_remote
from c102desk.team.compare import FIELD_KEYS, question_words

if TYPE_CHECKING:
    from c102desk.store import Store
    from c102desk.ui.library.library_page import LibraryPage

ADDRESS_KEY, ROLE_KEY = "team_server/address", "team_server/role"
KEYRING_SERVICE = "c102desk team server"


def server_url(address: str, role: str, password: str = "") -> str:
    """The address to open: ``role`` (and ``password``) put into a PostgreSQL address, percent-encoded. Only in
    memory: never saved, never logged. A data folder's address (sqlite:///…) takes neither."""
    given = address.strip()
    parts = urlsplit(given)
    if parts.scheme.lower() not in POSTGRES_SCHEMES or not role.strip():
        return given
    user = quote(role.strip(), safe="")
    if password:
        user += ":" + quote(password, safe="")
    return parts._replace(netloc=f"{user}@{parts.netloc.rpartition('@')[2]}").geturl()


def run_sync(store: Store, url: str, shown: str, who: str, choices: dict[tuple[str, str], str]) -> SyncReport:
    """The worker thread's work: open the team store, sync, close it. ``shown`` (the address without the
    password) names the team store in the laptop's record of the last sync."""
    with open_remote(url, store.folder) as remote:
        return sync(store, remote, who, server=shown, choices=choices)


def _keyring() -> Any | None:
    try:
        return importlib.import_module("keyring")  # optional: not a dependency of c102desk
    except ImportError:
        return None


class TeamServerDialog(QDialog):
    def __init__(self, page: LibraryPage, settings: QSettings | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.settings = settings
        self.keyring = _keyring()
        self.questionnaire = load_questionnaire()
        self.conflicts: list[SyncConflict] = []
        self.report: SyncReport | None = None
        self._busy = self._closing = False
        self.setObjectName("teamServerDialog")
        self.setWindowTitle(self.tr("Team server"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Send this laptop's changes to the team store and bring the others' here, "
                               "answer by answer."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.address = QLineEdit()
        self.address.setPlaceholderText("postgresql://server/c102desk")
        self.role = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Server &address:"), self.address)
        form.addRow(self.tr("&User name (PostgreSQL role):"), self.role)
        form.addRow(self.tr("&Password:"), self.password)
        layout.addLayout(form)
        note = (self.tr("The password is kept in the system keyring.") if self.keyring is not None
                else self.tr("The password is not saved: you will be asked each time."))
        self.password_note = QLabel(note)
        self.password_note.setWordWrap(True)
        layout.addWidget(self.password_note)
        self.summary = QLabel()
        self.summary.setObjectName("teamServerResult")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("teamServerConflicts")
        self.table.setHorizontalHeaderLabels([self.tr("Assessment"), self.tr("Question"), self.tr("This laptop"),
                                              self.tr("Team server"), self.tr("Keep")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setVisible(False)
        self.table.hide()
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.sync_button = QPushButton(self.tr("&Sync now"))
        self.apply_button = QPushButton(self.tr("Apply and s&ync"))
        self.apply_button.hide()
        buttons.addButton(self.sync_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.sync_button.clicked.connect(lambda: self.sync_now())
        self.apply_button.clicked.connect(self.apply_and_sync)
        layout.addWidget(buttons)
        self._remembered()
        self.resize(900, 520)

    def _remembered(self) -> None:
        if self.settings is None:
            return
        self.address.setText(str(self.settings.value(ADDRESS_KEY, "") or ""))
        self.role.setText(str(self.settings.value(ROLE_KEY, "") or ""))
        if self.keyring is not None and self.address.text():
            with contextlib.suppress(Exception):  # no keyring backend: asked each time
                self.password.setText(self.keyring.get_password(KEYRING_SERVICE, self._account()) or "")

    def _account(self) -> str:
        return f"{self.role.text().strip()}@{self.address.text().strip()}"

    def _remember(self) -> None:
        if self.settings is not None:  # never the password
            self.settings.setValue(ADDRESS_KEY, self.address.text().strip())
            self.settings.setValue(ROLE_KEY, self.role.text().strip())
        if self.keyring is not None and self.password.text():
            with contextlib.suppress(Exception):  # no keyring backend: not saved
                self.keyring.set_password(KEYRING_SERVICE, self._account(), self.password.text())

    def apply_and_sync(self) -> None:
        choices: dict[tuple[str, str], str] = {}
        for row, conflict in enumerate(self.conflicts):
            box = self.table.cellWidget(row, 4)
            assert isinstance(box, QComboBox)
            choices[(conflict.assessment_id, conflict.question_id)] = str(box.currentData())
        self.sync_now(choices)

    def sync_now(self, choices: dict[tuple[str, str], str] | None = None) -> None:
        page = self.page
        address, role = self.address.text().strip(), self.role.text()
        url = server_url(address, role, self.password.text())
        shown = server_url(address, role)
        who = _who(page)
        self._remember()
        self.sync_button.setEnabled(False)
        self.apply_button.setEnabled(False)
        self.summary.setText(self.tr("Syncing…"))

        self._busy = True

        def done(result: object) -> None:
            assert isinstance(result, SyncReport)
            self._busy = False
            page.refresh()
            page.message.emit(self.tr("Synced with the team server."))
            if self._closing:
                super(TeamServerDialog, self).reject()
                return
            self._enable()
            self.show_report(result)

        def failed(exc: BaseException) -> None:
            self._busy = False
            page.prompts.show_error(page.window() if self._closing else self,
                                    self.tr("Could not sync with the team server"), exc)
            page.failed.emit(str(exc))
            if self._closing:
                super(TeamServerDialog, self).reject()
                return
            self._enable()
            self.summary.setText(self.tr("Nothing was synced."))

        store = page.store
        page.runner.run(self.tr("Syncing with the team server…"),
                        lambda: run_sync(store, url, shown, who, choices or {}), done, failed)

    def reject(self) -> None:
        """Close; during a sync the dialog only hides — the sync goes on in the worker and the dialog goes when it
        ends (its result in the status bar, an error in a message)."""
        if self._busy:
            self._closing = True
            self.hide()
            return
        super().reject()

    def _enable(self) -> None:
        self.sync_button.setEnabled(True)
        self.apply_button.setEnabled(True)

    def show_report(self, report: SyncReport) -> None:
        """The sync's result in words, and its conflicts in the table."""
        self.report = report
        titles = {a.id: " — ".join(p for p in (a.country, a.title) if p) or a.id
                  for a in self.page.store.list_assessments()}
        lines = []
        if not report.changed_anything and not report.conflicts and not report.skipped:
            lines.append(self.tr("Everything is already in sync; nothing was changed."))
        else:
            lines.append(self.tr("Assessments sent to the team server: %1. Received from it: %2.")
                         .replace("%1", str(len(report.sent))).replace("%2", str(len(report.received))))
            lines.append(self.tr("Answers sent: %1. Answers received: %2.")
                         .replace("%1", str(sum(report.pushed.values())))
                         .replace("%2", str(sum(report.pulled.values()))))
        again = [s for s in report.skipped if s.again]
        if again:
            lines.append(self.tr("Assessments to sync again (they changed during this sync): %1.")
                         .replace("%1", str(len(again))))
        for skipped in report.skipped:
            lines.append(self.tr("Not synced: %1 (%2).").replace("%1", titles.get(skipped.assessment_id,
                                                                                    skipped.assessment_id))
                         .replace("%2", skipped.reason))
        if report.conflicts:
            lines.append(self.tr("Answers changed differently here and on the team server: %1. They are left as "
                                 "they are on both sides: choose what to keep for each, then Apply and sync.")
                         .replace("%1", str(len(report.conflicts))))
        self.summary.setText("\n".join(lines))
        self._show_conflicts(report.conflicts, titles)

    def _show_conflicts(self, conflicts: list[SyncConflict], titles: dict[str, str]) -> None:
        self.conflicts = list(conflicts)
        self.table.setRowCount(len(self.conflicts))
        for row, conflict in enumerate(self.conflicts):
            _part, _title, label = question_words(self.questionnaire, conflict.question_id, self.page.language)
            cells = (titles.get(conflict.assessment_id, conflict.assessment_id), label,
                     self._side(conflict, mine=True), self._side(conflict, mine=False))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
            box = QComboBox()
            box.addItem(self.tr("Keep mine"), KEEP_LOCAL)
            box.addItem(self.tr("Take theirs"), KEEP_REMOTE)
            box.setAccessibleName(self.tr("What to keep for: %1").replace("%1", label))
            self.table.setCellWidget(row, 4, box)
        self.table.resizeRowsToContents()
        self.table.setVisible(bool(self.conflicts))
        self.apply_button.setVisible(bool(self.conflicts))

    def _side(self, conflict: SyncConflict, mine: bool) -> str:
        """Each field that differs, with this side's value, as the report shows values."""
        lang = self.page.language
        question = self.questionnaire.by_id.get(conflict.question_id)
        shown = []
        for found in conflict.fields:
            value = found.mine if mine else found.theirs
            if found.field == "value":
                text = (Msg("team.no_answer").render(lang) if value is None
                        else format_value(self.questionnaire, question, value, {}, lang))
            elif isinstance(value, tuple | list):
                text = str(len(value))
            else:
                text = "—" if value in (None, "") else str(value)
            word = Msg(FIELD_KEYS[found.field]).render(lang) if found.field in FIELD_KEYS else found.field
            shown.append(f"{word}{colon(lang)} {text}")
        return "\n".join(shown)


def _who(page: LibraryPage) -> str:
    """Who syncs: the assessor chosen in the app, else the login name."""
    profile = next((p for p in page.store.profiles() if p.id == page.current_profile_id), None)
    if profile is not None:
        return profile.name
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""
