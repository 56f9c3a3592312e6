"""The assessment view: navigator, question pages and help panel on one tab, the dashboard on the other.

The main window embeds it as ``AssessmentView(store, assessment_id)`` and listens to ``closeRequested``
(and to ``assessmentChanged`` when a final assessment is reopened as a new revision).

Opening stays fast whatever the assessment (docs/performance.md): a Part's question page is built the first
time it is needed (the first Part at open; ``part_pages[id]`` and ``rows[id]`` build theirs on demand, so
keyboard moves, dashboard links and undo reach any question), and the dashboard is filled when it is shown.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from c102desk.i18n import separator
from c102desk.questionnaire import consistency
from c102desk.questionnaire.model import Question
from c102desk.store import Store
from c102desk.ui.assessment.finish import FinalBanner, FinalizeDialog, find_gaps
from c102desk.ui.assessment.help_panel import HelpPanel
from c102desk.ui.assessment.navigator import PartNavigator
from c102desk.ui.assessment.question_page import (
    CURRENCY_QUESTION,
    TIME_BASIS_QUESTION,
    PartPage,
    QuestionRow,
)
from c102desk.ui.assessment.search_panel import SearchPanel
from c102desk.ui.assessment.session import AssessmentSession
from c102desk.ui.assessment.style import READ_ONLY_SHEET, STYLE_SHEET
from c102desk.ui.widgets.prompts import Prompts

if TYPE_CHECKING:
    from c102desk.ui.assessment.dashboard import Dashboard

_Built = TypeVar("_Built")


class _OnDemand(Mapping[str, _Built]):
    """A read-only mapping over known keys whose values are built by ``build(key)`` when first looked up."""

    def __init__(self, keys: list[str], build: Callable[[str], _Built]) -> None:
        self._keys = keys
        self._known = set(keys)
        self._build = build

    def __getitem__(self, key: str) -> _Built:
        if key not in self._known:
            raise KeyError(key)
        return self._build(key)

    def __contains__(self, key: object) -> bool:
        return key in self._known  # without building anything

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)


class AssessmentView(QWidget):
    closeRequested = Signal()
    assessmentChanged = Signal(str)
    exportReportRequested = Signal()  # the main window opens the report dialog (c102desk.ui.report)

    def __init__(self, store: Store, assessment_id: str, parent: QWidget | None = None, *,
                 language: str = "en", prompts: Prompts | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assessmentView")
        self.prompts = prompts or Prompts()  # file choosers and the system's viewer go through it
        self.setStyleSheet(STYLE_SHEET)
        self.session = AssessmentSession(store, assessment_id, self, language=language)
        self._saved_time = ""
        self._rejected: set[str] = set()  # questions whose field holds a refused value (not saved)
        self._write_error: str | None = None  # the store's reason, when the last write failed
        self.finalize_dialog: FinalizeDialog | None = None
        # The shown Part's page is built when the view is first shown, not here: the main window adds the
        # view to its stack after building it, and that re-parenting re-styles every widget already built
        # (~40 ms for the Part I page). ``part_pages`` and ``rows`` still build on demand before that.
        self._page_waits_for_show = True
        self._build_actions()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._build_header())
        self.banner = FinalBanner(self)
        self.banner.reopenRequested.connect(self.reopen_as_revision)
        layout.addWidget(self.banner)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._build_questions(), "")
        # The dashboard (and its module) is built when its tab is first shown or ``dashboard`` is asked for:
        # at open it is behind the questions, and its tables, headers and scroll bars would be built, styled
        # and re-parented for nothing.
        self._dashboard: Dashboard | None = None
        self._dashboard_tab = QWidget(self)
        QVBoxLayout(self._dashboard_tab).setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self._dashboard_tab, "")
        self.tabs.currentChanged.connect(self._tab_shown)
        layout.addWidget(self.tabs, 1)
        self.session.answerChanged.connect(self._answer_changed)
        self.session.detailsChanged.connect(self._details_changed)
        self.session.saved.connect(self._saved)
        self.session.writeFailed.connect(self._write_failed)
        self.session.assessmentSwitched.connect(self._switched)
        self._switched(assessment_id, announce=False)
        self.navigator.select_part(self.session.questionnaire.parts[0].id)
        self.retranslate()

    @property
    def dashboard(self) -> Dashboard:
        """The dashboard, its verdicts current (it fills itself only when shown: this fills it if needed)."""
        dashboard = self._built_dashboard()
        dashboard.ensure_current()
        return dashboard

    def _built_dashboard(self) -> Dashboard:
        if self._dashboard is None:
            from c102desk.ui.assessment.dashboard import Dashboard

            dashboard = Dashboard(self.session, self._dashboard_tab)
            dashboard.questionRequested.connect(self.go_to_question)
            layout = self._dashboard_tab.layout()
            assert layout is not None
            layout.addWidget(dashboard)
            self._dashboard = dashboard
            # Shown now if its tab is (added to a shown tab, Qt would show it only after this frame's paint).
            dashboard.show()
        return self._dashboard

    def _tab_shown(self, index: int) -> None:
        if self.tabs.widget(index) is self._dashboard_tab:
            self._built_dashboard()

    def set_assessor(self, profile_id: int | None) -> None:
        """Answers given from now on are saved as given by this assessor profile (their history names it)."""
        self.session.assessor_id = profile_id

    # ------------------------------------------------------------------ language

    @property
    def language(self) -> str:
        return self.session.language

    def set_language(self, code: str, notify: bool = True) -> None:
        """Show the questions, help and explanations in ``code``. With ``notify``, re-render at once; the main
        window passes False because installing Qt's translators sends every widget ``LanguageChange``."""
        self.session.language = code
        self.help.language = code
        self.search.set_language(code)
        if notify:
            QCoreApplication.sendEvent(self, QEvent(QEvent.Type.LanguageChange))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """The view's own texts; its pages, navigator, help and dashboard retranslate themselves."""
        self.tabs.setAccessibleName(self.tr("Questions and dashboard"))
        self.tabs.setTabText(0, self.tr("&Questions"))
        self.tabs.setTabText(1, self.tr("Compliance &dashboard"))
        for act, text, tip in (
                (self.find_action, self.tr("F&ind a Question…"),
                 self.tr("Find a question by its words, its article (Art 18) or its id")),
                (self.next_part_action, self.tr("Ne&xt Part"), self.tr("Go to the next Part")),
                (self.previous_part_action, self.tr("Pre&vious Part"), self.tr("Go to the previous Part")),
                (self.next_unanswered_action, self.tr("Next &unanswered"),
                 self.tr("Go to the next question that is still to be answered")),
                (self.dashboard_action, self.tr("&Dashboard"),
                 self.tr("Switch between the questions and the compliance dashboard")),
                (self.finalize_action, self.tr("Mark as fi&nal…"),
                 self.tr("Check what is missing, then make this assessment read-only")),
                (self.export_report_action, self.tr("Export &report…"),
                 self.tr("Preview the PDF report, then save it, signed or not")),
                (self.close_action, self.tr("Close"), self.tr("Go back to the library"))):
            act.setText(text)
            act.setToolTip(tip)
            act.setStatusTip(tip)
        self._update_undo_tips()
        self.saved_indicator.setAccessibleName(self.tr("Save status"))
        for button in self.header_buttons:
            button.setAccessibleName(button.defaultAction().text().replace("&", ""))
        self._show_titles()
        self._update_suffixes()
        self._show_save_state()
        self.message.clear()

    # ------------------------------------------------------------------ building

    def _build_actions(self) -> None:
        def action(text: str, shortcut: QKeySequence | QKeySequence.StandardKey | str, slot: object) -> QAction:
            act = QAction(text, self)
            act.setShortcut(QKeySequence(shortcut))
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        self.find_action = action(self.tr("F&ind a Question…"), QKeySequence.StandardKey.Find, self.open_search)
        self.next_part_action = action(self.tr("Next Part"), "Ctrl+PgDown", self.next_part)
        self.previous_part_action = action(self.tr("Previous Part"), "Ctrl+PgUp", self.previous_part)
        self.next_unanswered_action = action(self.tr("Next &unanswered"), "Ctrl+J", self.go_to_next_unanswered)
        self.dashboard_action = action(self.tr("Dashboard"), "Ctrl+Shift+D", self.toggle_dashboard)
        self.finalize_action = action(self.tr("Mark as fi&nal…"), "Ctrl+Shift+F", self.request_finalize)
        # No shortcut: the main window's File ▸ Export report… owns Ctrl+Shift+E.
        self.export_report_action = action(self.tr("Export &report…"), "", self.exportReportRequested.emit)
        # No shortcut: the main window owns Ctrl+W ("Close Assessment"); two owners would make it ambiguous.
        self.close_action = action(self.tr("Close"), "", self.request_close)
        self.undo_action, self.redo_action = self._new_undo_actions()

    def menu_actions(self) -> list[QAction | None]:
        """The view's commands for the main window's Assessment menu (None: a separator). Undo and Redo go to
        its Edit menu; Export report and Close to its File menu, which have their own entries."""
        return [self.find_action, self.next_unanswered_action, None, self.next_part_action,
                self.previous_part_action, self.dashboard_action, None, self.finalize_action]

    def _new_undo_actions(self) -> tuple[QAction, QAction]:
        """Undo and Redo, named short on their buttons, with what they would undo or redo as their tooltip.
        (QUndoStack's own actions put the whole command, a question's label, in the name: in French the
        button grew so wide that it squeezed the assessment's title into a narrow column.)"""
        stack = self.session.undo_stack
        undo, redo = QAction(self), QAction(self)
        undo.triggered.connect(stack.undo)
        redo.triggered.connect(stack.redo)
        stack.canUndoChanged.connect(undo.setEnabled)
        stack.canRedoChanged.connect(redo.setEnabled)
        stack.undoTextChanged.connect(self._update_undo_tips)
        stack.redoTextChanged.connect(self._update_undo_tips)
        undo.setEnabled(stack.canUndo())
        redo.setEnabled(stack.canRedo())
        for act, key in ((undo, QKeySequence.StandardKey.Undo), (redo, QKeySequence.StandardKey.Redo)):
            act.setShortcut(QKeySequence(key))
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(act)
        return undo, redo

    def _update_undo_tips(self) -> None:
        stack = self.session.undo_stack
        for act, name, what in ((self.undo_action, self.tr("&Undo"), stack.undoText()),
                                (self.redo_action, self.tr("&Redo"), stack.redoText())):
            act.setText(name)
            plain = name.replace("&", "")
            act.setToolTip(f"{plain}{separator(': ', self.language)}{what}" if what else plain)
            act.setStatusTip(act.toolTip())

    def _build_header(self) -> QFrame:
        """Title and save status, then the command buttons: beside them when the window is wide enough for the
        title to stay readable, on a row of their own below when it is not (``_place_header_tools``)."""
        header = self._header = QFrame(self)
        header.setObjectName("assessmentHeader")
        self._header_grid = QGridLayout(header)
        self._header_grid.setContentsMargins(18, 10, 12, 10)
        self._header_grid.setHorizontalSpacing(8)
        self._header_grid.setVerticalSpacing(6)
        self._header_grid.setColumnStretch(0, 1)
        titles = QVBoxLayout()
        titles.setSpacing(2)
        self.title = QLabel(header)
        self.title.setObjectName("assessmentTitle")
        self.title.setWordWrap(True)
        self.subtitle = QLabel(header)
        self.subtitle.setObjectName("assessmentSubtitle")
        self.subtitle.setWordWrap(True)  # French and Spanish run longer: wrap rather than widen the window
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        self._header_grid.addLayout(titles, 0, 0)
        status = QHBoxLayout()
        self.message = QLabel(header)
        self.message.setObjectName("viewMessage")
        self.message.setWordWrap(True)
        self.saved_indicator = QLabel(header)
        self.saved_indicator.setObjectName("savedIndicator")
        self.saved_indicator.setWordWrap(True)  # why a save failed can be a long sentence: wrap, not widen
        status.addWidget(self.message)
        status.addWidget(self.saved_indicator)
        self._header_grid.addLayout(status, 0, 1)
        self._header_status = status
        self.header_tools = QWidget(header)
        tools = QHBoxLayout(self.header_tools)
        tools.setContentsMargins(0, 0, 0, 0)
        tools.addStretch(1)
        self.header_buttons: list[QToolButton] = []
        for act in (self.undo_action, self.redo_action, self.next_unanswered_action, self.finalize_action,
                    self.export_report_action, self.close_action):
            button = QToolButton(self.header_tools)
            button.setDefaultAction(act)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            tools.addWidget(button)
            self.header_buttons.append(button)
        self._tools_below: bool | None = None
        header.installEventFilter(self)
        self._place_header_tools(header.width())
        return header

    def _place_header_tools(self, width: int) -> None:
        # The title keeps at least its own width (up to ~36 characters) before the buttons move below it.
        title_room = min(self.title.fontMetrics().horizontalAdvance(self.title.text()),
                         self.title.fontMetrics().horizontalAdvance("M") * 36)
        margins = self._header_grid.contentsMargins()
        needed = (title_room + self._header_status.sizeHint().width()
                  + self.header_tools.sizeHint().width() + 2 * self._header_grid.horizontalSpacing()
                  + margins.left() + margins.right())
        below = width < needed
        if below == self._tools_below:
            return
        self._tools_below = below
        self._header_grid.removeWidget(self.header_tools)
        if below:
            self._header_grid.addWidget(self.header_tools, 1, 0, 1, 2)
        else:
            self._header_grid.addWidget(self.header_tools, 0, 2)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._header and event.type() == QEvent.Type.Resize:
            self._place_header_tools(self._header.width())
        return super().eventFilter(watched, event)

    def _build_questions(self) -> QWidget:
        tab = QWidget(self)
        column = QVBoxLayout(tab)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.search = SearchPanel(self.session.questionnaire, tab, language=self.session.language)
        self.search.hide()
        self.search.questionRequested.connect(self.go_to_question)
        self.search.closed.connect(self._search_closed)
        column.addWidget(self.search)
        column.addWidget(self._build_splitter(), 1)
        return tab

    def open_search(self) -> SearchPanel:
        """Ctrl+F: the search panel above the questions, its field focused."""
        self.tabs.setCurrentIndex(0)
        self.search.open()
        return self.search

    def _search_closed(self) -> None:
        question = self.current_question()
        if question is not None and not self.rows[question].isHidden():
            self.rows[question].focus_editor()

    def _build_splitter(self) -> QWidget:
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.navigator = PartNavigator(self.session, splitter)
        self.pages = QStackedWidget(splitter)
        questionnaire = self.session.questionnaire
        self._built_pages: dict[str, PartPage] = {}  # the Part pages built so far, and their rows
        self._built_rows: dict[str, QuestionRow] = {}
        self.part_pages: Mapping[str, PartPage] = _OnDemand([p.id for p in questionnaire.parts], self._part_page)
        self.rows: Mapping[str, QuestionRow] = _OnDemand([q.id for q in questionnaire.questions()], self._row)
        self.help = HelpPanel(self.session.questionnaire, splitter, language=self.session.language)
        splitter.addWidget(self.navigator)
        splitter.addWidget(self.pages)
        splitter.addWidget(self.help)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setStretchFactor(2, 0)
        splitter.setSizes([270, 700, 300])
        splitter.setChildrenCollapsible(False)
        self.navigator.partSelected.connect(self.show_part)
        return splitter

    def _part_page(self, part_id: str) -> PartPage:
        """The Part's page, built on first use and brought up to date with the session."""
        page = self._built_pages.get(part_id)
        if page is not None:
            return page
        page = PartPage(self.session, self.session.questionnaire.part(part_id), self.pages)
        self.pages.addWidget(page)
        self._built_pages[part_id] = page
        self._built_rows.update(page.rows)
        read_only = self.session.is_final
        currency, basis = self._suffix_values()
        for row in page.rows.values():  # the rows show the stored answers already (QuestionRow.refresh)
            row.focused.connect(self._question_focused)
            row.advanceRequested.connect(self.advance_from)
            row.evidenceAddRequested.connect(self.choose_evidence)
            row.rejectedChanged.connect(self._rejected_changed)
            row.evidenceOpenRequested.connect(self.open_evidence)
            row.set_read_only(read_only)
            row.set_suffix(currency, basis)
        page.update_relevance(self.session)
        return page

    def _row(self, question_id: str) -> QuestionRow:
        row = self._built_rows.get(question_id)
        if row is None:
            self._part_page(self.session.questionnaire.by_id[question_id].part)
            row = self._built_rows[question_id]
        return row

    # ------------------------------------------------------------------ navigation

    def current_part(self) -> str:
        return self.navigator.current_part()

    def show_part(self, part_id: str) -> None:
        self.tabs.setCurrentIndex(0)
        if self.navigator.current_part() != part_id:
            self.navigator.select_part(part_id)  # comes back here through partSelected
            return
        if not self._page_waits_for_show:
            self.pages.setCurrentWidget(self.part_pages[part_id])
        self.help.show_part(self.session.questionnaire.part(part_id))

    def showEvent(self, event: QShowEvent) -> None:
        if self._page_waits_for_show:  # the first show, before the first paint: the page is in this frame
            self._page_waits_for_show = False
            self.pages.setCurrentWidget(self.part_pages[self.current_part()])
        super().showEvent(event)

    def next_part(self) -> None:
        ids = self.navigator.part_ids
        self.show_part(ids[min(ids.index(self.current_part()) + 1, len(ids) - 1)])
        self._focus_first_of(self.current_part())

    def previous_part(self) -> None:
        ids = self.navigator.part_ids
        self.show_part(ids[max(ids.index(self.current_part()) - 1, 0)])
        self._focus_first_of(self.current_part())

    def _focus_first_of(self, part_id: str) -> None:
        rows = self.part_pages[part_id].visible_rows()
        if rows:
            self.go_to_question(rows[0].question.id)

    def toggle_dashboard(self) -> None:
        self.tabs.setCurrentIndex(1 - self.tabs.currentIndex())

    def go_to_question(self, question_id: str) -> bool:
        """Show the question's Part, scroll to it and focus its control; False if it is not asked now."""
        question = self.session.questionnaire.by_id.get(question_id)
        if question is None:
            return False
        self.show_part(question.part)
        row = self.rows[question_id]
        self.help.show_question(question)
        self._current_question = question_id
        if row.isHidden():
            self.message.setText(self.tr("This question is not asked with the current answers."))
            return False
        self.message.clear()
        self.part_pages[question.part].reveal(row)
        row.focus_editor()
        return True

    def current_question(self) -> str | None:
        return getattr(self, "_current_question", None)

    def advance_from(self, question_id: str) -> None:
        """Enter: go on to the next question that is asked (into the next Part after a Part's last one)."""
        questions = list(self.session.questionnaire.questions())
        order = [q.id for q in questions]
        for candidate in questions[order.index(question_id) + 1:]:
            if self.session.is_relevant(candidate):  # what hides a row; its page is built only when reached
                self.go_to_question(candidate.id)
                return

    def go_to_next_unanswered(self) -> bool:
        """The next question that counts and is not answered (the progress module's), after the current one;
        optional questions and alternatives not relied on are skipped, as the progress skips them."""
        questions = list(self.session.questionnaire.questions())
        start = self.current_question()
        ids = [q.id for q in questions]
        offset = ids.index(start) + 1 if start in ids else 0
        missing = {q.id for q in self.session.unanswered()}
        for question in questions[offset:] + questions[:offset]:
            if question.id in missing:
                return self.go_to_question(question.id)
        self.message.setText(self.tr("Every question asked is answered."))
        return False

    def _question_focused(self, question_id: str) -> None:
        self._current_question = question_id
        question: Question = self.session.questionnaire.by_id[question_id]
        self.help.show_question(question)

    # ------------------------------------------------------------------ evidence

    def choose_evidence(self, question_id: str) -> bool:
        """Ask for a file and add it as evidence of the answer (a copy is kept in the data folder)."""
        path = self.prompts.open_file(self.window(), self.tr("Add evidence file"), self.tr("Any file (*)"))
        if not path:
            return False
        return self.rows[question_id].details.add_file(path)

    def open_evidence(self, evidence_id: str) -> bool:
        """Show an evidence file in the system's viewer; say so when its file is no longer there."""
        info = self.session.evidence().get(evidence_id)
        if info is None:
            return False
        path = self.session.evidence_path(info)
        if not Path(path).is_file():
            self.message.setText(self.tr("The file “{name}” is no longer at {path}.").format(name=info.name, path=path))
            return False
        if not self.prompts.open_document(path):
            self.message.setText(self.tr("No program on this computer opens “{name}”.").format(name=info.name))
            return False
        return True

    # ------------------------------------------------------------------ answers

    def _answer_changed(self, question_id: str) -> None:
        # The row itself, and those whose consistency checks read this answer ("is this right?" may change).
        for changed in consistency.related(self.session.questionnaire, question_id):
            row = self._built_rows.get(changed)  # a page not built yet shows the answer when it is built
            if row is not None:
                row.refresh()
        if question_id in (CURRENCY_QUESTION, TIME_BASIS_QUESTION):
            self._update_suffixes()
        self._update_relevance()
        self.navigator.refresh()

    def _details_changed(self, question_id: str) -> None:
        row = self._built_rows.get(question_id)
        if row is not None:
            row.refresh()

    def _update_relevance(self) -> None:
        for page in self._built_pages.values():
            page.update_relevance(self.session)

    def _suffix_values(self) -> tuple[str | None, str | None]:
        currency = self.session.value(CURRENCY_QUESTION)
        basis = self.session.value(TIME_BASIS_QUESTION)
        return (currency if isinstance(currency, str) and currency else None,
                basis if isinstance(basis, str) else None)

    def _update_suffixes(self) -> None:
        currency, basis = self._suffix_values()
        for row in self._built_rows.values():
            row.set_suffix(currency, basis)

    def _saved(self, time: str) -> None:
        self._saved_time = time
        self._write_error = None
        self._show_save_state()

    def _show_save_state(self) -> None:
        time = self._saved_time
        if self._write_error is not None:
            self.saved_indicator.setProperty("failed", True)
            self.saved_indicator.setText(self.tr("Not saved: {reason}").format(reason=self._write_error))
        elif self._rejected:  # never "all saved" while a field holds a value that was refused
            self.saved_indicator.setProperty("failed", True)
            self.saved_indicator.setText(self.tr("Not saved: %n field(s) hold a value that was refused", "",
                                                 len(self._rejected)))
            self.saved_indicator.setToolTip(self.tr("Correct the value, or clear the field. Saved until then: "
                                                    "everything else ({time})").format(time=time))
        else:
            self.saved_indicator.setProperty("failed", False)
            self.saved_indicator.setText(self.tr("✓ All changes saved · {time}").format(time=time))
            self.saved_indicator.setToolTip("")
        self._repolish(self.saved_indicator)

    def _rejected_changed(self, question_id: str, rejected: bool) -> None:
        if rejected:
            self._rejected.add(question_id)
        else:
            self._rejected.discard(question_id)
        self._show_save_state()

    def rejected_questions(self) -> list[str]:
        """The questions whose field holds a refused value, in questionnaire order."""
        return [q.id for q in self.session.questionnaire.questions() if q.id in self._rejected]

    def request_close(self) -> None:
        if self.can_close():
            self.closeRequested.emit()

    def can_close(self) -> bool:
        """Whether the view may close: what is typed but not yet committed is saved first; a field that holds a
        refused value asks whether to leave without it (else the view shows that field)."""
        focused = self.focusWidget()
        for row in self._built_rows.values():
            if focused is not None and row.isAncestorOf(focused):
                row.editor.commit_pending()
        rejected = self.rejected_questions()
        if not rejected:
            return True
        questionnaire, lang = self.session.questionnaire, self.session.language
        names = "\n".join("• " + questionnaire.label(questionnaire.by_id[q], lang) for q in rejected[:5])
        leave = self.prompts.confirm(
            self.window(), self.tr("Leave without these values?"),
            self.tr("These fields hold a value that was refused and is not saved:\n{names}\n\nLeave anyway (the "
                    "saved answers stay as they are), or go back and correct them?").format(names=names),
            self.tr("Leave without them"),
        )
        if leave:
            for question_id in rejected:
                self.rows[question_id].discard_rejected()
            return True
        self.go_to_question(rejected[0])
        return False

    def _write_failed(self, message: str) -> None:
        self._write_error = message
        self._show_save_state()

    @staticmethod
    def _repolish(widget: QWidget) -> None:
        widget.style().unpolish(widget)
        widget.style().polish(widget)

    # ------------------------------------------------------------------ finishing

    def request_finalize(self) -> FinalizeDialog:
        """Open the check before marking final (window-modal, not blocking); accepting it finalizes."""
        dialog = FinalizeDialog(find_gaps(self.session), self, session=self.session)
        dialog.accepted.connect(self.session.finalize)
        dialog.questionRequested.connect(self.go_to_question)
        self.finalize_dialog = dialog
        dialog.open()
        return dialog

    def reopen_as_revision(self) -> str | None:
        return self.session.reopen_as_revision()

    def is_read_only(self) -> bool:
        return self.session.is_final

    def _show_titles(self) -> None:
        info = self.session.info
        self.title.setText(" — ".join(t for t in (info.country, info.title) if t) or self.tr("Untitled assessment"))
        state = self.tr("Final") if self.session.is_final else self.tr("Draft")
        self.subtitle.setText(self.tr("ILO Convention No. 102 gap assessment · Revision {revision} · {state}").format(
            revision=info.revision, state=state))
        self._place_header_tools(self._header.width())  # the title, or the buttons' language, changed its room

    def _switched(self, assessment_id: str, announce: bool = True) -> None:
        info = self.session.info
        self._show_titles()
        read_only = self.session.is_final
        for row in self._built_rows.values():
            row.refresh()
            row.set_read_only(read_only)
        self.banner.setVisible(read_only)
        if self.pages.styleSheet() != (READ_ONLY_SHEET if read_only else ""):
            self.pages.setStyleSheet(READ_ONLY_SHEET if read_only else "")
        self.banner.show_revision(info.revision)
        self.finalize_action.setEnabled(not read_only)
        self._update_suffixes()
        self._update_relevance()
        self.navigator.refresh()
        self._saved(self.session.last_saved())
        if announce:
            self.assessmentChanged.emit(assessment_id)
