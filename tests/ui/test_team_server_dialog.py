"""File ▸ Team server…: the library synced with a team store from the window — the result in words, conflicts
listed with Keep mine / Take theirs and applied, a bad address said in words, the password never saved."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from c102desk.errors import C102Error
from c102desk.questionnaire import load_questionnaire
from c102desk.store import Store
from c102desk.sync.engine import KEEP_REMOTE, sync
from c102desk.ui.main_window import MainWindow
from c102desk.ui.team.team_server_dialog import TeamServerDialog, server_url
from tests.report.fixtures import example_path
from tests.store.conftest import dump_tables
from tests.ui.conftest import ScriptedPrompts

RATE = "III.benefit.rate"


@pytest.fixture
def team_folder(tmp_path: Path) -> Path:
    """An empty team store kept in another data folder."""
    folder = tmp_path / "team"
    Store.open(folder).close()
    return folder


@pytest.fixture
def dialog(window: MainWindow, qtbot: QtBot) -> Iterator[TeamServerDialog]:
    opened = window.team_server()
    assert isinstance(opened, TeamServerDialog)
    qtbot.addWidget(opened)
    yield opened


def _sync_from(dialog: TeamServerDialog, qtbot: QtBot, address: str) -> None:
    dialog.report = None
    dialog.address.setText(address)
    dialog.sync_button.click()
    qtbot.waitUntil(lambda: dialog.sync_button.isEnabled())


def _cell(dialog: TeamServerDialog, row: int, column: int) -> str:
    item = dialog.table.item(row, column)
    assert item is not None
    return item.text()


def test_sync_now_sends_the_librarys_assessment(store: Store, window: MainWindow, dialog: TeamServerDialog,
                                                team_folder: Path, qtbot: QtBot) -> None:
    assessment = store.import_file(example_path("northland-all-parts"))
    _sync_from(dialog, qtbot, f"sqlite:///{team_folder}")
    assert dialog.report is not None and dialog.report.sent == [assessment]
    with Store.open(team_folder) as team:
        assert [a.id for a in team.list_assessments()] == [assessment]
    assert "sent to the team server: 1" in dialog.summary.text()
    assert dialog.table.isHidden()


def test_a_conflict_is_listed_and_take_theirs_resolves_it(store: Store, window: MainWindow,
                                                          dialog: TeamServerDialog, team_folder: Path,
                                                          qtbot: QtBot) -> None:
    assessment = store.import_file(example_path("northland-all-parts"))
    with Store.open(team_folder) as team:
        sync(store, team, "Ana")
        team.set_answer(assessment, RATE, 60)
    store.set_answer(assessment, RATE, 61)
    _sync_from(dialog, qtbot, f"sqlite:///{team_folder}")
    assert dialog.report is not None and [c.question_id for c in dialog.report.conflicts] == [RATE]
    assert not dialog.table.isHidden() and dialog.table.rowCount() == 1
    questionnaire = load_questionnaire()
    label = questionnaire.label(questionnaire.by_id[RATE], "en")
    info = store.assessment(assessment)
    title = f"{info.country} — {info.title}"
    assert [_cell(dialog, 0, c) for c in (0, 1)] == [title, label]
    assert "61" in _cell(dialog, 0, 2) and "60" in _cell(dialog, 0, 3)
    box = dialog.table.cellWidget(0, 4)
    assert isinstance(box, QComboBox)
    box.setCurrentIndex(box.findData(KEEP_REMOTE))
    assert box.currentText() == "Take theirs"
    dialog.report = None
    dialog.apply_button.click()
    qtbot.waitUntil(lambda: dialog.report is not None)
    assert dialog.report is not None and not dialog.report.conflicts and dialog.table.isHidden()
    assert store.answers(assessment)[RATE] == 60
    with Store.open(team_folder) as team:
        assert team.answers(assessment)[RATE] == 60


def test_closed_during_a_sync_the_sync_finishes_and_the_dialog_goes(store: Store, window: MainWindow,
                                                                    team_folder: Path, qtbot: QtBot) -> None:
    assessment = store.import_file(example_path("northland-all-parts"))
    dialog = window.team_server()
    assert isinstance(dialog, TeamServerDialog)
    dialog.address.setText(f"sqlite:///{team_folder}")
    messages: list[str] = []
    window.library.message.connect(messages.append)
    dialog.sync_button.click()
    dialog.reject()
    assert dialog.isHidden()
    qtbot.waitUntil(lambda: "Synced with the team server." in messages)
    with Store.open(team_folder) as team:
        assert [a.id for a in team.list_assessments()] == [assessment]


def test_a_bad_address_is_said_in_words_and_changes_nothing(store: Store, window: MainWindow,
                                                            dialog: TeamServerDialog, prompts: ScriptedPrompts,
                                                            data_dir: Path, tmp_path: Path, qtbot: QtBot) -> None:
    store.import_file(example_path("northland-all-parts"))
    before = dump_tables(data_dir)
    _sync_from(dialog, qtbot, "ftp://nowhere/c102")
    _sync_from(dialog, qtbot, f"sqlite:///{tmp_path / 'no-such-folder'}")
    assert [title for title, _ in prompts.errors] == ["Could not sync with the team server"] * 2
    first, second = (error for _, error in prompts.errors)
    assert isinstance(first, C102Error) and "not a team store address" in str(first)
    assert isinstance(second, C102Error) and "no c102desk team store" in str(second)
    assert dialog.report is None and dialog.summary.text() == "Nothing was synced."
    assert dump_tables(data_dir) == before
    assert not (tmp_path / "no-such-folder").exists()


def _synced_with_a_password(store: Store, prompts: ScriptedPrompts, team_folder: Path, ini: Path,
                            qtbot: QtBot) -> tuple[MainWindow, TeamServerDialog]:
    """A window whose settings are the INI file ``ini``, and its Team server… dialog after a sync as "ana" with a
    password, closed."""
    settings = QSettings(str(ini), QSettings.Format.IniFormat)
    window = MainWindow(store, prompts, settings=settings)
    qtbot.addWidget(window)
    first = _opened(window, qtbot)
    first.role.setText("ana")
    first.password.setText("s3cret-pw")
    _sync_from(first, qtbot, f"sqlite:///{team_folder}")
    first.close()
    settings.sync()
    return window, first


def _opened(window: MainWindow, qtbot: QtBot) -> TeamServerDialog:
    dialog = window.team_server()
    qtbot.addWidget(dialog)
    assert isinstance(dialog, TeamServerDialog)
    return dialog


def test_address_and_role_are_remembered_never_the_password(store: Store, prompts: ScriptedPrompts,
                                                            team_folder: Path, tmp_path: Path,
                                                            qtbot: QtBot) -> None:
    ini = tmp_path / "settings.ini"
    window, first = _synced_with_a_password(store, prompts, team_folder, ini, qtbot)
    assert "not saved" in first.password_note.text()
    saved = ini.read_text(encoding="utf-8")
    assert "ana" in saved and "team" in saved and "s3cret" not in saved
    again = _opened(window, qtbot)
    assert (again.address.text(), again.role.text(), again.password.text()) == (
        f"sqlite:///{team_folder}", "ana", "")
    window.runner.wait_for_done()


def test_the_role_and_password_go_into_a_server_address_only() -> None:
    assert server_url("postgresql://db.example/c102", "ana b", "p@ss:w/rd") == (
        "postgresql://ana%20b:p%40ss%3Aw%2Frd@db.example/c102")
    assert server_url(" postgresql://old@db.example:5433/c102 ", "ana", "") == "postgresql://ana@db.example:5433/c102"
    assert server_url("sqlite:////srv/team", "ana", "pw") == "sqlite:////srv/team"


class _Keyring:
    """The ``keyring`` module's two calls the dialog uses, as a system keyring would answer them."""

    def __init__(self) -> None:
        self.kept: dict[tuple[str, str], str] = {}

    def set_password(self, service: str, account: str, password: str) -> None:
        self.kept[(service, account)] = password

    def get_password(self, service: str, account: str) -> str | None:
        return self.kept.get((service, account))


def test_where_a_keyring_is_installed_the_password_is_kept_there_and_not_in_settings(
        store: Store, prompts: ScriptedPrompts, team_folder: Path, tmp_path: Path, qtbot: QtBot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    from c102desk.ui.team import team_server_dialog

    keyring = _Keyring()
    monkeypatch.setitem(sys.modules, "keyring", keyring)
    ini = tmp_path / "settings.ini"
    window, first = _synced_with_a_password(store, prompts, team_folder, ini, qtbot)
    assert "keyring" in first.password_note.text()
    assert keyring.kept == {(team_server_dialog.KEYRING_SERVICE, f"ana@sqlite:///{team_folder}"): "s3cret-pw"}
    assert "s3cret" not in ini.read_text(encoding="utf-8")
    again = _opened(window, qtbot)
    assert again.password.text() == "s3cret-pw"  # from the keyring, not asked again
    window.runner.wait_for_done()
