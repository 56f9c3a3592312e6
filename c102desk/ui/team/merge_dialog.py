"""The merge of a file into the library's assessment of the same id: what will be taken from the file, and each
conflict — question, the library's answer ("mine"), the file's ("theirs") — with a choice for it: keep mine,
take theirs, or a new value. Nothing changes until Merge is pressed (the merge is then one transaction);
Cancel changes nothing. Keyboard-complete: Tab goes from choice to choice, the arrows pick one, Enter merges."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from c102desk.errors import C102Error
from c102desk.i18n import Msg, colon, text_in
from c102desk.questionnaire import load_questionnaire
from c102desk.team.compare import FIELD_KEYS, question_words, value_text
from c102desk.team.merge import Choice, Conflict, FieldConflict, Resolution
from c102desk.team.merge_file import PreparedMerge, parse_value
from c102desk.team.snapshot import AnswerState, Snapshot

# The choices' order in each conflict's list; the first is "not decided yet".
CHOICES = (None, Choice.MINE, Choice.THEIRS, Choice.VALUE)
COLUMNS = 4  # question, mine, theirs, decision


class MergeDialog(QDialog):
    def __init__(self, prepared: PreparedMerge, lang: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prepared = prepared
        self.lang = lang
        self.questionnaire = load_questionnaire()
        plan = prepared.plan
        order = {q.id: n for n, q in enumerate(self.questionnaire.questions())}
        # In the questionnaire's order, as the assessor knows it (not by id)
        self.conflicts = sorted(plan.conflicts, key=lambda c: (order.get(c.question_id, len(order)), c.question_id))
        self.setWindowTitle(self.tr("Merge into the library"))
        self.setObjectName("mergeDialog")
        layout = QVBoxLayout(self)

        title = " — ".join(p for p in (plan.mine.country, plan.mine.title) if p)
        intro = QLabel(self.tr("Merging the file %1 into “%2”.").replace("%1", _file_name(prepared.source))
                       .replace("%2", title))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        summary = QLabel(self._summary())
        summary.setWordWrap(True)
        summary.setObjectName("mergeSummary")
        layout.addWidget(summary)

        self.choices: list[QComboBox] = []
        self.values: list[QLineEdit] = []
        self.table = QTableWidget(len(plan.conflicts), COLUMNS, self)
        self.table.setObjectName("mergeConflicts")
        self.table.setHorizontalHeaderLabels([self.tr("Question"), self.tr("In the library (mine)"),
                                              self.tr("In the file (theirs)"), self.tr("Your choice")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setTabKeyNavigation(False)  # Tab moves from one choice to the next
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        for row, conflict in enumerate(self.conflicts):
            self._add_row(row, conflict)
        self.table.setVisible(bool(plan.conflicts))
        # Rows as tall as their text at the columns' widths, which are known once the table is laid out
        header.sectionResized.connect(lambda *_: self._fit_rows())
        layout.addWidget(self.table, 1)

        if plan.conflicts:
            bulk = QHBoxLayout()
            self.all_mine = QPushButton(self.tr("Keep all &mine"))
            self.all_theirs = QPushButton(self.tr("Take all &theirs"))
            self.all_mine.clicked.connect(lambda: self._choose_all(Choice.MINE))
            self.all_theirs.clicked.connect(lambda: self._choose_all(Choice.THEIRS))
            bulk.addWidget(self.all_mine)
            bulk.addWidget(self.all_theirs)
            bulk.addStretch(1)
            layout.addLayout(bulk)

        self.problem = QLabel("")
        self.problem.setObjectName("mergeProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #a40000;")
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.merge_button.setText(self.tr("&Merge"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update()
        self.resize(1000, 520 if plan.conflicts else 220)
        if self.choices:
            self.choices[0].setFocus()

    # ----------------------------------------------------------------- building

    def _summary(self) -> str:
        plan = self.prepared.plan
        parts = [self.tr("Answers changed only in the file, to be taken: %1.").replace("%1", str(len(plan.taken))),
                 self.tr("Evidence files to be added: %1.").replace("%1", str(len(plan.new_evidence)))]
        if plan.conflicts:
            parts.append(self.tr("Answers changed both in the library and in the file: %1. Choose what to keep "
                                 "for each; nothing changes until you press Merge.")
                         .replace("%1", str(len(plan.conflicts))))
        elif not plan.changes_anything:
            parts = [self.tr("The file holds nothing the library does not have already.")]
        else:
            parts.append(self.tr("Nothing was changed on both sides: no conflict. Nothing changes until you "
                                 "press Merge."))
        return " ".join(parts)

    def _add_row(self, row: int, conflict: Conflict) -> None:
        plan = self.prepared.plan
        _part, part_title, label = question_words(self.questionnaire, conflict.question_id, self.lang)
        question = QTableWidgetItem(f"{label}\n{part_title}")
        question.setToolTip(conflict.question_id)
        self.table.setItem(row, 0, question)
        self.table.setItem(row, 1, QTableWidgetItem(self._side_text(conflict, conflict.mine, plan.mine, True)))
        self.table.setItem(row, 2, QTableWidgetItem(self._side_text(conflict, conflict.theirs, plan.theirs, False)))
        cell = QWidget()
        box = QHBoxLayout(cell)
        box.setContentsMargins(4, 2, 4, 2)
        choice = QComboBox()
        choice.setObjectName(f"mergeChoice:{conflict.question_id}")
        choice.setAccessibleName(self.tr("What to keep for: %1").replace("%1", label))
        names = {None: self.tr("Choose…"), Choice.MINE: self.tr("Mine (library)"),
                 Choice.THEIRS: self.tr("Theirs (file)"), Choice.VALUE: self.tr("A new value")}
        for option in CHOICES:
            if option is Choice.VALUE and conflict.value_conflict is None:
                continue  # only a note, citation, mark or evidence differs: there is no value to give
            choice.addItem(names[option], None if option is None else str(option))
        value = QLineEdit()
        value.setObjectName(f"mergeValue:{conflict.question_id}")
        value.setPlaceholderText(self.tr("New value"))
        value.setAccessibleName(self.tr("New value for: %1").replace("%1", label))
        value.setEnabled(False)
        value.setVisible(conflict.value_conflict is not None)
        choice.currentIndexChanged.connect(self._update)
        value.textChanged.connect(self._update)
        box.addWidget(choice)
        box.addWidget(value)
        self.table.setCellWidget(row, 3, cell)
        self.choices.append(choice)
        self.values.append(value)

    def _side_text(self, conflict: Conflict, state: AnswerState | None, side: Snapshot, mine: bool) -> str:
        lines = []
        for found in conflict.fields:
            shown = self._field_text(conflict.question_id, found, found.mine if mine else found.theirs, state, side)
            lines.append(shown if len(conflict.fields) == 1 and found.field == "value"
                         else f"{self._field_name(found.field)}{colon(self.lang)} {shown}")
        return "\n".join(lines)

    def _field_text(self, question_id: str, found: FieldConflict, value: object, state: AnswerState | None,
                    side: Snapshot) -> str:
        if found.field == "value":
            shown = None if state is None else AnswerState(value)
            return value_text(self.questionnaire, question_id, shown, side.answers, self.lang)
        if found.field == "evidence":
            names = {e.sha256: e.name for e in side.evidence.values()}
            linked = value if isinstance(value, tuple | list) else ()
            return "; ".join(names.get(str(s), str(s)[:12]) for s in linked) or "—"
        if found.field == "confidence":
            return Msg(f"team.confidence.{value}").render(self.lang) if value else "—"
        return str(value) if value else "—"

    def _field_name(self, field: str) -> str:
        return Msg(FIELD_KEYS[field]).render(self.lang)  # the words the command line uses too

    # ----------------------------------------------------------------- choosing

    def _choose_all(self, choice: Choice) -> None:
        for box in self.choices:
            box.setCurrentIndex(box.findData(str(choice)))

    def _chosen(self, row: int) -> Choice | None:
        data = self.choices[row].currentData()
        return None if data is None else Choice(data)

    def _update(self) -> None:
        undecided = 0
        problem = ""
        for row, conflict in enumerate(self.conflicts):
            chosen = self._chosen(row)
            self.values[row].setEnabled(chosen is Choice.VALUE)
            if chosen is None:
                undecided += 1
            elif chosen is Choice.VALUE:
                try:
                    parse_value(self.questionnaire.question(conflict.question_id), self.values[row].text())
                except (C102Error, KeyError) as exc:
                    undecided += 1
                    problem = problem or text_in(str(exc), self.lang)
        self.merge_button.setEnabled(undecided == 0)
        if problem:
            self.problem.setText(problem)
        elif undecided:
            self.problem.setText(self.tr("Conflicts still to decide: %1.").replace("%1", str(undecided)))
        else:
            self.problem.setText("")

    def resolutions(self) -> dict[str, Resolution]:
        """The decisions made (every conflict once Merge is enabled)."""
        found = {}
        for row, conflict in enumerate(self.conflicts):
            chosen = self._chosen(row)
            if chosen is Choice.VALUE:
                value = parse_value(self.questionnaire.question(conflict.question_id), self.values[row].text())
                found[conflict.question_id] = Resolution(chosen, value)
            elif chosen is not None:
                found[conflict.question_id] = Resolution(chosen)
        return found

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_rows()

    def _fit_rows(self) -> None:
        self.table.resizeRowsToContents()
        for row in range(self.table.rowCount()):  # some air between one conflict and the next
            self.table.setRowHeight(row, self.table.rowHeight(row) + 12)

    def _accept(self) -> None:
        self._update()
        if self.merge_button.isEnabled():
            self.accept()


def _file_name(source: str) -> str:
    return source.replace("\\", "/").rsplit("/", 1)[-1]

