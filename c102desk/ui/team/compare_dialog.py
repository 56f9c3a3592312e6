"""What differs between two assessments, side by side: the verdicts first, then each Part with its questions (in
the reader's words) and, for each, the field that differs with both values; then the evidence files. The texts
are the comparison's own (``team.compare``), the ones ``c102desk diff --format text`` prints, which "Save as
text…" writes. Keyboard-complete: the arrows move through the list, Esc or Close closes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from c102desk.i18n import Msg
from c102desk.team.compare import FIELD_KEYS, Comparison, display_name, render_text
from c102desk.ui.widgets.prompts import Prompts

VALUE_SHARE = 0.28  # of the list's width for each side's values; the question's words take the rest


class CompareDialog(QDialog):
    def __init__(self, comparison: Comparison, lang: str = "en", parent: QWidget | None = None,
                 prompts: Prompts | None = None) -> None:
        super().__init__(parent)
        self.comparison = comparison
        self.lang = lang
        self.prompts = prompts or Prompts()
        self.setWindowTitle(self.tr("Compare assessments"))
        self.setObjectName("compareDialog")
        layout = QVBoxLayout(self)
        first, second = display_name(comparison.first, lang), display_name(comparison.second, lang)
        intro = QLabel(self.tr("From “%1” to “%2”.").replace("%1", first).replace("%2", second))
        intro.setWordWrap(True)
        intro.setObjectName("compareIntro")
        layout.addWidget(intro)

        self.same_label = QLabel(self._say("team.compare.same"))
        self.same_label.setObjectName("compareSame")
        self.same_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.same_label.setWordWrap(True)
        font = self.same_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.same_label.setFont(font)
        layout.addWidget(self.same_label, 1)

        self.tree = QTreeWidget(self)
        self.tree.setObjectName("compareDifferences")
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("What differs"), *_column_names(comparison, lang)])
        header_item = self.tree.headerItem()
        header_item.setToolTip(1, first)
        header_item.setToolTip(2, second)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setAccessibleName(self.tr("Differences"))
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the words; the values get fixed shares
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        layout.addWidget(self.tree, 1)
        self._fill()
        self.same_label.setVisible(comparison.same)
        self.tree.setVisible(not comparison.same)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = QPushButton(self.tr("&Save as Text…"))
        self.save_button.setObjectName("compareSave")
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.clicked.connect(self.ask_and_save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(1000, 560 if not comparison.same else 240)
        if comparison.same:
            self.buttons.button(QDialogButtonBox.StandardButton.Close).setFocus()
        else:
            self.tree.setFocus()
            top = self.tree.topLevelItem(0)
            if top is not None:
                self.tree.setCurrentItem(top)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        share = max(160, int((self.width() - 48) * VALUE_SHARE))  # the tree is laid out after this
        self.tree.header().resizeSection(1, share)
        self.tree.header().resizeSection(2, share)

    def _say(self, key: str) -> str:
        return Msg(key).render(self.lang)

    # ----------------------------------------------------------------- the list

    def _group(self, title: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self.tree, [title])
        item.setFirstColumnSpanned(True)
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        return item

    @staticmethod
    def _row(parent: QTreeWidgetItem, what: str, before: str, after: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, [what, before, after])
        for column, text in enumerate((what, before, after)):
            item.setToolTip(column, text)
        return item

    def _fill(self) -> None:
        c = self.comparison
        empty = self._say("team.compare.empty")
        if c.verdicts:
            group = self._group(self._say("team.compare.verdicts"))
            group.setData(0, Qt.ItemDataRole.UserRole, "verdicts")
            shown: dict[str, QTreeWidgetItem] = {}  # each Part's row; its requirements' rows under it
            for v in c.verdicts:
                if v.part is None:
                    self._row(group, self._say("team.compare.ratification"), v.before_text, v.after_text)
                elif v.requirement is None:
                    shown[v.part] = self._row(group, v.part_title or v.part, v.before_text, v.after_text)
                else:
                    part = shown.get(v.part)
                    if part is None:  # the Part's own verdict is the same on both sides
                        part = shown[v.part] = QTreeWidgetItem(group, [v.part_title or v.part])
                        part.setFirstColumnSpanned(True)
                    self._row(part, v.requirement, v.before_text, v.after_text)
        parts: dict[str, QTreeWidgetItem] = {}
        questions: dict[str, QTreeWidgetItem] = {}
        for d in c.answers:
            part = parts.get(d.part)
            if part is None:
                part = parts[d.part] = self._group(d.part_title)
                part.setData(0, Qt.ItemDataRole.UserRole, f"part:{d.part}")
            question = questions.get(d.question_id)
            if question is None:
                question = questions[d.question_id] = QTreeWidgetItem(part, [d.question])
                question.setFirstColumnSpanned(True)
                question.setToolTip(0, d.question_id)
                question.setData(0, Qt.ItemDataRole.UserRole, f"question:{d.question_id}")
            row = self._row(question, self._say(FIELD_KEYS[d.field]), d.before_text or empty, d.after_text or empty)
            row.setData(0, Qt.ItemDataRole.UserRole, f"field:{d.field}")
        if c.evidence:
            group = self._group(self._say("team.compare.evidence"))
            group.setData(0, Qt.ItemDataRole.UserRole, "evidence")
            for e in c.evidence:
                before = "" if e.change == "added" else (e.before_caption or e.name)
                after = "" if e.change == "removed" else (e.after_caption or e.name)
                self._row(group, f"{e.name} ({Msg('team.change.' + str(e.change)).render(self.lang)})",
                          before or empty, after or empty)
        self.tree.expandAll()

    # ----------------------------------------------------------------- saving

    def text(self) -> str:
        """The comparison as ``c102desk diff --format text`` prints it."""
        return render_text(self.comparison, self.lang)

    def save_text(self, target: str | Path) -> None:
        """Write the text next to ``target`` first, then put it in place: a failure leaves nothing half-written."""
        path = Path(target)
        partial = path.with_name(path.name + ".part")
        try:
            partial.write_text(self.text(), encoding="utf-8")
            partial.replace(path)
        finally:
            partial.unlink(missing_ok=True)

    def ask_and_save(self) -> None:
        target = self.prompts.save_as(self, self.tr("Save the Comparison as Text"), "comparison.txt",
                                      self.tr("Text files (*.txt)"), ".txt")
        if target is None:
            return
        try:
            self.save_text(target)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Could not save the comparison"),
                                self.tr("The comparison could not be written to %1: %2")
                                .replace("%1", target).replace("%2", exc.strerror or str(exc)))


def _column_names(comparison: Comparison, lang: str) -> tuple[str, str]:
    """The two sides' names over their columns: without the country when both are of the same one (the
    intro above names it), so that each fits its column."""
    first, second = comparison.first, comparison.second
    if first.country and first.country == second.country and first.title and second.title:
        named = []
        for side in (first, second):
            if side.revision is None:
                named.append(side.title)
            else:
                named.append(Msg("team.compare.named", name=side.title, revision=side.revision).render(lang))
        return named[0], named[1]
    return display_name(first, lang), display_name(second, lang)
