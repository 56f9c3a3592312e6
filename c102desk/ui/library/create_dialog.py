"""The "New assessment" dialog: country, title and who assesses (an existing profile or a new one)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from c102desk.store.records import ProfileInfo
from c102desk.ui.widgets.answers import NewAssessment

NEW_PROFILE = -1


class CreateAssessmentDialog(QDialog):
    def __init__(self, profiles: list[ProfileInfo], parent: QWidget | None = None,
                 preferred_profile: int | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New assessment"))
        self.setAccessibleName(self.tr("New assessment"))
        self.setModal(True)

        intro = QLabel(self.tr("Start a gap assessment of one country's law and practice against Convention No. 102. "
                               "You can change these details later."))
        intro.setWordWrap(True)

        self.country = QLineEdit()
        self.country.setPlaceholderText(self.tr("e.g. Northland"))
        self.country.setAccessibleName(self.tr("Country"))
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("e.g. Gap assessment 2026"))
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.profile = QComboBox()
        self.profile.setAccessibleName(self.tr("Assessor"))
        for info in profiles:
            details = ", ".join(x for x in (info.organisation, info.role) if x)
            self.profile.addItem(f"{info.name} ({details})" if details else info.name, info.id)
        self.profile.addItem(self.tr("New assessor…"), NEW_PROFILE)
        if preferred_profile is not None and self.profile.findData(preferred_profile) >= 0:
            self.profile.setCurrentIndex(self.profile.findData(preferred_profile))

        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Assessor's name"))
        self.organisation = QLineEdit()
        self.organisation.setPlaceholderText(self.tr("e.g. Ministry of Labour"))
        self.organisation.setAccessibleName(self.tr("Assessor's organisation"))
        self.role = QLineEdit()
        self.role.setPlaceholderText(self.tr("e.g. Legal adviser"))
        self.role.setAccessibleName(self.tr("Assessor's role"))
        self.new_profile_box = QGroupBox(self.tr("New assessor"))
        new_form = QFormLayout(self.new_profile_box)
        new_form.addRow(*self._label(self.tr("&Name:"), self.name))
        new_form.addRow(*self._label(self.tr("&Organisation:"), self.organisation))
        new_form.addRow(*self._label(self.tr("&Role:"), self.role))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(*self._label(self.tr("&Country:"), self.country))
        form.addRow(*self._label(self.tr("&Title:"), self.title_edit))
        form.addRow(*self._label(self.tr("&Assessor:"), self.profile))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.create_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.create_button.setText(self.tr("Create assessment"))
        self.create_button.setDefault(True)  # Return in any field creates it (once country and title are given)
        self.create_button.setAccessibleName(self.tr("Create assessment"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.new_profile_box)
        layout.addWidget(self.buttons)

        for edit in (self.country, self.title_edit, self.name):
            edit.textChanged.connect(self._update)
        self.profile.currentIndexChanged.connect(self._update)
        self.setTabOrder(self.country, self.title_edit)
        self.setTabOrder(self.title_edit, self.profile)
        self.setTabOrder(self.profile, self.name)
        self.setTabOrder(self.name, self.organisation)
        self.setTabOrder(self.organisation, self.role)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 36)
        self._update()
        self.country.setFocus()

    @staticmethod
    def _label(text: str, buddy: QWidget) -> tuple[QLabel, QWidget]:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label, buddy

    def _creating_profile(self) -> bool:
        return bool(self.profile.currentData() == NEW_PROFILE)

    def _update(self) -> None:
        self.new_profile_box.setVisible(self._creating_profile())
        complete = bool(self.country.text().strip() and self.title_edit.text().strip())
        if self._creating_profile():
            complete = complete and bool(self.name.text().strip())
        self.create_button.setEnabled(complete)
        self.adjustSize()

    def result_value(self) -> NewAssessment:
        if self._creating_profile():
            person = (self.name.text().strip(), self.organisation.text().strip(), self.role.text().strip())
            return NewAssessment(self.country.text().strip(), self.title_edit.text().strip(), None, person)
        return NewAssessment(self.country.text().strip(), self.title_edit.text().strip(),
                             int(self.profile.currentData()), None)
