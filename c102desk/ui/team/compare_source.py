"""What to compare the library's selected assessment with: another assessment of the library (its earlier
revisions first), or an assessment file (.c102.json) or signed report (.pdf) chosen on disk. Enter compares with
the highlighted assessment; "A File…" asks for a file and compares with it at once."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from c102desk.store.records import AssessmentInfo
from c102desk.ui.widgets.prompts import Prompts

ID_ROLE = Qt.ItemDataRole.UserRole


def earlier_revisions(current: AssessmentInfo, others: list[AssessmentInfo]) -> list[AssessmentInfo]:
    """The revisions ``current`` came from, newest first (each names the one before it)."""
    by_id = {a.id: a for a in others}
    found = []
    step = current.previous_revision_id
    while step is not None and step in by_id and by_id[step] not in found:
        found.append(by_id[step])
        step = by_id[step].previous_revision_id
    return found


def assessment_label(info: AssessmentInfo) -> str:
    name = " — ".join(p for p in (info.country, info.title) if p) or info.id
    return QCoreApplication.translate("CompareSource", "%1 (revision %2)").replace("%1", name).replace(
        "%2", str(info.revision))


class CompareSourceDialog(QDialog):
    def __init__(self, current: AssessmentInfo, others: list[AssessmentInfo], prompts: Prompts | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prompts = prompts or Prompts()
        self.chosen: str | None = None  # an assessment id, or a file's path
        self.setWindowTitle(self.tr("Compare With"))
        self.setObjectName("compareSource")
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Compare “%1” with:").replace("%1", assessment_label(current)))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget(self)
        self.list.setObjectName("compareChoices")
        self.list.setAccessibleName(self.tr("Assessments of the library"))
        intro.setBuddy(self.list)
        rest = [a for a in others if a.id != current.id]
        earlier = earlier_revisions(current, rest)
        for info in earlier:
            item = QListWidgetItem(self.tr("Earlier revision: %1").replace("%1", assessment_label(info)))
            item.setData(ID_ROLE, info.id)
            self.list.addItem(item)
        for info in sorted((a for a in rest if a not in earlier), key=lambda a: (a.country, a.title, a.revision)):
            item = QListWidgetItem(assessment_label(info))
            item.setData(ID_ROLE, info.id)
            self.list.addItem(item)
        layout.addWidget(self.list, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.compare_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.compare_button.setText(self.tr("&Compare"))
        self.file_button = QPushButton(self.tr("A &File or Signed Report…"))
        self.file_button.setObjectName("compareFile")
        self.buttons.addButton(self.file_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.file_button.clicked.connect(self.choose_file)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.list.itemActivated.connect(lambda _item: self._accept())
        self.list.currentRowChanged.connect(lambda row: self.compare_button.setEnabled(row >= 0))
        layout.addWidget(self.buttons)
        if self.list.count():
            self.list.setCurrentRow(0)
            self.list.setFocus()
        else:
            self.compare_button.setEnabled(False)
            self.file_button.setFocus()
        self.resize(560, 380)

    def _accept(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.chosen = str(item.data(ID_ROLE))
            self.accept()

    def choose_file(self) -> None:
        file_filter = QCoreApplication.translate(
            "Prompts", "Assessments and reports (*.c102.json *.json *.pdf);;c102desk assessment (*.c102.json);;"
                       "c102desk report (*.pdf);;JSON (*.json)")
        path = self.prompts.open_file(self, self.tr("Compare with a File"), file_filter)
        if path:
            self.chosen = path
            self.accept()
