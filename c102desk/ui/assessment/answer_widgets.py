"""One editor per answer type, generated from the question's data.

Each editor shows a value with ``set_value`` (emitting nothing) and emits ``committed(value)`` when the
assessor has finished giving one, or ``unreadable(text)`` for text that is not a number. ``commit_pending``
commits a half-typed value (used when Enter moves on).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QLocale, QObject, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from c102desk.questionnaire.model import Question, Questionnaire, QuestionType
from c102desk.ui.assessment.locale_numbers import format_number, parse_number

_CONTEXT = "AnswerEditor"
UNIT_LABELS = {
    "persons": str(QT_TRANSLATE_NOOP("AnswerEditor", "persons")),
    "year": str(QT_TRANSLATE_NOOP("AnswerEditor", "(year)")),
    "years": str(QT_TRANSLATE_NOOP("AnswerEditor", "years")),
    "months": str(QT_TRANSLATE_NOOP("AnswerEditor", "months")),
    "weeks": str(QT_TRANSLATE_NOOP("AnswerEditor", "weeks")),
    "days": str(QT_TRANSLATE_NOOP("AnswerEditor", "days")),
}
PERIOD_LABELS = {
    "day": str(QT_TRANSLATE_NOOP("AnswerEditor", "per day")),
    "week": str(QT_TRANSLATE_NOOP("AnswerEditor", "per week")),
    "month": str(QT_TRANSLATE_NOOP("AnswerEditor", "per month")),
    "year": str(QT_TRANSLATE_NOOP("AnswerEditor", "per year")),
}


def suffix_for(question: Question, currency: str | None, time_basis: str | None) -> str:
    """What stands beside a number field: its unit, "%", or the currency and period of an amount (Part I)."""
    if question.type is QuestionType.PERCENTAGE:
        return "%"
    if question.type is QuestionType.NUMBER:
        unit = question.unit or ""
        return QCoreApplication.translate(_CONTEXT, UNIT_LABELS[unit]) if unit in UNIT_LABELS else unit
    if question.type is not QuestionType.AMOUNT:
        return ""
    period = time_basis if question.period == "time_basis" else question.period
    money = currency or QCoreApplication.translate("AnswerEditor", "(currency: see Part I)")
    if period in PERIOD_LABELS:
        return f"{money} {QCoreApplication.translate(_CONTEXT, PERIOD_LABELS[period])}"
    unknown_period = QCoreApplication.translate("AnswerEditor", "(period: see Part I)")
    return f"{money} {unknown_period}"


class AnswerEditor(QWidget):
    committed = Signal(object)
    unreadable = Signal(str)

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def commit_pending(self) -> None:
        """Commit what is typed but not yet committed (only text fields hold such a value)."""

    def retranslate(self, questionnaire: Questionnaire, lang: str, locale: QLocale) -> None:
        """Texts in ``lang`` (options from the questionnaire) and numbers in ``locale``; the row then refreshes
        the value shown. Called by the question row on a language change."""

    def inputs(self) -> list[QWidget]:
        """The focusable controls, in Tab order."""
        raise NotImplementedError


class YesNoEditor(AnswerEditor):
    """Yes / No / Unknown as three radio buttons: one Tab stop (the chosen one, else Yes); the arrow keys move to
    the next or previous one and choose it, as in every radio group."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.group = QButtonGroup(self)
        self.buttons: dict[object, QRadioButton] = {}
        for value in (True, False, None):
            button = QRadioButton(self)
            self.group.addButton(button)
            layout.addWidget(button)
            self.buttons[value] = button
            button.clicked.connect(lambda _=False, v=value: self._chosen(v))
            button.installEventFilter(self)
        layout.addStretch(1)
        self._texts(question.label)
        self._update_tab_stop()

    def _chosen(self, value: object) -> None:
        self._update_tab_stop()
        self.committed.emit(value)

    def _update_tab_stop(self) -> None:
        """Tab enters the group at its chosen button (else the first) and leaves it at the next control."""
        chosen = self.group.checkedButton() or self.buttons[True]
        for button in self.buttons.values():
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus if button is chosen else Qt.FocusPolicy.ClickFocus)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and isinstance(watched, QRadioButton) and watched in self.buttons.values()):
            step = {Qt.Key.Key_Right: 1, Qt.Key.Key_Down: 1, Qt.Key.Key_Left: -1, Qt.Key.Key_Up: -1}.get(
                Qt.Key(event.key()))
            if step is not None and watched.isEnabled():
                values = list(self.buttons)
                current = next(v for v in values if self.buttons[v] is watched)
                target = values[(values.index(current) + step) % len(values)]
                button = self.buttons[target]
                button.setFocus(Qt.FocusReason.TabFocusReason)
                if not button.isChecked():
                    button.click()  # chooses it and saves the answer, like a click
                return True
        return super().eventFilter(watched, event)

    def _texts(self, label: str) -> None:
        for value, text in ((True, self.tr("Yes")), (False, self.tr("No")), (None, self.tr("Unknown"))):
            self.buttons[value].setText(text)
            self.buttons[value].setAccessibleName(f"{label}: {text}")

    def retranslate(self, questionnaire: Questionnaire, lang: str, locale: QLocale) -> None:
        self._texts(questionnaire.label(self.question, lang))

    def set_value(self, value: Any, *, answered: bool = True) -> None:
        self.group.setExclusive(False)
        for key, button in self.buttons.items():
            button.setChecked(answered and key is value)
        self.group.setExclusive(True)
        self._update_tab_stop()

    def inputs(self) -> list[QWidget]:
        """The group's Tab stop first (where focus goes when the question is reached), then the others."""
        stop = self.group.checkedButton() or self.buttons[True]
        return [stop, *(b for b in self.buttons.values() if b is not stop)]


class NumberEditor(AnswerEditor):
    """A number, percentage or amount typed in the locale, with its unit, "%" or currency and period beside."""

    def __init__(self, question: Question, suffix: str, locale: QLocale, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.number_locale = locale
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.field = QLineEdit(self)
        self.field.setAccessibleName(question.label)
        self.field.setAccessibleDescription(suffix)
        self.field.setMaximumWidth(220)
        self.field.setMinimumWidth(140)
        self.suffix = QLabel(suffix, self)
        self.suffix.setObjectName("unitSuffix")
        self.suffix.setBuddy(self.field)
        self.suffix.setWordWrap(True)  # "(currency: see Part I) (period: see Part I)" must not widen the page
        layout.addWidget(self.field)
        layout.addWidget(self.suffix)
        layout.addStretch(1)
        self._shown = ""
        self.field.editingFinished.connect(self.commit_pending)

    def set_suffix(self, suffix: str) -> None:
        self.suffix.setText(suffix)
        self.field.setAccessibleDescription(suffix)

    def retranslate(self, questionnaire: Questionnaire, lang: str, locale: QLocale) -> None:
        self.field.setAccessibleName(questionnaire.label(self.question, lang))
        if self.question.type is not QuestionType.AMOUNT:  # an amount's suffix is set by the view (Part I)
            self.set_suffix(suffix_for(self.question, None, None))
        self.number_locale = locale  # the row then shows the value again, written in it

    def set_value(self, value: Any) -> None:
        self._shown = format_number(value, self.number_locale, grouped=self.question.unit != "year")
        self.field.setText(self._shown)

    def commit_pending(self) -> None:
        text = self.field.text()
        if text == self._shown:
            return
        try:
            value = parse_number(text, self.number_locale)
        except ValueError:
            self.unreadable.emit(text)
            return
        self._shown = text
        self.committed.emit(value)

    def inputs(self) -> list[QWidget]:
        return [self.field]


class _ShrinkableCombo(QComboBox):
    """As wide as its longest option when there is room, narrower (the shown option elided, whole in its
    tooltip and in the list) when there is not: a long option must not make the page scroll sideways."""

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self.fontMetrics().horizontalAdvance("M") * 16), hint.height())


class ChoiceEditor(AnswerEditor):
    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.combo = _ShrinkableCombo(self)
        self.combo.setAccessibleName(question.label)
        self.combo.addItem(self.tr("— not answered —"), None)
        for option in question.options:
            self.combo.addItem(option.label, option.value)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.combo.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        layout.addWidget(self.combo)
        layout.addStretch(1)
        self._quiet = False
        self.combo.currentIndexChanged.connect(self._changed)

    def _changed(self, index: int) -> None:
        self.combo.setToolTip(self.combo.itemText(index))  # whole, when the combo is too narrow to show it
        if not self._quiet:
            self.committed.emit(self.combo.itemData(index))

    def retranslate(self, questionnaire: Questionnaire, lang: str, locale: QLocale) -> None:
        self.combo.setAccessibleName(questionnaire.label(self.question, lang))
        self.combo.setItemText(0, self.tr("— not answered —"))
        for index, option in enumerate(self.question.options, start=1):
            self.combo.setItemText(index, questionnaire.option_label(self.question, option.value, lang))
        self.combo.setToolTip(self.combo.currentText())

    def set_value(self, value: Any) -> None:
        self._quiet = True
        index = self.combo.findData(value) if value is not None else 0
        self.combo.setCurrentIndex(max(index, 0))
        self._quiet = False

    def inputs(self) -> list[QWidget]:
        return [self.combo]


class _OptionLabel(QLabel):
    """The text of a check box, wrapped; a click on it ticks or unticks the box."""

    def __init__(self, text: str, box: QCheckBox, parent: QWidget) -> None:
        super().__init__(text, parent)
        self.box = box
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setBuddy(box)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.box.isEnabled() and self.rect().contains(
                event.position().toPoint()):
            self.box.toggle()
            self.box.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mouseReleaseEvent(event)


class MultiChoiceEditor(AnswerEditor):
    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.boxes: dict[str, QCheckBox] = {}
        self.labels: dict[str, _OptionLabel] = {}
        self._quiet = False
        for option in question.options:
            # A check box cannot wrap its text, and the options run to two lines in French: the text is a
            # wrapping label beside an unlabelled box (clicking it ticks the box, as a box's own text does).
            box = QCheckBox(self)
            box.setAccessibleName(f"{question.label}: {option.label}")
            box.toggled.connect(self._changed)
            label = _OptionLabel(option.label, box, self)
            line = QHBoxLayout()
            line.setSpacing(6)
            line.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
            line.addWidget(label, 1)
            layout.addLayout(line)
            self.boxes[option.value] = box
            self.labels[option.value] = label

    def _changed(self) -> None:
        if not self._quiet:  # nothing ticked is no answer (an empty list would read as "none of them")
            self.committed.emit([value for value, box in self.boxes.items() if box.isChecked()] or None)

    def retranslate(self, questionnaire: Questionnaire, lang: str, locale: QLocale) -> None:
        label = questionnaire.label(self.question, lang)
        for value, box in self.boxes.items():
            text = questionnaire.option_label(self.question, value, lang)
            self.labels[value].setText(text)
            box.setAccessibleName(f"{label}: {text}")

    def set_value(self, value: Any) -> None:
        self._quiet = True
        chosen = set(value) if isinstance(value, list) else set()
        for key, box in self.boxes.items():
            box.setChecked(key in chosen)
        self._quiet = False

    def inputs(self) -> list[QWidget]:
        return list(self.boxes.values())


class TextEditor(AnswerEditor):
    """Free text or a legal citation (one line; long texts scroll)."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.field = QLineEdit(self)
        self.field.setAccessibleName(question.label)
        layout.addWidget(self.field)
        self._shown = ""
        self.field.editingFinished.connect(self.commit_pending)

    def retranslate(self, questionnaire: Questionnaire, lang: str, locale: QLocale) -> None:
        self.field.setAccessibleName(questionnaire.label(self.question, lang))
        if self.question.type is QuestionType.LEGAL_CITATION:
            self.field.setPlaceholderText(self.tr("e.g. Social Security Act 2004, s. 12(3)"))

    def set_value(self, value: Any) -> None:
        self._shown = value if isinstance(value, str) else ""
        self.field.setText(self._shown)

    def commit_pending(self) -> None:
        text = self.field.text().strip()
        if text == self._shown:
            return
        self._shown = text
        self.committed.emit(text or None)

    def inputs(self) -> list[QWidget]:
        return [self.field]


def make_editor(question: Question, suffix: str, locale: QLocale, parent: QWidget | None = None) -> AnswerEditor:
    kind = question.type
    if kind is QuestionType.YES_NO:
        return YesNoEditor(question, parent)
    if kind in (QuestionType.NUMBER, QuestionType.PERCENTAGE, QuestionType.AMOUNT):
        return NumberEditor(question, suffix, locale, parent)
    if kind is QuestionType.CHOICE:
        return ChoiceEditor(question, parent)
    if kind is QuestionType.MULTI_CHOICE:
        return MultiChoiceEditor(question, parent)
    return TextEditor(question, parent)
