"""The details of a new signing identity: who signs (name, organisation, country, e-mail, role) and the
passphrase that protects the key, typed twice.

The dialog only collects the answers; the export dialog creates the key and certificate off the GUI thread
(``c102desk.signing.identity.create_identity``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from c102desk.ui.widgets.answers import NewIdentity

MIN_PASSPHRASE = 8


class CreateIdentityDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, suggested: NewIdentity | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("createIdentityDialog")
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.name_edit = QLineEdit(self)
        self.organisation_edit = QLineEdit(self)
        self.country_edit = QLineEdit(self)
        self.country_edit.setMaxLength(2)
        self.country_edit.setValidator(QRegularExpressionValidator(QRegularExpression("[A-Za-z]{0,2}"), self))
        self.email_edit = QLineEdit(self)
        self.role_edit = QLineEdit(self)
        self.passphrase_edit = QLineEdit(self)
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm_edit = QLineEdit(self)
        self.confirm_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.hint = QLabel(self)
        self.hint.setObjectName("identityHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #a51d2d;")
        if suggested is not None:
            self.name_edit.setText(suggested.name)
            self.organisation_edit.setText(suggested.organisation)
            self.country_edit.setText(suggested.country)
            self.email_edit.setText(suggested.email)
            self.role_edit.setText(suggested.role)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self._fields = (self.name_edit, self.organisation_edit, self.country_edit, self.email_edit, self.role_edit,
                        self.passphrase_edit, self.confirm_edit)
        for edit in self._fields:
            self.form.addRow(QLabel(self), edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, parent=self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        for edit in (self.name_edit, self.passphrase_edit, self.confirm_edit, self.country_edit):
            edit.textChanged.connect(self._check)
        self.retranslate()
        self.resize(self.fontMetrics().horizontalAdvance("M") * 36, self.sizeHint().height())

    @property
    def ok_button(self) -> QWidget:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Create a signing identity"))
        self.intro.setText(self.tr(
            "A key and a certificate naming you are made and kept in the data folder, protected by a passphrase. "
            "The certificate's fingerprint is printed in every report you sign, so the receiver can confirm it "
            "with you by another channel."))
        labels = (self.tr("&Name:"), self.tr("&Organisation:"), self.tr("&Country (ISO code, e.g. SN):"),
                  self.tr("&E-mail:"), self.tr("&Role:"), self.tr("&Passphrase:"), self.tr("Passphrase &again:"))
        names = (self.tr("Name"), self.tr("Organisation"), self.tr("Country code"), self.tr("E-mail"),
                 self.tr("Role"), self.tr("Passphrase"), self.tr("Passphrase again"))
        for edit, label, name in zip(self._fields, labels, names, strict=True):
            buddy = self.form.labelForField(edit)
            if isinstance(buddy, QLabel):
                buddy.setText(label)
                buddy.setBuddy(edit)
            edit.setAccessibleName(name)
        self.role_edit.setPlaceholderText(self.tr("e.g. Legal adviser"))
        self.passphrase_edit.setPlaceholderText(self.tr("at least %1 characters").replace("%1", str(MIN_PASSPHRASE)))
        self.ok_button.setAccessibleName(self.tr("Create the signing identity"))
        self._check()

    def problem(self) -> str:
        """Why the answers cannot be used yet ("" when they can)."""
        if not self.name_edit.text().strip():
            return self.tr("Give the signer's name.")
        if len(self.country_edit.text()) == 1:
            return self.tr("The country is a two-letter code, e.g. SN, FR or PE.")
        if len(self.passphrase_edit.text()) < MIN_PASSPHRASE:
            return self.tr("The passphrase needs at least %1 characters.").replace("%1", str(MIN_PASSPHRASE))
        if self.passphrase_edit.text() != self.confirm_edit.text():
            return self.tr("The two passphrases differ.")
        return ""

    def _check(self) -> None:
        problem = self.problem()
        # Say nothing about the passphrase before the user has started typing it.
        quiet = problem and not self.passphrase_edit.text() and bool(self.name_edit.text().strip())
        self.hint.setText("" if quiet else problem)
        self.ok_button.setEnabled(not problem)

    def result_value(self) -> NewIdentity:
        return NewIdentity(
            name=self.name_edit.text().strip(), organisation=self.organisation_edit.text().strip(),
            country=self.country_edit.text().strip().upper(), email=self.email_edit.text().strip(),
            role=self.role_edit.text().strip(), passphrase=self.passphrase_edit.text(),
        )
