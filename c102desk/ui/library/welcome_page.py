"""What a first launch shows instead of an empty table: create an assessment, or open an example."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from c102desk.ui.library.examples import Example, shipped_examples


class WelcomePage(QWidget):
    createRequested = Signal()
    exampleRequested = Signal(str)  # the example file's path
    importRequested = Signal()

    def __init__(self, parent: QWidget | None = None, examples: list[Example] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        self.examples = shipped_examples() if examples is None else examples

        card = QFrame()
        card.setObjectName("welcomeCard")
        # A fixed width lets the wrapped paragraphs take the height they need (height-for-width).
        card_width = self.fontMetrics().horizontalAdvance("M") * 42
        card.setFixedWidth(card_width)
        card.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.heading = heading = QLabel()
        heading.setObjectName("welcomeHeading")
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.7)
        font.setBold(True)
        heading.setFont(font)
        heading.setWordWrap(True)  # "Le damos la bienvenida a c102desk" is wider than the card in large text

        self.intro = intro = QLabel()
        intro.setWordWrap(True)
        intro.setObjectName("welcomeIntro")

        self.create_button = QPushButton()
        self.create_button.setObjectName("primaryButton")
        self.create_button.setDefault(True)
        self.create_button.setAutoDefault(True)
        self.create_button.clicked.connect(self.createRequested)

        self.import_button = QPushButton()
        self.import_button.clicked.connect(self.importRequested)

        self.examples_heading = examples_heading = QLabel()
        examples_heading.setObjectName("sectionHeading")
        bold = QFont(examples_heading.font())
        bold.setBold(True)
        examples_heading.setFont(bold)

        layout = QVBoxLayout(card)
        layout.setContentsMargins(32, 28, 32, 28)
        self._intro_width = card_width - 64 - 24  # 24: frame and rounding slack
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addSpacing(8)
        layout.addWidget(self.create_button)
        layout.addWidget(self.import_button)
        layout.addSpacing(12)
        layout.addWidget(examples_heading)
        self.example_buttons: list[QPushButton] = []
        for example in self.examples:
            button = QPushButton(f"{example.country} — {example.title}")
            button.setObjectName("exampleButton")
            button.clicked.connect(lambda _checked=False, p=str(example.path): self.exampleRequested.emit(p))
            layout.addWidget(button)
            self.example_buttons.append(button)
        self.no_examples = QLabel()
        self.no_examples.setVisible(not self.examples)
        layout.addWidget(self.no_examples)

        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Welcome"))
        self.heading.setText(self.tr("Welcome to c102desk"))
        self.heading.setAccessibleName(self.tr("Welcome to c102desk"))
        self.intro.setText(self.tr(
            "Measure a country's social security law and practice against ILO Convention No. 102, Part by Part. "
            "Everything stays on this computer and every answer is saved at once."
        ))
        # A centred card does not get height-for-width from its parent layout: reserve the wrapped height.
        self.intro.setMinimumHeight(self.intro.heightForWidth(self._intro_width))
        self.heading.setMinimumHeight(self.heading.heightForWidth(self._intro_width))
        self.create_button.setText(self.tr("Create an assessment"))
        self.create_button.setAccessibleName(self.tr("Create an assessment"))
        self.import_button.setText(self.tr("Import an assessment file…"))
        self.import_button.setAccessibleName(self.tr("Import an assessment file"))
        self.examples_heading.setText(self.tr("Or open an example to see how it works"))
        for example, button in zip(self.examples, self.example_buttons, strict=True):
            button.setAccessibleName(self.tr("Open the example %1").replace(
                "%1", f"{example.country}: {example.title}"))
            button.setToolTip(self.tr("Adds a copy of this fictional example to your library"))
        self.no_examples.setText(self.tr("(No examples are installed.)"))
