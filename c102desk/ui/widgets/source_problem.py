"""Why a file chosen to compare with cannot be used, in words a ministry official understands: what is wrong,
what to do, and — only where it helps whoever tries to fix it — the technical detail under "Details".

The readers raise ``C102Error``s whose text is written for the command line (the path, the offending key, the
PDF library's own words). The report checks give their message's key; the assessment file reader its error's
type (c102desk/assessment/errors.py). The same words are shown wherever such a file is refused: Compare With…
and the library's Import.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QCoreApplication

from c102desk.assessment.errors import (
    AssessmentProblem,
    CutShortError,
    FileNotReadableError,
    FileTooLargeError,
    NewerFormatError,
    NotAnAssessmentError,
    NotJsonError,
    RefusedContentsError,
    UnknownQuestionnaireError,
)
from c102desk.errors import AssessmentFileError, C102Error
from c102desk.i18n import colon
from c102desk.i18n.message import Msg

translate = QCoreApplication.translate


class Problem(Enum):
    ALTERED = "altered"  # a signed report whose signatures do not hold
    NOT_A_REPORT = "not_a_report"  # a PDF with no assessment attached
    DAMAGED_PDF = "damaged_pdf"
    NOT_AN_ASSESSMENT = "not_an_assessment"
    CUT_OFF = "cut_off"  # an assessment file that ends too early
    NEWER = "newer"  # written by a newer c102desk (file format, or questionnaire version)
    INVALID = "invalid"  # an assessment file whose contents are refused
    CANNOT_OPEN = "cannot_open"
    TOO_LARGE = "too_large"


# The report checks' message keys (resources/i18n/signatures.yaml, team.yaml), and whether their text is worth
# showing as the details.
_KEYS: dict[str, tuple[Problem, bool]] = {
    "report_check.not_c102": (Problem.NOT_A_REPORT, False),
    "import.unreadable": (Problem.NOT_A_REPORT, True),
    "sig.not_readable_pdf": (Problem.DAMAGED_PDF, True),
    "sig.not_pdf": (Problem.DAMAGED_PDF, False),
    "sig.cannot_read": (Problem.CANNOT_OPEN, True),
    "team.compare.not_found": (Problem.CANNOT_OPEN, False),
    "sig.too_large": (Problem.TOO_LARGE, False),
}
# The assessment file reader's kinds of error, and whether its text is worth showing as the details.
_ASSESSMENT_KINDS: tuple[tuple[type[AssessmentProblem], Problem, bool], ...] = (
    (NewerFormatError, Problem.NEWER, False),
    (UnknownQuestionnaireError, Problem.NEWER, False),
    (CutShortError, Problem.CUT_OFF, False),
    (FileTooLargeError, Problem.TOO_LARGE, False),
    (FileNotReadableError, Problem.CANNOT_OPEN, True),  # the system's reason, when it gave one
    (NotJsonError, Problem.NOT_AN_ASSESSMENT, True),  # where the text stops being JSON: for whoever edited it
    (NotAnAssessmentError, Problem.NOT_AN_ASSESSMENT, False),
    (RefusedContentsError, Problem.INVALID, True),
)


@dataclass(frozen=True)
class SourceProblem:
    """Why a file cannot be used, in words, with technical details."""

    kind: Problem
    detail: str = ""  # technical, in the interface language where the reader has it; "" when it would not help


def source_problem(error: BaseException, lang: str) -> SourceProblem | None:
    """What ``error``, raised reading a file or report to compare with, means for the user; None when it is no
    problem of the file (a store that cannot be read says so in its own words; a bug is reported as one)."""
    from c102desk.report.verification import ReportRefusedError  # the signature checker, loaded when needed

    message = error.args[0] if error.args else ""
    if isinstance(error, ReportRefusedError):
        reasons = message.params.get("reasons") if isinstance(message, Msg) else None
        return SourceProblem(Problem.ALTERED, _rendered(message if reasons is None else reasons, lang))
    if isinstance(message, Msg) and message.key in _KEYS:
        kind, useful = _KEYS[message.key]
        return SourceProblem(kind, _rendered(message, lang) if useful else "")
    for kind_of_error, kind, useful in _ASSESSMENT_KINDS:
        if isinstance(error, kind_of_error):
            return SourceProblem(kind, _detail(error) if useful else "")
    if not isinstance(error, AssessmentFileError):
        return None
    # Any other rule the file breaks (the store's checks of its extra keys, store/transfer.py): which one, below.
    return SourceProblem(Problem.INVALID, _without_path(str(error)))


def _detail(error: BaseException) -> str:
    if isinstance(error, FileNotReadableError):
        return error.reason or ""
    return error.problem if isinstance(error, AssessmentProblem) else ""


def _rendered(message: object, lang: str) -> str:
    return _without_path(message.render(lang) if isinstance(message, Msg) else str(message))


def _without_path(text: str) -> str:
    """The reader's text without the path it starts with ("/x/a.pdf: …"): the title names the file already."""
    head, sep, rest = text.partition(": ")
    head = head.rstrip("\u202f ")
    is_path = "/" in head or "\\" in head or head.lower().endswith((".json", ".pdf"))
    return rest if sep and is_path else text


def what_is_wrong(kind: Problem) -> str:
    return {
        Problem.ALTERED: translate(
            "SourceProblem", "This signed report was changed after it was signed, or its signature is not "
                             "genuine. What it contains cannot be trusted, so it was not compared."),
        Problem.NOT_A_REPORT: translate(
            "SourceProblem", "This PDF is not a report made by c102desk: it holds no assessment to compare with."),
        Problem.DAMAGED_PDF: translate(
            "SourceProblem", "This file cannot be read as a PDF: it is damaged or incomplete, for example a "
                             "download or a copy that was cut short."),
        Problem.NOT_AN_ASSESSMENT: translate(
            "SourceProblem", "This file is not a c102desk assessment file."),
        Problem.CUT_OFF: translate(
            "SourceProblem", "This assessment file is incomplete: it ends too early, as when a copy or a download "
                             "is cut short or a disk is full."),
        Problem.NEWER: translate(
            "SourceProblem", "This file was saved by a newer version of c102desk, which this version cannot "
                             "read."),
        Problem.INVALID: translate(
            "SourceProblem", "This assessment file contains something c102desk cannot accept: it may have been "
                             "edited by hand, or damaged."),
        Problem.CANNOT_OPEN: translate(
            "SourceProblem", "This file cannot be opened: it may have been moved or deleted, be on a drive that "
                             "is no longer connected, or you may not be allowed to read it."),
        Problem.TOO_LARGE: translate(
            "SourceProblem", "This file is far larger than any assessment file or report c102desk writes, so it "
                             "was not read."),
    }[kind]


def what_to_do(kind: Problem) -> str:
    return {
        Problem.ALTERED: translate(
            "SourceProblem", "Ask the sender for the original signed report, or compare with the assessment "
                             "file itself."),
        Problem.NOT_A_REPORT: translate(
            "SourceProblem", "Choose a report exported from c102desk, or the assessment file (.c102.json)."),
        Problem.DAMAGED_PDF: translate(
            "SourceProblem", "Ask the sender for the report again, or open it in a PDF reader to see whether "
                             "it is complete."),
        Problem.NOT_AN_ASSESSMENT: translate(
            "SourceProblem", "Choose an assessment file (.c102.json) or a report exported from c102desk."),
        Problem.CUT_OFF: translate(
            "SourceProblem", "Ask the sender for the file again, or use a backup copy."),
        Problem.NEWER: translate(
            "SourceProblem", "Install the latest version of c102desk (ask your IT service if you cannot), then "
                             "try again."),
        Problem.INVALID: translate(
            "SourceProblem", "Ask the sender to export it again from c102desk and send the new file."),
        Problem.CANNOT_OPEN: translate(
            "SourceProblem", "Check the file in your file manager; if it is on a network or removable drive, copy "
                             "it to this computer first, then try again."),
        Problem.TOO_LARGE: translate(
            "SourceProblem", "Check that you chose the right file."),
    }[kind]


class UnusableSourceError(C102Error):
    """A file chosen to compare with, refused: its text is the whole message shown (``explained``)."""

    def __init__(self, text: str, problem: SourceProblem) -> None:
        super().__init__(text)
        self.problem = problem


def explained(error: BaseException, lang: str) -> BaseException:
    """``error`` as the message shown: what is wrong, what to do, and the details when they help (``error``
    itself when it is no problem of the file)."""
    problem = source_problem(error, lang)
    if problem is None:
        return error
    parts = [what_is_wrong(problem.kind), what_to_do(problem.kind)]
    if problem.detail:
        parts.append(translate("SourceProblem", "Details") + colon(lang) + "\n" + problem.detail)
    return UnusableSourceError("\n\n".join(parts), problem)
